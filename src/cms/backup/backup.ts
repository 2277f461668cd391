import path from 'node:path'

import type { Payload } from 'payload'

import { ARCHIVE_FORMAT, ARCHIVE_VERSION, Staging, type Doc, type Manifest } from './archive'
import { backedUpCollections, filesOf, withoutTransientFields } from './collections'
import type { MediaFiles } from './mediaFiles'

/** Documents read per database query: memory stays bounded whatever the database holds. */
const PAGE = 200

/** Every page of a paginated read, in a stable order (by id). */
async function* pages(read: (page: number) => Promise<{ docs: unknown[]; hasNextPage: boolean }>): AsyncGenerator<Doc> {
  for (let page = 1; ; page++) {
    const result = await read(page)
    for (const doc of result.docs) yield doc as Doc
    if (!result.hasNextPage) return
  }
}

/**
 * Writes the whole content of the configured database and its media files into one archive
 * (archive.ts describes it). Reads through Payload's database adapter (`payload.db`), not the
 * Local API: the adapter returns every language at once (`locale: 'all'`), hidden fields (users'
 * password hash and salt), versions with their own dates, `latest`, `autosave` and per-language
 * status, and runs no hooks or access rules.
 */
export async function backup(payload: Payload, file: string, media: MediaFiles, log: (message: string) => void = () => undefined): Promise<Manifest> {
  const target = path.resolve(file)
  const staging = await Staging.create(path.dirname(target))
  try {
    const db = payload.db
    const manifest: Manifest = {
      format: ARCHIVE_FORMAT,
      version: ARCHIVE_VERSION,
      createdAt: new Date().toISOString(),
      source: { adapter: db.name, idType: db.defaultIDType },
      locales: (payload.config.localization ? payload.config.localization.localeCodes : []) as string[],
      collections: {},
      versions: {},
      globals: [],
      globalVersions: {},
      files: {},
      missingFiles: [],
    }
    for (const collection of backedUpCollections(payload)) {
      const slug = collection.slug
      const docs = pages((page) => db.find({ collection: slug, locale: 'all', page, limit: PAGE, pagination: true, sort: 'id' }))
      const files: string[] = []
      const ids: (string | number)[] = []
      manifest.collections[slug] = await staging.writeLines(
        'collections',
        slug,
        (async function* () {
          for await (const doc of docs) {
            if (collection.upload) files.push(...filesOf(doc))
            ids.push(doc.id as string | number)
            yield withoutTransientFields(collection, doc)
          }
        })(),
      )
      for (const name of files) {
        const data = await media.read(name)
        if (data) manifest.files[name] = await staging.writeMedia(name, data)
        else manifest.missingFiles.push(name)
      }
      if (collection.versions) {
        // Per document, oldest first: a restore adds them in this order, and the adapter marks
        // each new version `latest` and the older ones not (versions per document are bounded
        // by `maxPerDoc`).
        manifest.versions[slug] = await staging.writeLines(
          'versions',
          slug,
          (async function* () {
            for (const id of ids) {
              const { docs } = await db.findVersions({ collection: slug, locale: 'all', where: { parent: { equals: id } }, sort: ['updatedAt', 'createdAt'], limit: 0, pagination: false })
              yield* docs as Doc[]
            }
          })(),
        )
      }
      log(`${slug}: ${manifest.collections[slug]} documents${collection.versions ? `, ${manifest.versions[slug]} versions` : ''}${collection.upload ? `, ${files.length} files` : ''}`)
    }
    for (const global of payload.config.globals) {
      const doc = await db.findGlobal({ slug: global.slug, locale: 'all' })
      // A global never saved has no row: nothing to restore.
      if (doc && Object.keys(doc).some((key) => !['globalType', 'id'].includes(key))) {
        await staging.writeJson('globals', global.slug, doc)
        manifest.globals.push(global.slug)
      }
      if (global.versions) {
        manifest.globalVersions[global.slug] = await staging.writeLines(
          'global-versions',
          global.slug,
          pages((page) => db.findGlobalVersions({ global: global.slug, locale: 'all', page, limit: PAGE, pagination: true, sort: ['updatedAt', 'createdAt', 'id'] })),
        )
      }
    }
    if (manifest.missingFiles.length > 0) log(`Not in storage, left out: ${manifest.missingFiles.join(', ')}`)
    await staging.pack(manifest, target)
    return manifest
  } finally {
    await staging.close()
  }
}
