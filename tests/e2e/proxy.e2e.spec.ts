import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import http from 'node:http'
import path from 'node:path'

import { expect, request as playwrightRequest, test, type APIRequestContext } from '@playwright/test'

import { e2eEnv } from '../helpers/e2e-env.mjs'
import { staffHeaders } from '../helpers/e2e'

/*
 * The production shape: two instances of the production build on one Redis of their own
 * (scripts/redis.sh) behind the repository's nginx configuration (scripts/nginx.sh runs
 * deploy/nginx/newsroom.conf). Readers get pages from nginx's cache, without cookies, with the
 * Surrogate-Key a CDN purges by; a publish through instance A shows through nginx on every page
 * that shows it, in English, Russian and Tajik, and stays shown whichever instance nginx asks.
 * Fails with the previous nginx configuration (pages kept for s-maxage, 60 s: checked) and without
 * REDIS_URL (B keeps the old pages, and nginx alternates between A and B: checked).
 */

const basePort = Number(process.env.E2E_PORT ?? 3100)
const ports = { a: basePort + 21, b: basePort + 22, nginx: basePort + 31, redis: basePort + 41, cdn: basePort + 51 }
const locales = ['en', 'ru', 'tg'] as const
type Locale = (typeof locales)[number]
/**
 * How long after the publish every page must show it through nginx: nginx's 1-2 s plus Next's
 * renders of about twenty pages on a loaded machine (the bench prints the real figures).
 */
const VISIBLE_WITHIN_MS = 30_000

function service(script: 'redis' | 'nginx', action: 'start' | 'stop', env: Record<string, string>): string {
  return execFileSync('bash', [path.resolve(`scripts/${script}.sh`), action], { env: { ...process.env, ...env }, encoding: 'utf8' }).trim()
}
const redisEnv = { REDIS_PORT: String(ports.redis) }
const nginxEnv = { NGINX_PORT: String(ports.nginx), NGINX_UPSTREAMS: `127.0.0.1:${ports.a} 127.0.0.1:${ports.b}`, NGINX_HOSTS: 'localhost 127.0.0.1' }

async function instance(port: number, env: Record<string, string>): Promise<{ child: ChildProcess; api: APIRequestContext }> {
  const child = spawn(process.execPath, [path.resolve('scripts/server.mjs')], { env: { ...e2eEnv(String(port)), JOBS_AUTORUN: 'false', ...env }, stdio: 'ignore' })
  const api = await playwrightRequest.newContext({ baseURL: `http://localhost:${port}` })
  await expect.poll(async () => (await api.get('/en').catch(() => null))?.status(), { timeout: 300_000, intervals: [500] }).toBe(200)
  return { child, api }
}

/** A stand-in CDN purge API: records the keys PURGE_URL is called with. */
function cdn(): Promise<{ server: http.Server; purged: Set<string>; mismatched: string[] }> {
  const purged = new Set<string>()
  const mismatched: string[] = []
  const server = http.createServer((req, res) => {
    let body = ''
    req.on('data', (chunk) => (body += chunk))
    req.on('end', () => {
      const { tags } = JSON.parse(body) as { tags: string[] }
      if (req.headers['surrogate-key'] !== tags.join(' ')) mismatched.push(String(req.headers['surrogate-key']))
      for (const tag of tags) purged.add(tag)
      res.end('{"success":true}')
    })
  })
  return new Promise((resolve) => server.listen(ports.cdn, '127.0.0.1', () => resolve({ server, purged, mismatched })))
}

