// `npm run bench:proxy`: the production shape of issue 12. Two instances of the production build
// on one Redis (scripts/redis.sh) behind the repository's nginx configuration (scripts/nginx.sh,
// deploy/nginx/newsroom.conf), on a freshly seeded SQLite database. Prints:
//  - requests/s of a cached article through that nginx, against a plain nginx serving the same
//    HTML from a file on disk (same worker count, keep-alive), measured with wrk (Debian's `wrk`,
//    installed if missing), and their ratio (the goal: at least half);
//  - after a publish through instance A in English, Russian and Tajik: how long until each
//    affected page shows it through nginx, and on instance B directly.
// Figures, not a test: it exits 0 whatever they are.
//
// BENCH_PORT (default 3360): A on +1, B on +2, nginx on +3, Redis on +4, the plain nginx on +5.
// BENCH_SECONDS per wrk run (default 10), BENCH_CONNECTIONS (default 32). Reuses the production
// build in NEXT_DIST_DIR (default .next; builds one if missing).
import { execFileSync, spawn } from 'node:child_process'
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { setTimeout as delay } from 'node:timers/promises'

import { demoEnv, distDir, nextBin, root, run, seed, serverArgs } from '../scripts/lib.mjs'

const basePort = Number(process.env.BENCH_PORT ?? 3360)
const ports = { a: basePort + 1, b: basePort + 2, nginx: basePort + 3, redis: basePort + 4, plain: basePort + 5 }
const seconds = Number(process.env.BENCH_SECONDS ?? 10)
const connections = Number(process.env.BENCH_CONNECTIONS ?? 32)
const folder = path.join(root, '.tmp/bench-proxy')
const locales = ['en', 'ru', 'tg']
const say = (message) => process.stderr.write(`${message}\n`)

const env = demoEnv({
  ...process.env,
  HOST: '127.0.0.1',
  DATABASE_URI: `file:${path.join(folder, 'newsroom.db')}`,
  MEDIA_DIR: path.join(folder, 'media'),
  SITE_URL: `http://localhost:${ports.nginx}`,
  PAYLOAD_SECRET: 'bench-secret-for-the-proxy-benchmark-0123456789',
  SEED_ADMIN_EMAIL: 'admin@example.org',
  SEED_ADMIN_PASSWORD: 'bench-admin-password',
})
const nginxEnv = { ...process.env, NGINX_PORT: String(ports.nginx), NGINX_UPSTREAMS: `127.0.0.1:${ports.a} 127.0.0.1:${ports.b}`, NGINX_HOSTS: 'localhost 127.0.0.1' }
const redisEnv = { ...process.env, REDIS_PORT: String(ports.redis) }

const cleanups = []
async function cleanup() {
  for (const step of cleanups.reverse()) {
    try {
      await step()
    } catch (error) {
      say(`cleanup: ${error.message}`)
    }
  }
}

/**
 * fetch, once more if the connection was closed under it: a kept-alive connection left idle while
 * wrk runs may be closed by the server just as it is reused (undici's "other side closed").
 */
async function request(url, init) {
  try {
    return await globalThis.fetch(url, init)
  } catch (error) {
    if (error?.cause?.code !== 'UND_ERR_SOCKET') throw error
    return globalThis.fetch(url, init)
  }
}

/** Starts a production server on `port`; resolves when it answers. */
async function instance(port, extra) {
  const child = spawn(process.execPath, serverArgs(env), { cwd: root, env: { ...env, PORT: String(port), ...extra }, stdio: 'ignore' })
  cleanups.push(() => child.kill('SIGTERM'))
  for (let i = 0; i < 600; i++) {
    const ok = await fetch(`http://127.0.0.1:${port}/en`).then((r) => r.ok, () => false)
    if (ok) return child
    await delay(500)
  }
  throw new Error(`instance on ${port} did not start`)
}

/** Runs wrk against `url`; returns requests per second. */
function wrk(url) {
  const out = execFileSync('wrk', ['-t', '2', '-c', String(connections), '-d', `${seconds}s`, '--latency', url], { encoding: 'utf8' })
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1] ?? NaN)
  const p99 = /99%\s+(\S+)/.exec(out)?.[1] ?? '?'
  const errors = /Non-2xx or 3xx responses: (\d+)/.exec(out)?.[1] ?? '0'
  return { rps, p99, errors }
}

