import type { PayloadRequest } from 'payload'

import { hasRole } from './roles'

/** Only administrators (collection, global and field access alike). */
export const isAdmin = ({ req }: { req: PayloadRequest }): boolean => hasRole(req.user, 'admin')
