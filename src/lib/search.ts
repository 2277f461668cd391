import { foldForSearch } from './text'

/*
 * Site search, the pure part: what a query means (folded words, filters, page), which words a
 * result matched, highlights and snippets. The index itself lives in the database (src/data/
 * searchIndex.ts); every indexed and queried word is folded the same way (lib/text.ts), so
 * "Хучанд" typed on a Russian keyboard finds "Хуҷанд".
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
/** Results per page: every page of results is one bounded query. */
export const SEARCH_PAGE_SIZE = 10
/** Characters of a document's text that are indexed and shown in snippets (bounds the index's rows). */
export const MAX_INDEXED_TEXT = 32_000

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
  /** The document's folded words that the query matched, for highlighting. */
  matched: string[]
}

export interface SearchResult {
  hits: SearchHit[]
  total: number
  counts: Record<SearchType, number>
  page: number
  totalPages: number
}

/** The page shown when `requested` is asked among `total` results (out-of-range pages show the nearest), and its first result. */
export function pageOf(total: number, requested: number): { page: number; totalPages: number; offset: number } {
  const totalPages = Math.max(1, Math.ceil(total / SEARCH_PAGE_SIZE))
  const page = Math.min(Math.max(1, requested), totalPages)
  return { page, totalPages, offset: (page - 1) * SEARCH_PAGE_SIZE }
}

/**
 * Whether a query word matches word beginnings: the last word (still being typed) and words of
 * four letters or more (which covers most Russian and Tajik endings); shorter words match whole.
 */
export function matchesAsPrefix(word: string, index: number, count: number): boolean {
  return word.length >= 4 || index === count - 1
}

/** Whether the folded `term` of a text is matched by query word `word` (at `index` of `count`). */
function termMatches(term: string, word: string, index: number, count: number): boolean {
  return matchesAsPrefix(word, index, count) ? term.startsWith(word) : term === word
}

/** The folded words of a document's text that the query's words match, for highlighting. */
export function matchedTerms(doc: Pick<SearchDoc, 'title' | 'summary' | 'text'>, words: string[]): string[] {
  const found = new Set<string>()
  for (const term of new Set(terms(`${doc.title} ${doc.summary} ${doc.text}`))) {
    if (words.some((word, index) => termMatches(term, word, index, words.length))) found.add(term)
  }
  return [...found]
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
