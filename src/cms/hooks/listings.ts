import { randomUUID } from 'node:crypto'

import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, Payload, PayloadRequest } from 'payload'

import { locales, type Locale } from '@/i18n/locales'
import { listingRows, type ListedNews, type ListingRow } from '@/lib/listings'
import { createMissingIndexes, type NamedIndex } from '@/lib/mongoIndexes'

import { LISTINGS } from '../collections/Listings'

import { isPublic, keepingLocale } from './requestHelpers'

/*
 * Keeps the news listing index (collections/Listings, lib/listings.ts) in step with what is
 * published: after every save or delete of a news item its rows are replaced, inside the same
 * request (and transaction, where the database has them). `rebuildListings` makes the whole index
 * again (`npm run reindex`), in bulk.
 */

type LocaleValues = Partial<Record<Locale, string | null>>

/**
 * The stored (published) news item in every language, as the index sees it. Its slugs are those
 * of the languages it is published and titled in, as data/reshape.ts `publicSlugs` reads them
 * (this layer is below src/data).
 */
function listed(doc: Record<string, unknown>): ListedNews {
  const titles = (doc.title ?? {}) as LocaleValues
  const slugs = (doc.slug ?? {}) as LocaleValues
  const status = (doc._status ?? {}) as LocaleValues
  const published = locales.flatMap((locale) => (status[locale] === 'published' && titles[locale] && slugs[locale] ? [[locale, slugs[locale]] as const] : []))
  const idOf = (value: unknown) => (value && typeof value === 'object' ? String((value as { id: unknown }).id) : value ? String(value) : null)
  return {
    id: String(doc.id),
    publishedAt: String(doc.publishedAt),
    regionIds: ((doc.regions ?? []) as unknown[]).map(idOf).filter((id): id is string => id !== null),
    projectId: idOf(doc.project),
    slugs: Object.fromEntries(published),
    updatedAt: typeof doc.updatedAt === 'string' ? doc.updatedAt : doc.updatedAt instanceof Date ? doc.updatedAt.toISOString() : null,
  }
}

const select = { title: true, slug: true, _status: true, publishedAt: true, updatedAt: true, regions: true, project: true } as const

/** Replaces one news item's rows (none when it no longer exists or is published nowhere). */
async function syncOne(req: PayloadRequest, id: string | number): Promise<void> {
  const { payload } = req
  await keepingLocale(req, async () => {
    const doc = await payload.findByID({ collection: 'news', id, locale: 'all', draft: false, overrideAccess: true, depth: 0, select, disableErrors: true, req })
    await payload.db.deleteMany({ collection: LISTINGS, where: { doc: { equals: String(id) } }, req })
    const rows = doc ? listingRows(listed(doc as unknown as Record<string, unknown>)) : []
    for (const row of rows) await payload.db.create({ collection: LISTINGS, data: { ...row }, req })
  })
}

/**
 * afterChange and afterDelete of news: the item's rows follow what is published. A draft save of
 * an item not public in the saved language (autosave) changes nothing stored for readers and is
 * skipped; `context.skipListings` skips it for bulk writers that rebuild afterwards (the seed).
 */
export const syncListings: { afterChange: CollectionAfterChangeHook; afterDelete: CollectionAfterDeleteHook } = {
  afterChange: async ({ doc, previousDoc, req, context }) => {
    if (context.skipListings) return doc
    // previousDoc is an empty object on create: only a stored document can have been public.
    const wasPublic = Boolean(previousDoc?.id) && isPublic(previousDoc)
    if (!isPublic(doc) && !wasPublic) return doc
    await syncOne(req, doc.id)
    return doc
  },
  afterDelete: async ({ doc, req, context }) => {
    if (context.skipListings) return doc
    await syncOne(req, doc.id)
    return doc
  },
}

type MongoCollections = Record<string, { collection: Parameters<typeof createMissingIndexes>[0] & { insertMany: (docs: unknown[], options: { ordered: boolean }) => Promise<unknown> } }>

/**
 * The index's own indexes on MongoDB, one per kind of read (data/listings.ts): a list's page, a
 * translated list's page and its edge years, and one year's rows (years, the sitemap's months and
 * files). Each ends in `_id`, the tie-break of every sort on these rows, so MongoDB walks the
 * index in the sort's order (forwards or backwards) and stops at the page's end: without it,
 * ordering by date then id sorted every row of the range in memory. Made here, not in the
 * collection's config, because Payload's compound indexes cannot name the id; SQLite's are in
 * src/cms/database.ts (`addMissingIndexes`).
 */
