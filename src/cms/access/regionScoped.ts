import type { Access, Where } from 'payload'

import { hasRole, ownRegions, relationIds } from './roles'

/**
 * True when `regions` (a relationship value) names at least one region and only regions of
 * the regional editor `user`. An item tied to no region belongs to the whole organisation.
 */
export function withinOwnRegions(user: Parameters<typeof ownRegions>[0], regions: unknown): boolean {
  const own = new Set(ownRegions(user))
  const ids = relationIds(regions)
  return ids.length > 0 && ids.every((id) => own.has(id))
}

/**
 * Writing content tied to regions (news, projects, contacts): admins and editors everywhere,
 * regional editors only within their regions, and only `extra` roles besides (contributors for
 * drafted collections). Without `data` (the admin asking what to show) a regional editor may.
 */
export const regionScopedWrite =
  (field = 'regions', extra: 'contributor'[] = []): Access =>
  ({ req, data }) => {
    if (hasRole(req.user, 'admin', 'editor')) return true
    // Asked with `_status: 'published'`, Payload's admin decides whether to offer Publish.
    if (hasRole(req.user, ...extra)) return data?._status !== 'published'
    if (!hasRole(req.user, 'regionalEditor')) return false
    if (data && field in data && !withinOwnRegions(req.user, data[field])) return false
    return field === 'id' ? { id: { in: ownRegions(req.user) } } : ({ [field]: { in: ownRegions(req.user) } } as Where)
  }

/** Creating content tied to regions: as for writing, but the new item must name own regions. */
export const regionScopedCreate =
  (extra: 'contributor'[] = []): Access =>
  ({ req, data }) => {
    if (hasRole(req.user, 'admin', 'editor')) return true
    if (hasRole(req.user, ...extra)) return data?._status !== 'published'
    if (!hasRole(req.user, 'regionalEditor')) return false
    return data === undefined || withinOwnRegions(req.user, data.regions)
  }
