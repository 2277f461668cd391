// @ts-check
// Next's cache handler (next.config.mjs `cacheHandler`): rendered pages and `unstable_cache` data
// kept in this process's memory, size-bounded, or in Redis when REDIS_URL is set. Never on disk:
// a restart starts empty, so pages rendered from another database (a test run, a restored backup)
// never come back, and nothing a stranger requests writes a file.
//
// Revalidation comes in two speeds (src/cms/hooks/revalidate.ts), both noted as a mark per tag with
// its time (tagMarks below) and applied when an entry is read. Expiry (revalidatePath, revalidateTag
// with `{ expire: 0 }`): an entry older than the mark is a miss, and the next request renders
// afresh. Stale-while-revalidate (revalidateTag(tag, 'max')): an entry older than the mark is handed
// to Next as stale, so Next answers it at once and renders the new one in the background.
// @fortedigital/nextjs-cache-handler would expire in both cases (it ignores the profile) and find
// the entries of a tag by scanning all of them, hence the subclass below.
import { createHash } from 'node:crypto'

import { CacheHandler } from '@fortedigital/nextjs-cache-handler'
import createLruHandler from '@fortedigital/nextjs-cache-handler/local-lru'
import { createClient } from '@redis/client'

import { pagesChanged } from './keptPages.mjs'

/**
 * The in-memory cache. Bound: 1,000 entries and 48 MB as the library measures them (the JSON
 * length of an entry; a rendered article with its RSC payload counts about 200 KB), least
 * recently used out first. In memory, Russian and Tajik text takes two bytes a letter: this is
 * up to about 100 MB of the server's 384 MB heap (scripts/lib.mjs `serverArgs`). Several
 * instances share Redis instead, which holds as much as it is given.
 */
const memory = () => createLruHandler({ maxItemsNumber: 1000, maxItemSizeBytes: 48 * 1024 * 1024 })

/**
 * When each tag last went stale and last expired (ms since the epoch), kept beside the entries: in
 * this process, or in one Redis hash shared by every instance. An entry is judged against the
 * marks of its tags when it is read, so a revalidation writes one mark per tag and reads nothing
 * (the library's Redis store found the entries of a tag by scanning an index of every entry: 3.4 s
 * of a server's time for one expired page with 300,000 pages cached). Bound: one mark per tag the
 * hooks revalidate (the data tags, the page kinds, each changed document's paths in every
 * language), so it grows with the content, never with requests.
 * @typedef {'stale' | 'expired'} Mark
 * @typedef {{ mark(kind: Mark, tags: string[], at: number): Promise<void>, latest(tags: string[]): Promise<Record<Mark, number>> }} TagMarks
 */

/** @param {Mark} kind @param {string} tag */
const markField = (kind, tag) => `${kind}\n${tag}`

/** The latest of some marks (0 for none). @param {unknown[]} marks */
const newest = (marks) => Math.max(0, ...marks.map((at) => Number(at ?? 0) || 0))

/** @returns {TagMarks} */
function tagMarksInMemory() {
  /** @type {Map<string, number>} */
  const marks = new Map()
  return {
    async mark(kind, tags, at) {
      for (const tag of tags) marks.set(markField(kind, tag), at)
    },
    async latest(tags) {
      const of = (/** @type {Mark} */ kind) => newest(tags.map((tag) => marks.get(markField(kind, tag))))
      return { stale: of('stale'), expired: of('expired') }
    },
  }
}

/**
 * @param {RedisClient} client
 * @param {string} key
 * @returns {TagMarks}
 */
function tagMarksInRedis(client, key) {
  return {
    async mark(kind, tags, at) {
      await answered(client.hSet(key, Object.fromEntries(tags.map((tag) => [markField(kind, tag), String(at)]))))
    },
    async latest(tags) {
      const values = await answered(client.hmGet(key, [...tags.map((tag) => markField('stale', tag)), ...tags.map((tag) => markField('expired', tag))]))
      return { stale: newest(values.slice(0, tags.length)), expired: newest(values.slice(tags.length)) }
    },
  }
}

