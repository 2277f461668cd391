import type { PayloadRequest } from 'payload'

import { hasRole } from './roles'

/** Any signed-in member of staff (admin or editor); also gates entry to the admin panel. */
export const isStaff = ({ req }: { req: PayloadRequest }): boolean => hasRole(req.user, 'admin', 'editor')
