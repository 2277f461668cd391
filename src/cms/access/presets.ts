import type { CollectionConfig } from 'payload'

import { anyone } from './anyone'
import { isStaff } from './isStaff'
import { publishedOrStaff } from './publishedOrStaff'

/** Drafted content (news, projects): staff write and see drafts; the public reads published only. */
export const draftedContentAccess = {
  read: publishedOrStaff,
  create: isStaff,
  update: isStaff,
  delete: isStaff,
  readVersions: isStaff,
} satisfies CollectionConfig['access']

/** Content without drafts (regions, contacts, media): staff write, everyone reads. */
export const publicContentAccess = {
  read: anyone,
  create: isStaff,
  update: isStaff,
  delete: isStaff,
} satisfies CollectionConfig['access']
