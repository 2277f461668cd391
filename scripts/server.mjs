// The production web server: Next's request handler behind a thin Node HTTP server.
//
// Public pages (/en, /ru, /tg and below) are pure server-rendered HTML: no component on them is
// interactive, links are plain <a>, forms are plain GET forms. Next still appends its client
// runtime (React, the router and an inline copy of the page's RSC payload), about 135 KB of
// compressed JavaScript a phone would download, parse and run for nothing. This server removes
// those scripts from public HTML responses and compresses the result itself (Brotli or gzip).
// JSON-LD (<script type="application/ld+json">) is data, not code, and is kept. Everything else
// (admin, API, assets, embeds) passes through to Next untouched. Requests that need a client
// component are excluded in `keepsScripts` below (today: staff draft previews). Error pages (404)
// keep their scripts: Next renders them in the browser.
import http from 'node:http'
import zlib from 'node:zlib'

import next from 'next'

const PUBLIC_PAGE = /^\/(?:en|ru|tg)(?:\/|$)/

/**
 * Requests that keep Next's client runtime: only staff previewing drafts (Next's draft-mode
 * cookie), whose page refreshes itself inside the admin's live preview. Readers never have it.
 */
const keepsScripts = (req) => /(?:^|;\s*)__prerender_bypass=/.test(req.headers.cookie ?? '')

/** Removes executable scripts and script preloads; keeps JSON-LD and everything else. */
export function stripClientRuntime(html) {
  return html
    .replace(/<script\b(?![^>]*type="application\/ld\+json")[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/<link\b[^>]*rel="(?:preload|modulepreload)"[^>]*as="script"[^>]*\/?>/g, '')
    .replace(/<link\b[^>]*as="script"[^>]*rel="(?:preload|modulepreload)"[^>]*\/?>/g, '')
}

/**
 * Next 16 sends a notFound() page as an error shell whose <html> has no lang until its client
 * runtime runs; readers without scripts (and validators) get the page's language from its path.
 */
export function ensureLang(html, locale) {
  return html.replace(/<html\b([^>]*)>/, (tag, attributes) => (/\slang=/.test(attributes) ? tag : `<html lang="${locale}"${attributes}>`))
}

function negotiate(acceptEncoding = '') {
  if (/\bbr\b/.test(acceptEncoding)) return 'br'
  if (/\bgzip\b/.test(acceptEncoding)) return 'gzip'
  return null
}

function compress(body, encoding) {
  if (encoding === 'br') {
    return zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 6 } })
  }
  if (encoding === 'gzip') return zlib.gzipSync(body, { level: 6 })
  return body
}

/**
 * Lets Next render the page uncompressed into a buffer, then strips, compresses and sends it.
 * Non-HTML answers (redirects, RSC requests) are sent on as they came.
 */
function servePublicPage(req, res, handle) {
  const encoding = negotiate(req.headers['accept-encoding'])
  delete req.headers['accept-encoding']
  const chunks = []
  let head = null
  const original = { writeHead: res.writeHead, write: res.write, end: res.end }
  res.writeHead = function writeHead(status, ...rest) {
    head = { status, rest }
    return this
  }
  res.write = function write(chunk, encodingArg, callback) {
    if (chunk) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof encodingArg === 'string' ? encodingArg : 'utf8'))
    const cb = typeof encodingArg === 'function' ? encodingArg : callback
    if (cb) process.nextTick(cb)
    return true
  }
  res.end = function end(chunk, encodingArg, callback) {
    if (chunk && typeof chunk !== 'function') res.write(chunk, encodingArg)
    Object.assign(res, original)
    if (head) {
      const headers = head.rest.find((item) => item && typeof item === 'object')
      if (headers) for (const [name, value] of Object.entries(headers)) res.setHeader(name, value)
      res.statusCode = head.status
    }
    let body = Buffer.concat(chunks)
    const type = String(res.getHeader('content-type') ?? '')
    if (type.startsWith('text/html')) {
      // Next 16 sends a notFound() page as an empty error shell that its client runtime fills in
      // from the inline RSC payload, so error pages (404) keep their scripts.
      if (res.statusCode < 400) body = Buffer.from(stripClientRuntime(body.toString('utf8')))
      else body = Buffer.from(ensureLang(body.toString('utf8'), (req.url ?? '/').split('/')[1].slice(0, 2)))
      if (encoding) {
        body = compress(body, encoding)
        res.setHeader('Content-Encoding', encoding)
      }
      const vary = String(res.getHeader('vary') ?? '')
      if (!/accept-encoding/i.test(vary)) res.setHeader('Vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding')
    }
    res.setHeader('Content-Length', body.length)
    const done = [chunk, encodingArg, callback].find((arg) => typeof arg === 'function')
    return req.method === 'HEAD' ? res.end(done) : res.end(body, done)
  }
  return handle(req, res)
}

/** Starts the production server; resolves once it listens. */
export async function serve({ dir, port, hostname }) {
  const app = next({ dev: false, dir, port, hostname })
  const handle = app.getRequestHandler()
  await app.prepare()
  const server = http.createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]
    const isPage = (req.method === 'GET' || req.method === 'HEAD') && PUBLIC_PAGE.test(path) && !path.includes('.')
    // RSC fetches (client navigations) are not HTML; nothing asks for them once scripts are gone.
    if (isPage && !req.headers.rsc && !keepsScripts(req)) return servePublicPage(req, res, handle)
    return handle(req, res)
  })
  await new Promise((resolve) => server.listen(Number(port), hostname, resolve))
  console.log(`Newsroom listening on http://${hostname === '0.0.0.0' ? 'localhost' : hostname}:${port}`)
  return server
}

// Run directly: `node scripts/server.mjs` (PORT, HOST; NODE_ENV must be production).
if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  await serve({ dir: process.cwd(), port: process.env.PORT ?? '3000', hostname: process.env.HOST ?? '0.0.0.0' })
}
