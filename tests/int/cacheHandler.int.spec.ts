import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'

import { generation } from '../../scripts/server/keptPages.mjs'

/*
 * The cache handler's two revalidation speeds (scripts/server/cacheHandler.mjs), in memory and in
 * a Redis of our own (scripts/redis.sh): revalidateTag(tag, 'max') keeps an entry and hands it to
 * Next as stale (Next then answers it and renders anew in the background); expiry removes it.
 */

const redisPort = process.env.CACHE_TEST_REDIS_PORT ?? '6391'
const page = () => ({
  kind: 'APP_PAGE',
  html: '<p>previous</p>',
  rscData: Buffer.from('rsc'),
  headers: { 'x-next-cache-tags': '_N_T_/layout,_N_T_/en/news,_N_T_/(frontend)/[locale]/news/page,syndication' },
  status: 200,
  postponed: undefined,
  segmentData: undefined,
})
const data = () => ({ kind: 'FETCH', data: { headers: {}, body: '"previous"', status: 200, url: '' }, revalidate: 3600 })

type Handler = {
  get(key: string, ctx: object): Promise<{ lastModified: number; value: { kind: string }; cacheControl?: { revalidate: number } } | null>
  set(key: string, value: object, ctx: object): Promise<void>
  revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void>
}

/** Closes the handler modules' Redis connections (before their Redis stops). */
const closers: (() => Promise<void>)[] = []
const closeStores = async () => {
  for (const close of closers.splice(0)) await close()
}

/**
 * A fresh handler module (its store is per module), as Next builds it: a new server's, or with
 * `database`, another instance of the latest one's site.
 */
async function handler(redisUrl?: string, database = `file:cache-handler-test-${Date.now()}-${Math.random()}`): Promise<Handler> {
  vi.resetModules()
  vi.stubEnv('REDIS_URL', redisUrl ?? '')
  vi.stubEnv('DATABASE_URI', database)
  keyPrefix = `newsroom:dev:${createHash('sha256').update(database).digest('hex').slice(0, 12)}:`
  const { default: Cache, closeCacheStore } = await import('../../scripts/server/cacheHandler.mjs')
  closers.push(closeCacheStore)
  // What the library reads of the context Next passes (it never touches the file system here).
  const context = { serverDistDir: mkdtempSync(path.join(tmpdir(), 'cache-handler-')), dev: false }
  return new Cache(context as unknown as ConstructorParameters<typeof Cache>[0]) as unknown as Handler
}

/** An `unstable_cache` answer of null, as Next hands it to the handler: nothing was found. */
const nothing = () => ({ kind: 'FETCH', data: { headers: {}, body: 'null', status: 200, url: '' }, revalidate: 3600 })
const notFoundPage = () => ({ ...page(), html: '<p>not found</p>', status: 404 })

/** The Redis key prefix of the latest handler (the cache handler's: build "dev", a hash of DATABASE_URI). */
let keyPrefix = ''

/** The latest handler's entries in a Redis (its keys but the hash of tag marks). */
function redisEntries(port: string): number {
  const keys = redisCli(port, '--scan', '--pattern', `${keyPrefix}*`).split('\n').filter(Boolean)
  return keys.filter((key) => key !== `${keyPrefix}__tag_marks__`).length
}

const redisCli = (port: string, ...args: string[]) => execFileSync('redis-cli', ['-p', port, ...args], { encoding: 'utf8' }).trim()

/** How often a Redis ran each command that walks many keys or fields. */
function redisScans(port: string): Record<string, number> {
  const stats = redisCli(port, 'info', 'commandstats')
  return Object.fromEntries(['scan', 'hscan', 'sscan', 'keys', 'hgetall'].map((command) => [command, Number(new RegExp(`cmdstat_${command}:calls=(\\d+)`).exec(stats)?.[1] ?? 0)]))
}

const pageCtx = { kind: 'APP_PAGE', softTags: [] }
const dataCtx = { kind: 'FETCH', tags: ['syndication'], softTags: [], revalidate: 3600 }

