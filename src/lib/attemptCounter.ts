import { createHash } from 'node:crypto'

import { createClient } from '@redis/client'
import { LRUCache } from 'lru-cache'

/** A count inside its window: how many so far, and in how many ms the window closes. */
export interface AttemptCount {
  count: number
  resetInMs: number
}

/**
 * Counts attempts per key in fixed windows (login throttling, src/cms/collections/Users). Keys
 * are hashed before they are stored: they hold e-mail addresses and client addresses.
 */
export interface AttemptCounter {
  /** Adds one to `key`, opening a window of `windowMs` if none is open, and returns the count. */
  hit(key: string, windowMs: number): Promise<AttemptCount>
  /** Takes one back (an attempt that turned out to be a success). */
  undo(key: string): Promise<void>
  /** Forgets `key` (its window closes now). */
  clear(key: string): Promise<void>
}

const hashed = (key: string) => createHash('sha256').update(key).digest('base64url').slice(0, 22)

/**
 * This process's counters. Bound: 50,000 keys, least recently used out first (about 5 MB); a
 * flood of fresh keys from one address evicts old pair keys, never the address's own key, which
 * that flood keeps hitting. Each entry also expires with its window.
 */
export function memoryAttemptCounter(maxKeys = 50_000): AttemptCounter {
  const windows = new LRUCache<string, { count: number; resetAt: number }>({ max: maxKeys, ttlAutopurge: false })
  return {
    async hit(key, windowMs) {
      const id = hashed(key)
      const now = Date.now()
      const open = windows.get(id)
      const window = open && open.resetAt > now ? open : { count: 0, resetAt: now + windowMs }
      window.count += 1
      windows.set(id, window, { ttl: window.resetAt - now })
      return { count: window.count, resetInMs: window.resetAt - now }
    },
    async undo(key) {
      const window = windows.get(hashed(key))
      if (window && window.count > 0) window.count -= 1
    },
    async clear(key) {
      windows.delete(hashed(key))
    },
  }
}

/**
 * Counters in Redis, shared by every instance of the site (REDIS_URL). Keys carry a hash of the
 * database, so two sites on one Redis count apart; each key expires with its window, so Redis
 * holds at most one key per client and pair seen in the last window. When Redis cannot answer,
 * `fallback` (this process's counters) counts instead: throttling gets weaker, never absent.
 */
export function redisAttemptCounter(url: string, database: string, fallback: AttemptCounter): AttemptCounter & { close(): Promise<void> } {
  const client = createClient({ url, socket: { connectTimeout: 2000, reconnectStrategy: (retries) => Math.min(retries * 200, 5000) } })
  // Without a listener a dropped connection would end the process; the client reconnects itself.
  client.on('error', (error: Error) => console.warn(`Redis login counters: ${error.message}`))
  const connecting = client.connect().catch((error: Error) => console.warn(`Redis login counters unavailable: ${error.message}`))
  const prefix = `newsroom:login:${hashed(database).slice(0, 12)}:`
  // Not `await`ed forever: an answer later than this counts in memory instead.
  const within = <T>(work: Promise<T>) =>
    Promise.race([work, new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no answer within 1 s')), 1000).unref())])

  async function ready(): Promise<boolean> {
    await within(connecting).catch(() => undefined)
    return client.isReady
  }

  return {
    async hit(key, windowMs) {
      try {
        if (!(await ready())) return fallback.hit(key, windowMs)
        const id = prefix + hashed(key)
        // SET NX PX opens the window once; INCR counts within it (works on every Redis version).
        const [, count, ttl] = await within(client.multi().set(id, '0', { condition: 'NX', expiration: { type: 'PX', value: windowMs } }).incr(id).pTTL(id).exec())
        return { count: Number(count), resetInMs: Number(ttl) > 0 ? Number(ttl) : windowMs }
      } catch {
        return fallback.hit(key, windowMs)
      }
    },
    async undo(key) {
      try {
        if (!(await ready())) return fallback.undo(key)
        const id = prefix + hashed(key)
        const [, ttl] = await within(client.multi().decr(id).pTTL(id).exec())
        // The window closed in between: DECR made a key without expiry; it must not stay.
        if (Number(ttl) < 0) await within(client.del(id))
      } catch {
        // Nothing to undo in memory: the hit was counted in Redis or, failing that, in memory
        // without being known here; at worst one success counts as a failure for one window.
      }
    },
    async clear(key) {
      await fallback.clear(key)
      try {
        if (await ready()) await within(client.del(prefix + hashed(key)))
      } catch {
        // Nothing to do: the key expires with its window.
      }
    },
    /** Ends the connection (tests; a server keeps it for its lifetime). */
    async close() {
      await connecting
      if (client.isOpen) client.destroy()
    },
  }
}
