import { unstable_cache } from 'next/cache'

import type { Locale } from '@/i18n/locales'
import { alternatesOf, documentRoute, routes, type Section } from '@/lib/routes'

import { cacheTags, SYNDICATION_TTL } from './cacheTags'
import { NEWS_PAGE_SIZE } from './news'
import { languageSelect, payloadClient } from './payload'
import { publicSlugs } from './reshape'

/** One page of the sitemap: its address in every language it is published in. */
export interface SitemapPage {
  paths: Partial<Record<Locale, string>>
  lastModified: string | null
  /** x-default when it is not the English page (the home page's is `/`, which negotiates). */
  xDefault?: string
}

/** Published documents of a collection with the languages they are written in. */
async function documentPages(collection: Section): Promise<SitemapPage[]> {
  const payload = await payloadClient()
  const result = await payload.find({
    collection,
    locale: 'all',
    overrideAccess: false,
    draft: false,
    depth: 0,
    pagination: false,
    select: { ...languageSelect(collection), updatedAt: true },
  })
  return result.docs.flatMap((doc) => {
    const raw = doc as unknown as Record<string, unknown>
    const paths: Partial<Record<Locale, string>> = {}
    for (const [locale, slug] of Object.entries(publicSlugs(collection, raw)) as [Locale, string][]) {
      paths[locale] = documentRoute(collection, locale, slug)
    }
    return Object.keys(paths).length > 0 ? [{ paths, lastModified: (raw.updatedAt as string | undefined) ?? null }] : []
  })
}

/** Pages that exist in every language: home, lists, and every page of the news list. */
function everyLanguage(build: (locale: Locale) => string, lastModified: string | null): SitemapPage {
  return { paths: alternatesOf(build), lastModified }
}

/**
 * Every public page in every language it is published in. A page shown in a language only as
 * English fallback is not listed there (it is a copy of the English page).
 */
export async function loadSitemapPages(): Promise<SitemapPage[]> {
  const [news, projects, regions] = await Promise.all([documentPages('news'), documentPages('projects'), documentPages('regions')])
  const newest = (pages: SitemapPage[]) => pages.map((page) => page.lastModified).filter(Boolean).sort().at(-1) ?? null
  const latest = newest([...news, ...projects, ...regions])
  const newsPages = Math.max(1, Math.ceil(news.length / NEWS_PAGE_SIZE))
  return [
    { ...everyLanguage(routes.home, latest), xDefault: '/' },
    ...Array.from({ length: newsPages }, (_, index) => everyLanguage((locale) => routes.newsIndex(locale, index + 1), newest(news))),
    everyLanguage(routes.projectsIndex, newest(projects)),
    everyLanguage(routes.regionsIndex, newest(regions)),
    everyLanguage(routes.contacts, null),
    ...news,
    ...projects,
    ...regions,
  ]
}

/** Cached `loadSitemapPages` (expired with the feeds when content changes). */
export const getSitemapPages = unstable_cache(loadSitemapPages, ['sitemap'], { tags: [cacheTags.syndication], revalidate: SYNDICATION_TTL })
