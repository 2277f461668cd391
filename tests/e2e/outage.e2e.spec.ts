import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import path from 'node:path'

import { expect, request as playwrightRequest, test, type APIRequestContext, type Browser, type BrowserContext } from '@playwright/test'

import { e2eEnv } from '../helpers/e2e-env.mjs'
import { serverArgs } from '../../scripts/lib.mjs'
import { admin, signIn } from '../helpers/e2e'

/*
 * A database outage on MongoDB-wire: a production build of its own, on a FerretDB of its own
 * (scripts/ferretdb.sh), seeded; FerretDB is stopped under it and started again.
 * - What the server has cached (pages, feeds, the JSON API) is still served, with the same content.
 * - Anything that needs the database (an uncached page, feed, API answer, oEmbed, the sitemap,
 *   search, Payload's REST and GraphQL API) answers 503 with Retry-After within two seconds
 *   (scripts/server/outage.mjs; the short MongoDB timeouts in src/cms/database.ts).
 * - The admin says the database is unavailable, in the staff's language, and does not send them
 *   to the login screen; once FerretDB is back it works again, signed in, without a restart.
 * Without scripts/server/outage.mjs these answer 500 (after the driver's timeouts), and the admin
 * redirects to /admin/login.
 */

const port = Number(process.env.E2E_PORT ?? 3100) + 21
const ferretPort = String(Number(process.env.FERRETDB_PORT ?? 27018) + 21)
const origin = `http://localhost:${port}`
const shots = path.resolve('test-results/outage')

function ferretdb(action: 'start' | 'stop'): void {
  execFileSync('bash', [path.resolve('scripts/ferretdb.sh'), action], { env: { ...process.env, FERRETDB_PORT: ferretPort }, stdio: 'ignore' })
}

const env = {
  ...e2eEnv(String(port)),
  DATABASE_URI: `mongodb://127.0.0.1:${ferretPort}/newsroom_outage`,
  MEDIA_DIR: path.resolve('.tmp/e2e-outage/media'),
  JOBS_AUTORUN: 'false',
}

/** A GET (or POST with `data`) and how long it took. */
async function timed(api: APIRequestContext, url: string, data?: unknown) {
  const started = Date.now()
  const response = data === undefined ? await api.get(url, { headers: { Accept: 'text/html,*/*' } }) : await api.post(url, { data })
  return { response, ms: Date.now() - started, body: await response.text() }
}

/** A browser in `locale` (its Accept-Language), signed in with the session in `storageState`. */
async function browserIn(browser: Browser, locale: string, storageState?: Awaited<ReturnType<BrowserContext['storageState']>>) {
  const context = await browser.newContext({ baseURL: origin, locale, storageState })
  return { context, page: await context.newPage() }
}

test.describe.configure({ mode: 'serial' })

let server: ChildProcess | undefined
let api: APIRequestContext

/** The news item the test reads, in three languages. */
const article = { slug: '', title: `Water users of the Zarafshon valley meet ${Date.now().toString(36)}` }

test.beforeAll(async () => {
  test.setTimeout(180_000)
  ferretdb('start')
  // An empty database (dropped when the server connects), not the demo seed: seeding FerretDB
  // takes minutes; one administrator and one news item in three languages are enough here.
  server = spawn(process.execPath, serverArgs(process.env), { env: { ...env, PAYLOAD_DROP_DATABASE: 'true' }, stdio: 'ignore' })
  api = await playwrightRequest.newContext({ baseURL: origin })
  await expect.poll(async () => (await api.get('/en').catch(() => null))?.status(), { timeout: 120_000, intervals: [500] }).toBe(200)
  const registered = await api.post('/api/users/first-register', { data: { ...admin, name: 'Outage administrator', role: 'admin' } })
  expect(registered.status()).toBe(200)
  const headers = { Authorization: `JWT ${((await registered.json()) as { token: string }).token}` }
  const created = await api.post('/api/news?locale=en', { headers, data: { title: article.title, summary: 'Irrigation for the spring.', publishedAt: new Date().toISOString(), _status: 'published' } })
  expect(created.status()).toBe(201)
  const doc = ((await created.json()) as { doc: { id: string; slug: string } }).doc
  article.slug = doc.slug
  for (const [locale, title] of [['ru', 'Водопользователи долины Зарафшан встречаются'], ['tg', 'Обистифодабарандагони водии Зарафшон ҷамъ меоянд']]) {
    const translated = await api.patch(`/api/news/${doc.id}?locale=${locale}`, { headers, data: { title, summary: title, _status: 'published' } })
    expect(translated.status()).toBe(200)
  }
})

test.afterAll(async () => {
  await api?.dispose()
  server?.kill('SIGTERM')
  ferretdb('stop')
})

