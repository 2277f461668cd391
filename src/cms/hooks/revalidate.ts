import { revalidatePath, revalidateTag } from 'next/cache'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook, PayloadRequest } from 'payload'

import { cacheTags } from '@/data/cacheTags'
import { defaultLocale, isLocale, locales, type Locale } from '@/i18n/locales'
import { purgeSharedCaches } from '@/lib/purge'
import { documentRoute, routePatterns, routes, type Section } from '@/lib/routes'
import { pageKey, patternKinds, SITE_KEY, SYNDICATION_KEY } from '@/lib/surrogateKeys.mjs'

import { isPublic, keepingLocale } from './requestHelpers'

/*
 * On-demand revalidation after a change, in two speeds:
 * - the changed document's own pages (every language, and its previous slug) expire at once, so
 *   the next request renders them fresh: whoever opens the item sees the change;
 * - everything else that shows it (home and list pages, other documents' pages, and the cached data
 *   behind feeds, widgets, oEmbed, the JSON API, search and the sitemap: data/cacheTags.ts) goes
 *   stale-while-revalidate: the next reader gets the previous page at once while the new one
 *   renders in the background, so nobody waits for a cold render of a list after a publish.
 * Pages read Payload directly, so their cache entries are keyed by path; a path is known here
 * without another query per page. The cache handler keeps stale entries (scripts/server/cacheHandler.mjs).
 */

type Pattern = (typeof routePatterns)[keyof typeof routePatterns]

interface Target {
  /** Expire at once: the document's own pages. */
  paths: Set<string>
  /** Expire at once: every page of these kinds (a deleted document's, whose slugs are gone). */
  patterns: Set<Pattern>
  /** Stale-while-revalidate: these exact pages (home pages). */
  stalePaths: Set<string>
  /** Stale-while-revalidate: every page of these kinds. */
  stalePatterns: Set<Pattern>
}

const emptyTarget = (): Target => ({ paths: new Set(), patterns: new Set(), stalePaths: new Set(), stalePatterns: new Set() })

/**
 * The tag Next gives every cached page under `path` (with `type`, every page of a route folder):
 * the one `revalidatePath(path, type)` expires. Next 16's revalidatePath has no stale-while-
 * revalidate form, so we mark the same tag with revalidateTag's 'max' profile. The format is
 * Next's (`_N_T_` + path [+ '/page' | '/layout']); tests/e2e/publishing.e2e.spec.ts fails if it changes.
 */
function pathTag(path: string, type?: 'page' | 'layout'): string {
  return `_N_T_${path}${type ? `/${type}` : ''}`
}

/** Next's revalidation API, absent outside a Next server (seed, migrations, tests): then a no-op. */
function outsideNextIsFine(revalidate: () => void): void {
  try {
    revalidate()
  } catch {
    // No Next.js cache in this process: nothing to revalidate.
  }
}

/** Redirects changed: the next request to an old address follows the new rule. */
export function expireRedirects(): void {
  outsideNextIsFine(() => revalidateTag(cacheTags.redirects, { expire: 0 }))
}

/** The name of a route pattern in `routePatterns`, whose kind key src/lib/surrogateKeys.mjs gives. */
const patternNames = new Map(Object.entries(routePatterns).map(([name, pattern]) => [pattern, name as keyof typeof routePatterns]))

/**
 * The surrogate keys of everything `target` revalidates (src/lib/surrogateKeys.mjs): a CDN that
 * purges them drops exactly the answers Next's cache renews here.
 */
export function surrogateKeysOf(target: Target): Set<string> {
  const keys = new Set<string>([SYNDICATION_KEY])
  for (const path of [...target.paths, ...target.stalePaths]) keys.add(pageKey(path))
  for (const pattern of [...target.patterns, ...target.stalePatterns]) {
    const name = patternNames.get(pattern)
    if (name) keys.add(patternKinds[name])
  }
  return keys
}

function revalidate(req: PayloadRequest, target: Target): void {
  // After Next's own revalidation below (synchronous): a CDN that refetches finds the new state.
  queueMicrotask(() => purgeSharedCaches(surrogateKeysOf(target), req.payload.logger))
  try {
    revalidateTag(cacheTags.syndication, 'max')
    for (const path of target.stalePaths) revalidateTag(pathTag(path), 'max')
    for (const pattern of target.stalePatterns) revalidateTag(pathTag(pattern, 'page'), 'max')
    for (const path of target.paths) revalidatePath(path)
    for (const pattern of target.patterns) revalidatePath(pattern, 'page')
  } catch (error) {
    // Outside a Next server (CLI scripts) there is no cache to revalidate; never fail the save.
    req.payload.logger.warn({ msg: 'Revalidation skipped', err: error })
  }
}

