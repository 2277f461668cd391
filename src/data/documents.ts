import type { DataFromCollectionSlug, Where } from 'payload'

import { defaultLocale, locales, type Locale } from '@/i18n/locales'

import { payloadClient, publicRead, titleField } from './payload'

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

type LocaleMap = Partial<Record<Locale, string | null>>

/**
 * Adds language information to documents read in `locale`: one extra query, for all of them,
 * reads which languages have a title and their slugs there.
 */
export async function localize<C extends Slugged>(
  collection: C,
  locale: Locale,
  docs: DataFromCollectionSlug<C>[],
): Promise<Localized<DataFromCollectionSlug<C>>[]> {
  if (docs.length === 0) return []
  const payload = await payloadClient()
  const field = titleField[collection]
  const all = await payload.find({
    collection,
    where: { id: { in: docs.map((doc) => doc.id) } },
    locale: 'all',
    select: { [field]: true, slug: true },
    depth: 0,
    limit: docs.length,
    pagination: false,
    overrideAccess: false,
    draft: false,
  })
  const byId = new Map(all.docs.map((doc) => [String(doc.id), doc as unknown as Record<string, LocaleMap | undefined>]))
  return docs.map((doc) => {
    const raw = byId.get(String(doc.id)) ?? {}
    const titles = raw[field] ?? {}
    const slugMap = raw.slug ?? {}
    const slugs: Partial<Record<Locale, string>> = {}
    for (const code of locales) {
      const slug = slugMap[code]
      if (titles[code] && slug) slugs[code] = slug
    }
    const translated = Boolean(titles[locale])
    return { doc, lang: translated ? locale : defaultLocale, translated, slugs }
  })
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
  const bySlug = (inLocale: Locale) =>
    payload.find({
      collection,
      where: { slug: { equals: slug } } as Where,
      ...publicRead(locale),
      locale: inLocale,
      depth: 0,
      limit: 1,
      pagination: false,
      select: { slug: true },
    })

  let match = (await bySlug(locale)).docs[0] as { id: string } | undefined
  if (!match && locale !== defaultLocale) match = (await bySlug(defaultLocale)).docs[0] as { id: string } | undefined
  if (!match) return null

  const doc = await payload.findByID({ collection, id: match.id, ...publicRead(locale), depth, disableErrors: true })
  if (!doc) return null
  const [localized] = await localize(collection, locale, [doc as DataFromCollectionSlug<C>])
  const ownSlug = localized.slugs[locale]
  if (ownSlug && ownSlug !== slug) return { redirectTo: ownSlug }
  return { found: localized }
}
