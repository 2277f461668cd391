import { readdirSync, statSync } from 'node:fs'
import http from 'node:http'
import path from 'node:path'

import { expect, test } from '@playwright/test'

import { e2eDatabase } from '../helpers/e2e-env.mjs'

/*
 * Requests a stranger can make on purpose: malformed addresses on every route of the app, an
 * open redirect through the preview exit, and a flood of addresses that do not exist.
 */

const appDir = path.resolve('src/app')

/** Every route of the app as a URL template, read from src/app (route groups dropped). */
function routeTemplates(dir = appDir, prefix = ''): string[] {
  const found: string[] = []
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      const segment = /^\(.*\)$/.test(entry.name) ? '' : `/${entry.name}`
      found.push(...routeTemplates(path.join(dir, entry.name), prefix + segment))
    } else if (entry.name === 'page.tsx' || entry.name === 'route.ts') {
      found.push(prefix || '/')
    }
  }
  return found
}

/** Values for a template's dynamic segments that a route accepts the shape of. */
const plausible: Record<string, string> = { locale: 'tg', collection: 'news', file: 'pages.xml', page: '2', slug: 'x', rest: 'about', segments: 'collections' }

/** Path segments no route should answer with a 5xx: broken, doubly encoded, overlong, Tajik cut short. */
const hostileSegments = ['%', '%zz', '%E0%A4%A', '%25E0', '%C0%AF', 'ҳ%D2', '%FF%FE', '..%2F..%2Fetc%2Fpasswd', '%00', 'a'.repeat(3000)]

