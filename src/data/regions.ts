import type { Locale } from '@/i18n/locales'

import { findBySlug, toViews } from './documents'
import { payloadClient, publicRead } from './payload'
import type { RegionView, SlugLookup } from './views'

/** All regions in display order, or the sub-regions of one. */
export async function getRegions(locale: Locale, options: { parentId?: string } = {}): Promise<RegionView[]> {
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
  return toViews('regions', locale, result.docs)
}

/** One region by its slug in `locale` (or its default-language slug when untranslated). */
export function getRegionBySlug(locale: Locale, slug: string): Promise<SlugLookup<RegionView>> {
  return findBySlug('regions', locale, slug)
}
