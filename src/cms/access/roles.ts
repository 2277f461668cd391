/**
 * Staff roles, most powerful first:
 * - admin: everything, including users and the Site settings;
 * - editor: all content, publishes;
 * - regionalEditor: creates, edits and publishes only content tied to their own regions;
 * - contributor: writes drafts of news and projects, never publishes.
 */
export const roles = ['admin', 'editor', 'regionalEditor', 'contributor'] as const

export type Role = (typeof roles)[number]

interface MaybeUser {
  role?: string | null
  collection?: string
  regions?: unknown
}

/** True when the request's user is signed in as staff with one of the given roles. */
export function hasRole(user: MaybeUser | null | undefined, ...allowed: Role[]): boolean {
  if (!user || user.collection !== 'users') return false
  return allowed.includes(user.role as Role)
}

/** The ids in a relationship value, whether it holds ids or populated documents. */
export function relationIds(value: unknown): string[] {
  if (!Array.isArray(value)) return value == null ? [] : relationIds([value])
  return value
    .map((item) => (item && typeof item === 'object' && 'id' in item ? (item as { id: unknown }).id : item))
    .filter((id): id is string | number => typeof id === 'string' || typeof id === 'number')
    .map(String)
}

/** The regions a regional editor looks after (empty for everyone else). */
export function ownRegions(user: MaybeUser | null | undefined): string[] {
  return hasRole(user, 'regionalEditor') ? relationIds(user?.regions) : []
}
