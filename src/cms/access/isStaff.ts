import type { PayloadRequest } from 'payload'

import { hasRole, roles } from './roles'

/** Any signed-in member of staff, whatever the role: enters the admin panel, reads drafts. */
export const isStaff = ({ req }: { req: PayloadRequest }): boolean => hasRole(req.user, ...roles)
