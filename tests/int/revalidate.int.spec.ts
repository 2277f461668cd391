import { existsSync } from 'node:fs'

import { beforeEach, describe, expect, it, vi } from 'vitest'

import { routePatterns } from '@/lib/routes'

import { context, databaseKind, payloadSuite, unique } from '../helpers/payload'

// Record what the Payload hooks ask Next to revalidate (there is no Next server here).
const revalidatePath = vi.hoisted(() => vi.fn())
const revalidateTag = vi.hoisted(() => vi.fn())
vi.mock('next/cache', () => ({ revalidatePath, revalidateTag, unstable_cache: <T>(fn: T) => fn }))

describe(`on-demand revalidation from Payload hooks (${databaseKind})`, () => {
  const suite = payloadSuite()
  beforeEach(() => {
    revalidatePath.mockClear()
    revalidateTag.mockClear()
  })

  // Expired at once (the next request renders fresh): exact paths and page kinds.
  const paths = () => revalidatePath.mock.calls.filter((call) => call.length === 1 || call[1] === undefined).map((call) => call[0])
  const patterns = () => revalidatePath.mock.calls.filter((call) => call[1] === 'page').map((call) => call[0])
  // Stale-while-revalidate: the tags Next gives pages (`_N_T_` + path, + '/page' for a page kind).
  const stale = () => revalidateTag.mock.calls.filter((call) => call[1] === 'max').map((call) => String(call[0]))

  it('publishing a news item expires its page in every language; home and lists go stale-while-revalidate', async () => {
    const doc = suite.docs.add('news', await suite.payload.create({ collection: 'news', locale: 'en', data: { title: unique('Revalidate me'), publishedAt: new Date().toISOString(), _status: 'published' } }))
    await suite.payload.update({ collection: 'news', id: doc.id, locale: 'ru', context, data: { title: unique('Обнови меня'), _status: 'published' } })
    const ru = await suite.payload.findByID({ collection: 'news', id: doc.id, locale: 'ru' })
    revalidatePath.mockClear()

    await suite.payload.update({ collection: 'news', id: doc.id, locale: 'en', data: { summary: 'Changed', _status: 'published' } })
    expect(paths().sort()).toEqual([`/en/news/${doc.slug}`, `/ru/news/${ru.slug}`, `/tg/news/${doc.slug}`].sort())
    expect(patterns()).toEqual([])
    expect(stale()).toEqual(
      expect.arrayContaining(['_N_T_/en', '_N_T_/ru', '_N_T_/tg', '_N_T_/(frontend)/[locale]/news/page', '_N_T_/(frontend)/[locale]/news/page/[page]/page']),
    )
    // Other news items' pages are neither expired nor marked stale.
    expect(stale()).not.toContain('_N_T_/(frontend)/[locale]/news/[slug]/page')
  })

  it('publishing refreshes the cached feeds, widgets, JSON and search in the background; a quiet draft does not', async () => {
    const doc = suite.docs.add('news', await suite.payload.create({ collection: 'news', locale: 'en', draft: true, data: { title: unique('Feed me'), publishedAt: new Date().toISOString(), _status: 'draft' } }))
    expect(revalidateTag).not.toHaveBeenCalled()
    await suite.payload.update({ collection: 'news', id: doc.id, locale: 'en', data: { _status: 'published' } })
    // 'max': the next partner request gets the previous answer while the new one is computed.
    expect(revalidateTag).toHaveBeenCalledWith('syndication', 'max')
  })

  it('renaming an item expires the redirects at once (its old address leads to the new one)', async () => {
    const doc = suite.docs.add('news', await suite.payload.create({ collection: 'news', locale: 'en', context, data: { title: unique('About to move'), publishedAt: new Date().toISOString(), _status: 'published' } }))
    revalidateTag.mockClear()
    await suite.payload.update({ collection: 'news', id: doc.id, locale: 'en', data: { slug: `moved-${doc.slug}`, _status: 'published' } })
    expect(revalidateTag).toHaveBeenCalledWith('redirects', { expire: 0 })
  })

  it('deleting an item expires every page of its kind at once (its slugs are gone with it)', async () => {
    const doc = await suite.payload.create({ collection: 'news', locale: 'en', context, data: { title: unique('Deleted'), publishedAt: new Date().toISOString(), _status: 'published' } })
    revalidatePath.mockClear()
    await suite.payload.delete({ collection: 'news', id: doc.id })
    expect(patterns()).toEqual(['/(frontend)/[locale]/news/[slug]'])
  })

  it('a changed slug revalidates the old address too', async () => {
    const doc = suite.docs.add('news', await suite.payload.create({ collection: 'news', locale: 'en', context, data: { title: unique('Old title'), publishedAt: new Date().toISOString(), _status: 'published' } }))
    revalidatePath.mockClear()
    const updated = await suite.payload.update({ collection: 'news', id: doc.id, locale: 'en', data: { slug: `renamed-${doc.slug}`, _status: 'published' } })
    // The English slug was also the untranslated languages' address: those pages expire too.
    expect(paths()).toEqual(expect.arrayContaining([`/en/news/${doc.slug}`, `/en/news/${updated.slug}`, `/ru/news/${doc.slug}`, `/tg/news/${doc.slug}`]))
  })

  it('saving a draft of an unpublished item revalidates nothing', async () => {
    suite.docs.add('news', await suite.payload.create({ collection: 'news', locale: 'en', draft: true, data: { title: unique('Quiet draft'), publishedAt: new Date().toISOString(), _status: 'draft' } }))
    expect(revalidatePath).not.toHaveBeenCalled()
  })

  it('unpublishing revalidates the page so it disappears', async () => {
    const doc = suite.docs.add('news', await suite.payload.create({ collection: 'news', locale: 'en', context, data: { title: unique('Withdrawn'), publishedAt: new Date().toISOString(), _status: 'published' } }))
    revalidatePath.mockClear()
    await suite.payload.update({ collection: 'news', id: doc.id, locale: 'en', data: { _status: 'draft' } })
    expect(paths()).toContain(`/en/news/${doc.slug}`)
  })

  it('seeds and tests can opt out with context.disableRevalidate', async () => {
    suite.docs.add('news', await suite.payload.create({ collection: 'news', locale: 'en', context, data: { title: unique('Silent'), publishedAt: new Date().toISOString(), _status: 'published' } }))
    expect(revalidatePath).not.toHaveBeenCalled()
  })

  it('every route pattern names a real page folder (Next tags cached pages by folder path)', () => {
    for (const pattern of Object.values(routePatterns)) {
      expect(existsSync(`src/app${pattern}/page.tsx`), pattern).toBe(true)
    }
  })
})
