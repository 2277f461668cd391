/** Staff roles; later roles (regional editor, contributor) are added here first. */
export const roles = ['admin', 'editor'] as const

export type Role = (typeof roles)[number]

interface MaybeUser {
  role?: string | null
  collection?: string
}

/** True when the request's user is signed in as staff with one of the given roles. */
export function hasRole(user: MaybeUser | null | undefined, ...allowed: Role[]): boolean {
  if (!user || user.collection !== 'users') return false
  return allowed.includes(user.role as Role)
}
