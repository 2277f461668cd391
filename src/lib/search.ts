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

/** A region or project a search can be narrowed to, by its slug in the search's language. */
export interface FilterChoice {
  id: string
  slug: string
}

/** What a search page was asked, read from its query string: the cleaned query, filters and page. */
export interface SearchRequest {
  query: ReturnType<typeof parseQuery>
  type?: SearchType
  region?: FilterChoice
  project?: FilterChoice
  year?: number
  page: number
  /** A filter named something unknown (the page says so and ignores it). */
  unknownFilter: boolean
  /** Text was typed but none of it is searchable (only symbols). */
  noWords: boolean
}

type QueryValue = string | string[] | undefined

const first = (value: QueryValue) => (Array.isArray(value) ? value[0] : value) ?? ''

/** Reads a search page's query string against the regions and projects that exist in its language. */
export function readSearchRequest(params: Record<string, QueryValue>, choices: { regions: FilterChoice[]; projects: FilterChoice[] }): SearchRequest {
  const query = parseQuery(params.q)
  const typeText = first(params.type)
  const type = (searchTypes as readonly string[]).includes(typeText) ? (typeText as SearchType) : undefined
  const regionSlug = first(params.region)
  const projectSlug = first(params.project)
  const yearText = first(params.year)
  const region = regionSlug ? choices.regions.find((choice) => choice.slug === regionSlug) : undefined
  const project = projectSlug ? choices.projects.find((choice) => choice.slug === projectSlug) : undefined
  const year = /^\d{4}$/.test(yearText) ? Number(yearText) : undefined
  const pageText = first(params.page)
  return {
    query,
    type,
    region,
    project,
    year,
    page: /^\d{1,4}$/.test(pageText) ? Number(pageText) : 1,
    unknownFilter: Boolean((typeText && !type) || (regionSlug && !region) || (projectSlug && !project) || (yearText && !year)),
    noWords: query.words.length === 0 && first(params.q).trim() !== '',
  }
}

/** The filters a request narrows the results by (region, project and year narrow to news). */
export function filtersOf(request: SearchRequest): SearchFilters & { narrowed: boolean } {
  const narrowed = Boolean(request.region || request.project || request.year)
  return {
    type: request.type ?? (narrowed ? 'news' : undefined),
    regionId: request.region?.id,
    projectId: request.project?.id,
    year: request.year,
    narrowed,
  }
}

/** The query string of a search request with some parameters changed (links to other kinds or pages). */
export function searchQuery(request: SearchRequest, changes: Partial<Record<'type' | 'page', string | number | undefined>> = {}): Record<string, string | number | undefined> {
  return { q: request.query.text, type: request.type, region: request.region?.slug, project: request.project?.slug, year: request.year, ...changes }
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
