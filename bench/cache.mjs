// `npm run bench:cache`: the shared page cache at the size of a crawled site. Fills a Redis of its
// own (scripts/redis.sh) with BENCH_ENTRIES (default 300,000: 100,000 items in three languages)
// cached pages through the cache handler (scripts/server/cacheHandler.mjs), then times what a
// publish asks of it: the expiry of one page (revalidatePath), the stale-while-revalidate mark of a
// page kind, and a read of each kind of entry after them, with the longest the event loop was
// blocked meanwhile (a blocked loop holds every request of that server). Figures, not a test.
//
// BENCH_REDIS_PORT (default 6396).
import { execFileSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { root } from '../scripts/lib.mjs'

const entries = Number(process.env.BENCH_ENTRIES ?? 300_000)
const port = process.env.BENCH_REDIS_PORT ?? '6396'
const redis = (action) => execFileSync('bash', [path.join(root, 'scripts/redis.sh'), action], { env: { ...process.env, REDIS_PORT: port }, stdio: ['ignore', 'pipe', 'inherit'] })
const cli = (...args) => execFileSync('redis-cli', ['-p', port, ...args], { encoding: 'utf8' }).trim()

redis('start')
try {
  cli('flushall')
  process.env.REDIS_URL = `redis://127.0.0.1:${port}`
  process.env.DATABASE_URI = 'file:bench-cache'
  const { default: Cache, closeCacheStore } = await import('../scripts/server/cacheHandler.mjs')
  const cache = new Cache({ serverDistDir: mkdtempSync(path.join(tmpdir(), 'bench-cache-')), dev: false })

  // A news page as Next stores it: its tags come from its headers, its own path's with the request.
  const kind = '_N_T_/(frontend)/[locale]/news/[slug]/page'
  const layouts = ['_N_T_/layout', '_N_T_/(frontend)/layout', '_N_T_/(frontend)/[locale]/layout', '_N_T_/(frontend)/[locale]/news/layout', '_N_T_/(frontend)/[locale]/news/[slug]/layout']
  const pathOf = (i) => `/${['en', 'ru', 'tg'][i % 3]}/news/item-${Math.floor(i / 3)}-a-slug-of-some-words`
  const page = (i) => ({
    kind: 'APP_PAGE',
    html: `<!DOCTYPE html><html><body><h1>Item ${i}</h1>${'<p>text</p>'.repeat(40)}</body></html>`,
    rscData: Buffer.from(`rsc ${i}`),
    headers: { 'x-next-cache-tags': [...layouts, kind, `_N_T_${pathOf(i)}`, 'redirects'].join(',') },
    status: 200,
  })
  const ctx = (i) => ({ kind: 'APP_PAGE', softTags: [`_N_T_${pathOf(i)}`] })

  let started = performance.now()
  for (let i = 0; i < entries; i += 200) {
    await Promise.all(Array.from({ length: Math.min(200, entries - i) }, (_, j) => cache.set(pathOf(i + j), page(i + j), { cacheControl: { revalidate: false } })))
  }
  const filled = Math.round((performance.now() - started) / 1000)
  const memory = /used_memory_human:(\S+)/.exec(cli('info', 'memory'))?.[1]

  let worst = 0
  let last = performance.now()
  const watch = setInterval(() => {
    const now = performance.now()
    worst = Math.max(worst, now - last - 5)
    last = now
  }, 5)
  const timed = async (work) => {
    const t0 = performance.now()
    const result = await work()
    return { ms: performance.now() - t0, result }
  }
  await new Promise((resolve) => setTimeout(resolve, 50))
  const expiry = await timed(() => cache.revalidateTag([`_N_T_${pathOf(7)}`]))
  const stale = await timed(() => cache.revalidateTag([kind], { expire: 31_536_000 }))
  const expired = await timed(() => cache.get(pathOf(7), ctx(7)))
  const staleRead = await timed(() => cache.get(pathOf(8), ctx(8)))
  clearInterval(watch)

  const rows = [
    ['entries cached', `${entries.toLocaleString('en')} in ${filled} s; Redis holds ${cli('dbsize')} keys, ${memory}`],
    ['expiry of one page (revalidatePath)', `${expiry.ms.toFixed(1)} ms`],
    ['stale-while-revalidate of every news page', `${stale.ms.toFixed(1)} ms`],
    ['read of the expired page', `${expired.ms.toFixed(1)} ms (${expired.result === null ? 'a miss: renders afresh' : 'FOUND: wrong'})`],
    ['read of another news page', `${staleRead.ms.toFixed(1)} ms (${staleRead.result?.lastModified === 1 ? 'stale: served, renders in the background' : 'NOT STALE: wrong'})`],
    ['event loop blocked, longest', `${Math.round(worst)} ms`],
  ]
  for (const [name, value] of rows) console.log(`${name.padEnd(44)} ${value}`)
  await closeCacheStore()
} finally {
  redis('stop')
}
