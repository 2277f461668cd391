import { readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'
import { validateXML } from 'xmllint-wasm'

import { loadSitemapFile, loadSitemapFiles, NEWS_PER_FILE } from '@/data/sitemap'
import { SITEMAP_LIMIT, sitemapIndexXml, sitemapUrls, urlsetXml } from '@/feeds/sitemap'
import { locales } from '@/i18n/locales'
import { routes } from '@/lib/routes'

import { context, databaseKind, payloadSuite, unique } from '../helpers/payload'

const SITE = 'https://asti.example'
const schema = readFileSync(path.resolve('tests/fixtures/sitemap.xsd'), 'utf8')

async function valid(xml: string) {
  return validateXML({ xml: [{ fileName: 'sitemap.xml', contents: xml }], schema: [{ fileName: 'sitemap.xsd', contents: schema }], maxMemoryPages: 32_768 })
}

describe('sitemap serialisation', () => {
  it('lists a page once per language, each with every language version and x-default', async () => {
    const urls = sitemapUrls([{ paths: { en: '/en/news/water', tg: '/tg/news/ob' }, lastModified: '2026-11-20T09:00:00.000Z' }], SITE)
    expect(urls.map((url) => url.loc)).toEqual([`${SITE}/en/news/water`, `${SITE}/tg/news/ob`])
    expect(urls[1].alternates).toEqual([
      { hreflang: 'en', href: `${SITE}/en/news/water` },
      { hreflang: 'tg', href: `${SITE}/tg/news/ob` },
      { hreflang: 'x-default', href: `${SITE}/en/news/water` },
    ])
    const xml = urlsetXml(urls)
    expect((await valid(xml)).valid).toBe(true)
    expect(xml).toContain('<xhtml:link rel="alternate" hreflang="tg" href="https://asti.example/tg/news/ob"/>')
  })

  it('keeps a full month of news under 50,000 URLs, in a file a valid sitemap index names', async () => {
    const pages = Array.from({ length: NEWS_PER_FILE }, (_, index) => ({ paths: { en: `/en/news/n${index}`, ru: `/ru/news/n${index}`, tg: `/tg/news/n${index}` }, lastModified: null }))
    const urls = sitemapUrls(pages, SITE)
    expect(urls.length).toBe(NEWS_PER_FILE * 3)
    expect(urls.length).toBeLessThanOrEqual(SITEMAP_LIMIT)
    expect((await valid(urlsetXml(urls))).valid).toBe(true)
    const index = sitemapIndexXml(['pages', 'news-2026-11'].map((name) => ({ loc: `${SITE}${routes.sitemapFile(name)}`, lastModified: null })))
    expect(index).toContain(`<loc>${SITE}/sitemaps/news-2026-11.xml</loc>`)
    expect((await valid(index)).valid).toBe(true)
    // A file of 50,001 URLs breaks the protocol; the schema says so (the check can fail).
    const tooLong = urlsetXml([...urls, ...urls.slice(0, SITEMAP_LIMIT + 1 - urls.length)])
    expect((await valid(tooLong)).valid).toBe(false)
  })
})

describe(`sitemap pages from the database (${databaseKind})`, () => {
  const suite = payloadSuite()

  it('lists a document only in the languages it is written and published in', async () => {
    const written = suite.docs.add(
      'news',
      await suite.payload.create({ collection: 'news', locale: 'en', context, data: { title: unique('Sitemap item'), publishedAt: '2026-11-20T09:00:00.000Z', _status: 'published' } }),
    )
    await suite.payload.update({ collection: 'news', id: written.id, locale: 'tg', context, data: { title: unique('Хабари харитаи сомона'), _status: 'published' } })
    const draft = suite.docs.add(
      'news',
      await suite.payload.create({ collection: 'news', locale: 'en', context, draft: true, data: { title: unique('Sitemap draft'), publishedAt: '2026-11-20T09:00:00.000Z', _status: 'draft' } }),
    )
    const all = await suite.payload.findByID({ collection: 'news', id: written.id, locale: 'all', depth: 0 })
    const slugs = all.slug as unknown as Record<string, string>
    const files = await loadSitemapFiles()
    expect(files).toContain('news-2026-11')
    // Newest month first, each once.
    expect(files.slice(1)).toEqual([...new Set(files.slice(1))].sort().reverse())
    const pages = (await loadSitemapFile('news-2026-11')) ?? []
    const page = pages.find((candidate) => candidate.paths.en === `/en/news/${slugs.en}`)
    expect(page?.paths).toEqual({ en: `/en/news/${slugs.en}`, tg: `/tg/news/${slugs.tg}` })
    expect(page?.lastModified).toBe(all.updatedAt)
    expect(JSON.stringify(pages)).not.toContain(String(draft.slug))

    // The file is read from the listing index: a new Tajik slug replaces the old one, and a
    // withdrawn language leaves it.
    const renamed = await suite.payload.update({ collection: 'news', id: written.id, locale: 'tg', context, data: { slug: unique('ҳисоботи-нав') } })
    const afterRename = ((await loadSitemapFile('news-2026-11')) ?? []).find((candidate) => candidate.paths.en === `/en/news/${slugs.en}`)
    expect(afterRename?.paths.tg).toBe(`/tg/news/${renamed.slug}`)
    expect(afterRename?.lastModified).toBe(renamed.updatedAt)
    await suite.payload.update({ collection: 'news', id: written.id, locale: 'tg', context, data: { _status: 'draft' } })
    const afterWithdrawal = ((await loadSitemapFile('news-2026-11')) ?? []).find((candidate) => candidate.paths.en === `/en/news/${slugs.en}`)
    expect(afterWithdrawal?.paths).toEqual({ en: `/en/news/${slugs.en}` })
    const fixed = (await loadSitemapFile('pages')) ?? []
    for (const locale of locales) expect(fixed.some((candidate) => candidate.paths[locale] === `/${locale}/contacts`)).toBe(true)
    // A month without news, or a name that is no file, is no file (a 404), not an empty sitemap.
    // An item of another month of the year is in that month's file only.
    const march = suite.docs.add(
      'news',
      await suite.payload.create({ collection: 'news', locale: 'en', context, data: { title: unique('Sitemap March'), publishedAt: '2026-03-31T23:30:00.000Z', _status: 'published' } }),
    )
    // Midnight (UTC) on the first of a month belongs to that month.
    const april = suite.docs.add(
      'news',
      await suite.payload.create({ collection: 'news', locale: 'en', context, data: { title: unique('Sitemap April'), publishedAt: '2026-04-01T00:00:00.000Z', _status: 'published' } }),
    )
    expect(await loadSitemapFiles()).toEqual(expect.arrayContaining(['news-2026-11', 'news-2026-04', 'news-2026-03']))
    const [inMarch, inApril] = [JSON.stringify(await loadSitemapFile('news-2026-03')), JSON.stringify(await loadSitemapFile('news-2026-04'))]
    expect(inMarch).toContain(`/en/news/${march.slug}`)
    expect(inMarch).not.toContain(`/en/news/${april.slug}`)
    expect(inApril).toContain(`/en/news/${april.slug}`)
    expect(inApril).not.toContain(`/en/news/${march.slug}`)
    expect(JSON.stringify(await loadSitemapFile('news-2026-11'))).not.toContain(`/en/news/${march.slug}`)
    // A date sent in another form (the REST API accepts `2026-05-01`) is in its month's file too:
    // Payload stores dates in one form, which the index's text comparisons rely on.
    const may = suite.docs.add(
      'news',
      await suite.payload.create({ collection: 'news', locale: 'en', context, data: { title: unique('Sitemap May'), publishedAt: '2026-05-01', _status: 'published' } }),
    )
    expect(await loadSitemapFiles()).toContain('news-2026-05')
    expect(JSON.stringify(await loadSitemapFile('news-2026-05'))).toContain(`/en/news/${may.slug}`)
    expect(await loadSitemapFile('news-1901-01')).toBeNull()
    expect(await loadSitemapFile('news-2026-13')).toBeNull()
    expect(await loadSitemapFile('news-2026')).toBeNull()
    expect(await loadSitemapFile('../etc')).toBeNull()
  })
})
