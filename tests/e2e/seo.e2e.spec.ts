import { readFileSync } from 'node:fs'
import path from 'node:path'

import { expect, type APIRequestContext } from '@playwright/test'
import { XMLParser } from 'fast-xml-parser'
import { validateXML } from 'xmllint-wasm'

import { fullyTranslated, localeInfo, locales, publishedDocs, staffHeaders, test, type Locale } from '../helpers/e2e'

/*
 * What search engines and link previews read, in every language: the sitemap (against the
 * Sitemaps 0.9 schema), hreflang alternates that agree with it and point back at each other,
 * canonical URLs, Open Graph / Twitter tags, robots.txt and JSON-LD.
 */

const schema = readFileSync(path.resolve('tests/fixtures/sitemap.xsd'), 'utf8')
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['url', 'xhtml:link', 'sitemap'].includes(name) })

interface SitemapUrl {
  loc: string
  lastmod?: string
  'xhtml:link': { rel: string; hreflang: string; href: string }[]
}

/** The `<link rel="alternate" hreflang>` and canonical of a page, from its HTML head. */
function headLinks(html: string) {
  const head = html.slice(0, html.indexOf('</head>'))
  const hreflang = new Map<string, string>()
  for (const match of head.matchAll(/<link rel="alternate" hrefLang="([^"]+)" href="([^"]+)"\/?>/gi)) hreflang.set(match[1], match[2])
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(head)?.[1]
  const meta = (property: string) => [...head.matchAll(new RegExp(`<meta (?:property|name)="${property}" content="([^"]*)"`, 'g'))].map((m) => m[1])
  return { hreflang, canonical, meta }
}

/**
 * The hreflang alternates a page's `Link` response headers declare (RFC 8288), absolute URLs keyed
 * by language; search engines read these as well as the HTML head.
 */
function headerLinks(headers: { name: string; value: string }[], base: string) {
  const hreflang = new Map<string, string>()
  for (const { name, value } of headers) {
    if (name.toLowerCase() !== 'link') continue
    for (const link of value.split(/,(?=\s*<)/)) {
      const href = /<([^>]+)>/.exec(link)?.[1]
      const lang = /hreflang="?([^";]+)"?/i.exec(link)?.[1]
      if (href && lang) hreflang.set(lang, new URL(href, base).href)
    }
  }
  return hreflang
}

function jsonLd(html: string): Record<string, unknown>[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((match) => JSON.parse(match[1]) as Record<string, unknown>)
}

/** Fetches one sitemap document and checks it against the protocol's schema. */
async function sitemapXml(request: APIRequestContext, path: string): Promise<unknown> {
  const response = await request.get(path)
  expect(response.status()).toBe(200)
  expect(response.headers()['content-type']).toContain('application/xml')
  const body = await response.text()
  const result = await validateXML({ xml: [{ fileName: 'sitemap.xml', contents: body }], schema: [{ fileName: 'sitemap.xsd', contents: schema }] })
  expect(result.errors, JSON.stringify(result.errors.slice(0, 3))).toEqual([])
  expect(result.valid).toBe(true)
  return xml.parse(body)
}

/** Every URL of the sitemap: the index, then each file it names (pages, news per month). */
async function sitemap(request: APIRequestContext): Promise<SitemapUrl[]> {
  const index = (await sitemapXml(request, '/sitemap.xml')) as { sitemapindex: { sitemap: { loc: string }[] } }
  const files = index.sitemapindex.sitemap.map((entry) => new URL(entry.loc).pathname)
  expect(files[0]).toBe('/sitemaps/pages.xml')
  expect(files.slice(1).every((file) => /^\/sitemaps\/news-\d{4}-\d{2}\.xml$/.test(file))).toBe(true)
  const urls: SitemapUrl[] = []
  for (const file of files) urls.push(...((await sitemapXml(request, file)) as { urlset: { url: SitemapUrl[] } }).urlset.url)
  return urls
}

