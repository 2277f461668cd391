import type { DataFromCollectionSlug, TypedUser, Where } from 'payload'

import { defaultLocale, type Locale } from '@/i18n/locales'
import { documentRoute, type Section } from '@/lib/routes'

import { languageSelect, payloadClient, publicRead } from './payload'
import { previewUser } from './preview'
import { newsView, projectView, publicSlugs, regionView } from './reshape'
import type { NewsView, ProjectView, RegionView, SlugLookup } from './views'

/** The view model of each collection with pages of its own. */
export type ViewOf<C extends Section> = C extends 'news' ? NewsView : C extends 'projects' ? ProjectView : RegionView

/** The raw Payload document of a collection (only src/data sees it). */
export type Raw<C extends Section> = DataFromCollectionSlug<C>

/**
 * Read options as a reader (published only), or, during a staff preview, as that member of staff
 * with the latest drafts. Access control stays on either way.
 */
function readAs(preview: TypedUser | null) {
  return preview ? { overrideAccess: false, draft: true, user: preview } : { overrideAccess: false, draft: false }
}

function reshape<C extends Section>(collection: C, doc: Raw<C>, locale: Locale, slugs: Partial<Record<Locale, string>>): ViewOf<C> {
  if (collection === 'news') return newsView(doc as Raw<'news'>, locale, slugs) as ViewOf<C>
  if (collection === 'projects') return projectView(doc as Raw<'projects'>, locale, slugs) as ViewOf<C>
  return regionView(doc as Raw<'regions'>, locale, slugs) as ViewOf<C>
}

/**
 * The slug of each document in every language it is public in (or written in, for a staff
 * preview): one query for all of them.
 */
async function slugsById<C extends Section>(collection: C, ids: string[], preview: TypedUser | null): Promise<Map<string, Partial<Record<Locale, string>>>> {
  const payload = await payloadClient()
  const all = await payload.find({
    collection,
    where: { id: { in: ids } },
    locale: 'all',
    select: languageSelect(collection),
    depth: 0,
    limit: ids.length,
    pagination: false,
    ...readAs(preview),
  })
  return new Map(
    all.docs.map((doc) => [String(doc.id), publicSlugs(collection, doc as unknown as Record<string, unknown>, { includeDrafts: preview !== null })]),
  )
}

/** View models of documents read in `locale` (one extra query reads their languages). */
export async function toViews<C extends Section>(collection: C, locale: Locale, docs: Raw<C>[], preview: TypedUser | null = null): Promise<ViewOf<C>[]> {
  if (docs.length === 0) return []
  const slugs = await slugsById(collection, docs.map((doc) => String(doc.id)), preview)
  return docs.map((doc) => reshape(collection, doc, locale, slugs.get(String(doc.id)) ?? {}))
}

/**
 * Finds a published document by its slug in `locale`. An untranslated document is reachable in
 * every language at its default-language slug (shown as fallback); a translated one reached at
 * another slug redirects to its own.
 */
export async function findBySlug<C extends Section>(collection: C, locale: Locale, slug: string): Promise<SlugLookup<ViewOf<C>>> {
  const payload = await payloadClient()
  const preview = await previewUser()
  const bySlug = (inLocale: Locale) =>
    payload.find({
      collection,
      where: { slug: { equals: slug } } as Where,
      ...publicRead(locale),
      ...readAs(preview),
      locale: inLocale,
      depth: 0,
      limit: 1,
      pagination: false,
      select: { slug: true },
    })

  let match = (await bySlug(locale)).docs[0] as { id: string } | undefined
  if (!match && locale !== defaultLocale) match = (await bySlug(defaultLocale)).docs[0] as { id: string } | undefined
  if (!match) return null

  const doc = await payload.findByID({ collection, id: match.id, ...publicRead(locale), ...readAs(preview), depth: 1, disableErrors: true })
  if (!doc) return null
  const slugs = (await slugsById(collection, [String(doc.id)], preview)).get(String(doc.id)) ?? {}
  // Its own slug in this language if public here; else the default-language one it is shown under
  // (a withdrawn translation's old address leads to the fallback page).
  const own = slugs[locale] ?? slugs[defaultLocale]
  if (own && own !== slug) return { redirectTo: documentRoute(collection, locale, own) }
  return { found: reshape(collection, doc as Raw<C>, locale, slugs) }
}