/** @type {TagMarks} */
let tagMarks = tagMarksInMemory()

/** @typedef {import('@redis/client').RedisClientType<any, any, any, any, any>} RedisClient */

/**
 * A Redis command's answer, or an error after 2 s: a Redis that stopped answering must not hold
 * a reader's request (the handler then answers as if the entry were missing). Not the client's
 * own `commandOptions.timeout` or `withAbortSignal`: they only drop a command not yet sent, and
 * with Redis stopped (SIGSTOP) a sent GET was still waiting after 3 s under both.
 * @template T
 * @param {Promise<T>} command
 * @returns {Promise<T>}
 */
function answered(command) {
  /** @type {NodeJS.Timeout | undefined} */
  let timer
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error('Redis did not answer within 2 s')), 2000)
  })
  return /** @type {Promise<T>} */ (Promise.race([command, timeout]).finally(() => clearTimeout(timer)))
}

/*
 * How an entry is kept in Redis: as one JSON string, its binary parts (a page's RSC payload and
 * segments, a route's body) as base64, as the library's own Redis store keeps them.
 */

/** @param {any} entry */
function toStored(entry) {
  const value = entry.value && { ...entry.value }
  if (value?.kind === 'APP_ROUTE' && value.body) value.body = value.body.toString('base64')
  if (value?.kind === 'APP_PAGE') {
    if (value.rscData) value.rscData = value.rscData.toString('base64')
    if (value.segmentData) value.segmentData = Object.fromEntries([...value.segmentData].map(([name, data]) => [name, data.toString('base64')]))
  }
  return JSON.stringify({ ...entry, value })
}

/** @param {string} stored */
function fromStored(stored) {
  const entry = JSON.parse(stored)
  const value = entry.value
  if (value?.kind === 'APP_ROUTE' && value.body) value.body = Buffer.from(value.body, 'base64')
  if (value?.kind === 'APP_PAGE') {
    if (value.rscData) value.rscData = Buffer.from(value.rscData, 'base64')
    if (value.segmentData) value.segmentData = new Map(Object.entries(value.segmentData).map(([name, data]) => [name, Buffer.from(/** @type {string} */ (data), 'base64')]))
  }
  return entry
}

/**
 * The Redis store: one key per entry, expiring with the entry (its lifespan), and no index: the
 * library's Redis store also keeps every entry's tags in one hash that only its expiry scans, and
 * that Redis cannot evict (it is read on every request), so it grew with every page ever cached.
 * Tags are judged by their marks instead (above). Redis evicts entries least recently used first.
 * Written by hand for that reason; the library's class still does the rest (lifespans, merging).
 * @param {RedisClient} client
 * @param {string} keyPrefix
 * @returns {import('@fortedigital/nextjs-cache-handler/cache-handler.types').Handler}
 */
function redisStore(client, keyPrefix) {
  return {
    name: 'newsroom-redis',
    async get(key) {
      const stored = await answered(client.get(keyPrefix + key))
      return stored ? fromStored(String(stored)) : null
    },
    async set(key, entry, ctx) {
      const expireAt = entry.lifespan?.expireAt
      await answered(
        client.set(keyPrefix + key, toStored(entry), {
          ...(typeof expireAt === 'number' && { EXAT: expireAt }),
          ...(ctx?.setOnlyIfNotExists && { NX: true }),
        }),
      )
    },
    // Expiry is a mark (NewsroomCacheHandler.revalidateTag), read with each entry.
    async revalidateTag() {},
    async delete(key) {
      await answered(client.unlink(keyPrefix + key))
    },
  }
}

/**
 * Redis, shared by every server process. Keys carry the build and the database, so a new build or
 * another database never reads pages rendered for the old one (flush Redis after restoring a
 * backup into the same database). Redis bounds itself (`maxmemory`, `allkeys-lru`).
 * @param {string} url
 * @param {string | undefined} buildId
 */
