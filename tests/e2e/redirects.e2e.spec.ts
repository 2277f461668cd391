import { expect, test } from '@playwright/test'

import { staffHeaders } from '../helpers/e2e'

/*
 * Old addresses keep working: a renamed slug redirects permanently to the new one (in the
 * language whose slug changed), and staff-made redirects catch links into the old website.
 */

test.describe('redirects', () => {
  test('a changed slug redirects permanently, in each language separately', async ({ request }) => {
    const headers = await staffHeaders(request)
    const stamp = Date.now()
    const created = await request.post('/api/news?locale=en', {
      headers,
      data: { title: `Renamed item ${stamp}`, publishedAt: new Date().toISOString(), _status: 'published' },
    })
    expect(created.status()).toBe(201)
    const { doc } = (await created.json()) as { doc: { id: string; slug: string } }
    const tg = await request.patch(`/api/news/${doc.id}?locale=tg`, { headers, data: { title: `Хабари номаш ивазшуда ${stamp}`, _status: 'published' } })
    const tgSlug = ((await tg.json()) as { doc: { slug: string } }).doc.slug
    try {
      // Visit both addresses first, so cached pages must be revalidated too.
      expect((await request.get(`/en/news/${doc.slug}`)).status()).toBe(200)
      expect((await request.get(`/tg/news/${tgSlug}`)).status()).toBe(200)
      const renamed = await request.patch(`/api/news/${doc.id}?locale=tg`, { headers, data: { slug: `${tgSlug}-nav`, _status: 'published' } })
      expect(renamed.status()).toBe(200)
      await expect
        .poll(async () => {
          const response = await request.get(`/tg/news/${tgSlug}`, { maxRedirects: 0 })
          return `${response.status()} ${response.headers().location ?? ''}`
        })
        .toBe(`308 /tg/news/${tgSlug}-nav`)
      const followed = await request.get(`/tg/news/${tgSlug}`)
      expect(followed.status()).toBe(200)
      expect(followed.url()).toContain(`/tg/news/${tgSlug}-nav`)
      // The English address is untouched.
      expect((await request.get(`/en/news/${doc.slug}`, { maxRedirects: 0 })).status()).toBe(200)
    } finally {
      await request.delete(`/api/news/${doc.id}`, { headers })
      const { docs } = (await (await request.get(`/api/redirects?where[from][equals]=/tg/news/${tgSlug}`, { headers })).json()) as { docs: { id: string }[] }
      for (const redirect of docs) await request.delete(`/api/redirects/${redirect.id}`, { headers })
    }
  })

  test('staff redirect links into the old website: .php pages with queries and plain paths', async ({ request }) => {
    const headers = await staffHeaders(request)
    const stamp = Date.now()
    const made: string[] = []
    try {
      for (const [from, to] of [
        [`http://asti.tj/index.php?option=com_content&id=${stamp}`, '/ru/projects'],
        [`/about-asti-${stamp}`, '/tg/contacts'],
      ]) {
        const response = await request.post('/api/redirects', { headers, data: { from, to } })
        expect(response.status(), from).toBe(201)
        made.push(((await response.json()) as { doc: { id: string } }).doc.id)
      }
      const php = await request.get(`/index.php?option=com_content&id=${stamp}`, { maxRedirects: 0 })
      expect(php.status()).toBe(308)
      expect(php.headers().location).toBe('/ru/projects')
      const plain = await request.get(`/about-asti-${stamp}`)
      expect(plain.status()).toBe(200)
      expect(new URL(plain.url()).pathname).toBe('/tg/contacts')
      // Unknown old addresses are an honest 404 in the reader's language.
      expect((await request.get(`/index.php?option=com_content&id=${stamp}-missing`)).status()).toBe(404)
      // A bad redirect is refused with a message, not a 500.
      const bad = await request.post('/api/redirects', { headers, data: { from: `/x-${stamp}`, to: 'ftp://elsewhere' } })
      expect(bad.status()).toBe(400)
      // Payload names the invalid field (the validator's own words are shown in the admin form).
      expect(JSON.stringify(await bad.json())).toContain('New address')
      // Readers cannot list redirects.
      expect((await request.get('/api/redirects')).status()).toBe(403)
    } finally {
      for (const id of made) await request.delete(`/api/redirects/${id}`, { headers })
    }
  })
})
