// Proves what deploy/nginx/newsroom.conf promises, against a copy run by scripts/nginx.sh: two
// stand-in Node servers answer like the app does (Cache-Control from the page), and this checks
// load balancing, the page cache (hit, one second of freshness then a conditional request, stale
// while Node fails, bypass for staff, refresh, purge by file), no caching of /admin and /api but
// caching of /api/v1, gzip, X-Forwarded-* and the refusal of unknown host names.
// Usage: NGINX_URL=http://127.0.0.1:8090 NGINX_UPSTREAMS="127.0.0.1:18101 127.0.0.1:18102" \
//        NGINX_CACHE_DIR=.tmp/nginx-8090/cache node scripts/nginx-check.mjs
// (start nginx first with the same NGINX_UPSTREAMS; this starts the stand-ins on those ports).
import { createHash } from 'node:crypto'
import { existsSync, rmSync } from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import { setTimeout as delay } from 'node:timers/promises'
import zlib from 'node:zlib'

const base = new URL(process.env.NGINX_URL ?? 'http://127.0.0.1:8090')
const upstreams = (process.env.NGINX_UPSTREAMS ?? '127.0.0.1:18101 127.0.0.1:18102').trim().split(/\s+/)
const cacheDir = process.env.NGINX_CACHE_DIR ?? `.tmp/nginx-${base.port}/cache`
const run = `${Date.now()}` // fresh URLs each run, so a second run never meets the first one's cache

/** Requests the stand-ins saw, per path. */
const seen = new Map()
/** 304s the stand-ins answered, per path. */
const notModified = new Map()
let version = 1 // what the "page" says; bumped to see a refresh arrive

/** How each stand-in answers: the Cache-Control is the app's, chosen per path like the app does. */
function answer(name) {
  return (req, res) => {
    const url = new URL(req.url, 'http://upstream')
    seen.set(url.pathname, (seen.get(url.pathname) ?? 0) + 1)
    res.setHeader('X-Instance', name)
    const send = (status, type, body, headers = {}) => {
      res.writeHead(status, { 'Content-Type': type, ...headers })
      res.end(body)
    }
    const p = url.pathname
    if (p.startsWith('/echo')) return send(200, 'application/json', JSON.stringify(req.headers), { 'Cache-Control': 'no-store' })
    if (p.startsWith('/lb')) return send(200, 'text/plain', name, { 'Cache-Control': 'no-store' })
    if (p.startsWith('/nocc')) return send(200, 'text/html; charset=utf-8', `<p>no header ${version}</p>`)
    if (p.startsWith('/cookie')) return send(200, 'text/html', 'x', { 'Cache-Control': 'public, s-maxage=60', 'Set-Cookie': 'a=b; Path=/' })
    if (p.startsWith('/fresh')) {
      // An ETag like Next's: a conditional request for an unchanged page gets a 304.
      const etag = `"v${version}"`
      if (req.headers['if-none-match'] === etag) {
        notModified.set(p, (notModified.get(p) ?? 0) + 1)
        res.writeHead(304, { ETag: etag, 'Cache-Control': 'public, max-age=0, s-maxage=60, stale-while-revalidate=86400' })
        return res.end()
      }
      return send(200, 'text/html', `<p>v${version}</p>`, { ETag: etag, 'Cache-Control': 'public, max-age=0, s-maxage=60, stale-while-revalidate=86400' })
    }
    if (p.startsWith('/flaky')) return (seen.get(p) ?? 0) > 1 ? send(500, 'text/html', 'down', { 'Cache-Control': 'no-store' }) : send(200, 'text/html', '<p>before the outage</p>', { 'Cache-Control': 'public, s-maxage=60' })
    if (p.startsWith('/private')) return send(200, 'text/html', `<p>${version}</p>`, { 'Cache-Control': 'private, max-age=60' })
    if (p.startsWith('/br')) return send(200, 'text/html', zlib.brotliCompressSync('<p>already compressed</p>'.repeat(50)), { 'Content-Encoding': 'br', 'Cache-Control': 'no-store' })
    // Pages, /admin, /api and /api/v1 alike claim to be cacheable: nginx must still keep /admin and /api out.
    const big = `<!doctype html><title>${p}</title>` + `<p>Ахбор ва хабарҳо ${version}</p>`.repeat(100)
    if (p.startsWith('/api/')) return send(200, 'application/json', JSON.stringify({ path: p, version, pad: 'x'.repeat(500) }), { 'Cache-Control': 'public, s-maxage=60' })
    return send(200, 'text/html; charset=utf-8', big, { 'Cache-Control': 'public, max-age=0, s-maxage=60, stale-while-revalidate=600', Vary: 'Accept-Encoding' })
  }
}

