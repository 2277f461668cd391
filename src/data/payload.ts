import config from '@payload-config'
import { getPayload, type Payload, type Where } from 'payload'

import type { Locale } from '@/i18n/locales'
import { defaultLocale } from '@/i18n/locales'

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

/** A `where` matching documents written in the read's language. */
export function writtenIn(collection: keyof typeof titleField): Where {
  return { [titleField[collection]]: { exists: true } }
}
