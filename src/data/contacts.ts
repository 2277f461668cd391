import type { Locale } from '@/i18n/locales'

import { payloadClient, publicRead } from './payload'
import { contactView } from './reshape'
import type { ContactView } from './views'

/** Published contacts, optionally only those tied to one region. */
export async function getContacts(locale: Locale, options: { regionId?: string } = {}): Promise<ContactView[]> {
  const payload = await payloadClient()
  const result = await payload.find({
    collection: 'contacts',
    ...publicRead(locale),
    where: options.regionId ? { regions: { in: [options.regionId] } } : undefined,
    sort: 'kind',
    limit: 500,
    pagination: false,
    depth: 0,
  })
  return result.docs.map(contactView)
}
