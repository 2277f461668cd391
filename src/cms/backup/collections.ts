import type { Payload, SanitizedCollectionConfig } from 'payload'

import { LISTINGS } from '../collections/Listings'

/**
 * Collections a backup leaves out: the news listing index is derived (rebuilt after a restore,
 * like site search), locks are held by editors' open tabs, and each database records its own
 * migrations (a restored SQLite gets them from the committed migrations when it is created).
 */
const LEFT_OUT = new Set<string>([LISTINGS, 'payload-locked-documents', 'payload-migrations'])

/** The collections a backup holds, in the order a restore inserts them: referenced ones first. */
export function backedUpCollections(payload: Payload): SanitizedCollectionConfig[] {
  const configs = payload.config.collections.filter((collection) => !LEFT_OUT.has(collection.slug))
  // Uploads first, then the rest in config order: with any foreign keys, what is named exists.
  return [...configs.filter((c) => c.upload), ...configs.filter((c) => !c.upload)]
}

/**
 * Fields a backup does not carry: users' login sessions (everyone signs in again after a restore;
 * password hashes and salts are kept, so the same passwords work).
 */
export function withoutTransientFields(collection: SanitizedCollectionConfig, doc: Record<string, unknown>): Record<string, unknown> {
  if (!collection.auth) return doc
  const { sessions: _sessions, ...rest } = doc
  return rest
}

/** Every file a media document names: the original and each generated image size. */
export function filesOf(doc: Record<string, unknown>): string[] {
  const names = new Set<string>()
  if (typeof doc.filename === 'string' && doc.filename) names.add(doc.filename)
  const sizes = doc.sizes && typeof doc.sizes === 'object' ? Object.values(doc.sizes as Record<string, { filename?: unknown } | null>) : []
  for (const size of sizes) if (size && typeof size.filename === 'string' && size.filename) names.add(size.filename)
  return [...names]
}