test('two instances and Redis behind nginx: cached pages, no cookies, surrogate keys, a publish shows everywhere in every language', async ({ request }) => {
  test.setTimeout(600_000)
  const started: { child: ChildProcess; api: APIRequestContext }[] = []
  const headers = await staffHeaders(request)
  const purge = await cdn()
  let nginx: APIRequestContext | null = null
  let id = ''
  try {
    const redisUrl = service('redis', 'start', redisEnv)
    // One public address for both, as in production: nginx's.
    // SHARED_CACHE_SECONDS=300: a CDN may keep pages five minutes; nginx must not wait for that.
    const shared = { REDIS_URL: redisUrl, SITE_URL: `http://localhost:${ports.nginx}`, SHARED_CACHE_SECONDS: '300', PURGE_URL: `http://127.0.0.1:${ports.cdn}/purge` }
    const a = await instance(ports.a, shared)
    started.push(a)
    const b = await instance(ports.b, shared)
    started.push(b)
    const nginxUrl = service('nginx', 'start', nginxEnv)
    nginx = await playwrightRequest.newContext({ baseURL: nginxUrl.replace('127.0.0.1', 'localhost') })
    const viaNginx = nginx

    // A region in every language, and a news item in it, a draft in all three (nothing public yet).
    const regionDocs = await Promise.all(locales.map(async (locale) => {
      const r = await request.get(`/api/regions?locale=${locale}&limit=1&sort=createdAt&depth=0`, { headers })
      return ((await r.json()) as { docs: { id: string; slug: string }[] }).docs[0]
    }))
    const region = Object.fromEntries(locales.map((locale, i) => [locale, regionDocs[i]])) as Record<Locale, { id: string; slug: string }>
    const stamp = Date.now().toString(36)
    const titles: Record<Locale, string> = {
      en: `Water council of the valley ${stamp}`,
      ru: `Водный совет долины ${stamp}`,
      tg: `Шӯрои обёрии водӣ ${stamp}`,
    }
    const created = await viaNginx.post('/api/news?locale=en', { headers, data: { title: titles.en, summary: 'Water users meet.', regions: [region.en.id], _status: 'draft' } })
    expect(created.status()).toBe(201)
    id = ((await created.json()) as { doc: { id: string } }).doc.id

    const pages = (locale: Locale) => [
      `/${locale}`,
      `/${locale}/news`,
      `/${locale}/regions/${encodeURIComponent(region[locale].slug)}`,
      `/${locale}/news/rss.xml`,
      `/${locale}/news/feed.json`,
      `/api/v1/${locale}/news`,
      `/${locale}/search?q=${stamp}`,
    ]
    // This year's news sitemap appears in the index with the first news item of the year.
    const sitemapFile = `/sitemaps/news-${new Date().getUTCFullYear()}.xml`
    const everyPage = [...locales.flatMap(pages), '/sitemap.xml']
    if ((await viaNginx.get(sitemapFile)).status() === 200) everyPage.push(sitemapFile)
    /** Search results are rendered per request (force-dynamic, `no-store`): never kept by nginx. */
    const isSearch = (page: string) => page.includes('/search?')

    // Readers get every page from nginx's cache, without a cookie, with the keys a CDN purges by.
    const keysOf: Record<string, string[]> = {}
    for (const page of everyPage) {
      if (isSearch(page)) expect((await viaNginx.get(page)).headers()['x-cache-status'], page).toBe('MISS')
      else await expect.poll(async () => (await viaNginx.get(page)).headers()['x-cache-status'], { timeout: 20_000, intervals: [300] }).toBe('HIT')
      const cached = await viaNginx.get(page)
      expect(cached.status(), page).toBe(200)
      expect(cached.headers()['set-cookie'], page).toBeUndefined()
      const keys = (cached.headers()['surrogate-key'] ?? '').split(' ')
      expect(keys, page).toContain('site')
      expect(cached.headers()['cache-tag'], page).toBe(keys.join(','))
      expect((cached.headers()['surrogate-key'] ?? '').length, page).toBeLessThanOrEqual(80)
      keysOf[page] = keys
      for (const title of Object.values(titles)) expect(await cached.text(), page).not.toContain(title)
    }
    const admin = await viaNginx.get('/admin', { maxRedirects: 0 })
    expect(admin.headers()['x-cache-status']).toBeUndefined()

    // Publish in the three languages, as staff do: through nginx (not cached), on whichever
    // instance it picks. KNOWN FAILING (last run): the draft's creation above answers 403, through
    // nginx and directly on A alike, cause not found yet (bench/proxy.mjs does the same with a
    // token from A itself and gets 201).
    const slugs = {} as Record<Locale, string>
    for (const locale of locales) {
      const published = await viaNginx.patch(`/api/news/${id}?locale=${locale}`, { headers, data: { title: titles[locale], publishedAt: new Date().toISOString(), _status: 'published' } })
      expect(published.status(), locale).toBe(200)
      slugs[locale] = ((await published.json()) as { doc: { slug: string } }).doc.slug
    }
    const publishedAt = Date.now()
    const article = (locale: Locale) => `/${locale}/news/${encodeURIComponent(slugs[locale])}`
    /** What shows the publish on each page: the title, or in the sitemap the article's address. */
    const shows: [string, string][] = [
      // Search results highlight the query inside the title (<mark>): there, the article's address.
      ...locales.flatMap((locale) => [article(locale), ...pages(locale)].map((page): [string, string] => [page, isSearch(page) ? article(locale) : titles[locale]])),
      ['/sitemap.xml', sitemapFile],
      [sitemapFile, article('en')],
      [sitemapFile, article('tg')],
    ]
    const seenAfter: string[] = []
    for (const [page, marker] of shows) {
      await expect
        .poll(async () => (await viaNginx.get(page)).text(), { timeout: Math.max(1_000, VISIBLE_WITHIN_MS - (Date.now() - publishedAt)), intervals: [100] })
        .toContain(marker)
      seenAfter.push(`${page} ${Date.now() - publishedAt} ms`)
    }
    console.log(`through nginx, the publish showed after: ${seenAfter.join(', ')}`)
    // And it stays: over the next three seconds nginx asks A and B again (each second), and every
    // answer still shows it; without a shared cache B would hand nginx its old page.
    for (let round = 0; round < 6; round++) {
      for (const [page, marker] of shows) expect(await (await viaNginx.get(page)).text(), `${page}, round ${round}`).toContain(marker)
      await new Promise((resolve) => setTimeout(resolve, 500))
    }
    for (const locale of locales) {
      await expect.poll(async () => (await b.api.get(article(locale))).text(), { timeout: 5_000 }).toContain(titles[locale])
    }

    // A CDN purging the keys A sent to PURGE_URL drops every page the publish changed (each carries one).
    await expect.poll(() => purge.purged.size, { timeout: 10_000 }).toBeGreaterThan(0)
    expect(purge.mismatched).toEqual([])
    for (const page of everyPage) {
      const hit = keysOf[page].filter((key) => purge.purged.has(key) && key !== 'site' && !locales.includes(key as Locale))
      expect(hit, `${page} (${keysOf[page].join(' ')}) is purged by ${[...purge.purged].join(' ')}`).not.toEqual([])
    }
    for (const locale of locales) {
      const own = (await viaNginx.get(article(locale))).headers()['surrogate-key']?.split(' ') ?? []
      expect(own.filter((key) => key.startsWith('p-') && purge.purged.has(key)), article(locale)).toHaveLength(1)
    }
  } finally {
    if (id) await request.delete(`/api/news/${id}`, { headers })
    await nginx?.dispose()
    service('nginx', 'stop', nginxEnv)
    for (const { child, api } of started) {
      await api.dispose()
      child.kill('SIGTERM')
    }
    service('redis', 'stop', redisEnv)
    await new Promise((resolve) => purge.server.close(resolve))
  }
})
