import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

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
