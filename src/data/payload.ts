import config from '@payload-config'
import { getPayload, type Payload, type Where } from 'payload'

import { defaultLocale, type Locale } from '@/i18n/locales'

import { publishedPerLanguage, titleFieldOf } from './reshape'

/** The one Payload client of the public site (memoised by Payload itself). */
export function payloadClient(): Promise<Payload> {
  return getPayload({ config })
}

/**
 * Options every page read shares: the reader's language with the default language as fallback,
 * and access control as for an anonymous visitor, so drafts stay out whatever the query asks for.
 */
export function publicRead(locale: Locale) {
  return {
    locale,
    fallbackLocale: defaultLocale,
    overrideAccess: false,
    draft: false,
  } as const
}

/**
 * Options of a read for partners, search and the sitemap: this language only (no fallback), as
 * an anonymous reader (published documents only).
 */
export function translatedRead(locale: Locale) {
  return { locale, fallbackLocale: false, overrideAccess: false, draft: false } as const
}

/**
 * A `where` matching documents written in the read's language: a title there and, where
 * publication is per language, that translation published.
 */
export function writtenIn(collection: keyof typeof titleFieldOf): Where {
  const titled: Where = { [titleFieldOf[collection]]: { exists: true } }
  return publishedPerLanguage.has(collection) ? { and: [titled, { _status: { equals: 'published' } }] } : titled
}

/** What a `locale: 'all'` read must select to tell the languages a document is public in. */
export function languageSelect(collection: keyof typeof titleFieldOf): Record<string, true> {
  const select: Record<string, true> = { [titleFieldOf[collection]]: true, slug: true }
  if (publishedPerLanguage.has(collection)) select._status = true
  return select
}
