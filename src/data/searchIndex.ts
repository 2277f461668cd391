import type { Payload, PayloadRequest } from 'payload'

import { locales, type Locale } from '@/i18n/locales'
import { plainText } from '@/lib/plainText'
import { routes } from '@/lib/routes'
import { matchedTerms, pageOf, SEARCH_PAGE_SIZE, searchTypes, type SearchDoc, type SearchFilters, type SearchResult, type SearchType } from '@/lib/search'

import { idOf, idsOf, publishedPerLanguage, titleFieldOf } from './reshape'
import type { SearchStore } from './searchStores/store'

/*
 * The site's search index, kept in the database: one entry per document and language it is
 * published and written in (never English fallback text). Payload hooks (src/cms/hooks/
 * searchIndex.ts) keep it up to date on every publish, withdrawal and deletion;
 * `rebuildSearchIndex` (npm run reindex, and the seed) writes it afresh. Every query on it is
 * bounded: a page of results and counts per kind, never every document.
 *
 * SQLite keeps it in FTS5 tables of a file beside the database (searchStores/sqlite.ts);
 * MongoDB in a collection of folded words (searchStores/mongo.ts). This file does not import
 * the Payload config: the hooks inside that config call it.
 */

/** One language's searchable text of a document `locale: 'all'` read, or null where it is not public. */
type AllLocales = Record<string, unknown>
type PerLocale = Partial<Record<Locale, string | null>>

const localized = (doc: AllLocales, field: string): PerLocale => (doc[field] && typeof doc[field] === 'object' ? (doc[field] as PerLocale) : {})

/** What each collection contributes to search, read from a `locale: 'all'` document. */
const shapes: Record<SearchType, (doc: AllLocales, locale: Locale) => Omit<SearchDoc, 'type' | 'id' | 'title'>> = {
  news: (doc, locale) => ({
    summary: localized(doc, 'summary')[locale] ?? '',
    text: plainText((doc.body as Record<string, unknown> | undefined)?.[locale]),
    path: routes.news(locale, localized(doc, 'slug')[locale] ?? String(doc.id)),
    date: (doc.publishedAt as string | null) ?? null,
    regionIds: idsOf(doc.regions as string[] | null),
    projectId: idOf(doc.project as string | null),
  }),
  projects: (doc, locale) => ({
    summary: localized(doc, 'summary')[locale] ?? '',
    text: plainText((doc.body as Record<string, unknown> | undefined)?.[locale]),
    path: routes.project(locale, localized(doc, 'slug')[locale] ?? String(doc.id)),
    date: (doc.startDate as string | null) ?? null,
    regionIds: idsOf(doc.regions as string[] | null),
    projectId: String(doc.id),
  }),
  regions: (doc, locale) => ({
    summary: '',
    text: plainText((doc.intro as Record<string, unknown> | undefined)?.[locale]),
    path: routes.region(locale, localized(doc, 'slug')[locale] ?? String(doc.id)),
    date: null,
    regionIds: [String(doc.id)],
    projectId: null,
  }),
  contacts: (doc, locale) => ({
    summary: localized(doc, 'description')[locale] ?? '',
    text: localized(doc, 'address')[locale] ?? '',
    path: routes.contact(locale, String(doc.id)),
    date: null,
    regionIds: idsOf(doc.regions as string[] | null),
    projectId: null,
  }),
}

/** The fields a `locale: 'all'` read selects to index a document of `collection`. */
const selects: Record<SearchType, Record<string, true>> = {
  news: { title: true, summary: true, body: true, slug: true, publishedAt: true, regions: true, project: true, _status: true },
  projects: { title: true, summary: true, body: true, slug: true, startDate: true, regions: true, _status: true },
  regions: { name: true, intro: true, slug: true },
  contacts: { name: true, description: true, address: true, regions: true },
}

/**
 * A document's index entries, one per language it is public in: written there (a title) and,
 * where publication is per language, published there. `doc` is a `locale: 'all'` read.
 */
export function entriesOf(collection: SearchType, doc: AllLocales): Partial<Record<Locale, SearchDoc>> {
  const titles = localized(doc, titleFieldOf[collection])
  const status = localized(doc, '_status')
  const entries: Partial<Record<Locale, SearchDoc>> = {}
  for (const locale of locales) {
    const title = titles[locale]
    if (!title || (publishedPerLanguage.has(collection) && status[locale] !== 'published')) continue
    entries[locale] = { type: collection, id: String(doc.id), title, ...shapes[collection](doc, locale) }
  }
  return entries
}

const stores = new WeakMap<Payload, Promise<SearchStore>>()

