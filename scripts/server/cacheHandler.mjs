// @ts-check
// Next's cache handler (next.config.mjs `cacheHandler`): rendered pages and `unstable_cache` data
// kept in this process's memory, size-bounded, or in Redis when REDIS_URL is set. Never on disk:
// a restart starts empty, so pages rendered from another database (a test run, a restored backup)
// never come back, and nothing a stranger requests writes a file. Revalidation (revalidatePath,
// revalidateTag) removes the entries carrying the tag, so the next request renders afresh.
import { createHash } from 'node:crypto'

import { CacheHandler } from '@fortedigital/nextjs-cache-handler'
import createLruHandler from '@fortedigital/nextjs-cache-handler/local-lru'
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings'
import { createClient } from '@redis/client'

/**
 * The in-memory cache. Bound: 1,000 entries and 128 MB as the library measures them (the JSON
 * length of an entry; a rendered article with its RSC payload counts about 200 KB), least
 * recently used out first.
 */
const memory = () => createLruHandler({ maxItemsNumber: 1000, maxItemSizeBytes: 128 * 1024 * 1024 })

/**
 * Redis, shared by every server process. Keys carry the build and the database, so a new build or
 * another database never reads pages rendered for the old one (flush Redis after restoring a
 * backup into the same database). Redis bounds itself (`maxmemory`, `allkeys-lru`).
 * @param {string} url
 * @param {string | undefined} buildId
 */
async function redis(url, buildId) {
  const client = createClient({ url })
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
  return createRedisHandler({ client, keyPrefix: `newsroom:${buildId ?? 'dev'}:${database}:`, timeoutMs: 2000 })
}

CacheHandler.onCreation(async ({ buildId }) => {
  const url = process.env.REDIS_URL
  // `next build` prerenders nothing that needs a shared cache, and must not need Redis.
  if (!url || process.env.NEXT_PHASE === 'phase-production-build') return { handlers: [memory()] }
  try {
    return { handlers: [await redis(url, buildId)] }
  } catch (error) {
    console.error(`Redis cache unavailable (${error instanceof Error ? error.message : error}); caching in memory.`)
    return { handlers: [memory()] }
  }
})

export default CacheHandler
