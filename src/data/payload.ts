import config from '@payload-config'
import { getPayload, type Payload, type Where } from 'payload'

import type { Locale } from '@/i18n/locales'
import { defaultLocale, locales } from '@/i18n/locales'

/** The one Payload client of the public site (memoised by Payload itself). */
export function payloadClient(): Promise<Payload> {
  return getPayload({ config })
}

/**
 * Options every public read shares: the reader's language with English as fallback, and access
 * control as for an anonymous visitor, so drafts stay out whatever the query asks for.
 */
export function publicRead(locale: Locale) {
  return {
    locale,
    fallbackLocale: defaultLocale,
    overrideAccess: false,
    draft: false,
  } as const
}

/** The field whose presence in a language means "written in that language". */
export const titleField = { news: 'title', projects: 'title', regions: 'name', contacts: 'name' } as const

/**
 * Options of a read for partners, search and the sitemap: this language only (no English
 * fallback), as an anonymous reader (published documents only).
 */
export function translatedRead(locale: Locale) {
  return { locale, fallbackLocale: false, overrideAccess: false, draft: false } as const
}

/** Collections published per language (Payload's localized `_status`). */
const publishedPerLanguage = new Set<string>(['news', 'projects'])

/**
 * A `where` matching documents written in the read's language: a title there and, where
 * publication is per language, that translation published.
 */
export function writtenIn(collection: keyof typeof titleField): Where {
  const titled: Where = { [titleField[collection]]: { exists: true } }
  return publishedPerLanguage.has(collection) ? { and: [titled, { _status: { equals: 'published' } }] } : titled
}

/** What a `locale: 'all'` read must select to tell the languages a document is public in. */
export function languageSelect(collection: keyof typeof titleField): Record<string, true> {
  const select: Record<string, true> = { [titleField[collection]]: true, slug: true }
  if (publishedPerLanguage.has(collection)) select._status = true
  return select
}

type LocaleMap = Partial<Record<Locale, string | null>>

/**
 * The document's public slug in each language it is public in: titled there and, where
 * publication is per language, published there (or written there, for a staff preview of drafts).
 * `raw` is a `locale: 'all'` read.
 */
export function publicSlugs(
  collection: keyof typeof titleField,
  raw: Record<string, unknown>,
  { includeDrafts = false } = {},
): Partial<Record<Locale, string>> {
  const titles = (raw[titleField[collection]] ?? {}) as LocaleMap
  const slugs = (raw.slug ?? {}) as LocaleMap
  const status = raw._status
  const slugsByLocale: Partial<Record<Locale, string>> = {}
  for (const locale of locales) {
    const published = includeDrafts || !publishedPerLanguage.has(collection) || (typeof status === 'object' && status !== null && (status as LocaleMap)[locale] === 'published')
    const slug = slugs[locale]
    if (titles[locale] && slug && published) slugsByLocale[locale] = slug
  }
  return slugsByLocale
}
