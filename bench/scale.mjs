// `npm run bench:scale`: the site with 100,000 news items (issue 10). Seeds a database, adds
// BENCH_ITEMS generated news items in three languages (bench/scale/generate.mjs), starts the
// production server on it and prints, for every public page type, the news list (first and a deep
// page), the feeds, the sitemap, search (en, tg), the JSON API and the admin's news list: status
// codes, cold time (first request after start, and after a publish), warm p50/p95, the p99 of a
// cached page while cold pages render, and the server's memory, each next to the target.
// Figures, not a test: it exits 0 whatever they are.
//
// BENCH_DB=sqlite|mongo (mongo: a FerretDB on BENCH_FERRETDB_PORT, started if needed),
// BENCH_ITEMS (default 100000), BENCH_PORT (default 3230), BENCH_TIMEOUT_MS per request
// (default 60000), BENCH_WARM requests per row (default 20; fewer once BENCH_ROW_MS, default
// 30000, have passed); BENCH_ONLY=storm measures only the cached page during the cold-render storm
// (a quick before/after, e.g. with SQLITE_WORKER=false and true). Reuses the production build in .next (builds one if missing) and the data
// in .tmp/bench-scale/<db> when it holds BENCH_ITEMS items.
import { spawn } from 'node:child_process'
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { connect } from 'node:net'
import path from 'node:path'

import { cms } from '../scripts/cms.mjs'
import { demoEnv, distDir, nextBin, root, run, seed, serverArgs } from '../scripts/lib.mjs'
import { pageTypesOf } from '../tests/helpers/pageTypes.mjs'

const kind = process.env.BENCH_DB === 'mongo' ? 'mongo' : 'sqlite'
const items = Number(process.env.BENCH_ITEMS ?? 100_000)
const port = process.env.BENCH_PORT ?? '3230'
const ferretPort = process.env.BENCH_FERRETDB_PORT ?? '27130'
const timeoutMs = Number(process.env.BENCH_TIMEOUT_MS ?? 60_000)
const warmCount = Number(process.env.BENCH_WARM ?? 20)
const rowBudgetMs = Number(process.env.BENCH_ROW_MS ?? 30_000)
const stormOnly = process.env.BENCH_ONLY === 'storm'
const folder = path.join(root, '.tmp/bench-scale', kind)
const manifestFile = path.join(folder, 'manifest.json')
const base = `http://127.0.0.1:${port}`
const TARGET = { warmP95: 50, cold: 1000, search: 200, memoryMb: 512, cachedP99: 50 }

const env = demoEnv({
  ...process.env,
  PORT: port,
  HOST: '127.0.0.1',
  DATABASE_URI: kind === 'sqlite' ? `file:${path.join(folder, 'newsroom.db')}` : `mongodb://127.0.0.1:${ferretPort}/newsroom_bench`,
  MEDIA_DIR: path.join(folder, 'media'),
  SITE_URL: `http://localhost:${port}`,
  PAYLOAD_SECRET: 'bench-secret-for-the-scale-benchmark-0123456789',
  SEED_ADMIN_EMAIL: 'admin@example.org',
  SEED_ADMIN_PASSWORD: 'bench-admin-password',
  PAYLOAD_DROP_DATABASE: '',
})
const say = (message) => process.stderr.write(`${message}\n`)

// --- The database ------------------------------------------------------------------------------

const portOpen = (p) =>
  new Promise((resolve) => {
    const socket = connect(Number(p), '127.0.0.1', () => resolve(socket.end() && true))
    socket.on('error', () => resolve(false))
  })

/** Starts FerretDB on its port unless something listens there; returns a function stopping what it started. */
async function ensureFerretDb() {
  if (await portOpen(ferretPort)) return () => {}
  await run('bash', [path.join(root, 'scripts/ferretdb.sh'), 'start'], { ...process.env, FERRETDB_PORT: ferretPort })
  return () => run('bash', [path.join(root, 'scripts/ferretdb.sh'), 'stop'], { ...process.env, FERRETDB_PORT: ferretPort }).catch(() => {})
}

/** How many news items the database holds, or -1 if there is no database yet. */
async function newsInDatabase() {
  if (kind === 'sqlite') {
    const file = path.join(folder, 'newsroom.db')
    if (!existsSync(file)) return -1
    const { createClient } = await import('@libsql/client')
    const client = createClient({ url: `file:${file}` })
    try {
      return Number((await client.execute('select count(*) as n from news')).rows[0].n)
    } catch {
      return -1
    } finally {
      client.close()
    }
  }
  // mongodb is the MongoDB adapter's own driver (through mongoose).
  const { MongoClient } = await import('mongodb')
  const client = await MongoClient.connect(env.DATABASE_URI, { serverSelectionTimeoutMS: 5000 })
  try {
    return await client.db().collection('news').estimatedDocumentCount()
  } finally {
    await client.close()
  }
}

