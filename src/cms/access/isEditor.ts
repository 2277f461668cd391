import type { PayloadRequest } from 'payload'

import { hasRole } from './roles'

/** Admins and editors: all content of every region, publishing included. */
export const isEditor = ({ req }: { req: PayloadRequest }): boolean => hasRole(req.user, 'admin', 'editor')
