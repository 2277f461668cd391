// @ts-check
// Surrogate keys (Fastly, Varnish: `Surrogate-Key`) and cache tags (Cloudflare, Bunny: `Cache-Tag`)
// name what a public answer shows, so a CDN can purge exactly the answers a publish changes. The
// server (scripts/server/cacheControl.mjs) derives them from the path it answers; the revalidation
// hooks (src/cms/hooks/revalidate.ts) derive the same keys from the paths and route patterns they
// revalidate and hand them to the purge (src/lib/purge.ts). Plain JavaScript, so that both the
// plain-Node server and the app import this one file.
//
// The vocabulary, at most 5 keys of at most 16 characters a response (bounded whatever the URL):
//   site          every public answer (the Site global changes every page)
//   <locale>      every answer in one language (`en`, `ru`, `tg`)
//   <kind>        every answer of one route kind, all languages (`news`, `news-index`, `home`, ...)
//   p-<10 hex>    one page: the start of the SHA-1 of its decoded path (the path itself could be
//                 long and non-ASCII; a CDN header must stay short and ASCII)
//   syndication   answers built from the data behind lists (feeds, the JSON API, the sitemap,
//                 search, widgets, oEmbed): the data cache tag `syndication` of src/data/cacheTags.ts
import { createHash } from 'node:crypto'

/** The kind key of each page route pattern (src/lib/routes.ts `routePatterns`, by name). */
export const patternKinds = /** @type {const} */ ({
  root: 'site',
  home: 'home',
  newsIndex: 'news-index',
  newsPages: 'news-pages',
  news: 'news',
  projectsIndex: 'projects-index',
  project: 'project',
  regionsIndex: 'regions-index',
  region: 'region',
  contacts: 'contacts',
})

/** Keys of answers made of list data (the data cache tag `syndication`). */
export const SYNDICATION_KEY = 'syndication'
/** Key of every public answer. */
export const SITE_KEY = 'site'

const FEED_FILES = new Set(['rss.xml', 'atom.xml', 'feed.json'])
/** A first path segment that looks like a language code (the server cannot import src/i18n). */
const LOCALE = /^[a-z]{2,3}$/

/**
 * The key of one page, from its path as src/lib/routes.ts builds it (percent-encoded) or as a
 * reader's request has it: both decode to the same text.
 * @param {string} path
 */
export function pageKey(path) {
  let decoded = path
  try {
    decoded = decodeURIComponent(path)
  } catch {
    // A malformed escape: the server refuses such requests before this (requestGuard.mjs).
  }
  return `p-${createHash('sha1').update(decoded.normalize('NFC')).digest('hex').slice(0, 10)}`
}

/**
 * The route kind of a public path and whether it shows list data, or null for what is not a
 * public answer (admin, Payload's API, Next's assets, static files).
 * @param {string[]} parts the path's segments
 * @returns {{ kind: string, locale?: string, lists: boolean } | null}
 */
function classify(parts) {
  const [first, second, third, fourth] = parts
  if (first === 'api') return second === 'v1' ? { kind: 'api', locale: LOCALE.test(third ?? '') ? third : undefined, lists: true } : null
  if (first === 'sitemap.xml' || first === 'sitemaps') return { kind: 'sitemap', lists: true }
  if (first === 'oembed') return { kind: 'oembed', lists: true }
  if (first === 'embed') return { kind: 'embed', locale: LOCALE.test(second ?? '') ? second : undefined, lists: true }
  if (!first || !LOCALE.test(first)) return null
  const locale = first
  if (parts.length > 1 && FEED_FILES.has(parts[parts.length - 1])) return { kind: 'feed', locale, lists: true }
  if (parts.length === 1) return { kind: patternKinds.home, locale, lists: false }
  if (second === 'search') return { kind: 'search', locale, lists: true }
  if (second === 'contacts' && parts.length === 2) return { kind: patternKinds.contacts, locale, lists: false }
  const section = { news: ['newsIndex', 'news'], projects: ['projectsIndex', 'project'], regions: ['regionsIndex', 'region'] }[second ?? '']
  if (!section) return { kind: 'other', locale, lists: false }
  if (parts.length === 2) return { kind: patternKinds[/** @type {'newsIndex'} */ (section[0])], locale, lists: false }
  if (second === 'news' && third === 'page' && parts.length === 4 && fourth) return { kind: patternKinds.newsPages, locale, lists: false }
  if (parts.length === 3) return { kind: patternKinds[/** @type {'news'} */ (section[1])], locale, lists: false }
  return { kind: 'other', locale, lists: false }
}

/**
 * The surrogate keys of the public answer at `pathname` (no query string), or an empty list for
 * anything that is not one.
 * @param {string} pathname
 * @returns {string[]}
 */
export function surrogateKeys(pathname) {
  const parts = pathname.split('/').filter(Boolean)
  const found = classify(parts)
  if (!found) return []
  const keys = [SITE_KEY]
  if (found.locale) keys.push(found.locale)
  keys.push(found.kind)
  if (found.lists) keys.push(SYNDICATION_KEY)
  keys.push(pageKey(pathname.replace(/\/+$/, '') || '/'))
  return keys
}
