import { createHmac, timingSafeEqual } from 'node:crypto'

import { readEnv } from './env'

/**
 * The secret the preview route asks for: PREVIEW_SECRET, or else derived from PAYLOAD_SECRET,
 * so a working installation needs no new setting and the server secret itself never shows up
 * in a URL.
 */
export function previewSecret(payloadSecret: string, explicit: string | undefined = readEnv().previewSecret): string {
  if (explicit) return explicit
  return createHmac('sha256', payloadSecret).update('newsroom-preview').digest('hex').slice(0, 32)
}

/** Compares a presented secret with the expected one in constant time. */
export function secretMatches(presented: string | null, expected: string): boolean {
  if (!presented) return false
  const a = Buffer.from(presented)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}