/** The document's slug in every language; untranslated languages use the default language's slug. */
async function slugsOf(req: PayloadRequest, collection: 'news' | 'projects' | 'regions', id: string | number) {
  const doc = await keepingLocale(req, () =>
    req.payload.findByID({ collection, id, locale: 'all', depth: 0, select: { slug: true }, overrideAccess: true, disableErrors: true, req }),
  )
  const all = (doc?.slug ?? {}) as unknown as Partial<Record<Locale, string>>
  return locales.flatMap((locale) => {
    const slug = all[locale] ?? all[defaultLocale]
    return slug ? [{ locale, slug }] : []
  })
}

const sectionOf = { news: 'news', projects: 'projects', regions: 'regions' } as const satisfies Record<string, Section>

const detailPattern = {
  news: routePatterns.news,
  projects: routePatterns.project,
  regions: routePatterns.region,
} as const

/**
 * afterChange for news, projects and regions: the document's own pages in every language (and its
 * previous slug) at once, the pages that list or mention it stale-while-revalidate. Drafts of
 * unpublished documents touch nothing.
 */
export function revalidateDocument(
  collection: 'news' | 'projects' | 'regions',
  listPatterns: Pattern[],
): { afterChange: CollectionAfterChangeHook; afterDelete: CollectionAfterDeleteHook } {
  const section = sectionOf[collection]
  const listTargets = (target: Target) => {
    for (const locale of locales) target.stalePaths.add(routes.home(locale))
    for (const pattern of listPatterns) target.stalePatterns.add(pattern)
  }
  return {
    afterChange: async ({ doc, previousDoc, req, context }) => {
      if (context.disableRevalidate) return doc
      // previousDoc is an empty object on create: only a stored document can have been public.
      const wasPublic = Boolean(previousDoc?.id) && isPublic(previousDoc)
      if (!isPublic(doc) && !wasPublic) return doc
      const target = emptyTarget()
      for (const { locale, slug } of await slugsOf(req, collection, doc.id)) {
        target.paths.add(documentRoute(section, locale, slug))
      }
      if (previousDoc?.slug && previousDoc.slug !== doc.slug && isLocale(req.locale)) {
        // The default language's slug is also the address of every untranslated language's page.
        for (const locale of req.locale === defaultLocale ? locales : [req.locale]) {
          target.paths.add(documentRoute(section, locale, previousDoc.slug))
        }
      }
      listTargets(target)
      revalidate(req, target)
      return doc
    },
    afterDelete: async ({ doc, req, context }) => {
      if (context.disableRevalidate) return doc
      // The deleted document's slugs are gone with it: every page of its kind expires at once.
      const target = emptyTarget()
      target.patterns.add(detailPattern[collection])
      listTargets(target)
      revalidate(req, target)
      return doc
    },
  }
}

/** Contacts and media appear on many pages (regions, contacts, covers): those kinds, stale-while-revalidate. */
export function revalidatePatterns(patterns: Pattern[]): {
  afterChange: CollectionAfterChangeHook
  afterDelete: CollectionAfterDeleteHook
} {
  const run = (req: PayloadRequest, context: Record<string, unknown>) => {
    if (context.disableRevalidate) return
    revalidate(req, { ...emptyTarget(), stalePatterns: new Set(patterns) })
  }
  return {
    afterChange: ({ doc, req, context }) => {
      run(req, context)
      return doc
    },
    afterDelete: ({ doc, req, context }) => {
      run(req, context)
      return doc
    },
  }
}

/**
 * The Site global (name, navigation, footer) is on every page. Not a publish but a rare settings
 * change, shown everywhere at once: every page and the partners' data expire (the next request of
 * each renders fresh; the server tests rely on it to make every page cold).
 */
export const revalidateEverything: GlobalAfterChangeHook = ({ doc, req, context }) => {
  if (!context.disableRevalidate) expireEverything(req)
  return doc
}

/**
 * Every page, every cached piece of data and every redirect expire at once; a CDN in front is asked
 * to purge the whole site. For the Site global and for a refresh after a command-line task
 * (src/cms/endpoints/siteRefresh.ts).
 */
export function expireEverything(req: PayloadRequest): void {
  queueMicrotask(() => purgeSharedCaches([SITE_KEY], req.payload.logger))
  try {
    revalidateTag(cacheTags.syndication, { expire: 0 })
    revalidateTag(cacheTags.redirects, { expire: 0 })
    revalidatePath(routePatterns.root, 'layout')
  } catch (error) {
    req.payload.logger.warn({ msg: 'Revalidation skipped', err: error })
  }
}
