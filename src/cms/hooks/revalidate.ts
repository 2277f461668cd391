import { revalidatePath, revalidateTag } from 'next/cache'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook, PayloadRequest } from 'payload'

import { cacheTags } from '@/data/cacheTags'
import { defaultLocale, locales, type Locale } from '@/i18n/locales'
import { documentRoute, routePatterns, routes, type Section } from '@/lib/routes'

import { isPublic, keepingLocale } from './requestHelpers'

/*
 * On-demand revalidation of the statically cached public pages, and expiry of the cached data
 * partners read (feeds, widgets, oEmbed, the public JSON API: one tag, data/cacheTags.ts). We revalidate by path (built by
 * lib/routes.ts) rather than by cache tag: pages read Payload directly, so their full-route cache
 * entries are keyed by path, and a path is known here without another query per page.
 */

type Pattern = (typeof routePatterns)[keyof typeof routePatterns]

interface Target {
  paths: Set<string>
  patterns: Set<Pattern>
}

/**
 * Expires the cached data partners, search and redirects read, at once (not stale-while-
 * revalidate): the next request is fresh. Outside a Next server (CLI scripts) there is nothing to
 * expire.
 */
export function expireSyndication(): void {
  try {
    revalidateTag(cacheTags.syndication, { expire: 0 })
  } catch {
    // No Next.js cache in this process (seed, migrations, tests).
  }
}

function revalidate(req: PayloadRequest, target: Target): void {
  try {
    expireSyndication()
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
 * previous slug), plus the list pages that show it. Drafts of unpublished documents touch nothing.
 */
export function revalidateDocument(
  collection: 'news' | 'projects' | 'regions',
  listPatterns: Pattern[],
): { afterChange: CollectionAfterChangeHook; afterDelete: CollectionAfterDeleteHook } {
  const section = sectionOf[collection]
  const listTargets = (target: Target) => {
    for (const locale of locales) target.paths.add(routes.home(locale))
    for (const pattern of listPatterns) target.patterns.add(pattern)
  }
  return {
    afterChange: async ({ doc, previousDoc, req, context }) => {
      if (context.disableRevalidate) return doc
      // previousDoc is an empty object on create: only a stored document can have been public.
      const wasPublic = Boolean(previousDoc?.id) && isPublic(previousDoc)
      if (!isPublic(doc) && !wasPublic) return doc
      const target: Target = { paths: new Set(), patterns: new Set() }
      for (const { locale, slug } of await slugsOf(req, collection, doc.id)) {
        target.paths.add(documentRoute(section, locale, slug))
      }
      if (previousDoc?.slug && previousDoc.slug !== doc.slug && req.locale && req.locale !== 'all') {
        target.paths.add(documentRoute(section, req.locale as Locale, previousDoc.slug))
      }
      listTargets(target)
      revalidate(req, target)
      return doc
    },
    afterDelete: async ({ doc, req, context }) => {
      if (context.disableRevalidate) return doc
      // The deleted document's slugs are gone with it: revalidate every page of its kind.
      const target: Target = { paths: new Set(), patterns: new Set([detailPattern[collection]]) }
      listTargets(target)
      revalidate(req, target)
      return doc
    },
  }
}

/** Contacts and media appear on many pages (regions, contacts, covers): revalidate those kinds. */
export function revalidatePatterns(patterns: Pattern[]): {
  afterChange: CollectionAfterChangeHook
  afterDelete: CollectionAfterDeleteHook
} {
  const run = (req: PayloadRequest, context: Record<string, unknown>) => {
    if (context.disableRevalidate) return
    revalidate(req, { paths: new Set(), patterns: new Set(patterns) })
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

/** The Site global (name, navigation, footer) is on every page. */
export const revalidateEverything: GlobalAfterChangeHook = ({ doc, req, context }) => {
  if (context.disableRevalidate) return doc
  try {
    expireSyndication()
    revalidatePath(routePatterns.root, 'layout')
  } catch (error) {
    req.payload.logger.warn({ msg: 'Revalidation skipped', err: error })
  }
  return doc
}
