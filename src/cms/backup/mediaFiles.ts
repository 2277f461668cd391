import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'

/**
 * Where uploaded files live, as backup and restore see it: a flat folder of names (Payload's
 * `filename` and each image size's `filename`). The local MEDIA_DIR is the only kind today; object
 * storage (S3) plugs in as another implementation chosen in `mediaFilesFor`, and nothing else in
 * src/cms/backup changes. Files are whole Buffers: uploads are bounded by MAX_UPLOAD_BYTES.
 */
export interface MediaFiles {
  /** Where the files are, for messages. */
  readonly where: string
  /** The bytes of a stored file, or null when there is no such file. */
  read(filename: string): Promise<Buffer | null>
  /** Stores a file under this name, replacing one of the same name. */
  write(filename: string, data: Buffer): Promise<void>
}

/** A stored name must be one plain file name: never a path out of the folder. */
export function assertPlainName(filename: string): string {
  if (!filename || filename !== path.basename(filename) || filename === '.' || filename === '..') {
    throw new Error(`Not a plain file name: ${JSON.stringify(filename)}`)
  }
  return filename
}

/** Files in a local folder (MEDIA_DIR), as Payload's upload collection keeps them. */
export function localMediaFiles(dir: string): MediaFiles {
  const root = path.resolve(dir)
  return {
    where: root,
    async read(filename) {
      try {
        return await readFile(path.join(root, assertPlainName(filename)))
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
        throw error
      }
    },
    async write(filename, data) {
      await mkdir(root, { recursive: true })
      await writeFile(path.join(root, assertPlainName(filename)), data)
    },
  }
}

/** The media storage the configuration uses (object storage adds its case here). */
export function mediaFilesFor(env: { mediaDir: string }): MediaFiles {
  return localMediaFiles(env.mediaDir)
}
