import { APIError, type PayloadRequest } from 'payload'

import { memoryAttemptCounter, redisAttemptCounter, type AttemptCounter } from '@/lib/attemptCounter'
import { clientAddress } from '@/lib/clientAddress'
import type { Env } from '@/lib/env'

import { newsroomT } from '../../i18n/translations'

/**
 * Password guessing is slowed per client address, never per account alone: an account lock that
 * anyone could trigger would let a stranger keep every editor, the administrator included, out of
 * the admin. Within one window of 15 minutes:
 * - one address may fail 5 times against one account (then 429 until the window closes), which
 *   leaves the owner, signing in from elsewhere, untouched;
 * - one address may fail 30 times over all accounts together (an office behind one address
 *   shares this; its staff rarely mistype 30 times in 15 minutes).
 * A success takes its attempt back and forgets the pair's failures. Guessing from many addresses
 * at once is met by the strength every password must have (hooks/passwordStrength.ts): zxcvbn's
 * score 3 means about 10^8 guesses or more, and each guess costs the server a 600,000-round
 * PBKDF2, so the server's own CPU caps online guessing at a few guesses per second per core,
 * months for one such password, long before which the flood shows in the logs.
 */
export const THROTTLE = { windowMs: 15 * 60 * 1000, perPair: 5, perAddress: 30 } as const

/** An attempt being made, to be taken back if it succeeds. */
export interface Attempt {
  succeeded(): Promise<void>
}

/** The throttle's settings from the environment. */
export type ThrottleEnv = Pick<Env, 'redisUrl' | 'trustedProxies' | 'databaseUri'>

/**
 * One counter per process and Redis URL: the config is built more than once (the dev server
 * rebuilds it on each change), and each Redis counter holds a connection.
 */
const counters = globalThis as typeof globalThis & { newsroomAttemptCounters?: Map<string, AttemptCounter> }

function counterFor(env: ThrottleEnv): AttemptCounter {
  counters.newsroomAttemptCounters ??= new Map()
  const key = env.redisUrl ?? 'memory'
  let counter = counters.newsroomAttemptCounters.get(key)
  if (!counter) {
    const memory = memoryAttemptCounter()
    counter = env.redisUrl ? redisAttemptCounter(env.redisUrl, env.databaseUri, memory) : memory
    counters.newsroomAttemptCounters.set(key, counter)
  }
  return counter
}

/** The guard the login, forgot-password and current-password checks share. */
export function attemptGuard(env: ThrottleEnv) {
  const counter = () => counterFor(env)

  /** 429 in the admin's language, with Retry-After; the attempt is not made. */
  function tooMany(req: PayloadRequest, resetInMs: number): APIError {
    const seconds = Math.max(1, Math.ceil(resetInMs / 1000))
    req.responseHeaders ??= new Headers()
    req.responseHeaders.set('Retry-After', String(seconds))
    // With `data`: Payload's error formatter keeps the message of an APIError that has data, and
    // otherwise goes by the class's name, which the production bundle's minifier can blank out.
    const message = newsroomT(req)('newsroom:accounts:tooManyAttempts', { minutes: Math.ceil(seconds / 60) })
    return new APIError(message, 429, { retryAfterSeconds: seconds }, true)
  }

  return {
    /** The client's address as the throttle counts it, or null for the server's own Local API calls. */
    address: (req: PayloadRequest) => clientAddress(req.headers, env.trustedProxies),

    /**
     * Counts an attempt on `account` (a normalised e-mail address, or null when the attempt names
     * none, as forgot-password's per-address count) and throws 429 when one count is over its
     * bound. Null when the request has no client address (nothing is counted).
     */
    async begin(req: PayloadRequest, account: string | null): Promise<Attempt | null> {
      const address = clientAddress(req.headers, env.trustedProxies)
      if (!address) return null
      const addressKey = `address:${address}`
      const pairKey = account === null ? null : `pair:${address}:${account}`
      const byAddress = await counter().hit(addressKey, THROTTLE.windowMs)
      const byPair = pairKey ? await counter().hit(pairKey, THROTTLE.windowMs) : null
      const waits = [byAddress.count > THROTTLE.perAddress ? byAddress.resetInMs : 0, byPair && byPair.count > THROTTLE.perPair ? byPair.resetInMs : 0]
      const wait = Math.max(...waits)
      if (wait > 0) throw tooMany(req, wait)
      return {
        async succeeded() {
          await counter().undo(addressKey)
          if (pairKey) await counter().clear(pairKey)
        },
      }
    },
  }
}

/** The guard's type, for the hooks it is handed to. */
export type AttemptGuard = ReturnType<typeof attemptGuard>

/** An e-mail address as Payload compares them at login. */
export const normaliseEmail = (email: unknown): string => (typeof email === 'string' ? email.toLowerCase().trim() : '')