/** The search index of this Payload's database (opened once per process). */
export function storeOf(payload: Payload): Promise<SearchStore> {
  let store = stores.get(payload)
  if (!store) {
    // Imported on demand: each store pulls in its own database client.
    store = (
      payload.db.name === 'mongoose'
        ? import('./searchStores/mongo').then(({ mongoStore }) => mongoStore(payload))
        : import('./searchStores/sqlite').then(({ sqliteStore }) => sqliteStore(payload))
    ).catch((error: unknown) => {
      // Not remembered: the next search tries again.
      stores.delete(payload)
      throw error
    })
    stores.set(payload, store)
  }
  return store
}

/**
 * Indexes one document again from its stored (published) state, in every language: entries for
 * the languages it is public in, none for the others. Given `req`, reads inside its transaction.
 */
export async function indexDocument(payload: Payload, collection: SearchType, id: string | number, req?: PayloadRequest, stamp = Date.now()): Promise<void> {
  const doc = await payload.findByID({ collection, id, locale: 'all', depth: 0, draft: false, overrideAccess: true, disableErrors: true, select: selects[collection], req })
  const store = await storeOf(payload)
  await store.write([{ type: collection, id: String(id), entries: doc ? entriesOf(collection, doc as unknown as AllLocales) : {} }], stamp)
}

/** Removes a document from the index in every language (it was deleted). */
export async function removeFromIndex(payload: Payload, collection: SearchType, id: string | number): Promise<void> {
  await (await storeOf(payload)).write([{ type: collection, id: String(id), entries: {} }], Date.now())
}

/** Documents read per batch while rebuilding (bounds the rebuild's memory). */
const REBUILD_BATCH = 100

/**
 * Writes the whole index afresh from the database (npm run reindex; the seed): every document,
 * read in batches by id, then entries the rebuild did not write are removed. Readers keep
 * searching the old entries meanwhile. Returns the number of entries per language.
 */
export async function rebuildSearchIndex(payload: Payload, { batch = REBUILD_BATCH } = {}): Promise<Record<Locale, number>> {
  const stamp = Date.now()
  const store = await storeOf(payload)
  const written = Object.fromEntries(locales.map((locale) => [locale, 0])) as Record<Locale, number>
  for (const collection of searchTypes) {
    let after: string | number | null = null
    for (;;) {
      const result = await payload.find({
        collection,
        locale: 'all',
        depth: 0,
        draft: false,
        overrideAccess: true,
        pagination: false,
        limit: batch,
        sort: 'id',
        select: selects[collection],
        where: after === null ? {} : { id: { greater_than: after } },
      })
      const docs = result.docs as unknown as (AllLocales & { id: string | number })[]
      const indexed = docs.map((doc) => ({ type: collection, id: String(doc.id), entries: entriesOf(collection, doc) }))
      await store.write(indexed, stamp)
      for (const { entries } of indexed) for (const locale of Object.keys(entries) as Locale[]) written[locale] += 1
      if (docs.length < batch) break
      after = docs[docs.length - 1].id
    }
  }
  await store.removeOlderThan(stamp)
  return written
}

/**
 * Up to this many matches are ranked by relevance; more are ordered title matches first, newest
 * first (`SearchOrder`). A word most items have (at 100,000 news items, the commonest English
 * word matches 98,000) leaves relevance little to tell apart, and scoring every match took
 * SQLite 0.2-0.7 s (npm run bench:scale).
 */
export const RANKED_MATCHES = 5_000

/**
 * One page of results for `words` in `locale` (every word must match, see `matchesAsPrefix`),
 * ranked by the store, with counts per kind; without words, the filtered documents newest first
 * (news unless a kind is asked for).
 */
export async function searchIndex(payload: Payload, locale: Locale, words: string[], filters: SearchFilters, requestedPage = 1, rankedMatches = RANKED_MATCHES): Promise<SearchResult> {
  const store = await storeOf(payload)
  const { type: askedType, ...narrowing } = filters
  const counts = await store.count(locale, words, narrowing)
  const type = askedType ?? (words.length === 0 ? 'news' : undefined)
  const total = type ? counts[type] : searchTypes.reduce((sum, kind) => sum + counts[kind], 0)
  const { page, totalPages, offset } = pageOf(total, requestedPage)
  const hits = total === 0 ? [] : await store.page(locale, words, { ...narrowing, type }, offset, SEARCH_PAGE_SIZE, total > rankedMatches ? 'newest' : 'best')
  return { hits: hits.map((hit) => ({ ...hit, matched: matchedTerms(hit.doc, words) })), total, counts, page, totalPages }
}