/** One request with exactly these headers (no automatic decompression). Resolves to { status, headers, body } or { error }. */
function get(pathname, headers = {}) {
  return new Promise((resolve) => {
    const req = http.request({ host: base.hostname, port: base.port, path: pathname, headers: { 'Accept-Encoding': 'identity', ...headers }, agent: false }, (res) => {
      const chunks = []
      res.on('data', (c) => chunks.push(c))
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }))
    })
    req.on('error', (error) => resolve({ error }))
    req.setTimeout(10_000, () => req.destroy(new Error('timeout')))
    req.end()
  })
}

let failures = 0
function check(condition, message) {
  console.log(`${condition ? 'ok  ' : 'FAIL'} ${message}`)
  if (!condition) failures += 1
}

const servers = upstreams.map((address, i) => {
  const [host, port] = address.split(':')
  const server = http.createServer(answer(`node-${i + 1}`))
  return new Promise((resolve) => server.listen(Number(port), host, () => resolve(server)))
})
const started = await Promise.all(servers)

try {
  // Load balancing: uncacheable answers come from every instance.
  const instances = new Set()
  for (let i = 0; i < 8; i++) instances.add((await get(`/lb/${run}`)).headers?.['x-instance'])
  check(instances.size === upstreams.length, `requests are spread over all ${upstreams.length} upstreams (saw ${[...instances].join(', ')})`)

  // A public page: stored on the first request, served from the cache after.
  const page = `/en/news/${run}`
  const first = await get(page)
  const second = await get(page)
  check(first.status === 200 && first.headers['x-cache-status'] === 'MISS', `a public page is a MISS first (${first.status} ${first.headers?.['x-cache-status']})`)
  check(second.headers['x-cache-status'] === 'HIT' && seen.get(page) === 1, `then a HIT, Node asked once (${second.headers['x-cache-status']}, ${seen.get(page)})`)

  // The cache key is "$scheme://$host$request_uri" and levels=1:2: the entry's file can be found and deleted.
  const md5 = createHash('md5').update(`${base.protocol}//${base.hostname}${page}`).digest('hex')
  const file = path.join(cacheDir, md5.slice(-1), md5.slice(-3, -1), md5)
  check(existsSync(file), `its cache file is ${path.relative(process.cwd(), file)} (md5 of "${base.protocol}//${base.hostname}${page}")`)
  rmSync(file, { force: true })
  const afterPurge = await get(page)
  check(afterPurge.headers['x-cache-status'] === 'MISS' && seen.get(page) === 2, `deleting that file purges the page (${afterPurge.headers['x-cache-status']}, Node asked ${seen.get(page)} times)`)

  // Staff (Payload's session cookie) and draft previews bypass the cache, and what they see is not stored.
  version = 99
  const staff = await get(page, { Cookie: 'theme=dark; payload-token=abc' })
  check(staff.headers['x-cache-status'] === 'BYPASS' && seen.get(page) === 3, `a signed-in editor bypasses the cache (${staff.headers['x-cache-status']})`)
  const draft = await get(page, { Cookie: '__prerender_bypass=1' })
  check(draft.headers['x-cache-status'] === 'BYPASS', `a draft preview bypasses the cache (${draft.headers['x-cache-status']})`)
  const reader = await get(page)
  check(reader.headers['x-cache-status'] === 'HIT' && !reader.body.includes('хабарҳо 99'), `readers still get the copy cached before (${reader.headers['x-cache-status']})`)

  // A local refresh stores Node's new answer for everyone.
  version = 2
  const refreshed = await get(page, { 'X-Newsroom-Refresh': '1' })
  const afterRefresh = await get(page)
  check(refreshed.headers['x-cache-status'] === 'BYPASS' && afterRefresh.headers['x-cache-status'] === 'HIT' && afterRefresh.body.includes('хабарҳо 2'),
    `X-Newsroom-Refresh from this machine replaces the cached copy (${refreshed.headers['x-cache-status']}, then ${afterRefresh.headers['x-cache-status']} with the new text)`)

  // One second, whatever s-maxage says: then one conditional request to Node (a 304 if unchanged).
  // nginx counts whole seconds (an entry stored at 10.9 s is fresh until 12.0 s): waits are 2.1 s.
  const fresh = `/fresh/${run}`
  version = 3
  await get(fresh)
  const hit = await get(fresh)
  check(hit.headers['x-cache-status'] === 'HIT', `a page Node marks s-maxage=60 is stored (${hit.headers['x-cache-status']})`)
  await delay(2_100)
  const revalidated = await get(fresh)
  check(revalidated.headers['x-cache-status'] === 'REVALIDATED' && notModified.get(fresh) === 1 && revalidated.body.toString() === '<p>v3</p>',
    `two seconds later nginx asks Node with If-None-Match and keeps its copy on a 304 (${revalidated.headers['x-cache-status']}, ${notModified.get(fresh) ?? 0} 304)`)
  version = 4
  await delay(2_100)
  const changed = await get(fresh)
  check(changed.body.toString() === '<p>v4</p>' && seen.get(fresh) === 3, `a change shows within two seconds, not sixty (${changed.headers['x-cache-status']}: ${changed.body}, Node asked ${seen.get(fresh)} times)`)
  const many = await Promise.all(Array.from({ length: 20 }, () => get(fresh)))
  check(many.every((r) => r.body.toString() === '<p>v4</p>') && seen.get(fresh) === 3, `20 readers within that second: Node not asked again (${seen.get(fresh)} times)`)

  // While Node fails, the last copy is served.
  const flaky = `/flaky/${run}`
  await get(flaky)
  await delay(2_100)
  const stale = await get(flaky)
  check(stale.status === 200 && stale.headers['x-cache-status'] === 'STALE' && stale.body.toString().includes('before the outage'), `while Node answers 500, the last copy is served (${stale.status} ${stale.headers['x-cache-status']})`)

  // What is never cached.
  for (const p of ['/admin', `/admin/collections/news/${run}`, `/api/news/${run}`, `/api/graphql`]) {
    const before = seen.get(p) ?? 0
    const a = await get(p)
    const b = await get(p)
    check(a.status === 200 && !a.headers['x-cache-status'] && !b.headers['x-cache-status'] && seen.get(p) === before + 2, `${p} is never cached, though Node says public (Node asked ${seen.get(p) - before} times)`)
  }
  const nocc = `/nocc/${run}`
  await get(nocc)
  await get(nocc)
  check(seen.get(nocc) === 2, `a page without Cache-Control is not stored (Node asked ${seen.get(nocc)} times)`)
  const priv = `/private/${run}`
  await get(priv)
  await get(priv)
  check(seen.get(priv) === 2, `a private page is not stored (Node asked ${seen.get(priv)} times)`)
  const cookie = `/cookie/${run}`
  await get(cookie)
  await get(cookie)
  check(seen.get(cookie) === 2, `an answer that sets a cookie is not stored (Node asked ${seen.get(cookie)} times)`)

  // The public JSON API is cached.
  const v1 = `/api/v1/en/news/${run}`
  await get(v1)
  const v1b = await get(v1)
  check(v1b.headers['x-cache-status'] === 'HIT' && seen.get(v1) === 1, `/api/v1/... is cached (${v1b.headers['x-cache-status']})`)

  // gzip for text, once.
  const gz = await get(`/en/gzip/${run}`, { 'Accept-Encoding': 'gzip, br' })
  const unzipped = gz.headers['content-encoding'] === 'gzip' ? zlib.gunzipSync(gz.body).toString() : ''
  check(unzipped.includes('Ахбор ва хабарҳо'), `HTML is gzipped for a client that accepts it (${gz.headers['content-encoding']}, ${gz.body.length} bytes)`)
  const json = await get(`/api/v1/en/gzip/${run}`, { 'Accept-Encoding': 'gzip' })
  check(json.headers['content-encoding'] === 'gzip', `JSON is gzipped (${json.headers['content-encoding']})`)
  const plain = await get(`/en/gzip/${run}`)
  check(!plain.headers['content-encoding'] && plain.body.toString().includes('Ахбор'), 'a client without gzip gets plain text')
  const br = await get(`/br/${run}`, { 'Accept-Encoding': 'gzip, br' })
  check(br.headers['content-encoding'] === 'br' && zlib.brotliDecompressSync(br.body).toString().startsWith('<p>already'), `an answer Node compressed passes untouched (${br.headers['content-encoding']})`)

  // Headers Node receives.
  const echo = JSON.parse((await get(`/echo/${run}`, { 'X-Forwarded-For': '203.0.113.7' })).body.toString())
  check(echo.host === base.host, `Host is the reader's, with its port (${echo.host})`)
  check(echo['x-forwarded-host'] === base.host && echo['x-forwarded-proto'] === 'http' && echo['x-forwarded-port'] === base.port,
    `X-Forwarded-Host/Proto/Port (${echo['x-forwarded-host']}, ${echo['x-forwarded-proto']}, ${echo['x-forwarded-port']})`)
  check(echo['x-forwarded-for'] === '203.0.113.7, 127.0.0.1' && echo['x-real-ip'] === '127.0.0.1', `X-Forwarded-For appends the client (${echo['x-forwarded-for']}; X-Real-IP ${echo['x-real-ip']})`)
  check(echo.connection === 'keep-alive' || echo.connection === undefined, `keep-alive to Node (Connection: ${echo.connection ?? 'absent'})`)

  // An unknown host name gets no answer at all.
  const evil = await get(`/en/news/${run}`, { Host: 'evil.example' })
  check(Boolean(evil.error), `a request for an unknown host is dropped (${evil.error?.code ?? evil.status})`)
} finally {
  await Promise.all(started.map((s) => new Promise((resolve) => s.close(resolve))))
}

if (failures > 0) {
  console.error(`nginx-check: ${failures} check(s) failed`)
  process.exit(1)
}
console.log('nginx-check: all checks passed')
