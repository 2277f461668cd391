import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { reportDatabase } from '@/cms/database'

import { DEADLINE_MS, databaseDown, languageOrder, onlyFromDatabase } from '../../scripts/server/outage.mjs'
import { createServer } from '../../scripts/server/response.mjs'

/*
 * The server's answers while the database is down (scripts/server/outage.mjs), behind a plain
 * handler that answers as Next does: at once from its cache, with a 500 when a query failed, or
 * late. The database's state comes from src/cms/database.ts's reportDatabase, as in the server.
 * tests/e2e/outage.e2e.spec.ts stops a real FerretDB under a production build.
 */

type Behaviour = (res: http.ServerResponse) => void
let behaviour: Behaviour = () => undefined
let handled = 0
let server: ReturnType<typeof createServer>
let base = ''

const errorPage = (res: http.ServerResponse) => {
  res.statusCode = 500
  res.setHeader('Content-Type', 'text/html; charset=utf-8')
  res.setHeader('Cache-Control', 'private, no-cache, no-store, max-age=0, must-revalidate')
  res.setHeader('Set-Cookie', 'NEXT_LOCALE=ru; Path=/')
  res.end('<!DOCTYPE html><html><head><title>500</title></head><body>Internal Server Error</body></html>')
}
const cachedPage = (res: http.ServerResponse) => {
  res.statusCode = 200
  res.setHeader('Content-Type', 'text/html; charset=utf-8')
  res.setHeader('Cache-Control', 's-maxage=31536000')
  res.end('<!DOCTYPE html><html><head><title>Cached</title></head><body>The cached page</body></html>')
}
/** Next still rendering after 3 s (queries waiting one after another), then answering. */
const late = (res: http.ServerResponse) => {
  setTimeout(() => {
    res.setHeader('Content-Type', 'text/html; charset=utf-8')
    res.writeHead(200, { 'X-Late': 'yes' })
    res.write('<!DOCTYPE html><html><head></head><body>')
    res.end('late</body></html>')
  }, 3000)
}

async function get(url: string, headers: Record<string, string> = { Accept: 'text/html' }) {
  const started = Date.now()
  const response = await fetch(`${base}${url}`, { headers })
  return { status: response.status, headers: response.headers, body: await response.text(), ms: Date.now() - started }
}

beforeAll(async () => {
  server = createServer(
    (_req, res) => {
      handled += 1
      behaviour(res)
    },
    { compress: true },
  )
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))
afterEach(() => reportDatabase(true))

describe('while the database is down', () => {
  it('is known to the server through the state database.ts reports', () => {
    reportDatabase(true)
    expect(databaseDown()).toBe(false)
    reportDatabase(false)
    expect(databaseDown()).toBe(true)
  })

  it('turns a 500 into a 503 with Retry-After and the outage page in the reader’s language, nothing of Next’s kept', async () => {
    reportDatabase(false)
    behaviour = errorPage
    const answer = await get('/ru/news')
    expect(answer.status).toBe(503)
    expect(answer.headers.get('retry-after')).toMatch(/^\d+$/)
    expect(answer.headers.get('cache-control')).toBe('no-store')
    expect(answer.headers.get('set-cookie')).toBeNull()
    expect(answer.body).toContain('<html lang="ru">')
    expect(answer.body).toContain('База данных не отвечает')
    expect(answer.body).toContain('Пойгоҳи додаҳо ҷавоб намедиҳад')
    expect(answer.body).not.toContain('Internal Server Error')
  })

  it('answers a request Next has not answered within the deadline, and survives Next answering later', async () => {
    reportDatabase(false)
    behaviour = late
    const answer = await get('/tg/news/page/2')
    expect(answer.status).toBe(503)
    expect(answer.ms).toBeGreaterThanOrEqual(DEADLINE_MS - 50)
    expect(answer.ms).toBeLessThan(2000)
    expect(answer.body).toContain('<html lang="tg">')
    // Next's late answer (headers, body) goes nowhere, and the server goes on serving.
    await new Promise((resolve) => setTimeout(resolve, 2000))
    behaviour = cachedPage
    expect((await get('/en')).status).toBe(200)
  })

  it('serves what Next answers from its cache as it is', async () => {
    reportDatabase(false)
    behaviour = cachedPage
    const answer = await get('/en/news')
    expect(answer.status).toBe(200)
    expect(answer.body).toContain('The cached page')
  })

  it('answers the admin and Payload’s API at once, without asking Next; the cached JSON API goes to Next', async () => {
    reportDatabase(false)
    behaviour = cachedPage
    const before = handled
    const admin = await get('/admin/collections/news', { Accept: 'text/html', 'Accept-Language': 'tg,ru;q=0.8' })
    expect(admin.status).toBe(503)
    expect(admin.body).toContain('Пойгоҳи додаҳо дастнорас аст. Шумо ҳанӯз дар система ҳастед')
    const me = await get('/api/users/me', { Accept: 'application/json' })
    expect(me.status).toBe(503)
    expect(me.headers.get('content-type')).toMatch(/^application\/json/)
    expect(JSON.parse(me.body)).toEqual({ errors: [{ message: 'The database is unavailable; try again in a few seconds.' }] })
    expect(handled).toBe(before)
    expect((await get('/api/v1/en/news', { Accept: 'application/json' })).status).toBe(200)
    expect(handled).toBe(before + 1)
  })

  it('answers a feed in plain text', async () => {
    reportDatabase(false)
    behaviour = errorPage
    const feed = await get('/en/news/rss.xml', { Accept: 'application/rss+xml' })
    expect(feed.status).toBe(503)
    expect(feed.headers.get('content-type')).toMatch(/^text\/plain/)
  })
})

describe('while the database is up', () => {
  it('leaves a 500 and a slow answer as Next gives them', async () => {
    reportDatabase(true)
    behaviour = errorPage
    expect((await get('/en/news')).status).toBe(500)
    behaviour = late
    const slow = await get('/en/news')
    expect(slow.status).toBe(200)
    expect(slow.body).toContain('late')
    behaviour = cachedPage
    expect((await get('/admin')).status).toBe(200)
  })
})

describe('the outage answer’s parts', () => {
  it('orders languages: the URL’s, else Accept-Language’s best, else English', () => {
    const locales = ['en', 'ru', 'tg']
    expect(languageOrder('/tg/news', 'ru', locales)).toEqual(['tg', 'en', 'ru'])
    expect(languageOrder('/admin', 'de, ru;q=0.5, tg;q=0.9', locales)).toEqual(['tg', 'en', 'ru'])
    expect(languageOrder('/admin', 'ru-RU,ru;q=0.9', locales)).toEqual(['ru', 'en', 'tg'])
    expect(languageOrder('/sitemap.xml', undefined, locales)).toEqual(['en', 'ru', 'tg'])
    expect(languageOrder('/english', 'tg;q=0', locales)).toEqual(['en', 'ru', 'tg'])
  })

  it('counts the admin and Payload’s API as answerable only from the database', () => {
    expect(onlyFromDatabase({ url: '/admin' })).toBe(true)
    expect(onlyFromDatabase({ url: '/admin/collections/news?limit=10' })).toBe(true)
    expect(onlyFromDatabase({ url: '/api/graphql' })).toBe(true)
    expect(onlyFromDatabase({ url: '/api/v1/en/news' })).toBe(false)
    expect(onlyFromDatabase({ url: '/administration' })).toBe(false)
    expect(onlyFromDatabase({ url: '/en/news' })).toBe(false)
  })
})
