import { statSync } from 'node:fs'
import path from 'node:path'

import type { CollectionConfig, PayloadRequest } from 'payload'

import { routePatterns } from '@/lib/routes'

import { mediaAccess } from '../../access/presets'
import { importedFromField } from '../../fields/importedFrom'
import { l } from '../../fields/label'
import { withMaxLength } from '../../fields/textLength'
import { revalidatePatterns } from '../../hooks/revalidate'
import { newsroomT } from '../../i18n/translations'

export const MEDIA = 'media' as const

/** Image widths Payload generates; the frontend's image loader picks among exactly these. */
export const imageWidths = [480, 800, 1200, 1600] as const

/** Upload types we accept. Payload checks the file's content against these, not only its name. */
export const acceptedMimeTypes = ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'application/pdf']

// Images appear as covers on most page kinds; a changed alt text must reach them too.
const revalidation = revalidatePatterns([
  routePatterns.home,
  routePatterns.news,
  routePatterns.project,
  routePatterns.region,
  routePatterns.newsIndex,
  routePatterns.projectsIndex,
  routePatterns.regionsIndex,
  routePatterns.contacts,
])

/** The answer to a request for a file that is not stored: a 404 with our message, never cached. */
export function noSuchFile(req: PayloadRequest): Response {
  return Response.json({ errors: [{ message: newsroomT(req)('newsroom:errors:noSuchFile') }] }, { status: 404, headers: { 'Cache-Control': 'no-store' } })
}

/**
 * Payload answers a request for a file that is not on the disk with a 500 ("Something went
 * wrong"); it is a 404. Runs before Payload's own disk read, so only a missing file is answered
 * here. (Object storage brings its own handler in place of the disk: src/cms/storage.ts.)
 */
const missingFileIs404 =
  (staticDir: string) =>
  (req: PayloadRequest, { params }: { params: { filename: string } }): Response | void => {
    const file = path.resolve(staticDir, params.filename)
    // Payload refuses names that leave the folder itself, with a 400, after this handler.
    if (!file.startsWith(path.resolve(staticDir) + path.sep)) return
    // One stat, synchronous because Payload's handler type allows a Response or a Promise<void>.
    if (statSync(file, { throwIfNoEntry: false })?.isFile()) return
    return noSuchFile(req)
  }

/**
 * Where media files live: the folder MEDIA_DIR (the default), or object storage, which
 * src/cms/storage.ts plugs in (its plugin then answers file requests instead of the disk).
 */
export type MediaStore = { kind: 'folder'; dir: string } | { kind: 'objectStorage' }

/** Images and PDFs, with alt text per language and responsive sizes. */
export const mediaCollection = (store: MediaStore): CollectionConfig => ({
  slug: MEDIA,
  access: mediaAccess,
  labels: {
    singular: l('Media file', 'Медиафайл', 'Файли медиа'),
    plural: l('Media', 'Медиа', 'Медиа'),
  },
  admin: {
    group: l('Content', 'Содержание', 'Мундариҷа'),
    defaultColumns: ['filename', 'alt', 'mimeType', 'filesize'],
  },
  upload: {
    // With object storage Payload writes nothing here (the plugin sets disableLocalStorage).
    ...(store.kind === 'folder' ? { staticDir: store.dir } : {}),
    mimeTypes: acceptedMimeTypes,
    focalPoint: true,
    crop: true,
    formatOptions: { format: 'webp', options: { quality: 80 } },
    imageSizes: imageWidths.map((width) => ({
      name: `w${width}`,
      width,
      withoutEnlargement: true,
      formatOptions: { format: 'webp', options: { quality: 78 } },
    })),
    adminThumbnail: 'w480',
    handlers: store.kind === 'folder' ? [missingFileIs404(store.dir)] : [],
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      localized: true,
      maxLength: 300,
      label: l('Alternative text', 'Альтернативный текст', 'Матни алтернативӣ'),
      admin: {
        description: l(
          'Describe the image for readers who cannot see it. Required for images.',
          'Опишите изображение для тех, кто его не видит. Обязательно для изображений.',
          'Тасвирро барои онҳое, ки онро дида наметавонанд, тавсиф кунед. Барои тасвирҳо ҳатмист.',
        ),
      },
      validate: withMaxLength((value: string | null | undefined, { data, req }: { data: Partial<{ mimeType: string | null }>; req: PayloadRequest }) => {
        const mimeType = data?.mimeType ?? req.file?.mimetype ?? ''
        if (mimeType.startsWith('image/') && !value?.trim()) return newsroomT(req)('newsroom:validation:altRequired')
        return true
      }),
    },
    { name: 'caption', type: 'text', localized: true, maxLength: 300, label: l('Caption', 'Подпись', 'Тавзеҳ') },
    { name: 'credit', type: 'text', maxLength: 200, label: l('Credit', 'Автор снимка', 'Муаллифи акс') },
    importedFromField,
  ],
  hooks: {
    afterChange: [revalidation.afterChange],
    afterDelete: [revalidation.afterDelete],
  },
})
