import MiniSearch from 'minisearch'

import { foldForSearch } from './text'

/*
 * Site search over one language's documents with MiniSearch (BM25 ranking, prefix matching),
 * made Tajik-aware by folding every indexed and queried term (lib/text.ts): "Хучанд" typed on a
 * Russian keyboard finds "Хуҷанд". Also builds highlighted snippets.
 */

export type SearchType = 'news' | 'projects' | 'regions' | 'contacts'
export const searchTypes: readonly SearchType[] = ['news', 'projects', 'regions', 'contacts']

/** One searchable document, in one language. */
export interface SearchDoc {
  type: SearchType
  id: string
  title: string
  summary: string
  text: string
  path: string
  date: string | null
  regionIds: string[]
  projectId: string | null
}

/** Longest query we search for; longer input is cut there (and the page says so). */
export const MAX_QUERY_LENGTH = 200
/** At most this many words of a query are used. */
export const MAX_QUERY_TERMS = 12
export const SEARCH_PAGE_SIZE = 10

/** Plain text of a Lexical document (paragraphs, headings, lists, links), for indexing. */
export function plainText(data: unknown): string {
  const parts: string[] = []
  const walk = (node: unknown) => {
    if (!node || typeof node !== 'object') return
    const record = node as { text?: unknown; children?: unknown[]; root?: unknown; type?: string }
    if (typeof record.text === 'string') parts.push(record.text)
    if (record.root) walk(record.root)
    if (Array.isArray(record.children)) {
      for (const child of record.children) walk(child)
      if (record.type === 'paragraph' || record.type === 'heading' || record.type === 'listitem') parts.push('\n')
    }
  }
  walk(data)
  return parts.join('').replace(/[ \t]*\n[\s]*/g, '\n').trim()
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu

/** The folded words of a text, as the index and the query see them. */
export function terms(text: string): string[] {
  return (foldForSearch(text).match(WORD) ?? []).filter((term) => term.length > 0)
}

/** A cleaned query: trimmed, cut to length, and its searchable words. */
export function parseQuery(raw: string | string[] | undefined): { text: string; truncated: boolean; words: string[] } {
  const value = (Array.isArray(raw) ? raw[0] : raw) ?? ''
  const collapsed = value.replace(/\s+/g, ' ').trim()
  const truncated = collapsed.length > MAX_QUERY_LENGTH
  const text = truncated ? collapsed.slice(0, MAX_QUERY_LENGTH) : collapsed
  return { text, truncated, words: terms(text).slice(0, MAX_QUERY_TERMS) }
}

/** Filters that narrow results (the news list's region, project and year). */
export interface SearchFilters {
  type?: SearchType
  regionId?: string
  projectId?: string
  year?: number
}

export interface SearchHit {
  doc: SearchDoc
  score: number
  /** Folded query words that matched, for highlighting. */
  matched: string[]
}

export interface SearchResult {
  hits: SearchHit[]
  total: number
  counts: Record<SearchType, number>
  page: number
  totalPages: number
}

function matchesFilters(doc: SearchDoc, filters: SearchFilters): boolean {
  if (filters.regionId && !doc.regionIds.includes(filters.regionId)) return false
  if (filters.projectId && doc.projectId !== filters.projectId) return false
  if (filters.year && (!doc.date || new Date(doc.date).getUTCFullYear() !== filters.year)) return false
  return true
}

/**
 * Ranked results for `words` among `docs` (all words must match; the last may be a prefix, and
 * words of four letters or more match as prefixes, which covers most Russian and Tajik endings).
 * Without words, filtered documents are listed newest first.
 */
export function search(docs: SearchDoc[], words: string[], filters: SearchFilters, page = 1): SearchResult {
  const candidates = docs.filter((doc) => matchesFilters(doc, filters))
  let ranked: SearchHit[]
  if (words.length === 0) {
    ranked = candidates
      .filter((doc) => filters.type || doc.type === 'news')
      .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''))
      .map((doc) => ({ doc, score: 0, matched: [] }))
  } else {
    const index = new MiniSearch<SearchDoc>({
      idField: 'key',
      fields: ['title', 'summary', 'text'],
      extractField: (doc, field) => (field === 'key' ? `${doc.type}:${doc.id}` : String(doc[field as keyof SearchDoc] ?? '')),
      tokenize: (text) => text.match(WORD) ?? [],
      processTerm: (term) => foldForSearch(term),
      searchOptions: {
        boost: { title: 4, summary: 2 },
        combineWith: 'AND',
        prefix: (term, index, all) => term.length >= 4 || index === all.length - 1,
      },
    })
    index.addAll(candidates)
    const byKey = new Map(candidates.map((doc) => [`${doc.type}:${doc.id}`, doc]))
    ranked = index.search(words.join(' ')).flatMap((result) => {
      const doc = byKey.get(String(result.id))
      return doc ? [{ doc, score: result.score, matched: result.terms }] : []
    })
  }
  const counts = Object.fromEntries(searchTypes.map((type) => [type, ranked.filter((hit) => hit.doc.type === type).length])) as Record<SearchType, number>
  const shown = filters.type ? ranked.filter((hit) => hit.doc.type === filters.type) : ranked
  const totalPages = Math.max(1, Math.ceil(shown.length / SEARCH_PAGE_SIZE))
  const current = Math.min(Math.max(1, page), totalPages)
  return { hits: shown.slice((current - 1) * SEARCH_PAGE_SIZE, current * SEARCH_PAGE_SIZE), total: shown.length, counts, page: current, totalPages }
}