describe.each([
  ['in memory', undefined],
  ['in Redis', `redis://127.0.0.1:${redisPort}`],
])('the page cache %s', (_, redisUrl) => {
  let cache: Handler
  beforeAll(() => {
    if (redisUrl) execFileSync('bash', ['scripts/redis.sh', 'start'], { env: { ...process.env, REDIS_PORT: redisPort }, stdio: 'ignore' })
  })
  afterAll(() => {
    vi.unstubAllEnvs()
    if (redisUrl) execFileSync('bash', ['scripts/redis.sh', 'stop'], { env: { ...process.env, REDIS_PORT: redisPort }, stdio: 'ignore' })
  })
  afterEach(() => closeStores())
  beforeEach(async () => {
    cache = await handler(redisUrl)
    await cache.set('/en/news', page(), { cacheControl: { revalidate: false } })
    await cache.set('years', data(), { fetchCache: true, tags: ['syndication'], revalidate: 3600 })
  })

  it("keeps a page after revalidateTag(tag, 'max') and hands it over as stale, until a newer render is stored", async () => {
    expect((await cache.get('/en/news', pageCtx))?.lastModified).toBeGreaterThan(1)
    await cache.revalidateTag(['_N_T_/(frontend)/[locale]/news/page'], { expire: 31_536_000 })
    // (A render beginning in the publish's own millisecond would be stored stale once more.)
    await new Promise((resolve) => setTimeout(resolve, 5))
    const stale = await cache.get('/en/news', pageCtx)
    // Dated at the epoch with a one-second lifetime: Next serves it and renders anew in the background.
    expect(stale?.value.kind).toBe('APP_PAGE')
    expect(stale?.lastModified).toBe(1)
    expect(stale?.cacheControl?.revalidate).toBe(1)
    await new Promise((resolve) => setTimeout(resolve, 5))
    await cache.set('/en/news', page(), { cacheControl: { revalidate: false } })
    expect((await cache.get('/en/news', pageCtx))?.lastModified).toBeGreaterThan(1)
  })

  it('a page whose render began before a publish is stored stale, and renders once more', async () => {
    await cache.revalidateTag(['_N_T_/en/news'], { expire: 31_536_000 })
    expect((await cache.get('/en/news', pageCtx))?.lastModified).toBe(1) // Next starts rendering now…
    await new Promise((resolve) => setTimeout(resolve, 5))
    await cache.revalidateTag(['syndication'], { expire: 31_536_000 }) // …a publish lands meanwhile…
    await new Promise((resolve) => setTimeout(resolve, 5))
    await cache.set('/en/news', page(), { cacheControl: { revalidate: false } }) // …and the render is stored.
    expect((await cache.get('/en/news', pageCtx))?.lastModified).toBe(1)
  })

  it("hands over unstable_cache data as stale after revalidateTag(tag, 'max')", async () => {
    await cache.revalidateTag('syndication', { expire: 31_536_000 })
    expect((await cache.get('years', dataCtx))?.lastModified).toBe(1)
    // Pages carrying the data's tag go stale with it.
    expect((await cache.get('/en/news', pageCtx))?.lastModified).toBe(1)
  })

  it('removes what an expiry names (revalidatePath, { expire: 0 }): the next request renders fresh', async () => {
    await cache.revalidateTag(['_N_T_/en/news'])
    expect(await cache.get('/en/news', pageCtx)).toBeNull()
    await cache.revalidateTag(['syndication'], { expire: 0 })
    expect(await cache.get('years', dataCtx)).toBeNull()
  })

  it('stores nothing that says "not there" (a 404 page, a lookup that found nothing), and deletes what the key held', async () => {
    const footprint = () => (redisUrl ? redisEntries(redisPort) : null)
    const before = footprint()
    if (redisUrl) expect(before).toBe(2) // the two entries each test starts with
    for (let i = 0; i < 20; i++) {
      await cache.set(`/en/news/made-up-${i}`, notFoundPage(), { cacheControl: { revalidate: false } })
      await cache.set(`redirect-made-up-${i}`, nothing(), { fetchCache: true, tags: ['redirects'], revalidate: 3600 })
    }
    expect(await cache.get('/en/news/made-up-0', pageCtx)).toBeNull()
    expect(await cache.get('redirect-made-up-0', dataCtx)).toBeNull()
    expect(footprint()).toEqual(before)
    // What was there and is gone (a withdrawn page, data that now reads as nothing) is not served again.
    await cache.set('/en/news', notFoundPage(), { cacheControl: { revalidate: false } })
    expect(await cache.get('/en/news', pageCtx)).toBeNull()
    await cache.set('years', nothing(), { fetchCache: true, tags: ['syndication'], revalidate: 3600 })
    expect(await cache.get('years', dataCtx)).toBeNull()
    if (redisUrl) expect(footprint()).toBe(0)
    // Real answers are still stored.
    await cache.set('/en/news', page(), { cacheControl: { revalidate: false } })
    expect((await cache.get('/en/news', pageCtx))?.value.kind).toBe('APP_PAGE')
  })

  it('a revalidation writes a mark and walks no entries, however many are cached', async () => {
    // Each page carries its own path's tag among its headers' tags, as Next stores it.
    const item = (i: number) => {
      const headers = { 'x-next-cache-tags': `_N_T_/layout,_N_T_/(frontend)/[locale]/news/[slug]/page,_N_T_/en/news/item-${i}` }
      return { ...page(), headers }
    }
    for (let i = 0; i < 200; i++) await cache.set(`/en/news/item-${i}`, item(i), { cacheControl: { revalidate: false } })
    const scans = redisUrl ? redisScans(redisPort) : null
    await cache.revalidateTag(['_N_T_/en/news/item-7'])
    await cache.revalidateTag(['_N_T_/(frontend)/[locale]/news/[slug]/page'], { expire: 31_536_000 })
    if (redisUrl) expect(redisScans(redisPort)).toEqual(scans)
    expect(await cache.get('/en/news/item-7', pageCtx)).toBeNull()
    expect((await cache.get('/en/news/item-8', pageCtx))?.lastModified).toBe(1)
    expect((await cache.get('/en/news', pageCtx))?.lastModified).toBeGreaterThan(1) // not a news item
    if (redisUrl) expect(redisEntries(redisPort)).toBe(2 + 200 - 1) // the expired one is deleted as it is read
  })

  it.skipIf(!redisUrl)('another instance sees a revalidation, even one made before its first read, and misses when the marks cannot be read', async () => {
    const database = process.env.DATABASE_URI
    // A second instance whose first use of the cache is a publish (an admin save, a scheduled job).
    const other = await handler(redisUrl, database)
    await other.revalidateTag(['_N_T_/en/news'])
    expect(await cache.get('/en/news', pageCtx)).toBeNull()
    await other.revalidateTag('syndication', { expire: 31_536_000 })
    expect((await cache.get('years', dataCtx))?.lastModified).toBe(1)
    // Marks unreadable (here a key of the wrong type; in life a Redis that stopped answering between
    // two commands): a withdrawn page might be among the entries, so none is served.
    await cache.set('/en/news', page(), { cacheControl: { revalidate: false } })
    redisCli(redisPort, 'set', `${keyPrefix}__tag_marks__`, 'not a hash')
    expect(await cache.get('/en/news', pageCtx)).toBeNull()
    redisCli(redisPort, 'del', `${keyPrefix}__tag_marks__`)
    expect((await cache.get('/en/news', pageCtx))?.lastModified).toBeGreaterThan(1)
  })

  it('every revalidation, expiry or stale-while-revalidate, drops the pages the server keeps for a second', async () => {
    const before = generation()
    await cache.revalidateTag(['_N_T_/en/news'])
    const afterExpiry = generation()
    expect(afterExpiry).toBeGreaterThan(before)
    await cache.revalidateTag('syndication', { expire: 31_536_000 })
    expect(generation()).toBeGreaterThan(afterExpiry)
  })
})