/** The template with each dynamic segment given `value` in turn (the others plausible). */
function variants(template: string, value: string): string[] {
  const segments = template.split('/')
  const dynamic = segments.map((segment, i) => (/^\[/.test(segment) ? i : -1)).filter((i) => i >= 0)
  const fill = (hostileAt: number) =>
    segments
      .map((segment, i) => {
        const name = segment.replace(/^[[.]+|\]+$/g, '')
        if (!/^\[/.test(segment)) return segment
        return i === hostileAt ? value : (plausible[name] ?? 'x')
      })
      .join('/')
  // Static routes get the hostile segment appended (a path under them).
  return dynamic.length > 0 ? dynamic.map(fill) : [`${template.replace(/\/$/, '')}/${value}`]
}

test.describe('hostile requests', () => {
  test('no address on any route answers 5xx: malformed, doubly encoded and overlong segments are 4xx', async ({ request }) => {
    const templates = routeTemplates()
    expect(templates).toEqual(expect.arrayContaining(['/[locale]/news/[slug]', '/api/[...slug]', '/admin/[[...segments]]', '/sitemaps/[file]', '/embed/[locale]/projects/[slug]']))
    const answers: string[] = []
    for (const template of templates) {
      for (const value of hostileSegments) {
        for (const url of variants(template, value)) {
          const status = (await request.get(url, { maxRedirects: 0 })).status()
          answers.push(`${status} ${url.slice(0, 120)}`)
          // A malformed escape in the path itself is always refused outright.
          if (/%(?![0-9A-F]{2})|%E0%A4%A|%D2$|%FF%FE|%C0%AF/i.test(url) && !/%25E0/.test(url)) expect(status, url).toBe(400)
        }
      }
    }
    expect(answers.filter((answer) => answer.startsWith('5'))).toEqual([])
    expect(answers.length).toBeGreaterThan(templates.length * hostileSegments.length)
  })

  test('API queries Payload accepts but cannot run, and malformed bodies, are 400 with a message', async ({ request, baseURL }) => {
    const queries = [
      '/api/news?where=abc',
      '/api/news?where[publishedAt][greater_than]=not-a-date',
      '/api/news?where[title][near]=1,2',
      '/api/news?where[title][bogus]=x',
      '/api/news?where[nope][equals]=1',
    ]
    for (const url of queries) {
      const response = await request.get(url)
      expect(response.status(), url).toBe(400)
      expect(((await response.json()) as { errors: { message: string }[] }).errors[0].message, url).toBeTruthy()
    }
    const graphql = await request.post('/api/graphql', { headers: { 'Content-Type': 'application/json' }, data: '{not json' })
    expect(graphql.status()).toBe(400)
    const login = await request.post('/api/users/login', { headers: { 'Content-Type': 'application/json' }, data: '{not json' })
    expect(login.status()).toBe(400)
    // The server answers from the declared length without reading the body (and closes the
    // connection), so the request announces 3 MB and waits for the answer instead of sending them:
    // a client still writing would meet a closed socket.
    const huge = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const announced = http.request(new URL('/api/users/login', baseURL), { method: 'POST', headers: { 'Content-Type': 'application/json', 'Content-Length': String(3 * 1024 * 1024) } }, (response) => {
        let body = ''
        response.setEncoding('utf8')
        response.on('data', (chunk: string) => (body += chunk))
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }))
      })
      announced.on('error', reject)
      announced.flushHeaders()
    })
    expect(huge.status).toBe(413)
    expect((JSON.parse(huge.body) as { errors: { message: string }[] }).errors[0].message).toMatch(/larger than 2 MB/)
    const missingFile = await request.get('/api/media/file/no-such-photo.jpg')
    expect(missingFile.status()).toBe(404)
  })

  test('leaving a preview returns only to a path of this site', async ({ request }) => {
    for (const path of ['https://evil.example/', '//evil.example', '/\\evil.example', '/\t/evil.example', '\\/evil.example', 'javascript:alert(1)']) {
      const response = await request.get(`/preview/exit?path=${encodeURIComponent(path)}`, { maxRedirects: 0 })
      expect(response.status(), path).toBeGreaterThanOrEqual(300)
      expect(response.status(), path).toBeLessThan(400)
      expect(response.headers().location, path).toBe('/')
    }
    const back = await request.get(`/preview/exit?path=${encodeURIComponent('/tg/news?page=2')}`, { maxRedirects: 0 })
    expect(back.headers().location).toBe('/tg/news?page=2')
  })

  test('thousands of requests for missing addresses write nothing to disk and push no page out of the cache', async ({ request }) => {
    test.setTimeout(240_000)
    const folders = [path.resolve('.next-e2e'), path.dirname(e2eDatabase)]
    /** Files and bytes under the build and data folders (the database's own files excluded: tests write content). */
    const footprint = () => {
      let files = 0
      let bytes = 0
      const walk = (dir: string) => {
        for (const entry of readdirSync(dir, { withFileTypes: true })) {
          const full = path.join(dir, entry.name)
          if (entry.isDirectory()) walk(full)
          else if (!full.startsWith(e2eDatabase)) {
            files += 1
            bytes += statSync(full).size
          }
        }
      }
      folders.forEach(walk)
      return { files, bytes }
    }
    // A page in Next's cache (in memory here: 1,000 entries, least recently used out first).
    const cachedPage = '/tg/regions'
    const cacheState = async () => (await request.get(cachedPage)).headers()['x-nextjs-cache']
    await expect.poll(cacheState, { intervals: [100, 250, 500] }).toBe('HIT')
    const before = footprint()
    const kinds = (n: string) => [
      `/en/news/${n}`,
      `/ru/projects/${n}`,
      `/tg/regions/${n}`,
      `/${n}`,
      `/index.php?id=${n}&from=${n}`,
      `/api/v1/en/news/${n}`,
      `/tg/projects/${n}/rss.xml`,
      `/embed/ru/regions/${n}`,
      `/en/news/page/${n.length * 997}`,
      `/sitemaps/news-${1000 + (n.length % 999)}-01.xml`,
    ]
    let missing = 0
    for (let i = 0; i < 250; i++) {
      const n = `${Date.now().toString(36)}${i}${Math.random().toString(36).slice(2)}`
      const answers = await Promise.all(kinds(n).map((url) => request.get(url, { maxRedirects: 0 })))
      for (const answer of answers) {
        expect(answer.status()).toBeLessThan(500)
        if (answer.status() === 404) missing += 1
      }
    }
    expect(missing).toBeGreaterThanOrEqual(2000)
    expect(footprint()).toEqual(before)
    // Had each missing address stored its 404 page or its empty lookup (about ten a round), the
    // page would be long gone: a MISS. (STALE would mean a publish meanwhile; still cached.)
    expect(['HIT', 'STALE']).toContain(await cacheState())
  })
})
