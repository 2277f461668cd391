// @ts-check
// Pages Next answered from its cache, kept here for one second as they were sent (scripts
// removed, compressed, with their headers) and sent again without going through Next: what
// nginx's `proxy_cache_valid 200 1s` does in front of us (deploy/nginx), inside the process.
// A cached page then costs a lookup, not Next's routing, cache read and response pipeline (about
// 1.2 ms of CPU per request, most of a cached page's cost in the profile of issue 10).
//
// Never stale beyond what Next itself would serve, in this process: every revalidation (a
// publish, a withdrawal, a site refresh; scripts/server/cacheHandler.mjs) drops them all at once.
// Another instance's revalidation reaches this one through Redis only when Next next reads the
// entry, so there a page may be one second older than it, at most.
//
// Only what any reader gets is kept: answers Next marked `x-nextjs-cache: HIT` (not a fresh render,
// not a stale one), 200, no Set-Cookie, to a GET or HEAD with no cookie, no credentials and none
// of Next's client-router headers.
import { LRUCache } from 'lru-cache'

/** How long a page is kept. */
export const KEPT_MS = 1000

/**
 * The pages' generation: a page kept under an older one is never sent. One holder per process, on
 * globalThis, because Next loads the cache handler (which bumps it) apart from the server's modules.
 */
const GENERATION = Symbol.for('newsroom.keptPagesGeneration')
const holder = /** @type {{ generation: number }} */ (Reflect.get(globalThis, GENERATION) ?? { generation: 0 })
Reflect.set(globalThis, GENERATION, holder)

/** The pages' current generation. */
export function generation() {
  return holder.generation
}

/** Something was revalidated: no page kept so far is sent again. */
export function pagesChanged() {
  holder.generation += 1
}

/**
 * @typedef {{ status: number, headers: import('node:http').OutgoingHttpHeaders, body: Buffer, generation: number }} KeptPage
 */

/** Bound: 32 MB of bodies (a compressed article is about 3 KB); least recently used out first. */
const kept = new LRUCache({
  maxSize: 32 * 1024 * 1024,
  sizeCalculation: (/** @type {KeptPage} */ page, /** @type {string} */ key) => page.body.length + key.length + 1024,
  ttl: KEPT_MS,
})

/** Request headers Next varies its answers on (its `Vary`, `next-url` on intercepted routes). */
const NEXT_VARIES = ['rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-router-segment-prefetch', 'next-url']
/** Request headers that make Next answer differently or that belong to one person. */
const PERSONAL = ['cookie', 'authorization', 'next-action', 'range', ...NEXT_VARIES]
/** What a kept answer may vary on: the above (never present when kept) and the encoding (in the key). */
const VARY_ALLOWED = new Set([...NEXT_VARIES, 'accept-encoding'])

/**
 * The key a request's answer is kept under, or null if it must go to Next. `encoding` is the one
 * negotiated for the request (compression.mjs), part of the key like the address.
 * @param {import('node:http').IncomingMessage} req
 * @param {string | null} encoding
 */
export function keyOf(req, encoding) {
  if (req.method !== 'GET' && req.method !== 'HEAD') return null
  if (PERSONAL.some((name) => req.headers[name] !== undefined)) return null
  return `${encoding ?? 'identity'} ${req.url ?? ''}`
}

/**
 * The page kept under `key`, if it is still current.
 * @param {string} key
 * @returns {KeptPage | null}
 */
export function keptPage(key) {
  const page = kept.get(key)
  return page && page.generation === generation() ? page : null
}

/**
 * Keeps an answer as sent, if any reader could be sent it.
 * @param {string} key
 * @param {KeptPage} page
 */
export function keepPage(key, page) {
  const headers = page.headers
  if (page.status !== 200 || headers['x-nextjs-cache'] !== 'HIT' || headers['set-cookie'] !== undefined) return
  // An answer that varies on anything else (Accept-Language, say) is not the same for every reader.
  const vary = String(headers.vary ?? '').toLowerCase().split(',').map((name) => name.trim()).filter(Boolean)
  if (vary.some((name) => !VARY_ALLOWED.has(name))) return
  if (page.generation !== generation()) return
  kept.set(key, page)
}

/**
 * True when the request's If-None-Match names the page's ETag (a weak match is enough for GET).
 * @param {import('node:http').IncomingMessage} req
 * @param {KeptPage} page
 */
export function notModified(req, page) {
  const etag = page.headers.etag
  const asked = req.headers['if-none-match']
  if (typeof etag !== 'string' || !asked) return false
  return asked.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag.replace(/^W\//, '') || tag.trim() === '*')
}
