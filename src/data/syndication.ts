import { unstable_cache } from 'next/cache'
import type { Where } from 'payload'

import { defaultLocale, locales, type Locale } from '@/i18n/locales'
import type { NewsFilter } from '@/lib/listings'
import type { EmbedKind } from '@/lib/routes'

import { cacheTags, SYNDICATION_TTL } from './cacheTags'
import { toViews, type Raw, type ViewOf } from './documents'
import { listedNews } from './listings'
import { payloadClient, translatedRead, writtenIn } from './payload'
import type { ListPage, NewsView, ProjectView, RegionView } from './views'

/*
 * What partners read (feeds, widgets, oEmbed, the public JSON API) is stricter than the pages:
 * only documents published AND written in the requested language. Pages fall back to the default
 * language with a note; a feed or a widget on someone else's site cannot carry that note, so an
 * untranslated item is simply absent there.
 */

/** News written and published in `locale`, newest first; optionally of one project or region. */
export function loadTranslatedNews(locale: Locale, options: NewsFilter & { page?: number; limit: number }): Promise<ListPage<NewsView>> {
  return listedNews(locale, 'translated', options)
}

/** Projects or regions written (and, for projects, published) in `locale`. */
export async function loadTranslatedList<C extends 'projects' | 'regions'>(
  collection: C,
  locale: Locale,
  options: { page?: number; limit: number },
): Promise<ListPage<ViewOf<C>>> {
  const payload = await payloadClient()
  const result = await payload.find({
    collection,
    ...translatedRead(locale),
    where: writtenIn(collection),
    sort: collection === 'projects' ? '-startDate' : 'order',
    page: options.page ?? 1,
    limit: options.limit,
    depth: 1,
  })
  return {
    items: await toViews(collection, locale, result.docs as Raw<C>[]),
    page: result.page ?? 1,
    totalPages: Math.max(result.totalPages, 1),
    totalDocs: result.totalDocs,
  }
}

/** One document by its slug in `locale`, only if it is written (and published) in that language. */
export async function loadTranslatedBySlug<C extends 'news' | 'projects' | 'regions'>(collection: C, locale: Locale, slug: string): Promise<ViewOf<C> | null> {
  return loadTranslatedWhere(collection, locale, { slug: { equals: slug } })
}

/** The one document matching `where` that is written (and published) in `locale`, as its view. */
async function loadTranslatedWhere<C extends 'news' | 'projects' | 'regions'>(collection: C, locale: Locale, where: Where): Promise<ViewOf<C> | null> {
  const payload = await payloadClient()
  const result = await payload.find({
    collection,
    ...translatedRead(locale),
    where: { and: [where, writtenIn(collection)] },
    limit: 1,
    pagination: false,
    depth: 1,
  })
  const [view] = await toViews(collection, locale, result.docs as Raw<C>[])
  return view ?? null
}

