import { describe, expect, it, vi } from 'vitest'

import { getNewsBySlug } from '@/data/news'
import { searchSite } from '@/data/search'
import { loadSitemapFile } from '@/data/sitemap'
import { loadTranslatedNews } from '@/data/syndication'
import { translationGaps } from '@/cms/components/TranslationOverview/overview'
import { ornamentImage } from '@/cms/seed/images'
import type { Locale } from '@/i18n/locales'
import { parseQuery } from '@/lib/search'

import { context, databaseKind, payloadSuite, unique } from '../helpers/payload'

/**
 * Per-language publishing with Payload's experimental `localizeStatus` (`_status` is localized).
 * We use it because these tests pass on both adapters. One difference in storage, invisible to
 * the API: MongoDB-wire stores `draft` for languages never saved, SQLite stores no row.
 */
describe(`per-language publishing (${databaseKind})`, () => {
  const suite = payloadSuite()

  async function found(locale: Locale, slug: string) {
    const result = await getNewsBySlug(locale, slug)
    return result && 'found' in result ? result.found : null
  }

  it('publishes English today and Tajik next week, each on its own, and withdraws Tajik alone', async () => {
    const payload = suite.payload
    const en = unique('Water users meet in Isfara')
    const tg = unique('Вохӯрии обистифодабарандагон дар Исфара')
    const doc = suite.docs.add('news', await payload.create({ collection: 'news', locale: 'en', context, data: { title: en, publishedAt: '2026-11-20T09:00:00.000Z', _status: 'published' } }))
    const enSlug = doc.slug!

    // A Tajik draft saved: readers of /tg still get the English text, labelled as fallback.
    await payload.update({ collection: 'news', id: doc.id, locale: 'tg', draft: true, context, data: { title: tg } })
    let inTajik = await found('tg', enSlug)
    expect(inTajik?.title).toBe(en)
    expect(inTajik?.translated).toBe(false)
    expect(Object.keys(inTajik?.paths ?? {})).toEqual(['en'])

    // Meanwhile English gets an unpublished edit: publishing Tajik must not publish it.
    await payload.update({ collection: 'news', id: doc.id, locale: 'en', draft: true, context, data: { title: `${en} (draft edit)` } })
    await payload.update({ collection: 'news', id: doc.id, locale: 'tg', context, data: { title: tg, _status: 'published' } })
    const tgSlug = (await payload.findByID({ collection: 'news', id: doc.id, locale: 'tg', depth: 0 })).slug!
    inTajik = await found('tg', tgSlug)
    expect(inTajik?.title).toBe(tg)
    expect(inTajik?.translated).toBe(true)
    expect(inTajik?.paths).toEqual({ en: `/en/news/${enSlug}`, tg: `/tg/news/${tgSlug}` })
    expect((await found('en', enSlug))?.title).toBe(en)

    // Feeds, search and the sitemap follow: Tajik appears there only now.
    expect((await loadTranslatedNews('tg', { limit: 50 })).items.map((item) => item.title)).toContain(tg)
    expect((await searchSite('tg', parseQuery(tg).words, {})).hits.map((hit) => hit.doc.title)).toContain(tg)
    const page = ((await loadSitemapFile('news-2026-11')) ?? []).find((entry) => entry.paths.en?.endsWith(enSlug))
    expect(Object.keys(page?.paths ?? {}).sort()).toEqual(['en', 'tg'])

    // Withdrawing Tajik leaves English public; Tajik readers get English again, not stale Tajik.
    await payload.update({ collection: 'news', id: doc.id, locale: 'tg', context, data: { _status: 'draft' } })
    expect(await getNewsBySlug('tg', tgSlug)).toEqual({ redirectTo: `/tg/news/${enSlug}` })
    inTajik = await found('tg', enSlug)
    expect(inTajik?.title).toBe(en)
    expect(inTajik?.translated).toBe(false)
    expect((await loadTranslatedNews('tg', { limit: 50 })).items.map((item) => item.title)).not.toContain(tg)
    expect((await searchSite('tg', parseQuery(tg).words, {})).hits.map((hit) => hit.doc.title)).not.toContain(tg)
    const rest = await payload.find({ collection: 'news', locale: 'tg', overrideAccess: false, where: { id: { equals: doc.id } }, depth: 0 })
    expect(rest.docs[0]?.title).toBe(en)
    expect((await found('en', enSlug))?.title).toBe(en)

    // Unpublishing every language takes the item down everywhere.
    await payload.update({ collection: 'news', id: doc.id, locale: 'en', context, unpublishAllLocales: true, data: {} })
    expect(await found('en', enSlug)).toBeNull()
    expect(await found('tg', enSlug)).toBeNull()
  })

  it('refuses to publish a language whose images lack alternative text in it, with a clear message', async () => {
    const payload = suite.payload
    const image = await ornamentImage('alt-text-rule')
    const media = suite.docs.add(
      'media',
      await payload.create({ collection: 'media', locale: 'en', context, data: { alt: 'Women at a sewing workshop in Kulob' }, file: { data: image, name: `alt-${Date.now()}.png`, mimetype: 'image/png', size: image.length } }),
    )
    const doc = suite.docs.add('news', await payload.create({ collection: 'news', locale: 'en', context, data: { title: unique('Sewing workshop'), publishedAt: '2026-11-20T09:00:00.000Z', cover: media.id, _status: 'published' } }))
    // A Tajik draft may use the image; publishing Tajik may not, until the image speaks Tajik.
    await payload.update({ collection: 'news', id: doc.id, locale: 'tg', draft: true, context, data: { title: unique('Дӯзандагӣ дар Кӯлоб') } })
    await expect(payload.update({ collection: 'news', id: doc.id, locale: 'tg', context, data: { _status: 'published' } })).rejects.toMatchObject({
      status: 400,
      data: { errors: [expect.objectContaining({ path: 'cover', message: expect.stringMatching(/alternative text in this language \(tg\)/) })] },
    })
    await payload.update({ collection: 'media', id: media.id, locale: 'tg', context, data: { alt: 'Занон дар устохонаи дӯзандагӣ дар Кӯлоб' } })
    const published = await payload.update({ collection: 'news', id: doc.id, locale: 'tg', context, data: { _status: 'published' } })
    expect(published._status).toBe('published')
  })

  it('records who saved each version and when each language last changed', async () => {
    const payload = suite.payload
    const editor = suite.docs.add('users', await payload.create({ collection: 'users', context, data: { email: `${unique('ed').split(' ')[1]}@example.org`, password: 'a-long-password', name: 'Malika Editor', role: 'editor' } }))
    const user = { ...editor, collection: 'users' as const }
    const doc = suite.docs.add('news', await payload.create({ collection: 'news', locale: 'en', user, overrideAccess: false, context, data: { title: unique('Versions'), publishedAt: '2026-11-20T09:00:00.000Z', _status: 'published' } }))
    expect(doc.changedBy).toBe(`Malika Editor <${editor.email}>`)
    await payload.update({ collection: 'news', id: doc.id, locale: 'ru', user, overrideAccess: false, context, data: { title: unique('Версии'), _status: 'published' } })
    const before = await payload.findByID({ collection: 'news', id: doc.id, locale: 'all', depth: 0 })
    const stamps = before.textChangedAt as unknown as Record<string, string>
    expect(stamps.en && stamps.ru).toBeTruthy()
    // The stamps have millisecond precision: let the clock pass the English one, so a later save
    // can be told apart from it (a save in the same millisecond would look unchanged).
    await vi.waitFor(() => expect(Date.now()).toBeGreaterThan(Date.parse(stamps.en)))
    await payload.update({ collection: 'news', id: doc.id, locale: 'en', user, overrideAccess: false, context, data: { summary: 'A new paragraph in English.', _status: 'published' } })
    const after = (await payload.findByID({ collection: 'news', id: doc.id, locale: 'all', depth: 0 })).textChangedAt as unknown as Record<string, string>
    // English moved on, Russian did not: the Russian translation is now older than its source.
    expect(after.en > stamps.en).toBe(true)
    expect(after.ru).toBe(stamps.ru)
    const versions = await payload.findVersions({ collection: 'news', where: { parent: { equals: doc.id } }, depth: 0 })
    expect(versions.docs.length).toBeGreaterThanOrEqual(3)
    expect(versions.docs.every((version) => version.version.changedBy === `Malika Editor <${editor.email}>`)).toBe(true)

    // The translation overview lists it: Russian outdated, Tajik missing, each with a link target.
    const gaps = (await translationGaps(payload, user)).filter((row) => row.id === String(doc.id))
    expect(gaps.map(({ locale, gap, collection }) => ({ locale, gap, collection }))).toEqual([
      { locale: 'ru', gap: 'outdated', collection: 'news' },
      { locale: 'tg', gap: 'missing', collection: 'news' },
    ])
    await payload.update({ collection: 'news', id: doc.id, locale: 'ru', user, overrideAccess: false, context, data: { summary: 'Новый абзац на русском.', _status: 'published' } })
    const afterUpdate = (await translationGaps(payload, user)).filter((row) => row.id === String(doc.id))
    expect(afterUpdate.map(({ locale, gap }) => `${locale}:${gap}`)).toEqual(['tg:missing'])
  })

  it('restores an older version for an editor, and the restore is a new version by that editor', async () => {
    const payload = suite.payload
    const editor = suite.docs.add('users', await payload.create({ collection: 'users', context, data: { email: `${unique('re').split(' ')[1]}@example.org`, password: 'a-long-password', name: 'Rustam Editor', role: 'editor' } }))
    const user = { ...editor, collection: 'users' as const }
    const first = unique('Seed fund opens in Khujand')
    const doc = suite.docs.add('news', await payload.create({ collection: 'news', locale: 'en', user, overrideAccess: false, context, data: { title: first, publishedAt: '2026-11-20T09:00:00.000Z', _status: 'published' } }))
    await payload.update({ collection: 'news', id: doc.id, locale: 'en', user, overrideAccess: false, context, data: { title: unique('A wrong title'), _status: 'published' } })
    const versions = await payload.findVersions({ collection: 'news', where: { parent: { equals: doc.id } }, sort: 'createdAt', locale: 'en', depth: 0 })
    const original = versions.docs.find((version) => version.version.title === first)
    expect(original).toBeDefined()
    await payload.restoreVersion({ collection: 'news', id: original!.id, user, overrideAccess: false, locale: 'en', context })
    // The restored text is the published document again, and readers see it.
    expect((await payload.findByID({ collection: 'news', id: doc.id, locale: 'en', depth: 0 })).title).toBe(first)
    expect((await found('en', doc.slug!))?.title).toBe(first)
    // Payload keeps the restored version's creation date, so the newest change sorts by updatedAt.
    const latest = await payload.findVersions({ collection: 'news', where: { parent: { equals: doc.id } }, sort: '-updatedAt', limit: 1, locale: 'en', depth: 0 })
    expect(latest.docs[0]?.version.title).toBe(first)
    expect(latest.docs[0]?.version.changedBy).toBe(`Rustam Editor <${editor.email}>`)
  })

  it('publishes a scheduled item when its time comes, through the job queue', async () => {
    const payload = suite.payload
    const doc = suite.docs.add('news', await payload.create({ collection: 'news', locale: 'en', draft: true, context, data: { title: unique('Scheduled'), publishedAt: '2026-11-20T09:00:00.000Z', _status: 'draft' } }))
    // An hour ahead: however slow the machine, the first run comes before the due time.
    const due = new Date(Date.now() + 60 * 60_000)
    const job = await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', locale: 'en', doc: { relationTo: 'news', value: String(doc.id) } },
      waitUntil: due,
    })
    await payload.jobs.run({ queue: 'default' })
    expect((await payload.findByID({ collection: 'news', id: doc.id, locale: 'en', depth: 0 }))._status).toBe('draft')
    // The clock moves past the due time (only Date is faked, and it keeps running from there).
    vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true })
    try {
      vi.setSystemTime(due.getTime() + 1_000)
      await payload.jobs.run({ queue: 'default' })
    } finally {
      vi.useRealTimers()
    }
    expect((await payload.findByID({ collection: 'news', id: doc.id, locale: 'en', depth: 0 }))._status).toBe('published')
    expect(await payload.count({ collection: 'payload-jobs', where: { id: { equals: job.id }, hasError: { equals: true } } })).toMatchObject({ totalDocs: 0 })
  })
})
