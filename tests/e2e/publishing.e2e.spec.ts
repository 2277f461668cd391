import { expect, test } from '@playwright/test'

import { locales, staffHeaders } from '../helpers/e2e'

test.describe('drafts and publishing', () => {
  test('a draft is invisible to anonymous readers (pages, REST, GraphQL); publishing shows it without a rebuild', async ({ request, page }) => {
    const headers = await staffHeaders(request)
    const title = `Draft about the Kulob youth forum ${Date.now()}`
    const created = await request.post('/api/news?locale=en&draft=true', {
      headers,
      data: { title, summary: 'Not yet reviewed.', publishedAt: new Date().toISOString(), _status: 'draft' },
    })
    expect(created.status()).toBe(201)
    const { doc } = (await created.json()) as { doc: { id: string; slug: string } }
    try {

      // Warm the cache of the list page before publishing, so the test proves revalidation.
      await page.goto('/en/news')
      await expect(page.getByText(title)).toHaveCount(0)

      // REST: not by id, not in lists, not with draft=true, not by slug.
      expect((await request.get(`/api/news/${doc.id}`)).status()).toBe(404)
      expect((await request.get(`/api/news/${doc.id}?draft=true`)).status()).toBe(404)
      const list = await (await request.get(`/api/news?where[slug][equals]=${doc.slug}&draft=true`)).json()
      expect(list.totalDocs).toBe(0)
      // GraphQL as an anonymous reader.
      const graphql = await request.post('/api/graphql', {
        data: { query: `{ allNews(where: { slug: { equals: "${doc.slug}" } }, draft: true) { docs { id title } } }` },
      })
      const graphqlBody = await graphql.json()
      expect(JSON.stringify(graphqlBody)).not.toContain(title)
      // Pages, in every language.
      for (const locale of locales) expect((await request.get(`/${locale}/news/${doc.slug}`)).status()).toBe(404)

      // Staff still see it.
      expect((await request.get(`/api/news/${doc.id}?draft=true`, { headers })).status()).toBe(200)

      // Publish through the API, as the admin panel does.
      const published = await request.patch(`/api/news/${doc.id}?locale=en`, { headers, data: { _status: 'published' } })
      expect(published.status()).toBe(200)

      await expect
        .poll(async () => (await request.get(`/en/news/${doc.slug}`)).status(), { timeout: 15_000 })
        .toBe(200)
      await expect
        .poll(async () => (await (await request.get('/en/news')).text()).includes(title), { timeout: 15_000 })
        .toBe(true)
      await page.goto(`/en/news/${doc.slug}`)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)

      // Unpublishing takes it away again.
      await request.patch(`/api/news/${doc.id}?locale=en`, { headers, data: { _status: 'draft' } })
      await expect.poll(async () => (await request.get(`/en/news/${doc.slug}`)).status(), { timeout: 15_000 }).toBe(404)
    } finally {
      await request.delete(`/api/news/${doc.id}`, { headers })
    }
  })

  test("after a publish the item's own pages change on the first request; lists and feeds answer the previous version at once, the new one soon after", async ({ request }) => {
    test.setTimeout(120_000)
    const headers = await staffHeaders(request)
    const stamp = Date.now()
    const before = `Water users association in Isfara ${stamp}`
    const after = `Water users association in Isfara opens its office ${stamp}`
    const created = await request.post('/api/news?locale=en', { headers, data: { title: before, summary: 'First version.', publishedAt: new Date().toISOString(), _status: 'published' } })
    expect(created.status()).toBe(201)
    const { doc } = (await created.json()) as { doc: { id: string; slug: string } }
    try {
      const translated = await request.patch(`/api/news/${doc.id}?locale=ru`, { headers, data: { title: `Ассоциация водопользователей Исфары ${stamp}`, _status: 'published' } })
      expect(translated.status()).toBe(200)
      const ruSlug = ((await translated.json()) as { doc: { slug: string } }).doc.slug

      // Every page involved is cached with the first version, and fresh (a HIT, no render pending).
      for (const path of ['/en/news', '/en']) {
        await expect
          .poll(async () => {
            const response = await request.get(path)
            return (await response.text()).includes(before) && response.headers()['x-nextjs-cache'] === 'HIT'
          }, { timeout: 30_000 })
          .toBe(true)
      }
      await expect.poll(async () => (await (await request.get('/en/news/rss.xml')).text()).includes(before), { timeout: 30_000 }).toBe(true)
      for (const path of [`/en/news/${doc.slug}`, `/ru/news/${ruSlug}`, `/tg/news/${doc.slug}`]) expect((await request.get(path)).status(), path).toBe(200)

      const renamed = `${doc.slug}-office`
      const edited = await request.patch(`/api/news/${doc.id}?locale=en`, { headers, data: { title: after, slug: renamed, _status: 'published' } })
      expect(edited.status()).toBe(200)

      // The item's own pages, at once: the new text, the old address redirecting, the Russian page
      // pointing at the new English address, the untranslated Tajik page gone from the old address.
      expect(await (await request.get(`/en/news/${renamed}`)).text()).toContain(after)
      const oldAddress = await request.get(`/en/news/${doc.slug}`, { maxRedirects: 0 })
      expect(oldAddress.status()).toBe(308)
      expect(oldAddress.headers().location).toContain(`/en/news/${renamed}`)
      expect(await (await request.get(`/ru/news/${ruSlug}`)).text()).toContain(`/en/news/${renamed}`)
      expect((await request.get(`/tg/news/${doc.slug}`, { maxRedirects: 0 })).status()).not.toBe(200)

      // Lists, home and feed: the previous version at once (nobody waits for a cold render), marked
      // STALE; the new one renders in the background and arrives soon after.
      for (const path of ['/en/news', '/en', '/en/news/rss.xml']) {
        const first = await request.get(path)
        expect(first.status(), path).toBe(200)
        if (!path.endsWith('.xml')) expect(first.headers()['x-nextjs-cache'], path).toBe('STALE')
        const body = await first.text()
        expect(body, path).toContain(before)
        expect(body, path).not.toContain(after)
        await expect.poll(async () => (await (await request.get(path)).text()).includes(after), { timeout: 30_000 }).toBe(true)
      }
    } finally {
      await request.delete(`/api/news/${doc.id}`, { headers })
    }
  })

  test('bad input gets a 400 with a message, not a 500', async ({ request }) => {
    const headers = await staffHeaders(request)
    const noTitle = await request.post('/api/news?locale=en', { headers, data: { _status: 'published', publishedAt: new Date().toISOString() } })
    expect(noTitle.status()).toBe(400)
    expect(JSON.stringify(await noTitle.json())).toMatch(/title/i)
    const badRegion = await request.post('/api/regions?locale=en', { headers, data: { name: 'Nowhere', kind: 'planet', latitude: 200 } })
    expect(badRegion.status()).toBe(400)
  })

  test('anonymous readers cannot write', async ({ request }) => {
    const response = await request.post('/api/news', { data: { title: 'Spam', publishedAt: new Date().toISOString() } })
    expect(response.status()).toBe(403)
    const users = await request.get('/api/users')
    expect(users.status()).toBe(403)
  })
})
