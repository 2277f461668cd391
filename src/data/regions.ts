import type { Locale } from '@/i18n/locales'
import type { Region } from '@/payload-types'

import { findBySlug, localize, type Localized, type SlugLookup } from './documents'
import { payloadClient, publicRead } from './payload'

/** All regions in display order, or the sub-regions of one. */
export async function getRegions(locale: Locale, options: { parentId?: string } = {}): Promise<Localized<Region>[]> {
  const payload = await payloadClient()
  const result = await payload.find({
    collection: 'regions',
    ...publicRead(locale),
    where: options.parentId ? { parent: { equals: options.parentId } } : undefined,
    sort: 'order',
    limit: 200,
    pagination: false,
    depth: 1,
  })
  return localize('regions', locale, result.docs)
}

/** One region by its slug in `locale` (or its English slug when untranslated). */
export function getRegionBySlug(locale: Locale, slug: string): Promise<SlugLookup<Region>> {
  return findBySlug('regions', locale, slug, 1)
}
