import { unstable_cache } from 'next/cache'

import { sameSitePath } from '@/lib/sameSite'

import { cacheTags, SYNDICATION_TTL } from './cacheTags'
import { payloadClient } from './payload'

/**
 * The first redirect whose old address is one of `paths` (tried in order), or null. Redirects
 * are not content and their list is staff-only in the API, so this read bypasses access control;
 * it reveals nothing a visitor of the old address would not learn by being redirected. A stored
 * address that is not a path of this site (saved before validation refused them) is ignored.
 */
export async function loadRedirect(paths: string[]): Promise<{ to: string } | null> {
  const candidates = [...new Set(paths.filter(Boolean))]
  if (candidates.length === 0) return null
  const payload = await payloadClient()
  const result = await payload.find({
    collection: 'redirects',
    where: { from: { in: candidates } },
    overrideAccess: true,
    depth: 0,
    limit: candidates.length,
    pagination: false,
  })
  for (const path of candidates) {
    const to = result.docs.find((doc) => doc.from === path)?.to
    if (to && sameSitePath(to)) return { to }
  }
  return null
}

/** Cached `loadRedirect` (expired at once whenever a redirect changes). */
export const getRedirect = unstable_cache(loadRedirect, ['redirect'], { tags: [cacheTags.redirects], revalidate: SYNDICATION_TTL })
