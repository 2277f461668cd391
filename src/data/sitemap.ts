import { unstable_cache } from 'next/cache'

import { locales, type Locale } from '@/i18n/locales'
import { alternatesOf, documentRoute, routes } from '@/lib/routes'

import { cacheTags, SYNDICATION_TTL } from './cacheTags'
import { listedInMonth, listedMonths, type Month } from './listings'
import { loadNewsYears } from './news'
import { languageSelect, payloadClient } from './payload'
import { publicSlugs } from './reshape'

/** One page of the sitemap: its address in every language it is published in. */
export interface SitemapPage {
  paths: Partial<Record<Locale, string>>
  lastModified: string | null
  /** x-default when it is not the English page (the home page's is `/`, which negotiates). */
  xDefault?: string
}

/**
 * The sitemap is an index of files, each read with bounded queries of small index rows: `pages`
 * (home, lists, contacts, every project and region) and one file of news per month with news
 * (`news-2026-11`). A month holds at most NEWS_PER_FILE items per language (3 × 16,000 = 48,000
 * URLs, under the protocol's 50,000). Per month, not per year: at 100,000 items a year's file was
 * 9 MB of XML, made afresh for each request; a month's is under 1 MB.
 */
export const NEWS_PER_FILE = 16_000
/** Projects and regions are tens, not thousands: a cap, not a page size. */
const SECTION_CAP = 2_000

/** The name of a sitemap file: `pages`, or `news-<year>-<month>`. */
export type SitemapFile = 'pages' | `news-${Month}`

/** Published projects or regions (tens, not thousands), with the languages they are public in. */
async function documentPages(collection: 'projects' | 'regions'): Promise<SitemapPage[]> {
  const payload = await payloadClient()
  const result = await payload.find({
    collection,
    locale: 'all',
    draft: false,
    depth: 0,
    limit: SECTION_CAP,
    pagination: false,
    select: { ...languageSelect(collection), updatedAt: true },
  })
  if (result.docs.length === SECTION_CAP) payload.logger.warn(`Sitemap: ${collection} capped at ${SECTION_CAP} documents`)
  return result.docs.flatMap((doc) => {
    const raw = doc as unknown as Record<string, unknown>
    const paths: Partial<Record<Locale, string>> = {}
    for (const [locale, slug] of Object.entries(publicSlugs(collection, raw)) as [Locale, string][]) {
      paths[locale] = documentRoute(collection, locale, slug)
    }
    return Object.keys(paths).length > 0 ? [{ paths, lastModified: (raw.updatedAt as string | undefined) ?? null }] : []
  })
}

/** Pages that exist in every language: home and the section lists. */
function everyLanguage(build: (locale: Locale) => string, lastModified: string | null): SitemapPage {
  return { paths: alternatesOf(build), lastModified }
}

const newest = (pages: SitemapPage[]) => pages.map((page) => page.lastModified).filter(Boolean).sort().at(-1) ?? null

/** The months with news published in any language, newest first. */
async function newsMonths(): Promise<Month[]> {
  const years = [...new Set((await Promise.all(locales.map((locale) => loadNewsYears(locale)))).flat())]
  const months = await Promise.all(years.flatMap((year) => locales.map((locale) => listedMonths(locale, year))))
  return [...new Set(months.flat())].sort().reverse()
}

/** The files of the sitemap, in the order the index lists them. */
export async function loadSitemapFiles(): Promise<SitemapFile[]> {
  return ['pages', ...(await newsMonths()).map((month) => `news-${month}` as const)]
}

/**
 * One sitemap file's pages, each in every language it is published in; null for a file that does
 * not exist. A page shown in a language only as English fallback is not listed there.
 */
export async function loadSitemapFile(file: string): Promise<SitemapPage[] | null> {
  if (file === 'pages') {
    const [projects, regions] = await Promise.all([documentPages('projects'), documentPages('regions')])
    const latest = newest([...projects, ...regions])
    return [
      { ...everyLanguage(routes.home, latest), xDefault: '/' },
      everyLanguage((locale) => routes.newsIndex(locale), null),
      everyLanguage(routes.projectsIndex, newest(projects)),
      everyLanguage(routes.regionsIndex, newest(regions)),
      everyLanguage(routes.contacts, null),
      ...projects,
      ...regions,
    ]
  }
  const month = /^news-(\d{4}-(?:0[1-9]|1[0-2]))$/.exec(file)?.[1] as Month | undefined
  if (!month) return null
  // From the listing index alone: one indexed range per language of small rows. A month without
  // news has none, and so no file.
  const pages = new Map<string, SitemapPage>()
  for (const { doc, locale, slug, modifiedAt } of await listedInMonth(month, NEWS_PER_FILE)) {
    const page = pages.get(doc) ?? { paths: {}, lastModified: modifiedAt }
    page.paths[locale] = documentRoute('news', locale, slug)
    pages.set(doc, page)
  }
  return pages.size > 0 ? [...pages.values()] : null
}

/** Cached `loadSitemapFiles` (expired with the feeds when content changes). */
export const getSitemapFiles = unstable_cache(loadSitemapFiles, ['sitemap-files'], { tags: [cacheTags.syndication], revalidate: SYNDICATION_TTL })
/** Cached `loadSitemapFile` (a month of a few hundred items is far under the 2 MB Next's data cache keeps). */
export const getSitemapFile = unstable_cache(loadSitemapFile, ['sitemap-file'], { tags: [cacheTags.syndication], revalidate: SYNDICATION_TTL })