/** Payload's ids: UUIDs on SQLite (src/cms/database.ts sets `idType: 'uuid'`), ObjectIds on MongoDB. */
const documentId = /^(?:[0-9a-f]{24}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i

/**
 * One project or region as partners address it: by its slug in `locale`, by its slug in any other
 * language, or by its id; answered in `locale`, and only if written (and published) there. Widgets
 * and oEmbed take a pasted address as it comes (`/embed/tg/projects/<English slug>`), the way the
 * page itself redirects to its Tajik slug. At most one query per language, then one by id.
 */
export async function loadTranslatedByKey<C extends 'projects' | 'regions'>(collection: C, locale: Locale, key: string): Promise<ViewOf<C> | null> {
  const own = await loadTranslatedBySlug(collection, locale, key)
  if (own) return own
  const payload = await payloadClient()
  let id: string | null = null
  for (const other of locales) {
    if (other === locale) continue
    // The slug of a translation published in that language (drafts' slugs stay unknown).
    const found = await payload.find({
      collection,
      ...translatedRead(other),
      where: { and: [{ slug: { equals: key } }, writtenIn(collection)] },
      select: { slug: true },
      depth: 0,
      limit: 1,
      pagination: false,
    })
    const match = found.docs[0] as { id: string } | undefined
    if (match) {
      id = String(match.id)
      break
    }
  }
  if (!id && documentId.test(key)) id = key
  if (!id) return null
  return loadTranslatedWhere(collection, locale, { id: { equals: id } })
}

/** The site's name in `locale` (falls back to the default language: it is our own name). */
export async function loadSiteName(locale: Locale): Promise<string> {
  const payload = await payloadClient()
  const site = await payload.findGlobal({ slug: 'site', locale, fallbackLocale: defaultLocale, overrideAccess: false, depth: 0 })
  return site.name
}

/** What a feed or a widget shows: all news, or one project's or region's. */
export type FeedScope = { kind: 'news' } | { kind: EmbedKind; slug: string }

/** The owner of a feed: the site (all news), or a project or region written in that language. */
export type ScopeOwner = { kind: 'news' } | { kind: 'projects'; doc: ProjectView } | { kind: 'regions'; doc: RegionView }

export interface SyndicationData {
  siteName: string
  owner: ScopeOwner
  items: NewsView[]
}

/**
 * Everything one feed or widget needs, or null when the project or region does not exist in
 * that language (then the feed is a 404, never a default-language feed under a Russian URL).
 */
export async function loadSyndication(locale: Locale, scope: FeedScope, limit: number): Promise<SyndicationData | null> {
  const siteName = await loadSiteName(locale)
  if (scope.kind === 'news') {
    const { items } = await loadTranslatedNews(locale, { limit })
    return { siteName, owner: { kind: 'news' }, items }
  }
  if (scope.kind === 'projects') {
    const doc = await loadTranslatedByKey('projects', locale, scope.slug)
    if (!doc) return null
    const { items } = await loadTranslatedNews(locale, { projectId: doc.id, limit })
    return { siteName, owner: { kind: 'projects', doc }, items }
  }
  const doc = await loadTranslatedByKey('regions', locale, scope.slug)
  if (!doc) return null
  const { items } = await loadTranslatedNews(locale, { regionId: doc.id, limit })
  return { siteName, owner: { kind: 'regions', doc }, items }
}

const cacheOptions = { tags: [cacheTags.syndication], revalidate: SYNDICATION_TTL }

/*
 * The cached getters the endpoints call. Next keys each entry by its arguments; Payload's hooks
 * expire the tag on every change. The load* functions above stay uncached for tests. A database
 * error throws (and is not cached), so a partner never gets a cached empty feed. A null answer
 * (nothing there) is not stored either (scripts/server/cacheHandler.mjs), so made-up slugs and
 * page numbers cost a query each but take no room in the cache.
 */

/**
 * A page of a list, or null past its last page (a made-up page number, which nothing caches). Told
 * by the page being empty: past the end, Payload's SQLite adapter answers page 1 of 0.
 */
function untilLastPage<A extends [...unknown[], { page?: number }], T extends ListPage<unknown>>(load: (...args: A) => Promise<T>) {
  return async (...args: A): Promise<T | null> => {
    const list = await load(...args)
    const asked = (args.at(-1) as { page?: number }).page ?? 1
    return asked > 1 && list.items.length === 0 ? null : list
  }
}

/** Cached `loadSyndication`. */
export const getSyndication = unstable_cache(loadSyndication, ['syndication'], cacheOptions)
/** Cached `loadTranslatedNews`; null past the last page. */
export const getTranslatedNews = unstable_cache(untilLastPage(loadTranslatedNews), ['translated-news'], cacheOptions)
/** Cached `loadTranslatedList`; null past the last page. */
export const getTranslatedList = unstable_cache(untilLastPage(loadTranslatedList), ['translated-list'], cacheOptions)
/** Cached `loadSiteName`. */
export const getSiteName = unstable_cache(loadSiteName, ['site-name'], cacheOptions)
/** Cached `loadTranslatedBySlug`. */
export const getTranslatedBySlug = unstable_cache(loadTranslatedBySlug, ['translated-by-slug'], cacheOptions)
/** Cached `loadTranslatedByKey`. */
export const getTranslatedByKey = unstable_cache(loadTranslatedByKey, ['translated-by-key'], cacheOptions)