/** A plain nginx serving `dir` on `port` with the same worker count and keep-alive as scripts/nginx.sh's. */
function plainNginx(dir, port) {
  const conf = path.join(folder, 'plain-nginx.conf')
  writeFileSync(conf, `daemon off;
pid ${folder}/plain-nginx.pid;
error_log ${folder}/plain-nginx.error.log;
worker_processes 1;
${process.getuid?.() === 0 ? 'user root;' : ''}
events { worker_connections 256; }
http {
    include /etc/nginx/mime.types;
    sendfile on;
    access_log ${folder}/plain-nginx.access.log;
    client_body_temp_path ${folder}/tmp;
    proxy_temp_path ${folder}/tmp;
    fastcgi_temp_path ${folder}/tmp;
    uwsgi_temp_path ${folder}/tmp;
    scgi_temp_path ${folder}/tmp;
    server { listen 127.0.0.1:${port}; root ${dir}; }
}
`)
  const child = spawn('/usr/sbin/nginx', ['-p', `${folder}/`, '-c', conf], { stdio: 'ignore' })
  cleanups.push(() => child.kill('SIGTERM'))
  return child
}

async function main() {
  if (!existsSync(path.join(distDir(env), 'BUILD_ID'))) {
    say(`No production build in ${distDir(env)}: building one.`)
    await run(process.execPath, [nextBin, 'build'], env)
  }
  try {
    execFileSync('wrk', ['--version'], { stdio: 'ignore' })
  } catch (error) {
    // wrk prints its version and exits 1; only a missing binary throws ENOENT.
    if (error.code === 'ENOENT') execFileSync('apt-get', ['install', '-y', 'wrk'], { stdio: 'inherit' })
  }
  rmSync(folder, { recursive: true, force: true })
  mkdirSync(path.join(folder, 'tmp'), { recursive: true })
  say('Seeding a fresh database...')
  await seed(env)

  const redisUrl = execFileSync('bash', [path.join(root, 'scripts/redis.sh'), 'start'], { env: redisEnv, encoding: 'utf8' }).trim()
  cleanups.push(() => execFileSync('bash', [path.join(root, 'scripts/redis.sh'), 'stop'], { env: redisEnv, stdio: 'ignore' }))
  // A runs the job queue (scheduled publishing), B does not (either may: each job is claimed once).
  await instance(ports.a, { REDIS_URL: redisUrl, JOBS_AUTORUN: 'true' })
  await instance(ports.b, { REDIS_URL: redisUrl, JOBS_AUTORUN: 'false' })
  const nginx = execFileSync('bash', [path.join(root, 'scripts/nginx.sh'), 'start'], { env: nginxEnv, encoding: 'utf8' }).trim()
  cleanups.push(() => execFileSync('bash', [path.join(root, 'scripts/nginx.sh'), 'stop'], { env: nginxEnv, stdio: 'ignore' }))
  const a = `http://127.0.0.1:${ports.a}`
  const b = `http://127.0.0.1:${ports.b}`

  // --- Throughput of a cached article ------------------------------------------------------------
  const list = await (await request(`${a}/api/news?locale=en&limit=1&sort=-publishedAt&depth=0`)).json()
  const articlePath = `/en/news/${encodeURIComponent(list.docs[0].slug)}`
  let status = ''
  for (let i = 0; i < 50 && status !== 'HIT'; i++) {
    status = (await request(`${nginx}${articlePath}`, { headers: { 'Accept-Encoding': 'identity' } })).headers.get('x-cache-status') ?? ''
    await delay(100)
  }
  const html = await (await request(`${nginx}${articlePath}`, { headers: { 'Accept-Encoding': 'identity' } })).text()
  const staticDir = path.join(folder, 'static')
  mkdirSync(staticDir, { recursive: true })
  writeFileSync(path.join(staticDir, 'article.html'), html)
  plainNginx(staticDir, ports.plain)
  await delay(1_000)
  say(`Article ${articlePath} (${Buffer.byteLength(html)} bytes of HTML, cache status ${status}); wrk -c ${connections} -d ${seconds}s, no compression asked...`)
  const viaProxy = wrk(`${nginx}${articlePath}`)
  const fromDisk = wrk(`http://127.0.0.1:${ports.plain}/article.html`)
  const ratio = viaProxy.rps / fromDisk.rps
  say(`through nginx ${viaProxy.rps} req/s, nginx from disk ${fromDisk.rps} req/s: ${(ratio * 100).toFixed(0)} %`)

  // --- Publish to visible ---------------------------------------------------------------------------
  const login = await (await request(`${a}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: env.SEED_ADMIN_EMAIL, password: env.SEED_ADMIN_PASSWORD }) })).json()
  const staff = { Authorization: `JWT ${login.token}`, 'Content-Type': 'application/json' }
  const regions = Object.fromEntries(await Promise.all(locales.map(async (locale) => {
    const r = await (await request(`${a}/api/regions?locale=${locale}&limit=1&sort=createdAt&depth=0`, { headers: staff })).json()
    return [locale, r.docs[0]]
  })))
  const stamp = Date.now().toString(36)
  const titles = { en: `Water council of the valley ${stamp}`, ru: `Водный совет долины ${stamp}`, tg: `Шӯрои обёрии водӣ ${stamp}` }
  const created = await (await request(`${a}/api/news?locale=en`, { method: 'POST', headers: staff, body: JSON.stringify({ title: titles.en, summary: 'Water users meet.', regions: [regions.en.id], _status: 'draft' }) })).json()
  const id = created.doc.id
  const listPages = (locale) => [`/${locale}`, `/${locale}/news`, `/${locale}/regions/${encodeURIComponent(regions[locale].slug)}`, `/${locale}/news/rss.xml`, `/${locale}/news/feed.json`, `/api/v1/${locale}/news`, `/${locale}/search?q=${stamp}`]
  // Warm every page through nginx and on B (what readers had before the publish).
  for (const page of [...locales.flatMap(listPages), '/sitemap.xml']) {
    await request(`${nginx}${page}`).then((r) => r.text())
    await request(`${b}${page}`).then((r) => r.text())
  }
  await delay(1_500)
  const slugs = {}
  const started = Date.now()
  // The sitemap lists it in the file of its month.
  const publicationDate = new Date().toISOString()
  const month = publicationDate.slice(0, 7)
  for (const locale of locales) {
    const published = await (await request(`${a}/api/news/${id}?locale=${locale}`, { method: 'PATCH', headers: staff, body: JSON.stringify({ title: titles[locale], publishedAt: publicationDate, _status: 'published' }) })).json()
    slugs[locale] = published.doc.slug
  }
  const publishMs = Date.now() - started
  const publishedAt = Date.now()
  const rows = [
    // Search results highlight the query inside the title (<mark>): there, the article's address.
    ...locales.flatMap((locale) => [`/${locale}/news/${encodeURIComponent(slugs[locale])}`, ...listPages(locale)].map((page) => [page, page.includes('/search?') ? `/${locale}/news/${encodeURIComponent(slugs[locale])}` : titles[locale]])),
    ['/sitemap.xml', `news-${month}.xml`],
    [`/sitemaps/news-${month}.xml`, `/en/news/${encodeURIComponent(slugs.en)}`],
  ]
  /** Milliseconds after the publish until `origin + page` shows `marker` (polled every 50 ms, up to 60 s). */
  const visibleAfter = async (origin, page, marker) => {
    while (Date.now() - publishedAt < 60_000) {
      const text = await request(`${origin}${page}`).then((r) => r.text(), () => '')
      if (text.includes(marker)) return Date.now() - publishedAt
      await delay(50)
    }
    return null
  }
  const [throughNginx, onB] = await Promise.all([
    Promise.all(rows.map(([page, marker]) => visibleAfter(nginx, page, marker))),
    Promise.all(rows.map(([page, marker]) => visibleAfter(b, page, marker))),
  ])
  await request(`${a}/api/news/${id}`, { method: 'DELETE', headers: staff })

  const fmt = (ms) => (ms === null ? 'not within 60 s' : `${ms} ms`)
  console.log(`bench:proxy (two instances + Redis behind deploy/nginx/newsroom.conf; wrk -t2 -c${connections} -d${seconds}s; ${new Date().toISOString()})`)
  console.log(`cached article through nginx: ${viaProxy.rps.toFixed(0)} req/s (p99 ${viaProxy.p99}, non-2xx ${viaProxy.errors})`)
  console.log(`same HTML from disk (plain nginx): ${fromDisk.rps.toFixed(0)} req/s (p99 ${fromDisk.p99}, non-2xx ${fromDisk.errors})`)
  console.log(`ratio: ${(ratio * 100).toFixed(0)}% (goal: at least 50%) ${ratio >= 0.5 ? 'met' : 'NOT met'}`)
  console.log(`publish through A (3 saves, en ru tg) took ${publishMs} ms; then visible after:`)
  console.log(`${'page'.padEnd(48)} ${'through nginx'.padStart(14)} ${'on B'.padStart(14)}`)
  rows.forEach(([page], i) => console.log(`${decodeURIComponent(page).padEnd(48)} ${fmt(throughNginx[i]).padStart(14)} ${fmt(onB[i]).padStart(14)}`))
  const worst = (list) => (list.includes(null) ? null : Math.max(...list))
  console.log(`slowest page: through nginx ${fmt(worst(throughNginx))}, on B ${fmt(worst(onB))}`)
}

try {
  await main()
} finally {
  await cleanup()
}