/** Reuses .tmp/bench-scale/<db> when it has BENCH_ITEMS generated items; seeds and generates otherwise. */
async function ensureData() {
  const manifest = existsSync(manifestFile) ? JSON.parse(readFileSync(manifestFile, 'utf8')) : null
  if (manifest?.items === items && (await newsInDatabase()) === manifest.counts.en) {
    say(`Reusing ${items} generated news items in ${path.relative(root, folder)} (generated at ${manifest.itemsPerSecond} items/s).`)
    return manifest
  }
  say(`Seeding a fresh ${kind} database, then generating ${items} news items...`)
  rmSync(folder, { recursive: true, force: true })
  mkdirSync(folder, { recursive: true })
  // On MongoDB, Payload drops the database when it connects with PAYLOAD_DROP_DATABASE=true.
  await seed({ ...env, PAYLOAD_DROP_DATABASE: kind === 'mongo' ? 'true' : '' })
  await cms('run', { ...env, BENCH_ITEMS: String(items), BENCH_MANIFEST: manifestFile }, ['bench/scale/generate.mjs'])
  // The items went in below Payload's hooks: build the listing and search indexes as an import would.
  const started = Date.now()
  await cms('reindex', env)
  const generated = JSON.parse(readFileSync(manifestFile, 'utf8'))
  generated.reindexSeconds = Math.round((Date.now() - started) / 1000)
  writeFileSync(manifestFile, JSON.stringify(generated, null, 2))
  return generated
}

// --- The server and its memory -----------------------------------------------------------------

