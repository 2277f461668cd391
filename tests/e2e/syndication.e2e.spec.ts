import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { expect, type APIRequestContext } from '@playwright/test'
import Parser from 'rss-parser'

import { defaultLocale, fullyTranslated, locales, publishedDocs, staffHeaders, test, type DocSummary, type Locale } from '../helpers/e2e'

/*
 * What partners get, over HTTP against the production build: feeds in three formats per
 * language and scope, the widget embedded by a page on another origin through /embed.js, oEmbed,
 * and the CORS JSON API. Drafts and untranslated items must be absent from all of them.
 */

const feedFiles = { rss: 'rss.xml', atom: 'atom.xml', json: 'feed.json' } as const
const feedTypes = { rss: 'application/rss+xml', atom: 'application/atom+xml', json: 'application/feed+json' } as const
const parser = new Parser()

/** Item titles of a feed, read with rss-parser (RSS, Atom) or as JSON Feed. */
async function titlesOf(request: APIRequestContext, path: string): Promise<string[]> {
  const response = await request.get(path)
  expect(response.status(), path).toBe(200)
  const body = await response.text()
  if (path.endsWith('.json')) return (JSON.parse(body) as { items: { title: string }[] }).items.map((item) => item.title)
  return (await parser.parseString(body)).items.map((item) => item.title ?? '')
}