test('with the database down: cached answers served, others 503 + Retry-After within 2 s, staff told; all back without a restart', async ({ browser }) => {
  test.setTimeout(240_000)
  // Warm the cache with pages, feeds and JSON API answers in each language.
  const cached = ['/en', '/ru', '/tg', '/en/news', `/en/news/${article.slug}`, '/en/news/rss.xml', '/ru/news/feed.json', '/api/v1/en/news', '/api/v1/tg/news', '/tg/news/rss.xml']
  const before = new Map<string, string>()
  // Until two answers agree: a page cached before the news item existed is first answered stale
  // while Next renders the new one.
  for (const url of cached) {
    let previous = ''
    await expect
      .poll(
        async () => {
          const { response, body } = await timed(api, url)
          expect(response.status(), url).toBe(200)
          const stable = body === previous
          previous = body
          return stable
        },
        { timeout: 30_000, intervals: [300] },
      )
      .toBe(true)
    before.set(url, previous)
  }
  expect(before.get(`/en/news/${article.slug}`)).toContain(article.title)
  // Staff sign in while the database is up.
  const staff = await browserIn(browser, 'en-US')
  await signIn(staff.page, admin)
  await expect(staff.page.getByRole('link', { name: 'News' }).first()).toBeVisible()
  const session = await staff.context.storageState()

  ferretdb('stop')

  // Uncached: every kind of answer that needs the database (data no cached answer shares).
  const uncached: [string, unknown?][] = [
    ['/tg/news'],
    ['/ru/regions'],
    ['/en/search?q=water'],
    ['/en/news/no-such-article-during-the-outage'],
    ['/en/projects/no-such-project/rss.xml'],
    ['/api/v1/ru/regions'],
    [`/oembed?url=${encodeURIComponent(`${origin}/en/projects/no-such-project`)}&format=json`],
    ['/sitemap.xml'],
    ['/api/news?limit=1'],
    ['/api/graphql', { query: '{ Users(limit: 1) { docs { id } } }' }],
  ]
  const timings: string[] = []
  for (const [url, data] of uncached) {
    const { response, ms } = await timed(api, url, data)
    timings.push(`${url.split('?')[0]} ${response.status()} in ${ms} ms`)
    expect(response.status(), url).toBe(503)
    expect(response.headers()['retry-after'], url).toMatch(/^\d+$/)
    expect(ms, url).toBeLessThan(2000)
  }
  // A page answered in the reader's language, with every other language below.
  const page503 = await timed(api, '/ru/projects')
  expect(page503.response.status()).toBe(503)
  expect(page503.body).toContain('Временно недоступно')
  expect(page503.body.indexOf('lang="ru"')).toBeLessThan(page503.body.indexOf('lang="tg"'))
  const api503 = await api.get('/api/users/me')
  expect(api503.status()).toBe(503)
  expect(((await api503.json()) as { errors: { message: string }[] }).errors[0].message).toMatch(/database is unavailable/i)

  // Cached: still served, with the content from before the outage.
  for (const url of cached) {
    const { response, body, ms } = await timed(api, url)
    timings.push(`${url} ${response.status()} in ${ms} ms (cached)`)
    expect(response.status(), url).toBe(200)
    expect(body, url).toBe(before.get(url))
  }
  // A feed never asked for, whose data is cached (the English news list): served from that cache.
  const atom = await timed(api, '/en/news/atom.xml')
  expect(atom.response.status()).toBe(200)
  expect(atom.body).toContain(article.title)
  console.log(`during the outage: ${timings.join('; ')}`)

  // Staff: told what happened, in their language, on the page they asked for (not the login).
  const said = {
    'en-US': 'The database is unavailable. You are still signed in',
    'ru-RU': 'База данных недоступна. Вы по-прежнему вошли в систему',
    'tg-TJ': 'Пойгоҳи додаҳо дастнорас аст. Шумо ҳанӯз дар система ҳастед',
  }
  await staff.page.goto('/admin/collections/news')
  await expect(staff.page.locator('section').first()).toContainText(said['en-US'])
  expect(staff.page.url()).toBe(`${origin}/admin/collections/news`)
  await staff.page.screenshot({ path: path.join(shots, 'admin-en.png') })
  for (const locale of ['ru-RU', 'tg-TJ'] as const) {
    const other = await browserIn(browser, locale, session)
    const response = await other.page.goto('/admin')
    expect(response?.status()).toBe(503)
    await expect(other.page.locator('section').first()).toContainText(said[locale])
    await other.page.screenshot({ path: path.join(shots, `admin-${locale}.png`) })
    await other.context.close()
  }

  ferretdb('start')

  // Back without a restart: uncached pages, the API and the admin (still signed in).
  await expect.poll(async () => (await api.get('/tg/news')).status(), { timeout: 30_000, intervals: [500] }).toBe(200)
  expect((await api.get('/api/news?limit=1')).status()).toBe(200)
  expect((await api.get('/en/news/no-such-article-during-the-outage')).status()).toBe(404)
  // The outage page reloads itself; the admin's own screen comes back in its place.
  await expect(staff.page.getByRole('link', { name: 'News' }).first()).toBeVisible({ timeout: 30_000 })
  expect(staff.page.url()).toBe(`${origin}/admin/collections/news`)
  await staff.context.close()
})

test('`npm start` with an unreachable database says why in one line and exits non-zero', async () => {
  test.setTimeout(60_000)
  const started = Date.now()
  const child = spawn(process.execPath, [path.resolve('scripts/start.mjs')], {
    env: { ...env, PORT: String(port + 1), DATABASE_URI: `mongodb://127.0.0.1:${Number(ferretPort) + 1}/newsroom_nowhere` },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  // The reason is the last line on stderr. Payload's logger writes its own report of the failed
  // connection to stdout, and two pipes are read in no fixed order, so they are not mixed here.
  let output = ''
  child.stdout?.resume()
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
  const lines = output.trim().split('\n')
  console.log(`npm start gave up after ${Date.now() - started} ms: ${lines.at(-1)}`)
  expect(code).not.toBe(0)
  expect(lines.at(-1)).toMatch(/^Not starting: .*MongoDB.*127\.0\.0\.1:\d+/)
})
