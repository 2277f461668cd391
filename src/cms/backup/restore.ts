import { randomBytes, randomUUID } from 'node:crypto'
import path from 'node:path'

import type { FlattenedField, Payload } from 'payload'

import { Staging, type Doc, type Manifest } from './archive'
import { backedUpCollections } from './collections'
import { withReferencesCheckedAtEnd } from './foreignKeys'
import type { MediaFiles } from './mediaFiles'
import { ReferenceMapper, type DocId, type IdMap } from './references'

/** A restore that would lose or mix data: said in one line, nothing written. */
export class RestoreRefusedError extends Error {}

export type RestoreOptions = {
  /** Delete what the database holds first, instead of refusing a database that is not empty. */
  replace?: boolean
  log?: (message: string) => void
}

export type RestoreResult = { manifest: Manifest; ids: IdMap; dangling: number; orphanVersions: number }

/**
 * A new MongoDB ObjectId as hex: 4 bytes of seconds then 8 random bytes (MongoDB's own layout
 * has a 5-byte process value and a 3-byte counter where we draw random bytes; both are valid
 * ObjectIds). Hand-written because the driver's `bson` is not a dependency of ours.
 */
const objectId = (): string => Math.floor(Date.now() / 1000).toString(16).padStart(8, '0') + randomBytes(8).toString('hex')

/**
 * How ids are chosen: a backed-up id is kept where the configured database can store it (a
 * restore into the same kind of database keeps every id, so addresses that contain ids stay
 * valid); otherwise a new one is made (SQLite uuids become ObjectIds on MongoDB).
 */
function idMaker(payload: Payload): (old: unknown, collection: string) => DocId {
  const counters = new Map<string, number>()
  if (payload.db.name === 'mongoose') return (old) => (typeof old === 'string' && /^[0-9a-f]{24}$/i.test(old) ? old : objectId())
  if (payload.db.defaultIDType === 'number')
    return (old, collection) => {
      // The database was empty: numbers from 1 up cannot collide.
      const next = (counters.get(collection) ?? 0) + 1
      counters.set(collection, next)
      return next
    }
  return (old) => (typeof old === 'string' && old.length > 0 ? old : randomUUID())
}

/**
 * MongoDB fills a language a localized field has no value in with the field's default (a news
 * item never written in Tajik gets `_status: { tg: 'draft' }`), where SQLite stores nothing and
 * Payload falls back to English. Writing null for such a language keeps what readers saw.
 */
function withEveryLanguage(payload: Payload, fields: FlattenedField[], locales: string[], data: Doc): Doc {
  if (payload.db.name !== 'mongoose') return data
  const out = { ...data }
  for (const field of fields) {
    if (!('name' in field) || !('localized' in field) || !field.localized || !('defaultValue' in field) || field.defaultValue === undefined) continue
    const value = out[field.name]
    if (value && typeof value === 'object' && !Array.isArray(value)) out[field.name] = Object.fromEntries(locales.map((locale) => [locale, (value as Doc)[locale] ?? null]))
  }
  return out
}

/** What is in the database now, per collection (only the collections a backup holds). */
async function contents(payload: Payload): Promise<string[]> {
  const found: string[] = []
  for (const collection of backedUpCollections(payload)) {
    const { totalDocs } = await payload.db.count({ collection: collection.slug, where: {} })
    if (totalDocs > 0) found.push(`${collection.slug}: ${totalDocs}`)
  }
  return found
}

async function empty(payload: Payload): Promise<void> {
  for (const collection of backedUpCollections(payload)) {
    if (collection.versions) await payload.db.deleteVersions({ collection: collection.slug, where: {} })
    await payload.db.deleteMany({ collection: collection.slug, where: {} })
  }
  for (const global of payload.config.globals) if (global.versions) await payload.db.deleteVersions({ globalSlug: global.slug, where: {} })
}

/**
 * Loads an archive made by `backup` into the configured database, SQLite or MongoDB, through
 * Payload's database adapter: documents keep their dates, users their password hash and salt,
 * versions their dates, drafts, autosaves and per-language status. Every reference is rewritten
 * to the new ids (references.ts). Media files go to `media`. The derived indexes (news listing,
 * search) are the caller's to rebuild afterwards.
 */
