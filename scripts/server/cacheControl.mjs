// @ts-check
// What a shared cache (a CDN, nginx's proxy_cache) may do with a public page. Next marks a page it
// keeps until a publish revalidates it with `s-maxage=31536000`: a CDN would then keep a page
// for a year, withdrawn content included, since Next's revalidation never reaches it. The server
// tells shared caches to keep such a page only briefly (SHARED_CACHE_SECONDS, default 60) and to
// serve it stale for a day while they ask again; browsers ask again every time (`max-age=0`) and
// get a 304 by ETag. Next's own cache is untouched: this is only the header that leaves.
import { surrogateKeys } from '../../src/lib/surrogateKeys.mjs'

/** How long a shared cache may serve a page stale while it fetches the new one. */
export const STALE_SECONDS = 86_400

/**
 * Next's header for a page it keeps: `s-maxage=31536000` until revalidated, or the page's own
 * revalidation time (a list page whose data is kept an hour says `s-maxage=3600`), with or
 * without its own stale part. Headers we write ourselves (feeds: `public, ...`) do not match.
 */
const NEXT_PAGE = /^\s*s-maxage=(\d+)\s*(?:,\s*stale-while-revalidate(?:=\d+)?\s*)?$/i

/**
 * The Cache-Control to send for `value` (what Next set): a page Next keeps may be kept by shared
 * caches for a short time (SHARED_CACHE_SECONDS, or Next's own time if that is shorter) and
 * served stale for a day while they ask again; anything else (no-store, private, the feeds' own)
 * passes unchanged.
 * @param {string} value
 * @param {number} sharedSeconds
 */
export function sharedCacheControl(value, sharedSeconds) {
  const page = NEXT_PAGE.exec(value)
  if (!page) return value
  return `public, max-age=0, s-maxage=${Math.min(Number(page[1]), sharedSeconds)}, stale-while-revalidate=${STALE_SECONDS}`
}

/**
 * SHARED_CACHE_SECONDS as the server reads it (src/lib/env.ts checks it at start and refuses a
 * bad value; here a bad value falls back to the default).
 * @param {string | undefined} text
 */
export function sharedCacheSeconds(text) {
  const seconds = Number(text?.trim() || 60)
  return Number.isInteger(seconds) && seconds >= 0 && seconds <= 86_400 ? seconds : 60
}

/**
 * Sets what leaves for shared caches on a response about to be sent: the Cache-Control above and,
 * on public answers (pages, feeds, the JSON API, the sitemap, widgets), `Surrogate-Key` and
 * `Cache-Tag` naming what they show (src/lib/surrogateKeys.mjs), so a CDN can purge exactly what a
 * publish changed. At most 5 keys of at most 16 characters: about 60 bytes a header.
 * @param {import('node:http').ServerResponse} res
 * @param {number} sharedSeconds
 */
export function setSharedCacheHeaders(res, sharedSeconds) {
  const value = res.getHeader('cache-control')
  if (typeof value === 'string') res.setHeader('Cache-Control', sharedCacheControl(value, sharedSeconds))
  const { method, url } = res.req
  if ((method !== 'GET' && method !== 'HEAD') || !url) return
  const keys = surrogateKeys(url.split('?')[0])
  if (keys.length === 0) return
  res.setHeader('Surrogate-Key', keys.join(' '))
  res.setHeader('Cache-Tag', keys.join(','))
}
