import type { CollectionAfterLoginHook, CollectionBeforeOperationHook } from 'payload'

import { spendPasswordCheck } from '../passwordHash'
import { normaliseEmail, type Attempt, type AttemptGuard } from '../throttle'

/** Where the login's attempt waits for afterLogin to take it back (per request). */
const ATTEMPT = 'newsroomLoginAttempt'

/**
 * Before a login: counts the attempt per client address and per (address, account) and answers
 * 429 over the bounds (throttle.ts); and when the e-mail address matches no account, spends the
 * time a password check takes, since Payload answers those without one and the answer's speed
 * would tell which addresses are staff (its message and status are the same either way). Before a
 * forgot-password request: counts it per address only (its answer is the same for every address).
 */
export const throttleLogins =
  (guard: AttemptGuard): CollectionBeforeOperationHook =>
  async ({ args, operation, req }) => {
    if (operation === 'forgotPassword') {
      await guard.begin(req, null)
      return args
    }
    if (operation !== 'login') return args
    const email = normaliseEmail(args.data.email)
    const password = typeof args.data.password === 'string' ? args.data.password : ''
    const attempt = await guard.begin(req, email)
    if (attempt) req.context[ATTEMPT] = attempt
    if (email && password) {
      const known = await req.payload.db.findOne({ collection: args.collection.config.slug, where: { email: { equals: email } }, req })
      if (!known) await spendPasswordCheck(password)
    }
    return args
  }

/** After a successful login: its attempt does not count (throttle.ts). */
export const forgiveLogin: CollectionAfterLoginHook = async ({ req }) => {
  const attempt = req.context[ATTEMPT] as Attempt | undefined
  delete req.context[ATTEMPT]
  await attempt?.succeeded()
}
