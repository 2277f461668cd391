import { createHmac } from 'node:crypto'

import { secretMatches } from './previewSecret'

/**
 * Bearer tokens with which the server's own processes talk to it, derived from PAYLOAD_SECRET (never
 * shown, nothing new to configure), one per purpose so that one cannot be used for the other:
 * - `jobs`: the server asks itself to run due jobs (src/instrumentation.ts);
 * - `refresh`: a command-line task (seed, import, restore, reindex) asks the running site to drop its
 *   cached pages after changing the database behind its back (src/lib/siteRefresh.ts).
 */
export type ServerTokenPurpose = 'jobs' | 'refresh'

/** The bearer token for `purpose`. */
export function serverToken(payloadSecret: string, purpose: ServerTokenPurpose): string {
  return createHmac('sha256', payloadSecret).update(`newsroom-${purpose}`).digest('hex')
}

/** Whether a request's Authorization header carries the bearer token for `purpose`. */
export function hasServerToken(authorization: string | null, payloadSecret: string, purpose: ServerTokenPurpose): boolean {
  return secretMatches(authorization?.replace(/^Bearer /, '') ?? null, serverToken(payloadSecret, purpose))
}

/** The bearer token with which the server asks itself to run due jobs. */
export function jobsSecret(payloadSecret: string): string {
  return serverToken(payloadSecret, 'jobs')
}

/** Whether a request carries the job runner's bearer token. */
export function isJobRunner(authorization: string | null, payloadSecret: string): boolean {
  return hasServerToken(authorization, payloadSecret, 'jobs')
}