async function redis(url, buildId) {
  /** @type {RedisClient} */
  // No offline queue: while Redis is away a command fails at once (a miss) instead of waiting in
  // memory, each with its page, for a Redis that may not come back.
  const client = createClient({ url, disableOfflineQueue: true })
  // Without a listener an 'error' (a dropped connection) would end the process; the client
  // reconnects by itself, and meanwhile every read is a miss.
  client.on('error', (error) => console.warn(`Redis cache: ${error.message}`))
  // The client retries a first connection forever; a server must start without its cache.
  const timeout = new Promise((_, reject) => setTimeout(() => reject(new Error('no connection within 5 s')), 5000).unref())
  try {
    await Promise.race([client.connect(), timeout])
  } catch (error) {
    client.destroy()
    throw error
  }
  const database = createHash('sha256').update(process.env.DATABASE_URI ?? '').digest('hex').slice(0, 12)
  const keyPrefix = `newsroom:${buildId ?? 'dev'}:${database}:`
  tagMarks = tagMarksInRedis(client, `${keyPrefix}__tag_marks__`)
  redisClient = client
  return redisStore(client, keyPrefix)
}

/** @type {RedisClient | null} */
let redisClient = null

/** Closes this process's connection to Redis, if it has one (tests that stop their Redis). */
export async function closeCacheStore() {
  const client = redisClient
  redisClient = null
  if (client?.isOpen) await client.close()
}

/**
 * Redis when REDIS_URL is set and answers, else this process's memory.
 * @param {string | undefined} buildId
 */
async function chosenStore(buildId) {
  const url = process.env.REDIS_URL
  // `next build` prerenders nothing that needs a shared cache, and must not need Redis.
  if (!url || process.env.NEXT_PHASE === 'phase-production-build') return memory()
  try {
    return await redis(url, buildId)
  } catch (error) {
    console.error(`Redis cache unavailable (${error instanceof Error ? error.message : error}); caching in memory.`)
    return memory()
  }
}

/**
 * The store the library was given (in memory or Redis), to delete from: the library's own delete
 * is private to it.
 * @type {import('@fortedigital/nextjs-cache-handler/cache-handler.types').Handler | null}
 */
let store = null

CacheHandler.onCreation(async ({ buildId }) => {
  store = await chosenStore(buildId)
  return { handlers: [store] }
})

/**
 * Whether an entry Next hands over says only that something is not there: a page or route that
 * answers an error (Next stores the not-found render of a dynamic route like any page, 53 KB for
 * each made-up address), or an `unstable_cache` answer of null (src/data: a made-up slug, a
 * redirect nobody recorded). Such entries are not stored: otherwise every request for a made-up
 * address adds one, pushing real pages out of the cache (1,000 entries in memory; Redis evicts
 * least recently used).
 * @param {{ kind?: string, status?: number, data?: { body?: string } } | null | undefined} value
 */
function saysNothingIsThere(value) {
  if (value?.kind === 'FETCH') return value.data?.body === 'null'
  return typeof value?.status === 'number' && value.status >= 400
}

/**
 * Deletes an entry that no longer holds (expired, or now not there); a failure only leaves it to
 * be judged again when read.
 * @param {string} key
 */
async function forget(key) {
  try {
    await store?.delete?.(key)
  } catch (error) {
    console.warn(`Cache: entry not deleted (${error instanceof Error ? error.message : error})`)
  }
}

/**
 * An entry Next will treat as stale: Next judges staleness by age (an entry older than its
 * `revalidate` seconds), so the entry is dated at the epoch, and a page (whose stored lifetime may be
 * "forever") gets a one-second lifetime for this answer; the background render stores the real one.
 * @template {{ lastModified: number, value: { kind?: string } | null }} T
 * @param {T} entry
 */
function asStale(entry) {
  // 1, not 0: Next reads a page entry's lastModified 0 as "just now".
  if (entry.value?.kind === 'FETCH') return { ...entry, lastModified: 1 }
  return { ...entry, lastModified: 1, cacheControl: { revalidate: 1, expire: undefined } }
}

