import { readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'
import { validateXML } from 'xmllint-wasm'

import { loadSitemapPages } from '@/data/sitemap'
import { chunkUrls, SITEMAP_LIMIT, sitemapIndexXml, sitemapUrls, urlsetXml } from '@/feeds/sitemap'
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

  it('splits past 50,000 URLs into numbered files behind a valid sitemap index', async () => {
    const pages = Array.from({ length: 16_700 }, (_, index) => ({ paths: { en: `/en/news/n${index}`, ru: `/ru/news/n${index}`, tg: `/tg/news/n${index}` }, lastModified: null }))
    const urls = sitemapUrls(pages, SITE)
    expect(urls.length).toBe(50_100)
    const chunks = chunkUrls(urls)
    expect(chunks.map((chunk) => chunk.length)).toEqual([SITEMAP_LIMIT, 100])
    const index = sitemapIndexXml(chunks.map((_, n) => ({ loc: `${SITE}${routes.sitemapFile(n + 1)}`, lastModified: '2026-11-20T09:00:00.000Z' })))
    expect(index).toContain(`<loc>${SITE}/sitemaps/2.xml</loc>`)
    expect((await valid(index)).valid).toBe(true)
    // A file of 50,001 URLs breaks the protocol; the schema says so (the check can fail).
    const tooLong = urlsetXml([...chunks[0], chunks[1][0]])
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
    const pages = await loadSitemapPages()
    const page = pages.find((candidate) => candidate.paths.en === `/en/news/${slugs.en}`)
    expect(page?.paths).toEqual({ en: `/en/news/${slugs.en}`, tg: `/tg/news/${slugs.tg}` })
    expect(JSON.stringify(pages)).not.toContain(String(draft.slug))
    for (const locale of locales) expect(pages.some((candidate) => candidate.paths[locale] === `/${locale}/contacts`)).toBe(true)
  })
})
