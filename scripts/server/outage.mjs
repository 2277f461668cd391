// @ts-check
// What the server answers while the database is down. Pages, feeds and API answers in Next's cache
// are still served from it (stale if need be: a failed background render keeps the old entry);
// anything that needs the database gets a 503 with Retry-After, at once or within DEADLINE_MS,
// instead of a 500 after the driver's timeouts:
//  - a response Next begins with a 5xx while the database is down is replaced by the outage answer;
//  - a request still unanswered after DEADLINE_MS while the database is down gets it too (a page
//    waiting on several queries in turn would otherwise wait for each);
//  - the admin and Payload's API (never cached) get it at once: for the admin, a page in the staff's
//    languages saying the database is unavailable and that they are still signed in, where Payload
//    would find no user and redirect to its login screen. The page reloads itself, so the admin
//    comes back by itself.
// Whether the database answers is said by src/cms/database.ts (the MongoDB driver's own view of
// its servers) through one registered symbol: the two share the process, not a module.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

/** @typedef {{ status: number, headers: Record<string, string>, body: string }} Answer */

const DATABASE_STATE = Symbol.for('newsroom.database')

/** A request unanswered this long while the database is down gets the 503 (the goal is 2 s). */
export const DEADLINE_MS = 1500

/** How often an unanswered request looks again, after DEADLINE_MS, whether the database is down. */
const RECHECK_MS = 250

/** Retry-After, and the outage page's reload: the driver checks the server every 2 s. */
export const RETRY_AFTER_SECONDS = 10

/** True while the database is known to be unreachable (never before it was first reached). */
export function databaseDown() {
  const state = /** @type {{ available?: boolean } | undefined} */ (/** @type {Record<symbol, unknown>} */ (globalThis)[DATABASE_STATE])
  return state?.available === false
}

/** @typedef {{ title: string, readers: string, staff: string, api: string }} OutageText */

/**
 * The outage texts of every language with a messages file (the same list as src/i18n/locales.ts:
 * tests/int/locales.int.spec.ts keeps them equal), English first. Read once, at start.
 * @returns {Map<string, OutageText>}
 */
function readTexts() {
  const folder = path.resolve(process.cwd(), 'messages')
  const locales = readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.slice(0, -'.json'.length))
    .sort((a, b) => (a === 'en' ? -1 : b === 'en' ? 1 : a.localeCompare(b)))
  return new Map(locales.map((locale) => [locale, JSON.parse(readFileSync(path.join(folder, `${locale}.json`), 'utf8')).outage]))
}

/** @type {Map<string, OutageText> | null} */
let texts = null

/**
 * The request's language first, then the others: the URL's language (`/ru/...`), else the first
 * Accept-Language the site has, else English.
 * @param {string} pathname
 * @param {string | undefined} acceptLanguage
 * @param {string[]} locales
 */
export function languageOrder(pathname, acceptLanguage, locales) {
  const fromPath = locales.find((locale) => pathname === `/${locale}` || pathname.startsWith(`/${locale}/`))
  const fromHeader = (acceptLanguage ?? '')
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().toLowerCase().split(';')
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
      return { language: tag.split('-')[0], q: q ? Number(q.slice(2)) : 1 }
    })
    .filter(({ language, q }) => locales.includes(language) && q > 0)
    .sort((a, b) => b.q - a.q)[0]?.language
  const first = fromPath ?? fromHeader ?? locales[0]
  return [first, ...locales.filter((locale) => locale !== first)]
}

/** @param {string} text */
const escapeHtml = (text) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c)

/**
 * The 503 for `req`: JSON in Payload's error shape under /api, an HTML page (every language, the
 * reader's first) for a browser, plain text otherwise (feeds, sitemap, oEmbed).
 * @param {{ url?: string, headers: import('node:http').IncomingHttpHeaders }} req
 * @returns {Answer}
 */
export function outageAnswer(req) {
  texts ??= readTexts()
  const pathname = (req.url ?? '/').split('?')[0]
  const order = languageOrder(pathname, /** @type {string | undefined} */ (req.headers['accept-language']), [...texts.keys()])
  const chosen = /** @type {OutageText} */ (texts.get(order[0]))
  const headers = { 'Retry-After': String(RETRY_AFTER_SECONDS), 'Cache-Control': 'no-store', 'Content-Language': order[0] }
  if (pathname.startsWith('/api/')) {
    return { status: 503, headers: { ...headers, 'Content-Type': 'application/json; charset=utf-8' }, body: JSON.stringify({ errors: [{ message: chosen.api }] }) }
  }
  if (!/\btext\/html\b/i.test(String(req.headers.accept ?? ''))) {
    return { status: 503, headers: { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }, body: `${chosen.api}\n` }
  }
  const staff = pathname === '/admin' || pathname.startsWith('/admin/')
  const sections = order.map((locale) => {
    const text = /** @type {OutageText} */ (texts?.get(locale))
    return `<section lang="${locale}"><h1>${escapeHtml(text.title)}</h1><p>${escapeHtml(staff ? text.staff : text.readers)}</p></section>`
  })
  const body = `<!doctype html>
<html lang="${order[0]}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="${RETRY_AFTER_SECONDS}"><title>${escapeHtml(chosen.title)}</title>
<style>body{font:1.1rem/1.5 system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;color:#222}section+section{margin-top:2rem;color:#555;font-size:.95rem}h1{font-size:1.4rem}</style>
</head><body>${sections.join('\n')}</body></html>
`
  return { status: 503, headers: { ...headers, 'Content-Type': 'text/html; charset=utf-8' }, body }
}

/**
 * Whether `req` can only be answered from the database, never from Next's cache: the admin (it
 * needs the signed-in user first) and Payload's REST and GraphQL API under /api (our cached JSON
 * API is /api/v1). Payload answers some of these without an error when the database fails (a
 * session whose user cannot be read is no session: `me` says nobody, the admin redirects to its
 * login), so they are answered before Payload sees them.
 * @param {{ url?: string }} req
 */
export function onlyFromDatabase(req) {
  const pathname = (req.url ?? '/').split('?')[0]
  if (pathname === '/admin' || pathname.startsWith('/admin/')) return true
  return pathname.startsWith('/api/') && !pathname.startsWith('/api/v1/')
}

/**
 * Watches `res` from the start of its request: past DEADLINE_MS, while the database is down and
 * nothing has been answered yet, `answer()` sends the outage answer. Stops when the response ends.
 * @param {import('node:http').ServerResponse} res
 * @param {() => boolean} answer sends the outage answer if nothing is answered yet; true if it did
 */
export function watchDeadline(res, answer) {
  /** @type {NodeJS.Timeout | undefined} */
  let timer
  const check = () => {
    if (res.writableEnded || res.headersSent) return
    if (databaseDown() && answer()) return
    timer = setTimeout(check, RECHECK_MS)
  }
  timer = setTimeout(check, DEADLINE_MS)
  const stop = () => clearTimeout(timer)
  res.once('finish', stop)
  res.once('close', stop)
}
