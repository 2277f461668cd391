import type { Access } from 'payload'

import { hasRole } from './roles'

/** Admins see and edit every user; any other signed-in user only themself. */
export const adminOrSelf: Access = ({ req }) => {
  if (hasRole(req.user, 'admin')) return true
  if (req.user?.collection === 'users') return { id: { equals: req.user.id } }
  return false
}
