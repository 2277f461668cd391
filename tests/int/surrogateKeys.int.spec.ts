import http from 'node:http'

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { routePatterns, routes } from '@/lib/routes'
import { pageKey, surrogateKeys } from '@/lib/surrogateKeys.mjs'

import { context, databaseKind, payloadSuite, unique } from '../helpers/payload'

// No Next server here: revalidation is a no-op, the purge to PURGE_URL is real.
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), unstable_cache: <T>(fn: T) => fn }))

describe('surrogate keys of public answers', () => {
  it('name the page, its kind, its language and the list data it shows, in at most 5 short ASCII keys', () => {
    expect(surrogateKeys('/en')).toEqual(['site', 'en', 'home', pageKey('/en')])
    expect(surrogateKeys('/tg/news')).toEqual(['site', 'tg', 'news-index', pageKey('/tg/news')])
    expect(surrogateKeys('/ru/news/page/3')).toEqual(['site', 'ru', 'news-pages', pageKey('/ru/news/page/3')])
    expect(surrogateKeys('/ru/regions/sughd').slice(0, 3)).toEqual(['site', 'ru', 'region'])
    expect(surrogateKeys('/tg/projects/x').slice(0, 3)).toEqual(['site', 'tg', 'project'])
    expect(surrogateKeys('/en/contacts').slice(0, 3)).toEqual(['site', 'en', 'contacts'])
    for (const [path, kind] of [
      ['/tg/news/rss.xml', 'feed'],
      ['/ru/regions/sughd/feed.json', 'feed'],
      ['/api/v1/ru/news', 'api'],
      ['/sitemap.xml', 'sitemap'],
      ['/sitemaps/news-2026-11.xml', 'sitemap'],
      ['/en/search', 'search'],
      ['/embed/tg/projects/x', 'embed'],
    ]) {
      expect(surrogateKeys(path), path).toContain(kind)
      expect(surrogateKeys(path), path).toContain('syndication')
    }
    for (const path of ['/admin', '/admin/collections/news', '/api/news', '/api/graphql', '/_next/static/x.js', '/icon.svg']) expect(surrogateKeys(path), path).toEqual([])
    const long = `/tg/news/${encodeURIComponent('хабар-'.repeat(300))}`
    const keys = surrogateKeys(long)
    expect(keys.length).toBeLessThanOrEqual(5)
    for (const key of keys) expect(key).toMatch(/^[a-z0-9-]{2,16}$/)
  })

  it('give a page the same key whether routes.ts built its address or a reader sent it (Tajik slug, either case of escapes)', () => {
    const slug = 'шӯрои-обёрӣ-ҳисори'
    const built = routes.news('tg', slug)
    expect(surrogateKeys(built)).toContain(pageKey(built))
    expect(surrogateKeys(built.toLowerCase())).toContain(pageKey(built))
    expect(surrogateKeys(`/tg/news/${slug}`)).toContain(pageKey(built))
    expect(pageKey(routes.news('tg', 'other'))).not.toBe(pageKey(built))
  })
})

describe(`purge on publish through PURGE_URL (${databaseKind})`, () => {
  const suite = payloadSuite()
  const calls: { keys: string[]; header: string; authorization: string | undefined }[] = []
  const server = http.createServer((req, res) => {
    let body = ''
    req.on('data', (chunk) => (body += chunk))
    req.on('end', () => {
      calls.push({ keys: (JSON.parse(body) as { tags: string[] }).tags, header: String(req.headers['surrogate-key']), authorization: req.headers.authorization })
      res.end('{}')
    })
  })
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as { port: number }
    process.env.PURGE_URL = `http://127.0.0.1:${port}/purge`
    process.env.PURGE_AUTHORIZATION = 'Bearer test-token'
  })
  afterAll(async () => {
    delete process.env.PURGE_URL
    delete process.env.PURGE_AUTHORIZATION
    await new Promise((resolve) => server.close(resolve))
  })

  it('a draft of an unpublished item purges nothing', async () => {
    calls.length = 0
    suite.docs.add('news', await suite.payload.create({ collection: 'news', locale: 'en', data: { title: unique('Still a draft'), publishedAt: new Date().toISOString(), _status: 'draft' } }))
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(calls).toEqual([])
  })

  it('a publish purges exactly the keys the changed pages carry, in every language', async () => {
    const doc = suite.docs.add('news', await suite.payload.create({ collection: 'news', locale: 'en', context, data: { title: unique('Purge me'), publishedAt: new Date().toISOString(), _status: 'draft' } }))
    const ru = await suite.payload.update({ collection: 'news', id: doc.id, locale: 'ru', context, data: { title: unique('Очисти меня') } })
    const tg = await suite.payload.update({ collection: 'news', id: doc.id, locale: 'tg', context, data: { title: unique('Маро тоза кун') } })
    calls.length = 0
    await suite.payload.update({ collection: 'news', id: doc.id, locale: 'en', data: { _status: 'published' } })
    await vi.waitFor(() => expect(calls.length).toBeGreaterThan(0), { timeout: 5_000 })
    const purged = new Set(calls.flatMap((call) => call.keys))
    expect(calls[0].header).toBe(calls[0].keys.join(' '))
    expect(calls[0].authorization).toBe('Bearer test-token')
    // The item's own pages, in each language's slug, and every page that lists it.
    const affected = [routes.news('en', String(doc.slug)), routes.news('ru', String(ru.slug)), routes.news('tg', String(tg.slug)), ...(['en', 'ru', 'tg'] as const).flatMap((l) => [routes.home(l), routes.newsIndex(l), routes.newsIndex(l, 2), routes.region(l, 'any'), routes.newsFeed(l, 'rss'), routes.api(l, 'news'), routes.search(l)]), routes.sitemap()]
    for (const path of affected) {
      const carried = surrogateKeys(path.split('?')[0]).filter((key) => key !== 'site' && !['en', 'ru', 'tg'].includes(key))
      expect(carried.some((key) => purged.has(key)), `${path}: ${carried.join(' ')} vs ${[...purged].join(' ')}`).toBe(true)
    }
    for (const path of [routes.news('en', String(doc.slug)), routes.news('ru', String(ru.slug)), routes.news('tg', String(tg.slug))]) expect(purged).toContain(pageKey(path))
    // Not: other news items' pages (kind `news`), contacts, the whole site.
    expect(purged).not.toContain('news')
    expect(purged).not.toContain('contacts')
    expect(purged).not.toContain('site')
    expect(routePatterns.news).toContain('[slug]')
  })
})
