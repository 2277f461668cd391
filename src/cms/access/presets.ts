import type { CollectionConfig } from 'payload'

import { anyone } from './anyone'
import { isEditor } from './isEditor'
import { isStaff } from './isStaff'
import { publishedOrStaff } from './publishedOrStaff'
import { regionScopedCreate, regionScopedWrite } from './regionScoped'

/**
 * Drafted content tied to regions (news, projects): every role writes (contributors drafts
 * only, see hooks/publication.ts), regional editors within their regions; the public reads
 * what is published.
 */
export const draftedContentAccess = {
  read: publishedOrStaff,
  create: regionScopedCreate(['contributor']),
  update: regionScopedWrite('regions', ['contributor']),
  delete: regionScopedWrite(),
  readVersions: isStaff,
} satisfies CollectionConfig['access']

/** Contacts: editors everywhere, regional editors within their regions; everyone reads. */
export const regionalContentAccess = {
  read: anyone,
  create: regionScopedCreate(),
  update: regionScopedWrite(),
  delete: regionScopedWrite(),
} satisfies CollectionConfig['access']

/** Regions themselves: editors create and delete; a regional editor edits their own regions. */
export const regionAccess = {
  read: anyone,
  create: isEditor,
  update: regionScopedWrite('id'),
  delete: isEditor,
} satisfies CollectionConfig['access']

/** Media: any member of staff uploads; editors change and delete; everyone reads. */
export const mediaAccess = {
  read: anyone,
  create: isStaff,
  update: isEditor,
  delete: isEditor,
} satisfies CollectionConfig['access']
