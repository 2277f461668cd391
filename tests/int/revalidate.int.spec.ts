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

  const paths = () => revalidatePath.mock.calls.filter((call) => call.length === 1 || call[1] === undefined).map((call) => call[0])
  const patterns = () => revalidatePath.mock.calls.filter((call) => call[1] === 'page').map((call) => call[0])

  it('publishing a news item revalidates its page in every language, the lists and home pages', async () => {
    const doc = suite.docs.add('news', await suite.payload.create({ collection: 'news', locale: 'en', data: { title: unique('Revalidate me'), publishedAt: new Date().toISOString(), _status: 'published' } }))
    await suite.payload.update({ collection: 'news', id: doc.id, locale: 'ru', context, data: { title: unique('Обнови меня'), _status: 'published' } })
    const ru = await suite.payload.findByID({ collection: 'news', id: doc.id, locale: 'ru' })
    revalidatePath.mockClear()

    await suite.payload.update({ collection: 'news', id: doc.id, locale: 'en', data: { summary: 'Changed', _status: 'published' } })
    expect(paths()).toEqual(
      expect.arrayContaining([`/en/news/${doc.slug}`, `/ru/news/${ru.slug}`, `/tg/news/${doc.slug}`, '/en', '/ru', '/tg']),
    )
    expect(patterns()).toEqual(expect.arrayContaining(['/(frontend)/[locale]/news', '/(frontend)/[locale]/news/page/[page]']))
    // Other documents' pages are not touched one by one.
    expect(paths().every((path) => !path.includes('/news/') || path.endsWith(String(doc.slug)) || path.endsWith(String(ru.slug)))).toBe(true)
  })

  it('publishing expires the cached feeds, widgets and JSON at once; a quiet draft does not', async () => {
    const doc = suite.docs.add('news', await suite.payload.create({ collection: 'news', locale: 'en', draft: true, data: { title: unique('Feed me'), publishedAt: new Date().toISOString(), _status: 'draft' } }))
    expect(revalidateTag).not.toHaveBeenCalled()
    await suite.payload.update({ collection: 'news', id: doc.id, locale: 'en', data: { _status: 'published' } })
    // `expire: 0`: the next partner request is answered fresh, not stale-while-revalidate.
    expect(revalidateTag).toHaveBeenCalledWith('syndication', { expire: 0 })
  })

  it('a changed slug revalidates the old address too', async () => {
    const doc = suite.docs.add('news', await suite.payload.create({ collection: 'news', locale: 'en', context, data: { title: unique('Old title'), publishedAt: new Date().toISOString(), _status: 'published' } }))
    revalidatePath.mockClear()
    const updated = await suite.payload.update({ collection: 'news', id: doc.id, locale: 'en', data: { slug: `renamed-${doc.slug}`, _status: 'published' } })
    expect(paths()).toEqual(expect.arrayContaining([`/en/news/${doc.slug}`, `/en/news/${updated.slug}`]))
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
