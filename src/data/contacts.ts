import type { Locale } from '@/i18n/locales'
import type { Contact } from '@/payload-types'

import { payloadClient, publicRead } from './payload'

/** Published contacts, optionally only those tied to one region. */
export async function getContacts(locale: Locale, options: { regionId?: string } = {}): Promise<Contact[]> {
  const payload = await payloadClient()
  const result = await payload.find({
    collection: 'contacts',
    ...publicRead(locale),
    where: options.regionId ? { regions: { in: [options.regionId] } } : undefined,
    sort: 'kind',
    limit: 500,
    pagination: false,
    depth: 1,
  })
  return result.docs
}
