import type { Payload, TypedUser } from 'payload'

import { defaultLocale, locales, type Locale } from '@/i18n/locales'

/** Where the translations view lives inside the admin (payload.config.ts mounts it there). */
export const translationsViewPath = '/translations'

/** Collections whose text is translated, and the field naming each document. */
export const translatedCollections = { news: 'title', projects: 'title', regions: 'name', contacts: 'name' } as const
export type TranslatedCollection = keyof typeof translatedCollections

/** Why a translation needs work: absent, or older than the last change to the English text. */
export type Gap = 'missing' | 'outdated'

export interface GapRow {
  id: string
  collection: TranslatedCollection
  /** The document's name in English (else in any language it has). */
  title: string
  locale: Locale
  gap: Gap
  /** When the English text and the translation last changed (ISO), where known. */
  sourceChangedAt: string | null
  translationChangedAt: string | null
}

type LocaleMap = Partial<Record<Locale, string | null>>

/**
 * The translation gaps of one collection's documents (read with `locale: 'all'`): per language
 * other than English, missing when it has no title, outdated when its text last changed before
 * the English text did.
 */
export function gapsOf(collection: TranslatedCollection, docs: Record<string, unknown>[]): GapRow[] {
  const rows: GapRow[] = []
  for (const doc of docs) {
    const titles = (doc[translatedCollections[collection]] ?? {}) as LocaleMap
    const stamps = (doc.textChangedAt ?? {}) as LocaleMap
    const source = titles[defaultLocale]
    const title = source ?? Object.values(titles).find(Boolean) ?? String(doc.id)
    for (const locale of locales) {
      if (locale === defaultLocale) continue
      const base = { id: String(doc.id), collection, title, locale, sourceChangedAt: stamps[defaultLocale] ?? null, translationChangedAt: stamps[locale] ?? null }
      if (source && !titles[locale]) rows.push({ ...base, gap: 'missing' })
      else if (source && stamps[locale] && stamps[defaultLocale] && stamps[locale]! < stamps[defaultLocale]!) rows.push({ ...base, gap: 'outdated' })
    }
  }
  return rows
}

/** How many documents of each section the overview checks (the most recently changed). */
export const GAP_SCAN_LIMIT = 1000

/** The gaps across the translated collections, as `user` may see them (latest drafts included). */
export async function translationGaps(payload: Payload, user: TypedUser | null): Promise<GapRow[]> {
  const all = await Promise.all(
    (Object.keys(translatedCollections) as TranslatedCollection[]).map(async (collection) => {
      const { docs } = await payload.find({
        collection,
        locale: 'all',
        draft: collection === 'news' || collection === 'projects',
        depth: 0,
        // Bounded at any size: the most recently changed documents, where gaps appear.
        sort: '-updatedAt',
        limit: GAP_SCAN_LIMIT,
        pagination: false,
        user,
        overrideAccess: false,
        select: { [translatedCollections[collection]]: true, textChangedAt: true },
      })
      return gapsOf(collection, docs as unknown as Record<string, unknown>[])
    }),
  )
  return all.flat()
}
