import type { CollectionBeforeChangeHook, CollectionBeforeDeleteHook, PayloadRequest } from 'payload'

import { withinOwnRegions } from '../access/regionScoped'
import { hasRole } from '../access/roles'
import { newsroomT } from '../i18n/translations'

import { refusal } from './requestHelpers'

/*
 * A regional editor's access rule is a filter ("items tied to one of my regions"), which is all
 * Payload can apply to bulk operations; it also matches items shared with regions they do not
 * look after. These hooks hold such items to the stricter rule of a single edit: every region the
 * stored item names must be theirs, for updates (REST, GraphQL, bulk edits) and deletes alike.
 */

function refuse(req: PayloadRequest): never {
  throw refusal(newsroomT(req)('newsroom:errors:sharedWithOtherRegions'), 403)
}

/** beforeChange: a regional editor updates only items whose stored regions are all their own. */
export const regionalEditorsKeepToOwnItems: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  if (operation === 'update' && hasRole(req.user, 'regionalEditor') && !withinOwnRegions(req.user, originalDoc?.regions)) refuse(req)
  return data
}

/** beforeDelete: a regional editor deletes only items whose regions are all their own. */
export const regionalEditorsDeleteOwnItems: CollectionBeforeDeleteHook = async ({ collection, id, req }) => {
  if (!hasRole(req.user, 'regionalEditor')) return
  const doc = await req.payload.findByID({ collection: collection.slug, id, depth: 0, overrideAccess: true, disableErrors: true, req })
  if (!doc || !withinOwnRegions(req.user, (doc as { regions?: unknown }).regions)) refuse(req)
}