test.describe('search engines and link previews', () => {
  test('the sitemap is valid, lists every published page per language, and its hreflang agrees with every page', async ({ request, site }) => {
    test.setTimeout(180_000)
    const urls = await sitemap(request)
    const locs = new Set(urls.map((url) => url.loc))

    // Every published document appears in exactly the languages it is written in.
    for (const collection of ['news', 'projects', 'regions'] as const) {
      for (const doc of await publishedDocs(request, collection)) {
        for (const locale of locales) {
          const url = `${site}/${locale}/${collection}/${doc.slug[locale] ?? doc.slug.en}`
          expect(locs.has(url), url).toBe(Boolean(doc.title[locale] && doc.slug[locale]))
        }
      }
    }
    for (const locale of locales) for (const page of ['', '/news', '/projects', '/regions', '/contacts']) expect(locs.has(`${site}/${locale}${page}`)).toBe(true)

    // Each page declares exactly the sitemap's alternates, its own URL as canonical, and reciprocity holds.
    const declared = new Map<string, Map<string, string>>()
    for (const url of urls) {
      const response = await request.get(new URL(url.loc).pathname)
      expect(response.status(), url.loc).toBe(200)
      const { hreflang, canonical } = headLinks(await response.text())
      // Headers say nothing the head does not: a `Link` hreflang must agree, and a public page sets
      // no cookie (it is one shared, cacheable answer for every reader).
      const headers = response.headersArray()
      for (const [lang, href] of headerLinks(headers, url.loc)) expect(href, `${url.loc}: Link header, ${lang}`).toBe(hreflang.get(lang))
      expect(headers.filter((header) => header.name.toLowerCase() === 'set-cookie'), url.loc).toEqual([])
      expect(canonical, url.loc).toBe(url.loc)
      const expected = new Map(url['xhtml:link'].map((link) => [link.hreflang, link.href]))
      expect(Object.fromEntries(hreflang), url.loc).toEqual(Object.fromEntries(expected))
      expect(hreflang.get('x-default'), url.loc).toBeTruthy()
      declared.set(url.loc, hreflang)
    }
    for (const [loc, alternates] of declared) {
      for (const [lang, href] of alternates) {
        if (lang === 'x-default') continue
        expect(declared.get(href)?.get(lang), `${loc} -> ${href}`).toBe(href)
        expect([...(declared.get(href)?.values() ?? [])], `${href} links back to ${loc}`).toContain(loc)
      }
    }
  })

  test('a fallback page is no alternate: canonical to the English page, no hreflang, not in the sitemap', async ({ request, site }) => {
    const news = await publishedDocs(request, 'news')
    const untranslated = news.find((doc) => !doc.title.tg)
    if (!untranslated) throw new Error('the seed has no news item without Tajik')
    const response = await request.get(`/tg/news/${untranslated.slug.en}`)
    expect(response.status()).toBe(200)
    const { hreflang, canonical, meta } = headLinks(await response.text())
    expect(canonical).toBe(`${site}/en/news/${untranslated.slug.en}`)
    expect(hreflang.size).toBe(0)
    expect(meta('og:locale')).toEqual(['en_US'])
    const english = headLinks(await (await request.get(`/en/news/${untranslated.slug.en}`)).text())
    expect(english.hreflang.has('tg')).toBe(false)
    expect((await sitemap(request)).some((url) => url.loc === `${site}/tg/news/${untranslated.slug.en}`)).toBe(false)
  })

  test('Open Graph and Twitter cards per language, with a reachable share image', async ({ request, site }) => {
    const item = fullyTranslated(await publishedDocs(request, 'news'))
    const ogLocale = (locale: Locale) => localeInfo[locale].ogLocale
    // Open Graph wants language_TERRITORY, e.g. tg_TJ.
    for (const locale of locales) expect(ogLocale(locale)).toMatch(/^[a-z]{2,3}_[A-Z]{2}$/)
    for (const locale of locales) {
      for (const pagePath of [`/${locale}`, `/${locale}/news/${item.slug[locale]}`]) {
        const html = await (await request.get(pagePath)).text()
        const { meta } = headLinks(html)
        expect(meta('og:locale'), pagePath).toEqual([ogLocale(locale)])
        expect(meta('og:locale:alternate').sort(), pagePath).toEqual(locales.filter((other) => other !== locale).map((other) => ogLocale(other)).sort())
        expect(meta('og:url'), pagePath).toEqual([`${site}${pagePath}`])
        expect(meta('og:title')[0], pagePath).toBeTruthy()
        expect(meta('twitter:card'), pagePath).toEqual(['summary_large_image'])
        const [image] = meta('og:image')
        expect(new URL(image).origin, pagePath).toBe(site)
        const imageResponse = await request.get(new URL(image).pathname)
        expect(imageResponse.status(), image).toBe(200)
        expect(imageResponse.headers()['content-type'], image).toMatch(/^image\//)
      }
      const article = headLinks(await (await request.get(`/${locale}/news/${item.slug[locale]}`)).text())
      expect(article.meta('og:type')).toEqual(['article'])
      expect(article.meta('article:published_time')[0]).toMatch(/^\d{4}-\d\d-\d\dT/)
    }
  })

  test('JSON-LD: Organization on the home page, NewsArticle and breadcrumbs on documents, in every language', async ({ request, site }) => {
    const item = fullyTranslated(await publishedDocs(request, 'news'))
    const project = fullyTranslated(await publishedDocs(request, 'projects'))
    for (const locale of locales) {
      const home = jsonLd(await (await request.get(`/${locale}`)).text())
      const organization = home.find((thing) => thing['@type'] === 'Organization')
      expect(organization).toMatchObject({ '@context': 'https://schema.org', url: `${site}/${locale}` })
      expect(typeof organization?.name).toBe('string')

      const html = await (await request.get(`/${locale}/news/${item.slug[locale]}`)).text()
      const things = jsonLd(html)
      const article = things.find((thing) => thing['@type'] === 'NewsArticle')
      expect(article).toMatchObject({ '@context': 'https://schema.org', headline: item.title[locale], inLanguage: locale, url: `${site}/${locale}/news/${item.slug[locale]}` })
      expect(Date.parse(String(article?.datePublished))).toBeGreaterThan(0)
      expect(new URL((article?.image as string[])[0]).origin).toBe(site)
      expect((article?.author as { name: string }).name).toBeTruthy()
      expect((article?.publisher as { '@type': string })['@type']).toBe('Organization')
      const crumbs = things.find((thing) => thing['@type'] === 'BreadcrumbList') as { itemListElement: { position: number; item: string }[] }
      expect(crumbs.itemListElement.map((crumb) => crumb.item)).toEqual([`${site}/${locale}`, `${site}/${locale}/news`, `${site}/${locale}/news/${item.slug[locale]}`])
      expect(crumbs.itemListElement.map((crumb) => crumb.position)).toEqual([1, 2, 3])

      const projectLd = jsonLd(await (await request.get(`/${locale}/projects/${project.slug[locale]}`)).text())
      expect(projectLd.some((thing) => thing['@type'] === 'BreadcrumbList')).toBe(true)
    }
  })

  test('robots.txt keeps crawlers out of the admin and the APIs and names the sitemap', async ({ request, site }) => {
    const response = await request.get('/robots.txt')
    expect(response.status()).toBe(200)
    const text = await response.text()
    expect(text).toContain('Disallow: /admin')
    expect(text).toContain('Disallow: /api/')
    expect(text).toContain(`Sitemap: ${site}/sitemap.xml`)
  })

  test("staff's search-engine title, description and share image replace the defaults in their language only", async ({ request, site }) => {
    const headers = await staffHeaders(request)
    const doc = fullyTranslated(await publishedDocs(request, 'projects'))
    const media = (await (await request.get('/api/media?limit=1&where[mimeType][like]=image', { headers })).json()) as { docs: { id: string }[] }
    const meta = { title: 'Water users of the valley meet', description: 'A short description written for search engines and shared links.', image: media.docs[0]?.id }
    expect(meta.image, 'the seed has an image').toBeTruthy()
    const save = (data: unknown) => request.patch(`/api/projects/${doc.id}?locale=ru`, { headers, data })
    const head = async (locale: Locale) => headLinks(await (await request.get(`/${locale}/projects/${doc.slug[locale]}`)).text())
    try {
      expect((await save({ meta, _status: 'published' })).status()).toBe(200)
      await expect.poll(async () => (await head('ru')).meta('og:title')[0]).toBe(meta.title)
      const ru = await head('ru')
      expect(ru.meta('description')).toEqual([meta.description])
      expect(ru.meta('og:description')).toEqual([meta.description])
      expect(ru.meta('og:image')[0]).toMatch(new RegExp(`^${site}/`))
      // Other languages keep their own title and summary.
      const en = await head('en')
      expect(en.meta('og:title')[0]).toBe(doc.title.en)
      expect(en.meta('description')).not.toContain(meta.description)
    } finally {
      expect((await save({ meta: { title: null, description: null, image: null }, _status: 'published' })).status()).toBe(200)
    }
  })
})
