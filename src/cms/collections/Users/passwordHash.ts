import { pbkdf2, randomBytes, timingSafeEqual } from 'node:crypto'
import { promisify } from 'node:util'

/**
 * Payload's password hashing, which it does not export (payload 3.90.1,
 * dist/auth/strategies/local/generatePasswordSaltHash.js and authenticate.js): PBKDF2-SHA256,
 * 600,000 rounds and 32 bytes for hashes written with the `pbkdf2-sha256-v1:` prefix, 25,000 rounds
 * and 512 bytes for older ones, hex-encoded, the salt used as given. The one copy of it lives
 * here; tests/int/accounts.int.spec.ts checks it against a hash Payload wrote, so an upgrade that
 * changes the format fails there.
 */
const CURRENT_PREFIX = 'pbkdf2-sha256-v1:'
const CURRENT = { iterations: 600_000, keyLength: 32 }
const LEGACY = { iterations: 25_000, keyLength: 512 }

const derive = promisify(pbkdf2)

/** Whether `password` is the one stored as `hash` and `salt` (a user document read with `payload.db`). */
export async function passwordMatches(stored: { hash?: unknown; salt?: unknown } | null | undefined, password: string): Promise<boolean> {
  const { hash, salt } = stored ?? {}
  if (typeof hash !== 'string' || typeof salt !== 'string') return false
  const current = hash.startsWith(CURRENT_PREFIX)
  const { iterations, keyLength } = current ? CURRENT : LEGACY
  const expected = Buffer.from(current ? hash.slice(CURRENT_PREFIX.length) : hash, 'hex')
  const actual = await derive(password, salt, iterations, keyLength, 'sha256')
  return actual.length === expected.length && timingSafeEqual(actual, expected)
}

/**
 * Spends what checking a password against a current hash costs, for a login whose e-mail address
 * matches no account: Payload answers those without hashing, which would tell by the answer's speed
 * which addresses are staff.
 */
export async function spendPasswordCheck(password: string): Promise<void> {
  await derive(password, randomBytes(32).toString('hex'), CURRENT.iterations, CURRENT.keyLength, 'sha256')
}
