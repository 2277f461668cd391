import type { InArgs, InStatement } from '@libsql/client'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import { describe, expect, it } from 'vitest'

import { ensureListings, rebuildListings } from '@/cms/hooks/listings'
import { getNewsPage, loadNewsYears } from '@/data/news'
import { loadTranslatedNews } from '@/data/syndication'
import type { Locale } from '@/i18n/locales'
import { listingScope } from '@/lib/listings'

import { context, databaseKind, payloadSuite, unique } from '../helpers/payload'

/*
 * The news listing index (src/cms/collections/Listings) decides what every list, feed, year filter
 * and sitemap file holds, so it must follow every publication change in every language, and a
 * rebuild must give what the hooks gave.
 */
describe(`news listing index (${databaseKind})`, () => {
  const suite = payloadSuite()

  /** Whether an item is in a language's page list (with fallback) and in its translated list (feeds). */
  async function listedIn(id: string, locale: Locale) {
    const page = await getNewsPage(locale, 1, 50)
    const translated = await loadTranslatedNews(locale, { limit: 50 })
    return { page: page.items.some((item) => item.id === id), translated: translated.items.some((item) => item.id === id) }
  }

  async function rowsOf(id: string) {
    const { docs } = await suite.payload.find({ collection: 'listings', where: { doc: { equals: id } }, overrideAccess: true, depth: 0, limit: 100, pagination: false })
    // The slug and date too: the sitemap lists them from the index alone.
    return docs.map((row) => `${row.key} ${row.slug} ${row.modifiedAt}`).sort()
  }

  it('follows publishing, translating, withdrawing and unpublishing in every language', async () => {
    // A date of its own, ahead of the other tests' items, so it is on each list's first page.
    const publishedAt = '2031-06-01T09:00:00.000Z'
    const doc = suite.docs.add('news', await suite.payload.create({ collection: 'news', locale: 'en', context, data: { title: unique('Listed item'), publishedAt, _status: 'published' } }))
    const id = String(doc.id)
    // English only: every language's pages show it (Tajik and Russian as fallback); only English feeds.
    expect(await listedIn(id, 'en')).toEqual({ page: true, translated: true })
    expect(await listedIn(id, 'tg')).toEqual({ page: true, translated: false })
    expect(await loadNewsYears('en')).toContain(2031)
    expect(await loadNewsYears('tg')).not.toContain(2031)

    // A Tajik draft changes nothing; publishing it adds the Tajik feeds and year.
    await suite.payload.update({ collection: 'news', id, locale: 'tg', draft: true, context, data: { title: unique('Хабари рӯйхат') } })
    expect(await listedIn(id, 'tg')).toEqual({ page: true, translated: false })
    await suite.payload.update({ collection: 'news', id, locale: 'tg', context, data: { title: unique('Хабари рӯйхат'), _status: 'published' } })
    expect(await listedIn(id, 'tg')).toEqual({ page: true, translated: true })
    expect(await loadNewsYears('tg')).toContain(2031)

    // A rebuild gives exactly the rows the hooks keep.
    const kept = await rowsOf(id)
    expect(kept.length).toBeGreaterThan(0)
    const stored = await suite.payload.findByID({ collection: 'news', id, locale: 'all', depth: 0 })
    const slugs = stored.slug as unknown as Record<Locale, string>
    expect(kept).toContain(`${id}|tg|* ${slugs.tg} ${stored.updatedAt}`)
    // A language shown only as fallback has a row without an address.
    expect(kept).toContain(`${id}|ru|* null ${stored.updatedAt}`)
    // In batches of two, each after the one before: every item once, and the rebuild ends.
    for (const n of [1, 2]) suite.docs.add('news', await suite.payload.create({ collection: 'news', locale: 'en', context, data: { title: unique(`Batch ${n}`), publishedAt, _status: 'published' } }))
    const { totalDocs } = await suite.payload.count({ collection: 'news', overrideAccess: true })
    expect(totalDocs).toBeGreaterThan(2)
    expect(await rebuildListings(suite.payload, undefined, { batch: 2 })).toBe(totalDocs)
    expect(await rowsOf(id)).toEqual(kept)

    // An index from before its rows carried slugs and dates is rebuilt when the server starts.
    await suite.payload.db.updateMany({ collection: 'listings', where: { doc: { equals: id } }, data: { slug: null, modifiedAt: null }, returning: false })
    await suite.payload.db.updateMany({ collection: 'listings', where: { doc: { not_equals: id } }, data: { modifiedAt: null }, returning: false })
    expect(await rowsOf(id)).not.toEqual(kept)
    await ensureListings(suite.payload)
    expect(await rowsOf(id)).toEqual(kept)

    // Withdrawing Tajik leaves the English (and the Tajik page list, as fallback).
    await suite.payload.update({ collection: 'news', id, locale: 'tg', context, data: { _status: 'draft' } })
    expect(await listedIn(id, 'tg')).toEqual({ page: true, translated: false })
    expect(await listedIn(id, 'en')).toEqual({ page: true, translated: true })

    // Unpublishing every language takes it off every list; deleting leaves no row.
    await suite.payload.update({ collection: 'news', id, locale: 'en', context, unpublishAllLocales: true, data: {} })
    for (const locale of ['en', 'ru', 'tg'] as const) expect(await listedIn(id, locale)).toEqual({ page: false, translated: false })
    await suite.payload.delete({ collection: 'news', id, context })
    expect(await rowsOf(id)).toEqual([])
  })

  it('keeps region and project lists, and counts pages from the index', async () => {
    const region = suite.docs.add('regions', await suite.payload.create({ collection: 'regions', locale: 'en', context, data: { name: unique('Listing region'), kind: 'district' } }))
    const ids: string[] = []
    for (let n = 0; n < 3; n++) {
      const item = await suite.payload.create({
        collection: 'news',
        locale: 'en',
        context,
        data: { title: unique(`Regional ${n}`), publishedAt: `2024-0${n + 1}-10T09:00:00.000Z`, regions: [region.id], _status: 'published' },
      })
      ids.push(String(suite.docs.add('news', item).id))
    }
    const first = await getNewsPage('en', 1, 2, { regionId: String(region.id) })
    expect(first.totalDocs).toBe(3)
    expect(first.totalPages).toBe(2)
    // Newest first, across pages, nothing twice.
    const second = await getNewsPage('en', 2, 2, { regionId: String(region.id) })
    expect([...first.items, ...second.items].map((item) => item.id)).toEqual([ids[2], ids[1], ids[0]])
    const tg = await loadTranslatedNews('tg', { regionId: String(region.id), limit: 10 })
    expect(tg.totalDocs).toBe(0)
  })

  it('pages through items of the same date without repeats, in the order its indexes keep (date, then id)', async () => {
    const region = suite.docs.add('regions', await suite.payload.create({ collection: 'regions', locale: 'en', context, data: { name: unique('Same-day region'), kind: 'district' } }))
    const ids: string[] = []
    for (let n = 0; n < 5; n++) {
      const item = await suite.payload.create({
        collection: 'news',
        locale: 'en',
        context,
        data: { title: unique(`Same day ${n}`), publishedAt: '2023-03-03T09:00:00.000Z', regions: [region.id], _status: 'published' },
      })
      ids.push(String(suite.docs.add('news', item).id))
    }
    const pages = await Promise.all([1, 2, 3].map((page) => getNewsPage('en', page, 2, { regionId: String(region.id) })))
    const listed = pages.flatMap((page) => page.items.map((item) => item.id))
    expect([...listed].sort()).toEqual([...ids].sort())
    // Ties of a date by the listing rows' id, descending (a random UUID on SQLite, an ObjectId on
    // MongoDB: both compare as their lowercase hex text does), put in order here, not by the database.
    const { docs: rows } = await suite.payload.find({ collection: 'listings', where: { doc: { in: ids }, locale: { equals: 'en' }, scope: { equals: listingScope({ regionId: String(region.id) }) } }, overrideAccess: true, depth: 0, limit: 20, pagination: false })
    const byIdDescending = rows.map((row) => ({ id: String(row.id), doc: String(row.doc) })).sort((a, b) => (a.id < b.id ? 1 : -1))
    expect(listed).toEqual(byIdDescending.map((row) => row.doc))

    if (databaseKind === 'sqlite') {
      // The query Payload runs for a page of the list walks the covering index in the list's
      // order: SQLite neither sorts the region's rows nor reads the table for them.
      const { client } = suite.payload.db as unknown as SQLiteAdapter
      const seen: { sql: string; args: InArgs }[] = []
      const execute = client.execute
      client.execute = ((statement: InStatement) => {
        seen.push(typeof statement === 'string' ? { sql: statement, args: [] } : { sql: statement.sql, args: statement.args ?? [] })
        return execute.call(client, statement)
      }) as typeof client.execute
      try {
        await getNewsPage('en', 3, 1, { regionId: String(region.id) })
      } finally {
        client.execute = execute
      }
      const list = seen.find((statement) => /from "listings"/i.test(statement.sql) && /order by/i.test(statement.sql))
      expect(list, seen.map((statement) => statement.sql).join('\n')).toBeDefined()
      const { rows: plan } = await client.execute({ sql: `EXPLAIN QUERY PLAN ${list!.sql}`, args: list!.args })
      const steps = plan.map((step) => String(step.detail)).join('\n')
      expect(steps).toMatch(/USING COVERING INDEX listings_list_covering_idx/)
      expect(steps).not.toMatch(/TEMP B-TREE/)
    }

    if (databaseKind === 'mongodb-wire') {
      // MongoDB walks these in the order of a sort by date then id only if they end in the id.
      // (FerretDB, the test server, keeps indexes but sorts in memory: only their keys are checked.)
      const native = (suite.payload.db as unknown as { collections: Record<string, { collection: { listIndexes: () => { toArray: () => Promise<{ name: string; key: Record<string, number> }[]> } } }> }).collections.listings.collection
      const keys = Object.fromEntries((await native.listIndexes().toArray()).map((index) => [index.name, Object.keys(index.key).join(',')]))
      expect(keys).toMatchObject({
        listings_list: 'locale,scope,publishedAt,_id',
        listings_translated: 'locale,scope,translated,publishedAt,_id',
        listings_year: 'locale,scope,translated,year,publishedAt,_id',
      })
    }
  })
})