/** The years that have news, newest first (the news filter's choices). */
export function newsYears(docs: SearchDoc[]): number[] {
  const years = new Set(docs.filter((doc) => doc.type === 'news' && doc.date).map((doc) => new Date(doc.date ?? '').getUTCFullYear()))
  return [...years].sort((a, b) => b - a)
}

/** A piece of text, marked when it is (part of) a matched word. */
export interface Segment {
  text: string
  match: boolean
}

/** Splits `text` into plain and matched pieces: a word matches when its folded form starts with a matched term. */
export function highlight(text: string, matched: string[]): Segment[] {
  if (matched.length === 0 || !text) return [{ text, match: false }]
  const folded = foldForSearch(text)
  const segments: Segment[] = []
  let last = 0
  for (const word of folded.matchAll(WORD)) {
    const start = word.index ?? 0
    const hit = matched.filter((term) => word[0].startsWith(term)).sort((a, b) => b.length - a.length)[0]
    if (!hit) continue
    if (start > last) segments.push({ text: text.slice(last, start), match: false })
    segments.push({ text: text.slice(start, start + hit.length), match: true })
    last = start + hit.length
  }
  if (last < text.length) segments.push({ text: text.slice(last), match: false })
  return segments
}

/** A passage of about `length` characters around the first match (the start of the text when none). */
export function snippet(text: string, matched: string[], length = 220): string {
  const plain = text.replace(/\s+/g, ' ').trim()
  if (plain.length <= length) return plain
  const folded = foldForSearch(plain)
  const positions = matched.map((term) => folded.search(new RegExp(`(^|[^\\p{L}\\p{N}])${term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u'))).filter((at) => at >= 0)
  const first = positions.length > 0 ? Math.min(...positions) : 0
  let start = Math.max(0, first - Math.floor(length / 3))
  if (start > 0) start = plain.indexOf(' ', start) + 1 || start
  let end = Math.min(plain.length, start + length)
  if (end < plain.length) end = plain.lastIndexOf(' ', end) > start ? plain.lastIndexOf(' ', end) : end
  return `${start > 0 ? '… ' : ''}${plain.slice(start, end)}${end < plain.length ? ' …' : ''}`
}
