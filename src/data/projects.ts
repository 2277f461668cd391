import type { Where } from 'payload'

import type { Locale } from '@/i18n/locales'
import type { Project } from '@/payload-types'

import { findBySlug, localize, type Localized, type SlugLookup } from './documents'
import { payloadClient, publicRead } from './payload'

/** Published projects, optionally only some statuses or one region; ongoing before the rest. */
export async function getProjects(
  locale: Locale,
  options: { status?: Project['status'][]; regionId?: string; limit?: number } = {},
): Promise<Localized<Project>[]> {
  const payload = await payloadClient()
  const and: Where[] = []
  if (options.status) and.push({ status: { in: options.status } })
  if (options.regionId) and.push({ regions: { in: [options.regionId] } })
  const result = await payload.find({
    collection: 'projects',
    ...publicRead(locale),
    where: and.length > 0 ? { and } : undefined,
    sort: '-startDate',
    limit: options.limit ?? 100,
    pagination: false,
    depth: 1,
  })
  const rank: Record<Project['status'], number> = { ongoing: 0, planned: 1, completed: 2 }
  const docs = [...result.docs].sort((a, b) => rank[a.status] - rank[b.status])
  return localize('projects', locale, docs)
}

/** One published project by its slug in `locale` (or its English slug when untranslated). */
export function getProjectBySlug(locale: Locale, slug: string): Promise<SlugLookup<Project>> {
  return findBySlug('projects', locale, slug, 1)
}