const mongoListingIndexes: NamedIndex[] = [
  { key: { locale: 1, scope: 1, publishedAt: 1, _id: 1 }, name: 'listings_list' },
  { key: { locale: 1, scope: 1, translated: 1, publishedAt: 1, _id: 1 }, name: 'listings_translated' },
  { key: { locale: 1, scope: 1, translated: 1, year: 1, publishedAt: 1, _id: 1 }, name: 'listings_year' },
]

/** The indexes the collection's config made before these (Mongoose names them by their keys). */
const payloadListingIndexes = ['locale_1_scope_1_publishedAt_1', 'locale_1_scope_1_translated_1_publishedAt_1', 'locale_1_scope_1_translated_1_year_1_publishedAt_1']

type BulkInserter = { insert: (table: unknown) => { values: (rows: unknown[]) => Promise<unknown> } }

/** Writes rows in bulk, below Payload's per-document operations (a rebuild writes millions). */
async function insertRows(payload: Payload, rows: ListingRow[]): Promise<void> {
  if (rows.length === 0) return
  const db = payload.db as unknown as {
    drizzle?: BulkInserter & { transaction: (work: (tx: BulkInserter) => Promise<void>) => Promise<void> }
    tables?: Record<string, unknown>
    collections?: MongoCollections
  }
  if (db.drizzle && db.tables) {
    const table = db.tables[LISTINGS]
    // One transaction (one sync to disk), statements of 500 rows (SQLite caps variables at 32,766).
    await db.drizzle.transaction(async (tx) => {
      for (let start = 0; start < rows.length; start += 500) {
        await tx.insert(table).values(rows.slice(start, start + 500).map((row) => ({ id: randomUUID(), ...row })))
      }
    })
    return
  }
  if (db.collections?.[LISTINGS]) {
    // Mongoose stores date fields as dates.
    await db.collections[LISTINGS].collection.insertMany(
      rows.map((row) => ({ ...row, publishedAt: new Date(row.publishedAt), modifiedAt: row.modifiedAt ? new Date(row.modifiedAt) : null })),
      { ordered: false },
    )
    return
  }
  for (const row of rows) await payload.db.create({ collection: LISTINGS, data: { ...row } })
}

/**
 * Makes the whole index again from the stored news: `npm run reindex`. Returns the items indexed.
 * Reads `batch` items at a time by id, each batch after the last id of the one before (MongoDB's
 * adapter ignores the page of a read without pagination: paging by page number read the first
 * batch forever there).
 */
export async function rebuildListings(payload: Payload, log: (message: string) => void = () => undefined, { batch = 500 } = {}): Promise<number> {
  await payload.db.deleteMany({ collection: LISTINGS, where: { key: { exists: true } } })
  let count = 0
  let after: string | number | null = null
  for (;;) {
    const { docs }: { docs: { id: string | number }[] } = await payload.find({
      collection: 'news',
      locale: 'all',
      draft: false,
      overrideAccess: true,
      depth: 0,
      select,
      sort: 'id',
      limit: batch,
      pagination: false,
      where: after === null ? {} : { id: { greater_than: after } },
    })
    await insertRows(payload, docs.flatMap((doc) => listingRows(listed(doc as unknown as Record<string, unknown>))))
    count += docs.length
    if (docs.length > 0) log(`Indexed ${count} news items`)
    if (docs.length < batch) return count
    after = docs[docs.length - 1].id
  }
}

/**
 * Payload's onInit: on MongoDB, the index's own indexes are made if missing. Then a database with
 * news but an empty index (one upgraded from before the index, e.g. on MongoDB, which has no
 * migrations), or an index from before its rows carried slugs and dates (their `modifiedAt` is
 * empty), gets its index built once, before it serves lists.
 */
export async function ensureListings(payload: Payload): Promise<void> {
  const mongo = (payload.db as unknown as { collections?: MongoCollections }).collections?.[LISTINGS]
  // Without them lists are slower, not wrong: a refusal (a user without the createIndex right)
  // is logged, and the site starts.
  if (mongo) await createMissingIndexes(mongo.collection, mongoListingIndexes, { drop: payloadListingIndexes }).catch((error: unknown) => payload.logger.error({ err: error, msg: 'Could not make the news listing indexes' }))
  const first = (collection: 'news' | typeof LISTINGS) =>
    payload.find({ collection, overrideAccess: true, depth: 0, limit: 1, pagination: false, select: collection === LISTINGS ? { modifiedAt: true } : {} })
  const [row] = (await first(LISTINGS)).docs as { modifiedAt?: unknown }[]
  if ((row && row.modifiedAt) || (await first('news')).docs.length === 0) return
  payload.logger.info(row ? 'Rebuilding the news listing index (its rows now carry slugs and dates)…' : 'Building the news listing index (first start with it)…')
  const count = await rebuildListings(payload)
  payload.logger.info(`News listing index built: ${count} news items.`)
}