/** A partner's web page on another origin (another port) that embeds our widget with the loader. */
/** Text as the widget escapes it (src/feeds/html.ts). */
function escapeText(text: string): string {
  return text.replace(/&/g, '&#38;').replace(/</g, '&#60;').replace(/>/g, '&#62;').replace(/"/g, '&#34;').replace(/'/g, '&#39;')
}

async function partnerSite(snippet: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
    res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner NGO</title></head>
<body><h1>Our partner's news</h1><div id="slot">${snippet}</div><p id="after">Footer of the partner page.</p></body></html>`)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((resolve) => server.close(() => resolve())) }
}

test.describe('partner syndication', () => {
  let project: DocSummary
  let region: DocSummary
  let projectWithoutTajik: DocSummary

  test.beforeAll(async ({ request }) => {
    project = fullyTranslated(await publishedDocs(request, 'projects'))
    region = fullyTranslated(await publishedDocs(request, 'regions'))
    const untranslated = (await publishedDocs(request, 'projects')).find((doc) => !doc.title.tg)
    if (!untranslated) throw new Error('the seed has no project without Tajik')
    projectWithoutTajik = untranslated
  })

  test('every feed kind answers in every language with its type, validators and 304s', async ({ request, site }) => {
    for (const locale of locales) {
      const scopes = [`/${locale}/news`, `/${locale}/projects/${project.slug[locale]}`, `/${locale}/regions/${region.slug[locale]}`]
      for (const scope of scopes) {
        for (const format of ['rss', 'atom', 'json'] as const) {
          const path = `${scope}/${feedFiles[format]}`
          // Feeds are stale-while-revalidate: after an earlier test published, the first answer
          // may be the previous version while the new one renders. Validators are checked on a
          // settled feed (two answers alike), as a partner's reader would see it.
          let response = await request.get(path)
          for (let tries = 0; tries < 10; tries++) {
            const again = await request.get(path)
            if (again.headers().etag === response.headers().etag) break
            response = again
          }
          expect(response.status(), path).toBe(200)
          expect(response.headers()['content-type'], path).toContain(feedTypes[format])
          const etag = response.headers().etag
          const lastModified = response.headers()['last-modified']
          expect(etag, path).toMatch(/^"[\w-]+"$/)
          expect(Date.parse(lastModified), path).toBeGreaterThan(0)
          expect(response.headers()['cache-control'], path).toContain('public')
          expect((await request.get(path, { headers: { 'If-None-Match': etag } })).status(), path).toBe(304)
          expect((await request.get(path, { headers: { 'If-Modified-Since': lastModified } })).status(), path).toBe(304)
          const body = await response.text()
          // The feed's language, and absolute links to our pages in that language.
          if (format === 'json') expect(JSON.parse(body).language).toBe(locale)
          else expect(body).toMatch(format === 'rss' ? `<language>${locale}</language>` : `xml:lang="${locale}"`)
          expect(body, path).toContain(`${site}/${locale}/news/`)
        }
      }
      // The region's feed items lead to pages that exist in that language.
      const items = await parser.parseString(await (await request.get(`/${locale}/regions/${region.slug[locale]}/rss.xml`)).text())
      expect(items.items.length).toBeGreaterThan(0)
      const first = new URL(items.items[0].link ?? '')
      const page = await request.get(first.pathname)
      expect(page.status()).toBe(200)
      expect(await page.text()).toContain(`<html lang="${locale}"`)
    }
  })

  test('feeds, widgets, oEmbed and JSON leave out untranslated items and answer 404 for untranslated projects', async ({ request, site }) => {
    const news = await publishedDocs(request, 'news')
    const englishOnly = news.filter((doc) => !doc.title.tg).map((doc) => doc.title.en ?? '')
    expect(englishOnly.length).toBeGreaterThan(0)
    const tajikTitles = await titlesOf(request, '/tg/news/rss.xml')
    for (const title of englishOnly) expect(tajikTitles).not.toContain(title)
    const tajikJson = await (await request.get('/api/v1/tg/news?limit=50')).json()
    for (const title of englishOnly) expect(JSON.stringify(tajikJson)).not.toContain(title)

    const enSlug = projectWithoutTajik.slug.en
    expect((await request.get(`/tg/projects/${enSlug}/rss.xml`)).status()).toBe(404)
    expect((await request.get(`/embed/tg/projects/${enSlug}`)).status()).toBe(404)
    expect((await request.get(`/api/v1/tg/projects/${enSlug}`)).status()).toBe(404)
    const oembed = await request.get(`/oembed?url=${encodeURIComponent(`${site}/tg/projects/${enSlug}`)}&format=json`)
    expect(oembed.status()).toBe(404)
    // The English feed of the same project exists.
    expect((await request.get(`/en/projects/${enSlug}/rss.xml`)).status()).toBe(200)
  })

  test('the widget and oEmbed take a slug in another language, or the id, and answer in the language asked for', async ({ request, site }) => {
    for (const locale of locales) {
      for (const other of locales) {
        for (const key of [project.slug[other] ?? '', project.id]) {
          const widget = await request.get(`/embed/${locale}/projects/${encodeURIComponent(key)}`)
          expect(widget.status(), `${locale} ${key}`).toBe(200)
          const html = await widget.text()
          expect(html).toContain(`<html lang="${locale}"`)
          expect(html).toContain(`>${escapeText(project.title[locale] ?? '')}</a></h1>`)
        }
        const oembed = await request.get(`/oembed?url=${encodeURIComponent(`${site}/${locale}/projects/${project.slug[other]}`)}&format=json`)
        expect(oembed.status()).toBe(200)
        const body = (await oembed.json()) as { title: string; html: string }
        expect(body.title).toBe(project.title[locale])
        expect(body.html).toContain(`src="${site}/embed/${locale}/projects/${project.slug[locale]}?maxheight=`)
      }
    }
    expect((await request.get('/embed/tg/projects/no-such-project')).status()).toBe(404)
  })

  test('a draft is in no feed, widget or JSON answer; publishing it reaches them within moments', async ({ request }) => {
    const headers = await staffHeaders(request)
    const stamp = Date.now()
    const title = { en: `Draft on Sughd irrigation ${stamp}`, ru: `Черновик об орошении в Согде ${stamp}`, tg: `Нусхаи обёрӣ дар Суғд ${stamp}` }
    const created = await request.post('/api/news?locale=en&draft=true', {
      headers,
      data: { title: title.en, summary: 'Draft.', publishedAt: new Date().toISOString(), project: project.id, regions: [region.id], _status: 'draft' },
    })
    expect(created.status()).toBe(201)
    const { doc } = (await created.json()) as { doc: { id: string } }
    for (const locale of locales.filter((code) => code !== defaultLocale)) {
      expect((await request.patch(`/api/news/${doc.id}?locale=${locale}&draft=true`, { headers, data: { title: title[locale], _status: 'draft' } })).status()).toBe(200)
    }
    const places = (locale: Locale) => [
      `/${locale}/news/rss.xml`,
      `/${locale}/news/atom.xml`,
      `/${locale}/news/feed.json`,
      `/${locale}/projects/${project.slug[locale]}/rss.xml`,
      `/${locale}/regions/${region.slug[locale]}/feed.json`,
      `/embed/${locale}/projects/${project.slug[locale]}`,
      `/embed/${locale}/regions/${region.slug[locale]}`,
      `/api/v1/${locale}/news`,
      `/api/v1/${locale}/news?project=${project.slug[locale]}`,
    ]
    try {
      for (const locale of locales) {
        for (const place of places(locale)) {
          const response = await request.get(place)
          expect(response.status(), place).toBe(200)
          expect(await response.text(), place).not.toContain(String(stamp))
        }
      }

      // Publish all three languages, as the admin's Publish button does.
      for (const locale of locales) {
        expect((await request.patch(`/api/news/${doc.id}?locale=${locale}`, { headers, data: { title: title[locale], _status: 'published' } })).status()).toBe(200)
      }
      // Stale-while-revalidate: the first answer after a publish may still be the previous one
      // (tests/e2e/publishing.e2e.spec.ts proves it); the new one follows within moments.
      for (const locale of locales) {
        await expect.poll(() => titlesOf(request, `/${locale}/projects/${project.slug[locale]}/rss.xml`), { timeout: 15_000 }).toContain(title[locale])
        await expect.poll(() => titlesOf(request, `/${locale}/news/feed.json`), { timeout: 15_000 }).toContain(title[locale])
        await expect.poll(async () => (await request.get(`/embed/${locale}/regions/${region.slug[locale]}`)).text(), { timeout: 15_000 }).toContain(title[locale])
      }
    } finally {
      await request.delete(`/api/news/${doc.id}`, { headers })
    }
    // Deleted: gone from every place (after at most one stale answer each), so later tests see it nowhere.
    for (const locale of locales) {
      for (const place of places(locale)) await expect.poll(async () => (await request.get(place)).text(), { timeout: 15_000 }).not.toContain(String(stamp))
    }
  })

  test('a partner page on another origin embeds the widget with the loader script, in every language', async ({ page, request, baseURL }) => {
    for (const locale of locales) {
      for (const [attribute, kind, doc] of [['data-project', 'projects', project], ['data-region', 'regions', region]] as const) {
        const slug = doc.slug[locale] ?? ''
        // What the widget should list: the latest three items of that language, per the public API.
        const filter = kind === 'projects' ? 'project' : 'region'
        const expected = ((await (await request.get(`/api/v1/${locale}/news?${filter}=${slug}&limit=3`)).json()) as { docs: { url: string }[] }).docs
        expect(expected.length).toBeGreaterThan(0)
        const partner = await partnerSite(`<script src="${baseURL}/embed.js" ${attribute}="${slug}" data-locale="${locale}" data-limit="3" async></script>`)
        try {
          await page.goto(partner.url)
          const iframe = page.locator('#slot iframe')
          await expect(iframe).toHaveAttribute('src', `${baseURL}/embed/${locale}/${kind}/${slug}?limit=3`)
          const widget = page.frameLocator('#slot iframe')
          await expect(widget.locator('html')).toHaveAttribute('lang', locale)
          const name = doc.title[locale]
          await expect(widget.getByRole('heading', { level: 1 })).toHaveText(name ?? '')
          const links = widget.locator('li h2 a')
          await expect(links).toHaveCount(expected.length)
          expect(await links.evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href))).toEqual(expected.map((item) => item.url))
          // Links open our site in a new tab, not inside the partner's frame.
          await expect(widget.locator('base')).toHaveAttribute('target', '_blank')
          // The iframe is as tall as the widget's content (the loader listens to its height messages).
          await expect
            .poll(async () => {
              const frameHeight = await iframe.evaluate((element) => element.getBoundingClientRect().height)
              const contentHeight = await widget.locator('html').evaluate((element) => element.getBoundingClientRect().height)
              return Math.abs(frameHeight - contentHeight) <= 1 && contentHeight > 100
            })
            .toBe(true)
          // The frame is named after the widget (its accessible name), and the partner's page goes on below it.
          await expect(iframe).toHaveAttribute('title', new RegExp(name ?? ''))
          await expect(page.locator('#after')).toBeVisible()
        } finally {
          await partner.close()
        }
      }
    }
  })

  test('the widget follows options and rejects bad ones with a 400; only widgets may be framed', async ({ request, page, baseURL }) => {
    const path = `/embed/ru/regions/${region.slug.ru}`
    const dark = await request.get(`${path}?theme=dark&limit=2`)
    expect(dark.status()).toBe(200)
    const html = await dark.text()
    expect(html).toContain('data-theme="dark"')
    expect(html.match(/<li>/g)).toHaveLength(2)
    expect(dark.headers()['x-frame-options']).toBeUndefined()
    expect(dark.headers()['content-security-policy']).toContain('frame-ancestors *')
    for (const bad of ['?limit=0', '?limit=21', '?limit=five', '?theme=blue']) {
      const response = await request.get(`${path}${bad}`)
      expect(response.status(), bad).toBe(400)
      expect(await response.text(), bad).toMatch(/limit|theme/)
    }
    expect((await request.get('/embed/de/regions/x')).status()).toBe(404)
    expect((await request.get(`/embed/ru/regions/no-such-region`)).status()).toBe(404)
    // Every other page refuses to be framed.
    for (const locale of locales) {
      const response = await request.get(`/${locale}/projects/${project.slug[locale]}`)
      expect(response.headers()['x-frame-options']).toBe('SAMEORIGIN')
      expect(response.headers()['content-security-policy']).toContain("frame-ancestors 'self'")
    }
    // A partner framing a normal page gets Chromium's "refused to connect", not our page; the widget renders.
    const partner = await partnerSite(
      `<iframe id="page" src="${baseURL}/en" title="framed page"></iframe><iframe id="widget" src="${baseURL}${path}" title="widget"></iframe>`,
    )
    try {
      await page.goto(partner.url)
      await expect(page.frameLocator('#widget').locator('li h2 a').first()).toBeVisible()
      await expect(page.frameLocator('#page').locator('a[href="/en/projects"]')).toHaveCount(0)
    } finally {
      await partner.close()
    }
  })

  test('oEmbed answers valid rich JSON within maxwidth/maxheight, found by discovery, in every language', async ({ request, site }) => {
    for (const locale of locales) {
      for (const [kind, doc] of [['projects', project], ['regions', region]] as const) {
        const pagePath = `/${locale}/${kind}/${doc.slug[locale]}`
        const page = await (await request.get(pagePath)).text()
        const discovery = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(page)
        expect(discovery, pagePath).not.toBeNull()
        const discovered = new URL((discovery?.[1] ?? '').replaceAll('&amp;', '&'))
        expect(discovered.searchParams.get('url')).toBe(`${site}${pagePath}`)
        discovered.searchParams.set('maxwidth', '320')
        discovered.searchParams.set('maxheight', '300')
        const response = await request.get(`${discovered.pathname}${discovered.search}`)
        expect(response.status()).toBe(200)
        expect(response.headers()['content-type']).toContain('application/json')
        const body = (await response.json()) as Record<string, unknown>
        expect(body).toMatchObject({ version: '1.0', type: 'rich', width: 320, height: 300, title: doc.title[locale] })
        // The widget fits its items into the answered height; WordPress's fallback link comes first.
        expect(String(body.html)).toContain(`src="${site}/embed/${locale}/${kind}/${doc.slug[locale]}?maxheight=300"`)
        expect(String(body.html)).toContain(`<blockquote class="wp-embedded-content" style="display:none"><a href="${site}${pagePath}">`)
        expect(body.provider_url).toBe(site)
        // Feed autodiscovery on the same page.
        for (const [format, type] of Object.entries(feedTypes)) {
          expect(page, `${pagePath} ${format}`).toContain(`type="${type}" href="${site}${pagePath}/${feedFiles[format as keyof typeof feedFiles]}"`)
        }
      }
      const newsList = await (await request.get(`/${locale}/news`)).text()
      expect(newsList).toContain(`type="application/rss+xml" href="${site}/${locale}/news/rss.xml"`)
    }
    const pageUrl = encodeURIComponent(`${site}/en/projects/${project.slug.en}`)
    expect((await request.get(`/oembed?url=${pageUrl}&format=xml`)).status()).toBe(501)
    expect((await request.get('/oembed?format=json')).status()).toBe(400)
    expect((await request.get(`/oembed?url=${pageUrl}&maxwidth=wide`)).status()).toBe(400)
    expect((await request.get(`/oembed?url=${encodeURIComponent('https://example.org/en/projects/x')}`)).status()).toBe(404)
    expect((await request.get(`/oembed?url=${encodeURIComponent(`${site}/en/news`)}`)).status()).toBe(404)
  })

  test('the public JSON API is CORS-open for GET without credentials, in every language', async ({ request, page, baseURL, site }) => {
    for (const locale of locales) {
      const list = await request.get(`/api/v1/${locale}/news?limit=5`, { headers: { Origin: 'https://partner.example' } })
      expect(list.status()).toBe(200)
      expect(list.headers()['access-control-allow-origin']).toBe('*')
      expect(list.headers()['access-control-allow-credentials']).toBeUndefined()
      const body = (await list.json()) as { docs: { slug: string; url: string; title: string; language: string }[]; totalDocs: number }
      expect(body.docs).toHaveLength(5)
      expect(body.docs.every((doc) => doc.language === locale && doc.url.startsWith(`${site}/${locale}/news/`))).toBe(true)
      const item = await request.get(`/api/v1/${locale}/news/${body.docs[0].slug}`)
      expect(item.status()).toBe(200)
      const full = (await item.json()) as Record<string, unknown>
      expect(full.title).toBe(body.docs[0].title)
      expect(typeof full.html).toBe('string')
      for (const secret of ['_status', 'createdBy', 'email', 'password', 'hash', 'salt']) expect(JSON.stringify(full)).not.toContain(`"${secret}"`)
      for (const collection of ['projects', 'regions'] as const) {
        const response = await request.get(`/api/v1/${locale}/${collection}`)
        expect(response.status()).toBe(200)
        expect(((await response.json()) as { docs: unknown[] }).docs.length).toBeGreaterThan(0)
      }
      const filtered = (await (await request.get(`/api/v1/${locale}/news?region=${region.slug[locale]}`)).json()) as { docs: { regions: { slug: string }[] }[] }
      expect(filtered.docs.length).toBeGreaterThan(0)
      expect(filtered.docs.every((doc) => doc.regions.some((link) => link.slug === region.slug[locale]))).toBe(true)
    }
    const preflight = await request.fetch('/api/v1/en/news', { method: 'OPTIONS', headers: { Origin: 'https://partner.example', 'Access-Control-Request-Method': 'GET' } })
    expect(preflight.status()).toBe(204)
    expect(preflight.headers()['access-control-allow-methods']).toBe('GET, HEAD, OPTIONS')
    expect((await request.post('/api/v1/en/news', { data: {} })).status()).toBe(405)
    for (const bad of ['/api/v1/en/news?limit=500', '/api/v1/en/news?page=-1', '/api/v1/en/news?limit=x', '/api/v1/tg/news?page=9999', '/api/v1/ru/regions?page=50']) {
      const response = await request.get(bad)
      expect(response.status(), bad).toBe(400)
      expect(((await response.json()) as { error: string }).error).toMatch(/limit|page/)
    }
    expect((await request.get('/api/v1/en/users')).status()).toBe(404)
    expect((await request.get('/api/v1/en/news?project=no-such-project')).status()).toBe(404)

    // From a browser on another origin: the public API is readable, Payload's own REST API is not.
    const partner = await partnerSite('<p>API client</p>')
    try {
      await page.goto(partner.url)
      const result = await page.evaluate(async (base) => {
        const open = await fetch(`${base}/api/v1/ru/projects`).then((response) => response.json() as Promise<{ docs: unknown[] }>)
        const closed = await fetch(`${base}/api/news`).then(
          () => 'readable',
          () => 'blocked',
        )
        return { projects: open.docs.length, payloadRest: closed }
      }, baseURL)
      expect(result.projects).toBeGreaterThan(0)
      expect(result.payloadRest).toBe('blocked')
    } finally {
      await partner.close()
    }
  })
})