/** Resident memory (VmRSS) of a process and its children, and its kernel-recorded peak (VmHWM), in MB. */
function memoryOf(pid) {
  const field = (status, name) => Number(new RegExp(`^${name}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? 0) / 1024
  const read = (id) => {
    try {
      const status = readFileSync(`/proc/${id}/status`, 'utf8')
      const children = readFileSync(`/proc/${id}/task/${id}/children`, 'utf8').split(' ').filter(Boolean)
      return children.map(read).reduce((sum, child) => ({ rss: sum.rss + child.rss, hwm: sum.hwm + child.hwm }), { rss: field(status, 'VmRSS'), hwm: field(status, 'VmHWM') })
    } catch {
      return { rss: 0, hwm: 0 }
    }
  }
  return read(pid)
}

/** Starts the production server (scripts/server.mjs, as `npm start`); resolves once it listens. */
function startServer() {
  const log = createWriteStream(path.join(folder, 'server.log'), { flags: 'a' })
  const child = spawn(process.execPath, serverArgs(env), { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] })
  child.stdout.pipe(log)
  child.stderr.pipe(log)
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => String(chunk).includes('listening on') && resolve(child))
    child.on('exit', (code) => reject(new Error(`The server stopped (exit code ${code}); see ${path.relative(root, folder)}/server.log.`)))
  })
}

let server = null

/** Stops the server (SIGTERM, then SIGKILL after 10 s), keeping its peak memory. */
async function stopServer() {
  if (!server || server.exitCode !== null) return
  memory.peak = Math.max(memory.peak, memoryOf(server.pid).hwm)
  server.removeAllListeners('exit')
  const exited = new Promise((resolve) => server.once('exit', resolve))
  server.kill('SIGTERM')
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))])
  if (server.exitCode === null) server.kill('SIGKILL')
  memory.pid = 0
}

/** (Re)starts the server; the memory sampler follows it. */
async function restartServer() {
  await stopServer()
  server = await startServer()
  memory.pid = server.pid
  await get('/icon.svg')
}

/**
 * After a timeout the server is still rendering the abandoned page (SQLite reads block it, so it
 * answers nothing else meanwhile): it is restarted, so the next row measures its own page.
 */
async function restartAfterTimeout(name) {
  say(`  ${name}: timed out; restarting the server so the abandoned render does not block the next rows...`)
  restarts.push(name)
  await restartServer()
}
const restarts = []

const memory = { pid: 0, peak: 0, rowPeak: 0 }
setInterval(() => {
  if (!memory.pid) return
  const { rss } = memoryOf(memory.pid)
  memory.peak = Math.max(memory.peak, rss)
  memory.rowPeak = Math.max(memory.rowPeak, rss)
}, 100).unref()

// --- Requests and figures ----------------------------------------------------------------------

/** One GET (body read to the end): its time in ms and status, or 'timeout' / 'error'. */
async function get(url, headers = {}) {
  const started = performance.now()
  try {
    const response = await fetch(`${base}${url}`, { headers, redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) })
    const body = await response.text()
    return { ms: performance.now() - started, status: response.status, body }
  } catch (error) {
    return { ms: performance.now() - started, status: error.name === 'TimeoutError' ? 'timeout' : `error (${error.cause?.code ?? error.message})` }
  }
}

const quantile = (values, q) => {
  if (!values.length) return NaN
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]
}
const ms = (value) => (Number.isFinite(value) ? Math.round(value) : '-')
const rows = []
const problems = []

/** Statuses as "200" or "200×19 500×2": every answer should be 200. */
function statusText(results) {
  const counts = new Map()
  for (const { status } of results) counts.set(status, (counts.get(status) ?? 0) + 1)
  return [...counts].map(([status, n]) => (counts.size === 1 ? String(status) : `${status}×${n}`)).join(' ')
}

/**
 * A row: the first request (cold), then up to `warm` more (warm), stopping early after a timeout
 * or once BENCH_ROW_MS have passed (n says how many were made). `search` rows have the search
 * target instead of the page targets.
 */
async function measure(name, url, { search = false, headers = {}, warm = warmCount } = {}) {
  memory.rowPeak = memoryOf(memory.pid).rss
  const cold = await get(url, headers)
  const results = [cold]
  const started = Date.now()
  for (let i = 0; i < warm && results.at(-1).status !== 'timeout' && Date.now() - started < rowBudgetMs; i++) results.push(await get(url, headers))
  const warmTimes = results.slice(1).filter((r) => r.status === 200).map((r) => r.ms)
  const p50 = quantile(warmTimes, 0.5)
  const p95 = quantile(warmTimes, 0.95)
  const allOk = results.every((r) => r.status === 200)
  const coldTarget = search ? TARGET.search : TARGET.cold
  const warmTarget = search ? TARGET.search : TARGET.warmP95
  const failed = [!allOk && 'status', !(cold.status === 200 && cold.ms <= coldTarget) && 'cold', warm > 0 && !(p95 <= warmTarget) && 'p95'].filter(Boolean)
  if (!allOk) problems.push(`${name} ${url}: ${statusText(results)}`)
  const row = {
    row: name,
    status: statusText(results),
    cold: cold.status === 'timeout' ? `>${timeoutMs}` : ms(cold.ms),
    p50: ms(p50),
    p95: ms(p95),
    n: results.length - 1,
    rss: Math.round(memory.rowPeak),
    target: warm === 0 ? `cold ≤ ${coldTarget}` : search ? `cold, p95 ≤ ${coldTarget}` : `cold ≤ ${coldTarget}, p95 ≤ ${warmTarget}`,
    result: failed.length ? `FAIL (${failed.join(', ')})` : 'PASS',
  }
  rows.push(row)
  if (results.some((r) => r.status === 'timeout')) await restartAfterTimeout(name)
  say(`  ${name.padEnd(24)} ${row.status.padEnd(8)} cold ${row.cold} ms, warm p50 ${row.p50} / p95 ${row.p95} ms  ${url}`)
  return cold
}

/**
 * p99 of a cached page while a storm of cold renders (distinct uncached pages and searches, two at
 * a time) runs: the page is requested one after another until the storm ends.
 */
async function storm(cachedUrl, coldUrls) {
  const cached = []
  const coldResults = []
  let done = false
  const loop = (async () => {
    while (!done) cached.push(await get(cachedUrl))
  })()
  const queue = [...coldUrls]
  const worker = async () => {
    while (queue.length) coldResults.push(await get(queue.shift()))
  }
  const started = performance.now()
  await Promise.all([worker(), worker()])
  done = true
  await loop
  const times = cached.map((r) => r.ms)
  const allOk = [...cached, ...coldResults].every((r) => r.status === 200)
  if (!allOk) problems.push(`storm: cached ${statusText(cached)}; cold renders ${statusText(coldResults)}`)
  const p99 = quantile(times, 0.99)
  return {
    row: 'cached page during storm',
    status: statusText(cached),
    cold: '',
    p50: ms(quantile(times, 0.5)),
    p95: ms(quantile(times, 0.95)),
    n: cached.length,
    rss: Math.round(memory.peak),
    target: `p99 ≤ ${TARGET.cachedP99}`,
    note: `p99 ${ms(p99)}, max ${ms(Math.max(...times))} ms while ${coldUrls.length} cold renders (2 at a time) took ${ms(performance.now() - started)} ms, the slowest ${ms(Math.max(...coldResults.map((r) => r.ms)))} ms: ${statusText(coldResults)}`,
    result: allOk && p99 <= TARGET.cachedP99 ? 'PASS' : `FAIL (${[!allOk && 'status', !(p99 <= TARGET.cachedP99) && 'p99'].filter(Boolean).join(', ')})`,
  }
}

/** Logs in as the seeded administrator through Payload's REST login; returns the token. */
async function logIn() {
  const response = await fetch(`${base}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: env.SEED_ADMIN_EMAIL, password: env.SEED_ADMIN_PASSWORD }),
    signal: AbortSignal.timeout(timeoutMs),
  })
  if (!response.ok) throw new Error(`Admin login failed: ${response.status}`)
  return (await response.json()).token
}