/**
 * When the render of each key began: at the first miss or stale answer since the key was last
 * stored (Next renders right after either). The new entry is dated from then, not from when it is
 * stored, so a publish that lands while it renders leaves it stale and it renders once more.
 * Bound: cleared on store; past 10,000 pending keys all are forgotten (costing at most one
 * missed re-render each).
 * @type {Map<string, number>}
 */
const renderingSince = new Map()

/** @param {string} key */
function renderBegins(key) {
  if (renderingSince.has(key)) return
  if (renderingSince.size >= 10_000) renderingSince.clear()
  renderingSince.set(key, Date.now())
}

/** The library's handler, with revalidation by marks (see the top of this file). */
export default class NewsroomCacheHandler extends CacheHandler {
  /** @type {CacheHandler['get']} */
  async get(key, ctx) {
    const entry = await super.get(key, ctx)
    if (!entry) {
      renderBegins(key)
      return entry
    }
    const asked = /** @type {{ tags?: string[] | null, softTags?: string[] | null }} */ (ctx ?? {})
    const tags = [...new Set([...(entry.tags ?? []), ...(asked.tags ?? []), ...(asked.softTags ?? [])])]
    if (tags.length === 0) return entry
    /** @type {Record<Mark, number>} */
    let latest
    try {
      latest = await tagMarks.latest(tags)
    } catch (error) {
      // Marks unreadable: the entry may have expired (a withdrawn page), so it is not served; the
      // page renders afresh from the database.
      console.warn(`Cache: tag marks unreadable (${error instanceof Error ? error.message : error})`)
      renderBegins(key)
      return null
    }
    // In the same millisecond, the mark wins: one render too many rather than an old page kept.
    // (Marks carry the publishing instance's clock, entries the rendering one's: instances need
    // clocks kept in time, as NTP does. A margin here would make every page rendered within it
    // after a publish render again.)
    if (latest.expired >= entry.lastModified) {
      renderBegins(key)
      await forget(key)
      return null
    }
    if (latest.stale < entry.lastModified) {
      // Old enough for Next to render it anew by age (its revalidate time): date that render too.
      const staleAt = /** @type {{ lifespan?: { staleAt?: number } | null }} */ (entry).lifespan?.staleAt
      if (typeof staleAt === 'number' && Date.now() >= staleAt * 1000) renderBegins(key)
      return entry
    }
    renderBegins(key)
    return asStale(entry)
  }

  /** @type {CacheHandler['set']} */
  async set(key, value, ctx) {
    const since = renderingSince.get(key)
    renderingSince.delete(key)
    if (saysNothingIsThere(/** @type {any} */ (value))) {
      // What was stored under the key before (the page or item existed until now) goes too.
      await forget(key)
      return
    }
    return super.set(key, value, since === undefined ? ctx : { ...ctx, internal_lastModified: since })
  }

  /**
   * Next 16 passes the profile's durations: `{ expire: seconds }` for 'max' and other profiles
   * (stale-while-revalidate), none or `{ expire: 0 }` to expire at once.
   * @param {string | string[]} tags
   * @param {{ expire?: number }} [durations]
   */
  async revalidateTag(tags, durations) {
    const list = [tags].flat()
    // Pages the server keeps for a second (keptPages.mjs) are not sent again after this; once more
    // when the revalidation is written, for a request that began meanwhile and read the old entry.
    pagesChanged()
    try {
      // The marks go where the entries are: the store is chosen on the library's first read.
      if (!store) await super.get('', { softTags: [] })
      await tagMarks.mark(durations?.expire ? 'stale' : 'expired', list, Date.now())
    } catch (error) {
      // Redis unreachable: the publish itself stands (its own instance's reads miss meanwhile).
      console.error(`Cache: revalidation of ${list.join(', ')} not recorded (${error instanceof Error ? error.message : error})`)
    } finally {
      pagesChanged()
    }
  }
}
