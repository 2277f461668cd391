import { expect, test } from '@playwright/test'

import { readerBounds } from '@/cms/plugins/apiBounds/bounds'

import { staffHeaders } from '../helpers/e2e'

test.describe('production hardening and caching', () => {
  test('public pages are served from the cache, cacheable, and without X-Powered-By', async ({ request }) => {
    await request.get('/ru/projects')
    const second = await request.get('/ru/projects')
    expect(second.status()).toBe(200)
    expect(second.headers()['x-nextjs-cache']).toBe('HIT')
    expect(second.headers()['x-powered-by']).toBeUndefined()
    expect(second.headers()['set-cookie']).toBeUndefined()
    // A CDN keeps it a minute (SHARED_CACHE_SECONDS) and serves it stale while asking again, not a year.
    expect(second.headers()['cache-control']).toBe('public, max-age=0, s-maxage=60, stale-while-revalidate=86400')
    // No per-request nonce: the HTML is the same bytes twice.
    expect(await (await request.get('/ru/projects')).text()).toBe(await second.text())
    // The news list keeps its data an hour in Next (it says s-maxage=3600): shared caches still a minute.
    await request.get('/tg/news')
    expect((await request.get('/tg/news')).headers()['cache-control']).toBe('public, max-age=0, s-maxage=60, stale-while-revalidate=86400')
  })

  test('public pages ship no JavaScript; the admin keeps its own', async ({ page, request }) => {
    for (const path of ['/en', '/ru/news', '/tg/regions', '/en/contacts']) {
      const html = await (await request.get(path)).text()
      expect(html, path).not.toMatch(/<script(?![^>]*application\/ld\+json)/)
      expect(html, path).not.toContain('as="script"')
    }
    const scripts: string[] = []
    page.on('request', (req) => {
      if (req.resourceType() === 'script') scripts.push(req.url())
    })
    await page.goto('/tg/news')
    await page.locator('.news-card a').first().click()
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    expect(scripts).toEqual([])
    const admin = await (await request.get('/admin/login')).text()
    expect(admin).toContain('<script')
  })

  test('pages refuse to be framed by other sites', async ({ request }) => {
    const response = await request.get('/en')
    expect(response.headers()['x-frame-options']).toBe('SAMEORIGIN')
    expect(response.headers()['content-security-policy']).toContain("frame-ancestors 'self'")
  })

  test('GraphQL introspection and the playground are off in production', async ({ request }) => {
    const introspection = await request.post('/api/graphql', { data: { query: '{ __schema { types { name } } }' } })
    expect(JSON.stringify(await introspection.json())).not.toContain('"types"')
    const playground = await request.get('/api/graphql-playground')
    expect(playground.status()).toBeGreaterThanOrEqual(400)
    expect(playground.status()).toBeLessThan(500)
  })

  test('an upload whose content is not an image is refused with a 4xx and a message', async ({ request }) => {
    const headers = await staffHeaders(request)
    const response = await request.post('/api/media', {
      headers,
      multipart: {
        file: { name: 'photo.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('<html><script>alert(1)</script></html>') },
        _payload: JSON.stringify({ alt: 'Not really a photo' }),
      },
    })
    expect(response.status()).toBeGreaterThanOrEqual(400)
    expect(response.status()).toBeLessThan(500)
    expect(JSON.stringify(await response.json())).toMatch(/file|type|invalid/i)
  })

  test('cookie-authenticated writes from another origin are not trusted (CSRF)', async ({ playwright, baseURL }) => {
    const context = await playwright.request.newContext({ baseURL })
    const login = await context.post('/api/users/login', { data: { email: 'admin@example.org', password: 'e2e-admin-password' } })
    expect(login.status()).toBe(200)
    // The login cookie is now in this context; a request claiming another origin must not use it.
    const forged = await context.post('/api/news', {
      headers: { Origin: 'https://evil.example' },
      data: { title: 'Forged', publishedAt: new Date().toISOString(), _status: 'published' },
    })
    expect(forged.status()).toBe(403)
    await context.dispose()
  })

  test('a cached page keeps answering in well under a second while the costliest allowed API requests run', async ({ request, playwright, baseURL }) => {
    const page = '/en/news'
    await request.get(page)
    expect((await request.get(page)).headers()['x-nextjs-cache']).toBe('HIT')

    // What a reader may ask for at most: GraphQL at its top-level ceiling (5 lists of 100 news
    // items at 402 each), REST pages of 100 Tajik items at depth 2 (readers ask for one language).
    const list = 'allNews(limit: 100) { docs { title summary slug publishedAt } }'
    const query = `{ ${Array.from({ length: readerBounds.graphql.rootFields }, (_, n) => `n${n}: ${list}`).join(' ')} }`
    const load = await playwright.request.newContext({ baseURL })
    const costliest = [
      () => load.post('/api/graphql', { data: { query } }),
      () => load.get(`/api/news?limit=${readerBounds.limit}&depth=${readerBounds.depth}&locale=tg`),
    ]
    for (const send of costliest) {
      const response = await send()
      expect(response.status()).toBe(200)
      expect(JSON.stringify(await response.json())).not.toContain('"errors"')
    }

    // Four senders repeat them for four seconds (two of each); meanwhile a reader asks for the cached page.
    const until = Date.now() + 4_000
    let answered = 0
    const sender = async (send: () => Promise<{ status(): number }>) => {
      while (Date.now() < until) {
        expect((await send()).status()).toBe(200)
        answered++
      }
    }
    const running = Promise.all([sender(costliest[0]), sender(costliest[0]), sender(costliest[1]), sender(costliest[1])])
    const times: number[] = []
    while (Date.now() < until) {
      const started = performance.now()
      const response = await request.get(page)
      times.push(performance.now() - started)
      expect(response.status()).toBe(200)
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    await running
    await load.dispose()
    expect(answered).toBeGreaterThanOrEqual(4)
    // A generous bound: the point is "not blocked" (the issue saw 90 seconds); bench/ has figures.
    expect(Math.max(...times), `cached page times: ${times.map((time) => Math.round(time)).join(', ')} ms`).toBeLessThan(1_000)
  })
})
