import { readFileSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { isCompressible, negotiate } from '../../scripts/server/compression.mjs'
import { KEPT_MS, pagesChanged } from '../../scripts/server/keptPages.mjs'
import { headEnd, readHead, withLang } from '../../scripts/server/pageHead.mjs'
import { sharedCacheControl, sharedCacheSeconds } from '../../scripts/server/cacheControl.mjs'
import { MAX_BODY_BYTES, refusal } from '../../scripts/server/requestGuard.mjs'
import { createServer } from '../../scripts/server/response.mjs'
import { ScriptStripper, stripScripts, withoutScriptPreloads } from '../../scripts/server/stripScripts.mjs'

/*
 * The production server's own parts (scripts/server/*), without Next: the streaming script
 * remover on a real page's HTML (a news item as Next 16 renders it, tests/fixtures) split at every
 * chunk boundary, the page's declarations, encoding negotiation, and the response class behind a
 * plain handler that writes the way Next does.
 */

const page = readFileSync(new URL('../fixtures/news-item.html', import.meta.url))

/** One request to a test server, its body read whole. */
function request(url: string, headers: Record<string, string>, method: string) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    http
      .request(url, { method, headers }, (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }))
      })
      .on('error', reject)
      .end()
  })
}

/** What the server must send for `html`: the old whole-document rules, written independently. */
function expected(html: string): string {
  return html
    .replace(/<script\b(?![^>]*type="application\/ld\+json")[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/<link\b[^>]*rel="(?:preload|modulepreload)"[^>]*as="script"[^>]*\/?>/g, '')
    .replace(/<link\b[^>]*as="script"[^>]*rel="(?:preload|modulepreload)"[^>]*\/?>/g, '')
    .replace(/<link\b(?![^>]*\sas=)[^>]*rel="modulepreload"[^>]*\/?>/g, '')
}

/** Runs the stripper over `input` cut into the given pieces. */
function stripInPieces(input: Buffer, cuts: number[]): Buffer {
  const stripper = new ScriptStripper()
  const out: Buffer[] = []
  let from = 0
  for (const cut of [...cuts, input.length]) {
    out.push(stripper.push(input.subarray(from, cut)))
    from = cut
  }
  out.push(stripper.end())
  return Buffer.concat(out)
}

describe('the streaming script remover', () => {
  const whole = stripScripts(page)

  it('removes every executable script and script preload of a real page, keeps JSON-LD and every other byte', () => {
    const html = page.toString('utf8')
    expect(html).toMatch(/<script src="\/_next\//)
    expect(html).toContain('self.__next_f.push')
    expect(html).toMatch(/<link rel="preload" as="script"/)
    const result = whole.toString('utf8')
    expect(result).toBe(expected(html))
    expect(result).not.toMatch(/<script(?![^>]*application\/ld\+json)/)
    expect(result).not.toContain('as="script"')
    const jsonLd = (text: string) => text.match(/<script type="application\/ld\+json">[\s\S]*?<\/script>/g)
    expect(jsonLd(result)).toEqual(jsonLd(html))
    expect(jsonLd(result)?.length).toBeGreaterThan(0)
  })

  it('gives the same bytes whatever the chunk boundaries: every single cut of the real page', () => {
    for (let cut = 1; cut < page.length; cut++) {
      const result = stripInPieces(page, [cut])
      if (!result.equals(whole)) expect(`cut at ${cut}: ${result.length} bytes`).toBe(`${whole.length} bytes`)
    }
  })

  it('gives the same bytes one byte at a time, and in chunks of every size up to 64', () => {
    expect(stripInPieces(page, Array.from({ length: page.length - 1 }, (_, i) => i + 1)).equals(whole)).toBe(true)
    for (let size = 2; size <= 64; size++) {
      const cuts = Array.from({ length: Math.ceil(page.length / size) - 1 }, (_, i) => (i + 1) * size)
      expect(stripInPieces(page, cuts).equals(whole), `chunks of ${size}`).toBe(true)
    }
  })

  const cases: [string, string, string][] = [
    ['a comparison inside a script', '<p>a</p><script>if (a < b && c > d) go()</script><p>b</p>', '<p>a</p><p>b</p>'],
    ['JSON-LD, double or single quotes', `<script type="application/ld+json">{"a":"</p>"}</script><script type='application/ld+json'>{}</script>`, `<script type="application/ld+json">{"a":"</p>"}</script><script type='application/ld+json'>{}</script>`],
    ['a ">" inside a quoted attribute', '<script data-x="a>b" src="/x.js"></script>z', 'z'],
    ['an end tag with a space, and a false end tag', '<script>"</scripty>"</script >z', 'z'],
    ['script preloads of every form, other preloads kept', '<link rel="modulepreload" href="/a.js"><link rel="preload" as="style" href="/a.css"><link rel="preload" href="/b.js" as="script" fetchPriority="low"/>', '<link rel="preload" as="style" href="/a.css">'],
    ['elements whose names only begin like script or link', '<scripting>a</scripting><linker>b</linker>', '<scripting>a</scripting><linker>b</linker>'],
    ['an unfinished tag at the end passes as it came', '<p>x</p><scr', '<p>x</p><scr'],
    ['a script left open drops the rest', '<p>x</p><script>never closed', '<p>x</p>'],
  ]
  for (const [name, input, output] of cases) {
    it(`${name}, at every cut`, () => {
      const bytes = Buffer.from(input)
      for (let cut = 0; cut <= bytes.length; cut++) expect(stripInPieces(bytes, [cut]).toString(), `cut at ${cut}`).toBe(output)
    })
  }
})

describe('what a page says in its head', () => {
  it('reads the client-runtime marker (keep wins) and the language for an <html> without one', () => {
    const head = (html: string, meta: string) => Buffer.from(`<!DOCTYPE html>${html}<head>${meta}</head>`)
    expect(readHead(head('<html lang="ru">', '<meta name="newsroom-client-runtime" content="none"/><meta name="newsroom-lang" content="ru"/>'))).toEqual({ clientRuntime: 'none', lang: null })
    expect(readHead(head('<html lang="en">', '<meta name="newsroom-client-runtime" content="none"/><meta name="newsroom-client-runtime" content="keep"/>')).clientRuntime).toBe('keep')
    expect(readHead(head('<html id="__next_error__">', '<meta name="newsroom-lang" content="tg"/>'))).toEqual({ clientRuntime: null, lang: 'tg' })
    expect(readHead(head('<html>', '<meta name="newsroom-lang" content="x&quot; onload=&quot;"/>')).lang).toBeNull()
    expect(readHead(head('<html>', '<title>admin</title>'))).toEqual({ clientRuntime: null, lang: null })
    expect(withLang(Buffer.from('<!DOCTYPE html><html id="e"><head>'), 'tg').toString()).toBe('<!DOCTYPE html><html lang="tg" id="e"><head>')
    expect(headEnd(page)).toBe(page.indexOf('</head>') + '</head>'.length)
  })

  it('the real page carries the marker and its language', () => {
    expect(readHead(page.subarray(0, headEnd(page)))).toEqual({ clientRuntime: 'none', lang: null })
  })
})

describe('encodings', () => {
  it('prefers br, honours q-values and q=0, compresses text only', () => {
    expect(negotiate('gzip, deflate, br')).toBe('br')
    expect(negotiate('gzip')).toBe('gzip')
    expect(negotiate('br;q=0, gzip')).toBe('gzip')
    expect(negotiate('gzip;q=1, br;q=0.5')).toBe('gzip')
    expect(negotiate('*')).toBe('br')
    expect(negotiate('identity')).toBeNull()
    expect(negotiate(undefined)).toBeNull()
    expect(isCompressible('text/html; charset=utf-8')).toBe(true)
    expect(isCompressible('application/rss+xml')).toBe(true)
    expect(isCompressible('application/feed+json')).toBe(true)
    expect(isCompressible('text/x-component')).toBe(true)
    expect(isCompressible('image/webp')).toBe(false)
    expect(isCompressible('text/event-stream')).toBe(false)
  })

  it('drops script preloads from a Link header and keeps the rest', () => {
    expect(withoutScriptPreloads('</a.css>; rel=preload; as="style", </b.js>; rel=preload; as="script", </c.js>; rel=modulepreload, </f.woff2>; rel=preload; as="font"')).toEqual([
      '</a.css>; rel=preload; as="style"',
      '</f.woff2>; rel=preload; as="font"',
    ])
  })
})

describe('the response class, behind a handler that writes the way Next does', () => {
  const marked = page.toString('utf8')
  const shell = `<!DOCTYPE html><html id="__next_error__"><head><meta name="newsroom-lang" content="tg"/><script src="/_next/static/a.js" async=""></script></head><body><div hidden=""></div><script>self.__next_f.push([1,"x"])</script></body></html>`
  const json = JSON.stringify({ docs: Array.from({ length: 100 }, (_, i) => ({ id: i, title: `Item ${i}` })) })
  let server: ReturnType<typeof createServer>
  let base = ''

  beforeAll(async () => {
    server = createServer(
      (req, res) => {
        const url = req.url ?? '/'
        // A cached page: ETag, Content-Length, the whole body in one end(); 304 as Next's `fresh` decides.
        if (url === '/cached' || url === '/json') {
          const body = url === '/json' ? json : marked
          const etag = `"${body.length.toString(36)}"`
          res.setHeader('Content-Type', url === '/json' ? 'application/json' : 'text/html; charset=utf-8')
          res.setHeader('Link', '</f.woff2>; rel=preload; as="font", </x.js>; rel=preload; as="script"')
          res.setHeader('ETag', etag)
          const match = String(req.headers['if-none-match'] ?? '').split(/\s*,\s*/)
          if (match.some((token) => token === etag || token === `W/${etag}` || `W/${token}` === etag)) {
            res.statusCode = 304
            return res.end()
          }
          res.setHeader('Content-Length', Buffer.byteLength(body))
          return res.end(body)
        }
        // A dynamic page: headers flushed first, chunks flushed one by one, no length.
        if (url === '/stream' || url === '/shell') {
          res.statusCode = url === '/shell' ? 404 : 200
          res.setHeader('Content-Type', 'text/html; charset=utf-8')
          res.flushHeaders()
          const body = Buffer.from(url === '/shell' ? shell : marked)
          let at = 0
          const next = () => {
            if (at >= body.length) return res.end()
            res.write(body.subarray(at, at + 997))
            ;(res as http.ServerResponse & { flush: () => void }).flush()
            at += 997
            setImmediate(next)
          }
          return next()
        }
        res.statusCode = 404
        res.end('not here')
      },
      { compress: true },
    )
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  const get = (path: string, headers: Record<string, string> = {}, method = 'GET') => request(`${base}${path}`, headers, method)
  const decode = (response: { headers: http.IncomingHttpHeaders; body: Buffer }) =>
    response.headers['content-encoding'] === 'br' ? brotliDecompressSync(response.body) : response.headers['content-encoding'] === 'gzip' ? gunzipSync(response.body) : response.body

  it('a cached page: scripts removed, compressed, the real length for GET and HEAD, its ETag kept and giving 304', async () => {
    const plain = await get('/cached')
    expect(plain.body.toString()).toBe(expected(marked))
    expect(Number(plain.headers['content-length'])).toBe(plain.body.length)
    expect(plain.headers.link).toBe('</f.woff2>; rel=preload; as="font"')
    expect(plain.headers.vary).toBe('Accept-Encoding')
    expect(plain.headers.etag).toBe(`"${marked.length.toString(36)}"`)
    for (const encoding of ['br', 'gzip']) {
      for (let round = 0; round < 2; round++) {
        const compressed = await get('/cached', { 'Accept-Encoding': encoding })
        expect(compressed.headers['content-encoding']).toBe(encoding)
        expect(Number(compressed.headers['content-length'])).toBe(compressed.body.length)
        expect(decode(compressed).equals(plain.body)).toBe(true)
        const head = await get('/cached', { 'Accept-Encoding': encoding }, 'HEAD')
        expect(head.body.length).toBe(0)
        expect(head.headers['content-length']).toBe(compressed.headers['content-length'])
      }
    }
    const notModified = await get('/cached', { 'If-None-Match': String(plain.headers.etag) })
    expect(notModified.status).toBe(304)
    expect(notModified.headers.etag).toBe(plain.headers.etag)
  })

  it('a streamed page: scripts removed as it streams, compressed as it streams, no length', async () => {
    const plain = await get('/stream')
    expect(plain.headers['content-length']).toBeUndefined()
    expect(plain.body.toString()).toBe(expected(marked))
    for (const encoding of ['br', 'gzip']) {
      const compressed = await get('/stream', { 'Accept-Encoding': encoding })
      expect(compressed.headers['content-encoding']).toBe(encoding)
      expect(decode(compressed).equals(plain.body)).toBe(true)
    }
  })

  it('Next\'s error shell keeps its scripts and gets the language its metadata declares', async () => {
    const response = await get('/shell', { 'Accept-Encoding': 'br' })
    expect(response.status).toBe(404)
    expect(decode(response).toString()).toBe(shell.replace('<html id=', '<html lang="tg" id='))
  })

  it('other text is compressed once and otherwise untouched; what is not there passes as it came', async () => {
    const compressed = await get('/json', { 'Accept-Encoding': 'br' })
    expect(compressed.headers['content-encoding']).toBe('br')
    expect(decode(compressed).toString()).toBe(json)
    expect((await get('/json')).body.toString()).toBe(json)
    const missing = await get('/missing', { 'Accept-Encoding': 'br' })
    expect(missing.status).toBe(404)
    expect(missing.body.toString()).toBe('not here')
  })
})

describe('what the server refuses before Next sees it', () => {
  const get = (url: string, headers: Record<string, string> = {}) => refusal({ method: 'GET', url, headers })

  it('a malformed percent-escape anywhere in the path is a 400; well-formed ones, and the query, pass', () => {
    for (const url of ['/%', '/en/%zz', '/tg/news/%D2', '/api/news/%E0%A4%A', '/admin/%C0%AF', '/sitemaps/%FF.xml']) expect(get(url)?.status, url).toBe(400)
    for (const url of ['/', '/tg/news/%D2%B3%D0%B8', '/en/news/%25E0', '/en/search?q=%', '/api/news?where=%zz']) expect(get(url), url).toBeNull()
  })

  it('bodies: larger than the cap is 413, chunked is 411, multipart uploads are left to Payload\'s limits', () => {
    const post = (headers: Record<string, string>) => refusal({ method: 'POST', url: '/api/news', headers })
    expect(post({ 'content-type': 'application/json', 'content-length': String(MAX_BODY_BYTES + 1) })?.status).toBe(413)
    expect(post({ 'content-type': 'application/json', 'content-length': String(MAX_BODY_BYTES) })).toBeNull()
    expect(post({ 'content-type': 'application/json', 'transfer-encoding': 'chunked' })?.status).toBe(411)
    expect(post({ 'content-type': 'multipart/form-data; boundary=x', 'transfer-encoding': 'chunked' })).toBeNull()
    expect(post({ 'content-type': 'multipart/form-data; boundary=x', 'content-length': String(MAX_BODY_BYTES * 10) })).toBeNull()
  })

  it('a refused request never reaches the handler and gets JSON under /api, text elsewhere', async () => {
    let reached = 0
    const server = createServer(
      (_req, res) => {
        reached += 1
        res.end('ok')
      },
      { compress: true },
    )
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    try {
      const api = await fetch(`${base}/api/news/%zz`)
      expect(api.status).toBe(400)
      expect(((await api.json()) as { errors: { message: string }[] }).errors[0].message).toMatch(/malformed percent-escape/)
      const page = await fetch(`${base}/tg/%D2`)
      expect(page.status).toBe(400)
      expect(await page.text()).toMatch(/malformed percent-escape/)
      expect(reached).toBe(0)
      expect(await (await fetch(`${base}/tg/%D2%B3`)).text()).toBe('ok')
      expect(reached).toBe(1)
    } finally {
      server.close()
    }
  })
})

describe('what shared caches may keep', () => {
  it("Next's page header (kept until revalidated: a year) becomes a short shared lifetime; other headers pass", () => {
    const page = 'public, max-age=0, s-maxage=60, stale-while-revalidate=86400'
    expect(sharedCacheControl('s-maxage=31536000', 60)).toBe(page)
    expect(sharedCacheControl('s-maxage=31536000, stale-while-revalidate', 60)).toBe(page)
    expect(sharedCacheControl('s-maxage=31536000', 5)).toBe('public, max-age=0, s-maxage=5, stale-while-revalidate=86400')
    // A page with a revalidation time of its own (the news list: an hour): no longer than ours.
    expect(sharedCacheControl('s-maxage=3600, stale-while-revalidate=31532400', 60)).toBe(page)
    expect(sharedCacheControl('s-maxage=30, stale-while-revalidate=31535970', 60)).toBe('public, max-age=0, s-maxage=30, stale-while-revalidate=86400')
    for (const other of ['private, no-cache, no-store, max-age=0, must-revalidate', 'public, max-age=300, s-maxage=300, stale-while-revalidate=86400']) {
      expect(sharedCacheControl(other, 60)).toBe(other)
    }
    expect([sharedCacheSeconds(undefined), sharedCacheSeconds('15'), sharedCacheSeconds('-3'), sharedCacheSeconds('a minute')]).toEqual([60, 15, 60, 60])
  })

  it('the server sends it on a page as Next wrote it, and on its 304', async () => {
    const server = createServer(
      (req, res) => {
        res.setHeader('Cache-Control', 's-maxage=31536000')
        res.setHeader('ETag', '"v1"')
        if (req.headers['if-none-match'] === '"v1"') {
          res.statusCode = 304
          res.end()
          return
        }
        res.setHeader('Content-Type', 'text/html; charset=utf-8')
        res.end('<!doctype html><html><head><title>x</title></head><body>page</body></html>')
      },
      { compress: true, sharedCacheSeconds: 30 },
    )
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    try {
      const page = await fetch(`${base}/en`)
      expect(page.headers.get('cache-control')).toBe('public, max-age=0, s-maxage=30, stale-while-revalidate=86400')
      const again = await fetch(`${base}/en`, { headers: { 'If-None-Match': '"v1"' } })
      expect(again.status).toBe(304)
      expect(again.headers.get('cache-control')).toBe('public, max-age=0, s-maxage=30, stale-while-revalidate=86400')
    } finally {
      server.close()
    }
  })
})

describe('pages Next answered from its cache, kept for a second (keptPages.mjs)', () => {
  const html = `<!doctype html><html lang="tg"><head><meta name="newsroom-client-runtime" content="none"/><title>Ҳисобот</title><script src="/_next/x.js"></script></head><body>${'Матни саҳифа. '.repeat(200)}</body></html>`
  let calls = 0
  let cache = 'HIT'
  let server: ReturnType<typeof createServer>
  let base = ''
  beforeAll(async () => {
    server = createServer(
      (req, res) => {
        calls += 1
        res.setHeader('x-nextjs-cache', cache)
        if (req.url?.startsWith('/by-language')) res.setHeader('Vary', 'rsc, Accept-Language')
        res.setHeader('ETag', '"page-v1"')
        res.setHeader('Content-Type', 'text/html; charset=utf-8')
        res.setHeader('Content-Length', Buffer.byteLength(html))
        res.end(html)
      },
      { compress: true },
    )
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))
  const get = (path: string, headers: Record<string, string> = {}, method = 'GET') => request(`${base}${path}`, headers, method)
  const headersOf = ({ headers }: { headers: http.IncomingHttpHeaders }) => ({ ...headers, date: undefined })

  it('sends a cached page again without Next, byte for byte, per encoding, to GET, HEAD and If-None-Match', async () => {
    cache = 'HIT'
    const before = calls
    const first = await get('/tg/news/a', { 'Accept-Encoding': 'br' })
    const second = await get('/tg/news/a', { 'Accept-Encoding': 'br' })
    expect(calls - before).toBe(1)
    expect(second.body.equals(first.body)).toBe(true)
    expect(headersOf(second)).toEqual(headersOf(first))
    expect(second.headers['content-encoding']).toBe('br')
    expect(brotliDecompressSync(second.body).toString()).not.toContain('<script')
    // Another encoding and another address are answers of their own.
    expect((await get('/tg/news/a', { 'Accept-Encoding': 'gzip' })).headers['content-encoding']).toBe('gzip')
    await get('/tg/news/b', { 'Accept-Encoding': 'br' })
    expect(calls - before).toBe(3)
    const head = await get('/tg/news/a', { 'Accept-Encoding': 'br' }, 'HEAD')
    expect(head.body.length).toBe(0)
    expect(head.headers['content-length']).toBe(String(first.body.length))
    const notModified = await get('/tg/news/a', { 'Accept-Encoding': 'br', 'If-None-Match': 'W/"page-v1"' })
    expect(notModified.status).toBe(304)
    expect(notModified.headers.etag).toBe('"page-v1"')
    expect(calls - before).toBe(3)
  })

  it('asks Next again after a second, after any revalidation, and for anything personal or not a cache hit', async () => {
    cache = 'HIT'
    let before = calls
    await get('/en/news')
    await get('/en/news')
    expect(calls - before).toBe(1)
    // Revalidation (the cache handler calls this on every publish): nothing kept is sent again.
    pagesChanged()
    await get('/en/news')
    expect(calls - before).toBe(2)
    await new Promise((resolve) => setTimeout(resolve, KEPT_MS + 100))
    await get('/en/news')
    expect(calls - before).toBe(3)
    // Staff (a cookie), Next's client router and credentials always reach Next.
    before = calls
    for (const headers of [{ Cookie: 'payload-token=x' }, { RSC: '1' }, { Authorization: 'Bearer x' }] as Record<string, string>[]) {
      await get('/en/news', headers)
      await get('/en/news', headers)
    }
    expect(calls - before).toBe(6)
    // A fresh or stale render is never kept: the next reader asks Next, which has the page by then.
    before = calls
    for (const state of ['MISS', 'STALE']) {
      cache = state
      await get(`/en/projects/${state}`)
      await get(`/en/projects/${state}`)
    }
    expect(calls - before).toBe(4)
    // Nor an answer that varies on a header the key does not hold.
    cache = 'HIT'
    before = calls
    await get('/by-language', { 'Accept-Language': 'tg' })
    await get('/by-language', { 'Accept-Language': 'ru' })
    expect(calls - before).toBe(2)
  })
})
