import { unstable_cache } from 'next/cache'
import type { Locale } from '@/i18n/locales'
import type { NewsFilter } from '@/lib/listings'
import { compareIn } from '@/lib/text'

import { cacheTags, SYNDICATION_TTL } from './cacheTags'
import { findBySlug } from './documents'
import { listedNews, listedYears } from './listings'
import { payloadClient, translatedRead, writtenIn } from './payload'
import type { FilterOption, ListPage, NewsFilterOptions, NewsView, SlugLookup } from './views'

/** How many news items a list page shows. */
export const NEWS_PAGE_SIZE = 10

export type { NewsFilter } from '@/lib/listings'

/** Published news, newest first, one page at a time (pages: untranslated items in the default language). */
export function getNewsPage(locale: Locale, page = 1, limit = NEWS_PAGE_SIZE, filter: NewsFilter = {}): Promise<ListPage<NewsView>> {
  return listedNews(locale, 'page', { ...filter, page, limit })
}

/** The latest few published news items (home, project and region pages). */
export async function getLatestNews(locale: Locale, limit: number, filter: NewsFilter = {}): Promise<NewsView[]> {
  return (await getNewsPage(locale, 1, limit, filter)).items
}

/** One published news item by its slug in `locale` (or its default-language slug when untranslated). */
export function getNewsBySlug(locale: Locale, slug: string): Promise<SlugLookup<NewsView>> {
  return findBySlug('news', locale, slug)
}

/** The years that have news written in `locale`, newest first (the news filter's choices, the sitemap's files). */
export function loadNewsYears(locale: Locale): Promise<number[]> {
  return listedYears(locale)
}

/** Cached `loadNewsYears`. */
export const getNewsYears = unstable_cache(loadNewsYears, ['news-years'], { tags: [cacheTags.syndication], revalidate: SYNDICATION_TTL })

/** What the news filters offer in `locale`. */
export async function getNewsFilterOptions(locale: Locale): Promise<NewsFilterOptions> {
  const payload = await payloadClient()
  const options = async (collection: 'regions' | 'projects'): Promise<FilterOption[]> => {
    const { docs } = await payload.find({
      collection,
      ...translatedRead(locale),
      where: writtenIn(collection),
      select: collection === 'regions' ? { name: true, slug: true } : { title: true, slug: true },
      depth: 0,
      limit: 500,
      pagination: false,
    })
    return docs.flatMap((doc) => {
      const title = 'name' in doc ? doc.name : 'title' in doc ? doc.title : null
      return typeof title === 'string' && doc.slug ? [{ id: String(doc.id), slug: doc.slug, title }] : []
    })
  }
  const [regions, projects, years] = await Promise.all([options('regions'), options('projects'), getNewsYears(locale)])
  // Alphabetical in the page's language (Tajik by its own alphabet, lib/text.ts).
  const compare = compareIn(locale)
  const byTitle = (a: FilterOption, b: FilterOption) => compare(a.title, b.title)
  return { regions: regions.sort(byTitle), projects: projects.sort(byTitle), years }
}
