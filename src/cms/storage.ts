import path from 'node:path'

import { s3Storage } from '@payloadcms/storage-s3'
import type { CollectionConfig, PayloadRequest, Plugin } from 'payload'

import type { Env } from '@/lib/env'

import { MEDIA, noSuchFile, type MediaStore } from './collections/Media'
import { newsroomT } from './i18n/translations'

/** Where the Media collection keeps its files: MEDIA_DIR unless S3_BUCKET chooses object storage. */
export function mediaStore(env: Env): MediaStore {
  return env.s3 ? { kind: 'objectStorage' } : { kind: 'folder', dir: path.resolve(env.mediaDir) }
}

/**
 * Media files on S3 or an S3-compatible server through Payload's official adapter, when S3_BUCKET
 * is set. Files stay behind Payload's own file route (`/api/media/file/<name>`, the adapter's
 * default): the collection's `read` access is checked on every file as with the folder, pages
 * keep the same URLs, and the bucket needs no public access. The original and every image size
 * are objects named by their file name; deleting a media document deletes them all.
 *
 * Without S3 the plugin is still applied, switched off, with `alwaysInsertFields`: it then only
 * adds its two hidden fields (`prefix`, `_objectKey`), so the database schema, the SQLite
 * migrations and the admin's import map are the same whichever storage a server uses.
 */
export function mediaStorage(env: Env): Plugin[] {
  const s3 = env.s3
  const plugin = s3Storage({
    enabled: Boolean(s3),
    alwaysInsertFields: true,
    collections: { [MEDIA]: true },
    bucket: s3?.bucket ?? '',
    config: s3
      ? {
          region: s3.region,
          endpoint: s3.endpoint,
          forcePathStyle: s3.forcePathStyle,
          credentials: s3.credentials,
        }
      : {},
  })
  return s3 ? [plugin, storageAnswers] : [plugin]
}

type UploadHandler = NonNullable<Exclude<CollectionConfig['upload'], boolean | undefined>['handlers']>[number]

/** How long a reader is asked to wait before asking again for a file while the storage fails. */
const RETRY_AFTER_SECONDS = 30

/** A 503 in the reader's language: the storage is down or refuses us, which is not the reader's fault. */
function storageUnavailable(req: PayloadRequest): Response {
  return Response.json(
    { errors: [{ message: newsroomT(req)('newsroom:storage:unavailable') }] },
    { status: 503, headers: { 'Cache-Control': 'no-store', 'Retry-After': String(RETRY_AFTER_SECONDS) } },
  )
}

/**
 * The adapter answers a missing object with an empty 404 and any failure of the storage (down,
 * refusing our keys) with a bare 500. This gives the 404 the same body and `Cache-Control:
 * no-store` as a file missing from MEDIA_DIR (collections/Media), and turns the failure into a
 * 503 with Retry-After, so a reader, a CDN and the tests see one behaviour for either storage.
 * (The adapter has already logged the failure.)
 */
const storageAnswers: Plugin = (config) => ({
  ...config,
  collections: config.collections?.map((collection) => {
    if (collection.slug !== MEDIA || typeof collection.upload !== 'object' || !collection.upload.handlers) return collection
    const handlers = collection.upload.handlers.map(
      (handler): UploadHandler =>
        (req, args) =>
          // Payload's type names Promise<Response> and Promise<void> apart; it awaits either.
          Promise.resolve(handler(req, args)).then((response) => {
            if (!(response instanceof Response)) return response
            if (response.status === 404) return noSuchFile(req)
            if (response.status >= 500) return storageUnavailable(req)
            return response
          }) as Promise<Response>,
    )
    return { ...collection, upload: { ...collection.upload, handlers } }
  }),
})