export async function restore(payload: Payload, file: string, media: MediaFiles, options: RestoreOptions = {}): Promise<RestoreResult> {
  const log = options.log ?? (() => undefined)
  const { staging, manifest } = await Staging.open(path.resolve(file))
  try {
    const db = payload.db
    const targetLocales = (payload.config.localization ? payload.config.localization.localeCodes : []) as string[]
    const lostLocales = manifest.locales.filter((locale) => !targetLocales.includes(locale))
    if (lostLocales.length > 0) throw new RestoreRefusedError(`The backup holds languages this site does not have (${lostLocales.join(', ')}); add them to src/i18n/locales.ts first.`)
    const collections = backedUpCollections(payload)
    const unknown = Object.keys(manifest.collections).filter((slug) => !collections.some((c) => c.slug === slug))
    if (unknown.length > 0) throw new RestoreRefusedError(`The backup holds collections this site does not have: ${unknown.join(', ')}.`)

    const present = await contents(payload)
    if (present.length > 0) {
      if (!options.replace)
        throw new RestoreRefusedError(`The database is not empty (${present.join(', ')}). Restore into an empty database, or add --replace to delete its content first.`)
      log(`Deleting the current content (${present.join(', ')})…`)
      await empty(payload)
    }

    // Every document's new id first, so that any reference, forward or backward, can be rewritten.
    const ids: IdMap = new Map()
    const newId = idMaker(payload)
    for (const { slug } of collections) {
      const map = new Map<string, DocId>()
      ids.set(slug, map)
      for await (const doc of staging.readLines('collections', slug)) map.set(String(doc.id), newId(doc.id, slug))
    }
    const mapper = new ReferenceMapper(ids, payload.config, targetLocales)

    const orphanVersions = await withReferencesCheckedAtEnd(payload, async () => {
      for (const collection of collections) {
        const slug = collection.slug
        const map = ids.get(slug)!
        let count = 0
        for await (const doc of staging.readLines('collections', slug)) {
          const { id, ...data } = withEveryLanguage(payload, collection.flattenedFields, targetLocales, mapper.document(collection.flattenedFields, doc))
          await db.create({ collection: slug, data, customID: map.get(String(id)), returning: false })
          count++
        }
        log(`${slug}: ${count} documents`)
      }

      let orphans = 0
      for (const collection of collections.filter((c) => c.versions)) {
        const slug = collection.slug
        let count = 0
        for await (const row of staging.readLines('versions', slug)) {
          const parent = mapper.id(slug, row.parent)
          if (parent === undefined) {
            orphans++
            continue
          }
          await db.createVersion({
            collectionSlug: slug,
            parent,
            versionData: withEveryLanguage(payload, collection.flattenedFields, targetLocales, mapper.document(collection.flattenedFields, (row.version ?? {}) as Doc)),
            ...versionStamp(row),
          })
          count++
        }
        log(`${slug}: ${count} versions`)
      }

      for (const global of payload.config.globals) {
        if (manifest.globals.includes(global.slug)) {
          const { id: _id, ...data } = mapper.document(global.flattenedFields, await staging.readJson('globals', global.slug))
          const existing = await db.findGlobal({ slug: global.slug })
          if (!existing || !('createdAt' in existing)) await db.createGlobal({ slug: global.slug, data: { ...data }, returning: false })
          // Written again as an update: SQLite's createGlobal sets createdAt to now, an update keeps ours.
          await db.updateGlobal({ slug: global.slug, data, returning: false })
        }
        if (global.versions) {
          for await (const row of staging.readLines('global-versions', global.slug)) {
            await db.createGlobalVersion({
              globalSlug: global.slug,
              versionData: mapper.document(global.flattenedFields, (row.version ?? {}) as Doc),
              ...versionStamp(row),
            })
          }
        }
      }
      return orphans
    })

    for (const [name, meta] of Object.entries(manifest.files)) await media.write(name, await staging.readMedia(name, meta))
    log(`${Object.keys(manifest.files).length} media files written to ${media.where}`)
    if (mapper.dangling > 0) log(`${mapper.dangling} references named documents the backup does not hold (deleted before it was made); they were left empty.`)
    return { manifest, ids, dangling: mapper.dangling, orphanVersions }
  } finally {
    await staging.close()
  }
}

/** A version's own stamp as the archive holds it: autosave, dates, the language it published, snapshot. */
function versionStamp(row: Record<string, unknown>) {
  return {
    autosave: Boolean(row.autosave),
    createdAt: row.createdAt as string,
    updatedAt: row.updatedAt as string,
    ...(typeof row.publishedLocale === 'string' ? { publishedLocale: row.publishedLocale } : {}),
    ...(row.snapshot ? { snapshot: true as const } : {}),
    returning: false,
  }
}
