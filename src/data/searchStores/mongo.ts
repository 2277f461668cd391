import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import type { mongo } from 'mongoose'
import type { Payload } from 'payload'

import { locales, type Locale } from '@/i18n/locales'
import { createMissingIndexes, isFerretDB, type NamedIndex } from '@/lib/mongoIndexes'
import { matchesAsPrefix, searchTypes, type SearchDoc, type SearchFilters } from '@/lib/search'

import { countsOf, indexedText, indexTerms, newestGroups, pageOfGroups, STANDING_TYPES, yearRange, type GroupReader, type SearchStore, type StoredHit } from './store'

/*
 * The search index on MongoDB: a collection of its own (`search_index`, not a Payload
 * collection: nobody edits it), one entry per document and language, holding the text results
 * show and the folded words of it (`terms`, and `titleTerms` to rank title matches first).
 *
 * A query asks every word of `terms`: a whole word, or a word beginning as an anchored regular
 * expression (`^хуч`). On MongoDB the multikey index { locale, terms } answers both from the
 * index (an anchored, case-sensitive regex is an index range), so a search reads only matching
 * entries. FerretDB (our test server) has no `$text` and never uses indexes: there the same
 * query scans the collection; the results are the same.
 *
 * Ranking: entries whose title holds every word first, then the rest; within each, regions and
 * contacts first (they have no date), then newest first.
 * Counting per kind is one `$group`.
 */

/** The collection's name (Payload's collections are named by their slugs; no slug is this). */
export const SEARCH_COLLECTION = 'search_index'

type EntryDocument = Omit<SearchDoc, 'id'> & {
  _id: string
  locale: Locale
  docId: string
  terms: string[]
  titleTerms: string[]
  stamp: number
}

type Filter = mongo.Filter<EntryDocument>

const keyOf = (type: string, id: string, locale: Locale) => `${locale}:${type}:${id}`

function entryDocument(locale: Locale, doc: SearchDoc, stamp: number): EntryDocument {
  const text = indexedText(doc)
  return {
    _id: keyOf(doc.type, doc.id, locale),
    locale,
    type: doc.type,
    docId: doc.id,
    title: doc.title,
    summary: doc.summary,
    text,
    path: doc.path,
    date: doc.date,
    regionIds: doc.regionIds,
    projectId: doc.projectId,
    terms: indexTerms(`${doc.title} ${doc.summary} ${text}`),
    titleTerms: indexTerms(doc.title),
    stamp,
  }
}

/** Every word matched in `field`: whole, or as a word beginning where `matchesAsPrefix` says so. */
function wordsIn(field: 'terms' | 'titleTerms', words: string[]): Filter[] {
  // Words are letters and digits only (lib/search): nothing in them is special in a regex.
  return words.map((word, index) => ({ [field]: matchesAsPrefix(word, index, words.length) ? { $regex: `^${word}` } : word }))
}

function filterOf(locale: Locale, words: string[], filters: SearchFilters): Filter {
  const filter: Filter = { locale }
  if (filters.type) filter.type = filters.type
  if (filters.projectId) filter.projectId = filters.projectId
  if (filters.regionId) filter.regionIds = filters.regionId
  if (filters.year) {
    const [from, to] = yearRange(filters.year)
    filter.date = { $gte: from, $lt: to }
  }
  if (words.length > 0) filter.$and = wordsIn('terms', words)
  return filter
}

function hitOf(entry: EntryDocument, score: number): StoredHit {
  return {
    score,
    doc: { type: entry.type, id: entry.docId, title: entry.title, summary: entry.summary, text: entry.text, path: entry.path, date: entry.date, regionIds: entry.regionIds, projectId: entry.projectId },
  }
}

const shown = { terms: 0, titleTerms: 0 } as const
const newestFirst = { date: -1, _id: -1 } as const

