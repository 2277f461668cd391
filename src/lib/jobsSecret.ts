import { createHmac } from 'node:crypto'

import { secretMatches } from './previewSecret'

/** The bearer token with which the server asks itself to run due jobs (derived, never shown). */
export function jobsSecret(payloadSecret: string): string {
  return createHmac('sha256', payloadSecret).update('newsroom-jobs').digest('hex')
}

/** Whether a request carries the job runner's bearer token. */
export function isJobRunner(authorization: string | null, payloadSecret: string): boolean {
  return secretMatches(authorization?.replace(/^Bearer /, '') ?? null, jobsSecret(payloadSecret))
}
