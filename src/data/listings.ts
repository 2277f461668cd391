import type { Where } from 'payload'

import { locales, type Locale } from '@/i18n/locales'
import { listingScope, type ListingKind, type NewsFilter } from '@/lib/listings'

import { toViews, type Raw } from './documents'
import { payloadClient, publicRead, translatedRead } from './payload'
import type { ListPage, NewsView } from './views'

/*
 * Reads of the news listing index (lib/listings.ts): every list, count, year and sitemap file is
 * one indexed range of one small table, then at most a page of news items read by id as the
 * reader (access control on), so the index decides only order and membership, never what text
 * anyone sees. A single-table count is cheap where a count across news and its translations read
 * every item.
 */

/**
 * Newest first, and oldest first, with ties of a date broken by id in the same direction: the
 * order every index of the listing rows has (SQLite's and MongoDB's end in the id), walked
 * backwards or forwards to the page's end. Left to Payload, the tie-break is always by id
 * descending, which MongoDB cannot read from an index behind an ascending date.
 */
const NEWEST_FIRST = ['-publishedAt', '-id']
const OLDEST_FIRST = ['publishedAt', 'id']

/** The rows of items written and published in the row's language. */
const translatedOnly: Where = { translated: { equals: true } }

/** The rows of the all-news list written in `locale`, narrowed by more conditions. */
function allNewsIn(locale: Locale, ...more: Where[]): Where {
  return { and: [{ locale: { equals: locale } }, { scope: { equals: listingScope() } }, translatedOnly, ...more] }
}

/** One page of a list's item ids, newest first, with the list's size. */
async function listedIds(locale: Locale, kind: ListingKind, filter: NewsFilter, page: number, limit: number) {
  const payload = await payloadClient()
  const result = await payload.find({
    collection: 'listings',
    where: { and: [{ locale: { equals: locale } }, { scope: { equals: listingScope(filter) } }, ...(kind === 'translated' ? [translatedOnly] : [])] },
    sort: NEWEST_FIRST,
    select: { doc: true },
    overrideAccess: true,
    depth: 0,
    page,
    limit,
  })
  return { ids: [...new Set(result.docs.map((row) => row.doc))], page: result.page ?? page, totalPages: Math.max(result.totalPages, 1), totalDocs: result.totalDocs }
}

/** News items by id in the given order, read as a reader in `locale` (pages with fallback, or translated only). */
export async function newsByIds(locale: Locale, kind: ListingKind, ids: string[], depth = 1): Promise<Raw<'news'>[]> {
  if (ids.length === 0) return []
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'news',
    ...(kind === 'page' ? publicRead(locale) : translatedRead(locale)),
    where: { id: { in: ids } },
    depth,
    limit: ids.length,
    pagination: false,
  })
  const byId = new Map(docs.map((doc) => [String(doc.id), doc]))
  return ids.flatMap((id) => byId.get(id) ?? [])
}

/** One page of a news list: published news, newest first, as view models. */
export async function listedNews(locale: Locale, kind: ListingKind, options: NewsFilter & { page?: number; limit: number }): Promise<ListPage<NewsView>> {
  const { ids, ...paging } = await listedIds(locale, kind, options, options.page ?? 1, options.limit)
  return { items: await toViews('news', locale, await newsByIds(locale, kind, ids)), ...paging }
}

/**
 * The year of the newest or the oldest row of a translated list, or of its newest row within one
 * year. Ordered by date and id, not by year: ties of a year are thousands of rows to sort (40 ms
 * a probe at 100,000 items), where the index gives date and id in order.
 */
async function edgeYear(locale: Locale, sort: typeof NEWEST_FIRST, year?: number): Promise<number | null> {
  const payload = await payloadClient()
  const where = year === undefined ? allNewsIn(locale) : allNewsIn(locale, { year: { equals: year } })
  const { docs } = await payload.find({ collection: 'listings', where, sort, select: { year: true }, overrideAccess: true, depth: 0, limit: 1, pagination: false })
  return docs[0]?.year ?? null
}

/**
 * The years with news written in `locale`, newest first: the newest and the oldest row, then one
 * single-row probe per year between (each an indexed lookup, never a read of every item).
 */
export async function listedYears(locale: Locale): Promise<number[]> {
  const [newest, oldest] = await Promise.all([edgeYear(locale, NEWEST_FIRST), edgeYear(locale, OLDEST_FIRST)])
  if (newest === null || oldest === null) return []
  const between = Array.from({ length: Math.max(newest - oldest - 1, 0) }, (_, index) => newest - 1 - index)
  const found = await Promise.all(between.map((year) => edgeYear(locale, NEWEST_FIRST, year)))
  return [...new Set([newest, ...found.filter((year): year is number => year !== null), oldest])]
}

/** One news item's address in one language, as the index has it. */
export interface ListedAddress {
  doc: string
  locale: Locale
  slug: string
  modifiedAt: string | null
}

/** A month as `YYYY-MM` (UTC, as the index's years are). */
export type Month = `${number}-${string}`

/** The first instant of a month, and of the month after it, as the index stores dates. */
function monthBounds(month: Month): [string, string] {
  const [year, number] = month.split('-').map(Number)
  return [new Date(Date.UTC(year, number - 1, 1)).toISOString(), new Date(Date.UTC(year, number, 1)).toISOString()]
}

/**
 * The months of `year` with news written in `locale`, newest first: the newest row, then the
 * newest before that row's month, and so on (one indexed single-row probe per month with news).
 */
export async function listedMonths(locale: Locale, year: number): Promise<Month[]> {
  const payload = await payloadClient()
  const months: Month[] = []
  let before = new Date(Date.UTC(year + 1, 0, 1)).toISOString()
  for (;;) {
    const { docs } = await payload.find({
      collection: 'listings',
      where: allNewsIn(locale, { year: { equals: year } }, { publishedAt: { less_than: before } }),
      sort: NEWEST_FIRST,
      select: { publishedAt: true },
      overrideAccess: true,
      depth: 0,
      limit: 1,
      pagination: false,
    })
    if (!docs[0]) return months
    const month = new Date(docs[0].publishedAt).toISOString().slice(0, 7) as Month
    months.push(month)
    before = monthBounds(month)[0]
  }
}

/**
 * The addresses of news written and published in `month`, newest first, at most `limit` per
 * language: the index's own rows (their slugs and dates), no news item read.
 */
export async function listedInMonth(month: Month, limit: number): Promise<ListedAddress[]> {
  const payload = await payloadClient()
  const [from, to] = monthBounds(month)
  const perLanguage = await Promise.all(
    locales.map(async (locale) => {
      const { docs } = await payload.find({
        collection: 'listings',
        where: allNewsIn(locale, { year: { equals: Number(month.slice(0, 4)) } }, { publishedAt: { greater_than_equal: from } }, { publishedAt: { less_than: to } }),
        sort: NEWEST_FIRST,
        select: { doc: true, slug: true, modifiedAt: true },
        overrideAccess: true,
        depth: 0,
        limit,
        pagination: false,
      })
      return docs.flatMap((row) => (row.slug ? [{ doc: row.doc, locale, slug: row.slug, modifiedAt: row.modifiedAt ?? null }] : []))
    }),
  )
  return perLanguage.flat()
}
