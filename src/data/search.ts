import type { Locale } from '@/i18n/locales'
import type { SearchFilters, SearchResult } from '@/lib/search'

import { payloadClient } from './payload'
import { searchIndex } from './searchIndex'

/*
 * Site search for pages: one page of results from the search index (data/searchIndex.ts), which
 * holds only documents published and written in each language (never English fallback text).
 */

/** One page of results for the folded `words` in `locale`, with counts per kind; bounded whatever the site's size. */
export async function searchSite(locale: Locale, words: string[], filters: SearchFilters, page = 1): Promise<SearchResult> {
  return searchIndex(await payloadClient(), locale, words, filters, page)
}
