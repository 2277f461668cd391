import type { Where } from 'payload'

import type { Locale } from '@/i18n/locales'

import { findBySlug, toViews } from './documents'
import { payloadClient, publicRead } from './payload'
import type { ProjectView, SlugLookup } from './views'

const statusRank: Record<ProjectView['status'], number> = { ongoing: 0, planned: 1, completed: 2 }

/** Published projects, optionally only some statuses or one region; ongoing before the rest. */
export async function getProjects(
  locale: Locale,
  options: { status?: ProjectView['status'][]; regionId?: string; limit?: number } = {},
): Promise<ProjectView[]> {
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
  const docs = [...result.docs].sort((a, b) => statusRank[a.status] - statusRank[b.status])
  return toViews('projects', locale, docs)
}

/** One published project by its slug in `locale` (or its default-language slug when untranslated). */
export function getProjectBySlug(locale: Locale, slug: string): Promise<SlugLookup<ProjectView>> {
  return findBySlug('projects', locale, slug)
}
