import type { Access } from 'payload'

import { hasRole } from './roles'

/** Staff read everything; everyone else reads published documents only (a filter, not `true`). */
export const publishedOrStaff: Access = ({ req }) => {
  if (hasRole(req.user, 'admin', 'editor')) return true
  return { _status: { equals: 'published' } }
}