/** The bounded reads: words (multikey), newest of a kind, of a region, of a project; the rebuild's stamp. */
const indexes: NamedIndex[] = [
  { key: { locale: 1, terms: 1 }, name: 'words' },
  { key: { locale: 1, type: 1, date: -1 }, name: 'newest' },
  { key: { locale: 1, regionIds: 1, date: -1 }, name: 'region' },
  { key: { locale: 1, projectId: 1, date: -1 }, name: 'project' },
  { key: { stamp: 1 }, name: 'stamp' },
]

const opened = new WeakMap<Payload, Promise<mongo.Collection<EntryDocument>>>()

/** The index collection of Payload's database, its indexes created (once per process). */
function open(payload: Payload): Promise<mongo.Collection<EntryDocument>> {
  let collection = opened.get(payload)
  if (!collection) {
    collection = (async () => {
      const db = (payload.db as unknown as MongooseAdapter).connection.db
      if (!db) throw new Error('MongoDB is not connected')
      const entries = db.collection<EntryDocument>(SEARCH_COLLECTION)
      // FerretDB 1.24 indexes an array as one value (a PostgreSQL B-tree over the whole array),
      // not word by word as MongoDB's multikey index does: a long article's words exceed
      // PostgreSQL's 2,704 bytes per index row and its entry cannot be written. It never reads
      // that index for a word either, so on FerretDB alone there is no index of words.
      const ferret = await isFerretDB(db)
      await createMissingIndexes(entries, ferret ? indexes.filter((index) => index.name !== 'words') : indexes, { drop: ferret ? ['words'] : [] })
      return entries
    })().catch((error: unknown) => {
      opened.delete(payload)
      throw error
    })
    opened.set(payload, collection)
  }
  return collection
}

/** The search index in this Payload's MongoDB database. */
export async function mongoStore(payload: Payload): Promise<SearchStore> {
  const entries = await open(payload)
  return {
    async write(documents, stamp) {
      if (documents.length === 0) return
      // Delete, then insert: FerretDB 1.24 stalls on a bulk `replaceOne` upsert of an existing
      // entry (the second rebuild hung until the socket timed out); MongoDB would take either.
      // For a moment between the two a reader may miss these entries, never see stale ones.
      const ids = documents.flatMap(({ type, id }) => locales.map((locale) => keyOf(type, id, locale)))
      await entries.deleteMany({ _id: { $in: ids } })
      const fresh = documents.flatMap(({ entries: docs }) =>
        locales.flatMap((locale) => {
          const doc = docs[locale]
          return doc ? [entryDocument(locale, doc, stamp)] : []
        }),
      )
      if (fresh.length > 0) await entries.insertMany(fresh, { ordered: false })
    },
    async removeOlderThan(stamp) {
      await entries.deleteMany({ stamp: { $lt: stamp } })
    },
    async count(locale, words, filters) {
      const rows = await entries.aggregate<{ _id: string; n: number }>([{ $match: filterOf(locale, words, filters) }, { $group: { _id: '$type', n: { $sum: 1 } } }]).toArray()
      return countsOf(
        rows.map((row) => ({ type: row._id, n: row.n })),
        searchTypes,
      )
    },
    // Both orders are the same here: the `newest` order (store.ts; no relevance score).
    async page(locale, words, filters, offset, limit) {
      const base = filterOf(locale, words, filters)
      if (words.length === 0) {
        const docs = await entries.find(base, { projection: shown }).sort({ date: -1, _id: -1 }).skip(offset).limit(limit).toArray()
        return docs.map((doc) => hitOf(doc, 0))
      }
      // Title matches first, then the rest; standing pages first within each (store.ts).
      const inTitle: Filter = { $and: wordsIn('titleTerms', words) }
      const groups = newestGroups(filters).map(({ inTitle: titled, kind, score }): GroupReader => {
        const filter: Filter = { $and: [base, titled ? inTitle : { $nor: [inTitle] }, { type: kind ?? { $nin: [...STANDING_TYPES] } }] }
        return {
          count: () => entries.countDocuments(filter),
          read: async (skip, n) => (await entries.find(filter, { projection: shown }).sort(newestFirst).skip(skip).limit(n).toArray()).map((doc) => hitOf(doc, score)),
        }
      })
      return pageOfGroups(groups, offset, limit)
    },
  }
}
