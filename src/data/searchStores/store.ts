import type { Locale } from '@/i18n/locales'
import { MAX_INDEXED_TEXT, terms, type SearchDoc, type SearchFilters, type SearchType } from '@/lib/search'

/** A document's entries, by language: the languages it is public in (an empty object removes it). */
export interface IndexedDocument {
  type: SearchType
  id: string
  entries: Partial<Record<Locale, SearchDoc>>
}

/** A stored result, before the matched words are worked out. */
export interface StoredHit {
  doc: SearchDoc
  score: number
}

/**
 * Where the search index lives (SQLite FTS5 or a MongoDB collection). Every read is bounded:
 * `count` answers numbers, `page` at most `limit` entries.
 */
export interface SearchStore {
  /** Sets each document's entries: those given (by language, stamped `stamp`), and none in its other languages. */
  write(documents: IndexedDocument[], stamp: number): Promise<void>
  /** Removes every entry stamped before `stamp` (what a rebuild did not write). */
  removeOlderThan(stamp: number): Promise<void>
  /** Matching entries per kind (`filters` without a kind). */
  count(locale: Locale, words: string[], filters: Omit<SearchFilters, 'type'>): Promise<Record<SearchType, number>>
  /** One page of matching entries in `order` (newest first without words). */
  page(locale: Locale, words: string[], filters: SearchFilters, offset: number, limit: number, order: SearchOrder): Promise<StoredHit[]>
}

/**
 * How a page of matches is ordered: `best` as the store ranks relevance; `newest` entries whose
 * title holds every word first, then the rest; within each, the standing pages (STANDING_TYPES)
 * first, then newest first (what a store must answer without scoring every match, for a word most
 * documents have).
 */
export type SearchOrder = 'best' | 'newest'

/**
 * The kinds without a date: a region's or a contact's page. In the `newest` order they come before
 * the dated matches of their group, not after every news item (a search for a town finds its
 * region first).
 */
export const STANDING_TYPES: readonly SearchType[] = ['regions', 'contacts']

/**
 * One group of the `newest` order: matches in the title or not, of one standing kind (regions,
 * then contacts: the same order on every store) or dated (`kind` null: every other kind).
 */
export interface NewestGroup {
  inTitle: boolean
  kind: SearchType | null
  /** What each of its hits is scored (title matches above the rest). */
  score: number
}

/** The groups of the `newest` order, in order, without those the kind asked for rules out. */
export function newestGroups(filters: SearchFilters): NewestGroup[] {
  const all = [true, false].flatMap((inTitle) => [...STANDING_TYPES, null].map((kind) => ({ inTitle, kind, score: inTitle ? 2 : 1 })))
  if (!filters.type) return all
  const standing = STANDING_TYPES.includes(filters.type)
  return all.filter((group) => (standing ? group.kind === filters.type : group.kind === null))
}

/** A group as a store reads it: its size, and its matches newest first from `skip`. */
export interface GroupReader {
  count(): Promise<number>
  read(skip: number, limit: number): Promise<StoredHit[]>
}

/**
 * A page of groups read one after another. A group is counted only when the page starts past its
 * beginning, and the last (nearly every match of a common word) never: a first page costs no count.
 */
export async function pageOfGroups(groups: GroupReader[], offset: number, limit: number): Promise<StoredHit[]> {
  const hits: StoredHit[] = []
  let skip = offset
  for (const [index, group] of groups.entries()) {
    if (hits.length >= limit) break
    if (skip > 0 && index < groups.length - 1) {
      const size = await group.count()
      if (skip >= size) {
        skip -= size
        continue
      }
    }
    hits.push(...(await group.read(skip, limit - hits.length)))
    skip = 0
  }
  return hits
}

/** A document's text as it is indexed and shown: cut at MAX_INDEXED_TEXT characters. */
export function indexedText(doc: SearchDoc): string {
  return doc.text.length > MAX_INDEXED_TEXT ? doc.text.slice(0, MAX_INDEXED_TEXT) : doc.text
}

/** The folded words of a text, each once, as the index stores them. */
export function indexTerms(text: string): string[] {
  return [...new Set(terms(text))]
}

/** The first and the past-the-last date of `year`, as the ISO strings stored. */
export function yearRange(year: number): [string, string] {
  return [`${year}-01-01T00:00:00.000Z`, `${year + 1}-01-01T00:00:00.000Z`]
}

/** Counts with a zero for every kind. */
export function countsOf(rows: { type: string; n: number }[], types: readonly SearchType[]): Record<SearchType, number> {
  const counts = Object.fromEntries(types.map((type) => [type, 0])) as Record<SearchType, number>
  for (const row of rows) if (row.type in counts) counts[row.type as SearchType] = Number(row.n)
  return counts
}
