import type { DataFromCollectionSlug, TypedUser, Where } from 'payload'

import { defaultLocale, type Locale } from '@/i18n/locales'

import { languageSelect, payloadClient, publicRead, publicSlugs } from './payload'
import { previewUser } from './preview'

/** Collections with per-language slugs and their own public pages. */
export type Slugged = 'news' | 'projects' | 'regions'

/** A document as the reader sees it, with what the page needs to know about its languages. */
export interface Localized<T> {
  doc: T
  /** The language the text is actually in: the page's, or English when shown as fallback. */
  lang: Locale
  /** False when the page's language has no translation and the English text is shown. */
  translated: boolean
  /** The document's slug in each language it is translated into. */
  slugs: Partial<Record<Locale, string>>
}

/**
 * Adds language information to documents read in `locale`: one extra query, for all of them,
 * reads which languages have a title and their slugs there.
 */
export async function localize<C extends Slugged>(
  collection: C,
  locale: Locale,
  docs: DataFromCollectionSlug<C>[],
  preview: TypedUser | null = null,
): Promise<Localized<DataFromCollectionSlug<C>>[]> {
  if (docs.length === 0) return []
  const payload = await payloadClient()
  const all = await payload.find({
    collection,
    where: { id: { in: docs.map((doc) => doc.id) } },
    locale: 'all',
    select: languageSelect(collection),
    depth: 0,
    limit: docs.length,
    pagination: false,
    ...previewRead(preview),
  })
  const byId = new Map(all.docs.map((doc) => [String(doc.id), doc as unknown as Record<string, unknown>]))
  return docs.map((doc) => {
    // A preview shows the draft in every language it is written in, published or not.
    const slugs = publicSlugs(collection, byId.get(String(doc.id)) ?? {}, { includeDrafts: preview !== null })
    const translated = Boolean(slugs[locale])
    return { doc, lang: translated ? locale : defaultLocale, translated, slugs }
  })
}

/**
 * Read options as a reader (published only), or, during a staff preview, as that member of staff
 * with the latest drafts. Access control stays on either way.
 */
function previewRead(preview: TypedUser | null) {
  return preview ? { overrideAccess: false, draft: true, user: preview } : { overrideAccess: false, draft: false }
}

/** The result of looking a slug up: the document, or the slug it now has in this language. */
export type SlugLookup<T> = { found: Localized<T> } | { redirectTo: string } | null

/**
 * Finds a published document by its slug in `locale`. An untranslated document is reachable in
 * every language at its English slug (shown as fallback); a translated one reached at its English
 * slug redirects to its own slug.
 */
export async function findBySlug<C extends Slugged>(
  collection: C,
  locale: Locale,
  slug: string,
  depth = 1,
): Promise<SlugLookup<DataFromCollectionSlug<C>>> {
  const payload = await payloadClient()
  const preview = await previewUser()
  const bySlug = (inLocale: Locale) =>
    payload.find({
      collection,
      where: { slug: { equals: slug } } as Where,
      ...publicRead(locale),
      ...previewRead(preview),
      locale: inLocale,
      depth: 0,
      limit: 1,
      pagination: false,
      select: { slug: true },
    })

  let match = (await bySlug(locale)).docs[0] as { id: string } | undefined
  if (!match && locale !== defaultLocale) match = (await bySlug(defaultLocale)).docs[0] as { id: string } | undefined
  if (!match) return null

  const doc = await payload.findByID({ collection, id: match.id, ...publicRead(locale), ...previewRead(preview), depth, disableErrors: true })
  if (!doc) return null
  const [localized] = await localize(collection, locale, [doc as DataFromCollectionSlug<C>], preview)
  // Its own slug in this language if published here; else the English one it is shown under
  // (a withdrawn translation's old address leads to the fallback page).
  const ownSlug = localized.slugs[locale] ?? localized.slugs[defaultLocale]
  if (ownSlug && ownSlug !== slug) return { redirectTo: ownSlug }
  return { found: localized }
}