/** Publishes a change to a news item's English title through the REST API; returns the time it took. */
async function publishChange(token, slug) {
  const auth = { Authorization: `JWT ${token}` }
  const found = await get(`/api/news?where[slug][equals]=${encodeURIComponent(slug)}&limit=1&depth=0&locale=en`, auth)
  const doc = found.status === 200 ? JSON.parse(found.body).docs[0] : null
  if (!doc) throw new Error(`News item ${slug} not found (${found.status})`)
  const started = performance.now()
  const response = await fetch(`${base}/api/news/${doc.id}?locale=en`, {
    method: 'PATCH',
    headers: { ...auth, 'Content-Type': 'application/json' },
    body: JSON.stringify({ title: `${doc.title} (updated)`, _status: 'published' }),
    signal: AbortSignal.timeout(timeoutMs),
  })
  await response.text()
  return { ms: performance.now() - started, status: response.status }
}

/** The rows as an aligned text table (console.table quotes every string), notes below it. */
function printTable(list) {
  const columns = { row: 'row', status: 'status', cold: 'cold ms', p50: 'warm p50', p95: 'warm p95', n: 'n', rss: 'peak RSS MB', target: 'target (ms)', result: 'result' }
  const cells = [Object.values(columns), ...list.map((row) => Object.keys(columns).map((key) => String(row[key] ?? '')))]
  const widths = Object.keys(columns).map((_, i) => Math.max(...cells.map((line) => line[i].length)))
  const line = (values) => values.map((value, i) => (i === 0 || i === 1 || i >= 7 ? value.padEnd(widths[i]) : value.padStart(widths[i]))).join('  ').trimEnd()
  console.log([line(cells[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n'))
  for (const row of list) if (row.note) console.log(`  ${row.row}: ${row.note}`)
}

// --- The run -----------------------------------------------------------------------------------

let stopFerretDb = () => {}
try {
  if (!existsSync(path.join(distDir(env), 'BUILD_ID'))) {
    say('No production build found: building one (a few minutes)...')
    // As the e2e server does: the build needs no database.
    await run(process.execPath, [nextBin, 'build'], { ...env, DATABASE_URI: 'mongodb://127.0.0.1:1/the-build-needs-no-database' })
  }
  if (kind === 'mongo') stopFerretDb = await ensureFerretDb()
  const manifest = await ensureData()
  say(`Starting the production server on ${base} (${manifest.counts.en} news in English, ${manifest.counts.tg} in Tajik, ${manifest.counts.ru} in Russian)...`)
  await restartServer()

  const pages = pageTypesOf(manifest)
  const deepPage = (locale) => Math.min(9999, Math.ceil(manifest.counts[locale] / 10))
  const words = manifest.searchWords
  if (!stormOnly) for (const locale of ['en', 'tg']) {
    for (const [type, url] of Object.entries(pages(locale))) await measure(`${locale} ${type}`, url)
    await measure(`${locale} news list, deep page`, `/${locale}/news/page/${deepPage(locale)}`)
  }
  if (!stormOnly) await pageRows(words)
  const token = stormOnly ? null : await logIn().catch((error) => {
    problems.push(error.message)
    rows.push({ row: 'admin login', status: 'failed', result: `FAIL (${error.message})` })
    return null
  })
  if (token) {
    // As staff's browsers ask: the admin with Payload's cookie, the REST API as a script does.
    // (An Authorization header on the admin page made Payload's render 60-80 ms slower, cookie
    // or not: not what a browser sends.)
    await measure('admin news list', '/admin/collections/news', { headers: { Cookie: `payload-token=${token}` }, warm: 5 })
    await measure('admin REST list', '/api/news?limit=10', { headers: { Authorization: `JWT ${token}` } })
  }
  await stormAndPublish(manifest, pages, deepPage, words, token)
  const peak = Math.max(memoryOf(server.pid).hwm, memory.peak)
  rows.push({ row: 'server memory (peak)', rss: Math.round(peak), target: `< ${TARGET.memoryMb} MB`, result: peak < TARGET.memoryMb ? 'PASS' : 'FAIL' })
  report(manifest)
} catch (error) {
  console.error(`\nThe scale benchmark stopped: ${error.message}`)
  if (rows.length) printTable(rows)
} finally {
  await stopServer()
  await stopFerretDb()
}
process.exit(0)

/** The feeds, sitemap, search and JSON API rows. */
async function pageRows(words) {
  for (const feed of ['rss.xml', 'atom.xml', 'feed.json']) await measure(`en news ${feed}`, `/en/news/${feed}`)
  const index = await measure('sitemap.xml', '/sitemap.xml')
  // The newest month's news file (the index lists pages.xml, then news-<year>-<month>.xml newest first).
  const file = /<sitemap>\s*<loc>[^<]*?(\/sitemaps\/news-[^<]+)<\/loc>/.exec(index.body ?? '')?.[1]
  if (file) await measure('sitemap file', file)
  else if (index.status === 200) rows.push({ row: 'sitemap file', result: `not split: ${(index.body ?? '').match(/<url>/g)?.length ?? 0} URLs in sitemap.xml` })
  else rows.push({ row: 'sitemap file', result: 'not measured: sitemap.xml failed' })
  await measure('en search', `/en/search?q=${encodeURIComponent(words.en[0])}`, { search: true })
  await measure('tg search', `/tg/search?q=${encodeURIComponent(words.tg[0])}`, { search: true })
  await measure('JSON API list', '/api/v1/en/news')
}

/** The cold-render storm, then a publish (skipped without a login) and what it costs the next readers. */
async function stormAndPublish(manifest, pages, deepPage, words, token) {
  say('  cold-render storm...')
  const pick = (list, n) => list.slice(1, n + 1)
  const coldUrls = [
    ...[2, 3, 5, 8].map((n, i) => `/${['en', 'tg', 'ru'][i % 3]}/news/page/${Math.min(n * 37, deepPage(['en', 'tg', 'ru'][i % 3]) - 1)}`),
    ...pick(words.en, 3).map((word) => `/en/search?q=${encodeURIComponent(word)}`),
    ...pick(words.tg, 3).map((word) => `/tg/search?q=${encodeURIComponent(word)}`),
  ]
  await get(pages('en')['news item'])
  rows.push(await storm(pages('en')['news item'], coldUrls))
  if (/timeout/.test(rows.at(-1).status)) await restartAfterTimeout('storm')
  if (!token) return

  say('  publishing a change...')
  const afterPublish = [['after publish: item', pages('en')['news item']], ['after publish: home', '/en'], ['after publish: news list', '/en/news'], ['after publish: rss', '/en/news/rss.xml']]
  // Rendered (cached) first, so what follows measures what a publish costs the next reader.
  for (const [, url] of afterPublish) await get(url)
  const published = token ? await publishChange(token, manifest.news.slug.en).catch((error) => ({ status: error.name === 'TimeoutError' ? 'timeout' : error.message, ms: NaN })) : { status: 'no login', ms: NaN }
  rows.push({ row: 'publish (REST PATCH)', status: String(published.status), cold: ms(published.ms), result: published.status === 200 ? '' : 'FAIL (status)' })
  if (published.status !== 200) problems.push(`publish: ${published.status}`)
  for (const [name, url] of afterPublish) await measure(name, url, { warm: 0 })
}

/** Prints the table, the restarts and every answer other than 200. */
function report(manifest) {
  console.log(`\nScale benchmark: ${kind}, ${manifest.items} generated news items (${manifest.counts.en} en, ${manifest.counts.tg} tg, ${manifest.counts.ru} ru), generated at ${manifest.itemsPerSecond} items/s, indexes rebuilt in ${manifest.reindexSeconds ?? "?"} s; ${warmCount} warm requests per row; times in ms; every answer must be 200.`)
  printTable(rows)
  if (restarts.length) console.log(`\nThe server was restarted after a timeout in: ${restarts.join(', ')} (rows after a restart are cold again).`)
  if (problems.length) console.log(`\n!!! ANSWERS OTHER THAN 200 !!!\n  ${problems.join('\n  ')}\n(see ${path.relative(root, folder)}/server.log)`)
}
