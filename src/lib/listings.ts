import { defaultLocale, locales, type Locale } from '@/i18n/locales'

/*
 * The news listing index (src/cms/collections/Listings): one small row per news item, language
 * and list it is on, so that every list, count, year and sitemap file is one indexed read of one
 * table, whatever the number of items. A row is on a language's page lists when the item is
 * published in that language or in the default one (pages show a fallback); `translated` marks
 * the rows of items written and published in that language, the only ones feeds, widgets, the
 * JSON API, the year filter and the sitemap list; they carry the item's slug in that language
 * and when it last changed, so that a sitemap file is read from the index alone. A scope names
 * the list: `*` all news, `r:<id>` one region's, `p:<id>` one project's.
 */

/** Which list: what pages show (with fallback), or only what is written in the language. */
export type ListingKind = 'page' | 'translated'

/** Optional narrowing of a news list to one project or one region. */
export interface NewsFilter {
  projectId?: string
  regionId?: string
}

/** The scope of a list (see above). A filter on both region and project uses the region. */
export function listingScope(filter: NewsFilter = {}): string {
  if (filter.regionId) return `r:${filter.regionId}`
  if (filter.projectId) return `p:${filter.projectId}`
  return '*'
}

/** What the index needs to know of a news item, as stored (published version, every language). */
export interface ListedNews {
  id: string
  publishedAt: string
  regionIds: string[]
  projectId: string | null
  /** Its slug in each language it is published and written in (and in no other). */
  slugs: Partial<Record<Locale, string>>
  /** When the stored item last changed (the sitemap's lastmod). */
  updatedAt: string | null
}

/** One row of the index. */
export interface ListingRow {
  key: string
  doc: string
  locale: Locale
  scope: string
  translated: boolean
  publishedAt: string
  year: number
  /** The item's slug in the row's language on `translated` rows (the sitemap's address), else null. */
  slug: string | null
  modifiedAt: string | null
}

/** Every row a news item has: per language where pages show it, one for each list it is on. */
export function listingRows(news: ListedNews): ListingRow[] {
  const year = new Date(news.publishedAt).getUTCFullYear()
  const filters: NewsFilter[] = [{}, ...news.regionIds.map((regionId) => ({ regionId })), ...(news.projectId ? [{ projectId: news.projectId }] : [])]
  return locales.flatMap((locale) => {
    const translated = locale in news.slugs
    if (!translated && !(defaultLocale in news.slugs)) return []
    return filters.map((filter) => {
      const scope = listingScope(filter)
      const slug = news.slugs[locale] ?? null
      return { key: `${news.id}|${locale}|${scope}`, doc: news.id, locale, scope, translated, publishedAt: news.publishedAt, year, slug, modifiedAt: news.updatedAt }
    })
  })
}
