import { describe, expect, it } from 'vitest'

import { getNewsBySlug, getNewsPage } from '@/data/news'
import { getProjectBySlug } from '@/data/projects'
import { getRegionBySlug } from '@/data/regions'
import { defaultLocale, locales, type Locale } from '@/i18n/locales'

import { context, databaseKind, payloadSuite, unique } from '../helpers/payload'

describe(`public data layer (${databaseKind})`, () => {
  const suite = payloadSuite()

  async function publishedNews(titles: { en: string } & Partial<Record<Locale, string>>, status: 'published' | 'draft' = 'published') {
    const doc = suite.docs.add(
      'news',
      await suite.payload.create({ collection: 'news', locale: 'en', context, data: { title: titles.en, summary: `${titles.en} summary`, publishedAt: '2026-11-20T09:00:00.000Z', _status: status } }),
    )
    for (const locale of locales.filter((code) => code !== defaultLocale)) {
      const title = titles[locale]
      if (title) await suite.payload.update({ collection: 'news', id: doc.id, locale, context, data: { title, summary: `${title} summary`, _status: status } })
    }
    return suite.payload.findByID({ collection: 'news', id: doc.id, locale: 'all', depth: 0, draft: status === 'draft' })
  }

  /** Every id the public news list shows in a language, page by page. */
  async function listedIds(locale: Locale): Promise<string[]> {
    const ids: string[] = []
    for (let page = 1, pages = 1; page <= pages; page += 1) {
      const result = await getNewsPage(locale, page, 100)
      pages = result.totalPages
      ids.push(...result.items.map((item) => String(item.id)))
    }
    return ids
  }

  it('shows an untranslated item in Tajik as English fallback, with its languages listed', async () => {
    const doc = await publishedNews({ en: unique('Only English and Russian'), ru: unique('Только по-английски и по-русски') })
    const slugs = doc.slug as unknown as Record<string, string>
    const result = await getNewsBySlug('tg', slugs.en)
    expect(result && 'found' in result).toBe(true)
    if (!result || !('found' in result)) return
    expect(result.found.translated).toBe(false)
    expect(result.found.lang).toBe('en')
    expect(result.found.title).toBe((doc.title as unknown as Record<string, string>).en)
    expect(result.found.paths).toEqual({ en: `/en/news/${slugs.en}`, ru: `/ru/news/${slugs.ru}` })
    expect(result.found.path).toBe(`/tg/news/${slugs.en}`)
    expect(result.found.alternates).toEqual({ en: `/en/news/${slugs.en}`, ru: `/ru/news/${slugs.ru}`, tg: '/tg/news' })
  })

  it('redirects the English slug to the translated slug in a translated language', async () => {
    const doc = await publishedNews({ en: unique('Redirect me'), ru: unique('Перенаправь меня'), tg: unique('Маро равона кун') })
    const slugs = doc.slug as unknown as Record<string, string>
    expect(await getNewsBySlug('ru', slugs.en)).toEqual({ redirectTo: `/ru/news/${slugs.ru}` })
    const tg = await getNewsBySlug('tg', slugs.tg)
    expect(tg && 'found' in tg && tg.found.translated).toBe(true)
    expect(tg && 'found' in tg && tg.found.lang).toBe('tg')
  })

  it('never returns drafts, by slug or in lists, in any language', async () => {
    const draft = await publishedNews({ en: unique('Secret draft'), ru: unique('Секретный черновик') }, 'draft')
    const slugs = draft.slug as unknown as Record<string, string>
    expect(await getNewsBySlug('en', slugs.en)).toBeNull()
    expect(await getNewsBySlug('ru', slugs.ru)).toBeNull()
    expect(await getNewsBySlug('tg', slugs.en)).toBeNull()
    for (const locale of locales) expect(await listedIds(locale)).not.toContain(String(draft.id))
  })

  it('keeps showing the published text while a newer draft is being written', async () => {
    const title = unique('Published headline')
    const doc = await publishedNews({ en: title })
    const slug = (doc.slug as unknown as Record<string, string>).en
    await suite.payload.update({ collection: 'news', id: doc.id, locale: 'en', draft: true, context, data: { title: 'Unreviewed draft headline', _status: 'draft' } })
    const result = await getNewsBySlug('en', slug)
    expect(result && 'found' in result && result.found.title).toBe(title)
  })

  it('returns null for unknown slugs in every collection', async () => {
    for (const locale of locales) {
      expect(await getNewsBySlug(locale, 'no-such-news-item')).toBeNull()
      expect(await getProjectBySlug(locale, 'no-such-project')).toBeNull()
      expect(await getRegionBySlug(locale, 'no-such-region')).toBeNull()
    }
  })

  it('pages news newest first', async () => {
    const older = suite.docs.add('news', await suite.payload.create({ collection: 'news', locale: 'en', context, data: { title: unique('Older'), publishedAt: '2001-01-01T00:00:00.000Z', _status: 'published' } }))
    const newer = suite.docs.add('news', await suite.payload.create({ collection: 'news', locale: 'en', context, data: { title: unique('Newer'), publishedAt: '2099-01-01T00:00:00.000Z', _status: 'published' } }))
    // Other files may have left news in the database: look at both ends of the whole list.
    const first = await getNewsPage('en', 1, 100)
    expect(first.items[0]?.id).toBe(newer.id)
    const last = await getNewsPage('en', first.totalPages, 100)
    expect(last.items.at(-1)?.id).toBe(older.id)
    for (const page of [first, last]) {
      const dates = page.items.map((item) => String(item.publishedAt))
      expect(dates).toEqual([...dates].sort().reverse())
    }
  })
})
