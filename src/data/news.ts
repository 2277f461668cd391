import { unstable_cache } from 'next/cache'
import type { Where } from 'payload'

import type { Locale } from '@/i18n/locales'
import type { News } from '@/payload-types'

import { findBySlug, localize, type Localized, type SlugLookup } from './documents'
import { cacheTags, SYNDICATION_TTL } from './cacheTags'
import { payloadClient, publicRead, translatedRead, writtenIn } from './payload'

/** How many news items a list page shows. */
export const NEWS_PAGE_SIZE = 10

export interface NewsPage {
  items: Localized<News>[]
  page: number
  totalPages: number
  totalDocs: number
}

/** Optional narrowing of a news list to one project or one region. */
export interface NewsFilter {
  projectId?: string
  regionId?: string
}

function whereFor(filter: NewsFilter): Where | undefined {
  const and: Where[] = []
  if (filter.projectId) and.push({ project: { equals: filter.projectId } })
  if (filter.regionId) and.push({ regions: { in: [filter.regionId] } })
  return and.length > 0 ? { and } : undefined
}

/** Published news, newest first, one page at a time. */
export async function getNewsPage(locale: Locale, page = 1, limit = NEWS_PAGE_SIZE, filter: NewsFilter = {}): Promise<NewsPage> {
  const payload = await payloadClient()
  const result = await payload.find({
    collection: 'news',
    ...publicRead(locale),
    where: whereFor(filter),
    sort: '-publishedAt',
    page,
    limit,
    depth: 1,
  })
  return {
    items: await localize('news', locale, result.docs),
    page: result.page ?? page,
    totalPages: Math.max(result.totalPages, 1),
    totalDocs: result.totalDocs,
  }
}

/** The latest few published news items (home, project and region pages). */
export async function getLatestNews(locale: Locale, limit: number, filter: NewsFilter = {}): Promise<Localized<News>[]> {
  return (await getNewsPage(locale, 1, limit, filter)).items
}

/** One published news item by its slug in `locale` (or its English slug when untranslated). */
export function getNewsBySlug(locale: Locale, slug: string): Promise<SlugLookup<News>> {
  return findBySlug('news', locale, slug, 1)
}

/** The years that have news written in `locale`, newest first (the news filter's choices). */
export async function loadNewsYears(locale: Locale): Promise<number[]> {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'news',
    ...translatedRead(locale),
    where: writtenIn('news'),
    select: { publishedAt: true },
    depth: 0,
    pagination: false,
  })
  return [...new Set(docs.map((doc) => new Date(doc.publishedAt).getUTCFullYear()))].sort((a, b) => b - a)
}

/** Cached `loadNewsYears`: one light query instead of reading every news body for a list of years. */
export const getNewsYears = unstable_cache(loadNewsYears, ['news-years'], { tags: [cacheTags.syndication], revalidate: SYNDICATION_TTL })
