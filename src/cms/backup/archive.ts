import { createHash } from 'node:crypto'
import { createReadStream, createWriteStream } from 'node:fs'
import { mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { createInterface } from 'node:readline'

import { create as createTar, extract as extractTar } from 'tar'

import { assertPlainName } from './mediaFiles'

/*
 * The archive: one gzipped tar (written and read by the `tar` package) of plain files, readable
 * with any tar tool:
 *   manifest.json                  what is inside, counts and a SHA-256 per media file
 *   collections/<slug>.ndjson      every document, one JSON line each, all languages
 *   versions/<slug>.ndjson         every version (drafts, autosaves, published) of a collection
 *   globals/<slug>.json            a global, all languages
 *   global-versions/<slug>.ndjson  a global's versions
 *   media/<filename>               every stored file the media documents name
 * JSON keeps what Payload's database adapter returns: ids, dates as ISO strings, localized fields
 * as { en, ru, tg }.
 */

export const ARCHIVE_FORMAT = 'newsroom-backup'
export const ARCHIVE_VERSION = 1

export type Manifest = {
  format: typeof ARCHIVE_FORMAT
  version: number
  createdAt: string
  /** The database the backup came from: `sqlite` or `mongoose`, and its id type. */
  source: { adapter: string; idType: string }
  locales: string[]
  collections: Record<string, number>
  versions: Record<string, number>
  globals: string[]
  globalVersions: Record<string, number>
  files: Record<string, { size: number; sha256: string }>
  /** Files media documents name that were not in storage when the backup was made. */
  missingFiles: string[]
}

export type Doc = Record<string, unknown>

/** A folder where an archive is put together or taken apart; `close` removes it. */
export class Staging {
  private constructor(readonly dir: string) {}

  /** A new empty folder beside `near` (the same disk as the archive, not a small /tmp). */
  static async create(near: string): Promise<Staging> {
    await mkdir(near, { recursive: true })
    return new Staging(await mkdtemp(path.join(near, '.newsroom-backup-')))
  }

  /** Unpacks an archive and checks that it is one of ours. */
  static async open(file: string): Promise<{ staging: Staging; manifest: Manifest }> {
    const staging = await Staging.create(path.dirname(path.resolve(file)))
    try {
      // tar refuses absolute paths and `..` in entry names (its default `preservePaths: false`).
      await extractTar({ file, cwd: staging.dir, strict: true })
      const manifest = JSON.parse(await readFile(path.join(staging.dir, 'manifest.json'), 'utf8')) as Manifest
      if (manifest.format !== ARCHIVE_FORMAT || manifest.version !== ARCHIVE_VERSION) throw new Error(`${file} is not a Newsroom backup (format ${ARCHIVE_VERSION}).`)
      return { staging, manifest }
    } catch (error) {
      await staging.close()
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as Error).name === 'SyntaxError' || /TAR_BAD_ARCHIVE|zlib|unexpected end/i.test(String(error)))
        throw new Error(`${file} is not a readable Newsroom backup: ${(error as Error).message}`)
      throw error
    }
  }

  private file(...parts: string[]): string {
    return path.join(this.dir, ...parts.map(assertPlainName))
  }

  /** Writes documents one JSON line each. */
  async writeLines(folder: string, slug: string, docs: AsyncIterable<Doc> | Doc[]): Promise<number> {
    await mkdir(path.join(this.dir, folder), { recursive: true })
    const out = createWriteStream(this.file(folder, `${slug}.ndjson`))
    let count = 0
    for await (const doc of docs) {
      if (!out.write(`${JSON.stringify(doc)}\n`)) await new Promise<void>((resolve) => out.once('drain', () => resolve()))
      count++
    }
    await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())))
    return count
  }

  /** Reads the documents of one JSON-lines file, in order; none when the file is absent. */
  async *readLines(folder: string, slug: string): AsyncGenerator<Doc> {
    const name = this.file(folder, `${slug}.ndjson`)
    const names = await readdir(path.dirname(name)).catch(() => [] as string[])
    if (!names.includes(path.basename(name))) return
    for await (const line of createInterface({ input: createReadStream(name, 'utf8'), crlfDelay: Infinity })) {
      if (line.trim()) yield JSON.parse(line) as Doc
    }
  }

  async writeJson(folder: string, slug: string, value: unknown): Promise<void> {
    await mkdir(path.join(this.dir, folder), { recursive: true })
    await writeFile(this.file(folder, `${slug}.json`), JSON.stringify(value))
  }

  async readJson(folder: string, slug: string): Promise<Doc> {
    return JSON.parse(await readFile(this.file(folder, `${slug}.json`), 'utf8')) as Doc
  }

  /** Adds a media file; returns its size and checksum for the manifest. */
  async writeMedia(filename: string, data: Buffer): Promise<{ size: number; sha256: string }> {
    await mkdir(path.join(this.dir, 'media'), { recursive: true })
    await writeFile(this.file('media', filename), data)
    return { size: data.length, sha256: sha256(data) }
  }

  /** A media file of the archive, checked against the manifest's checksum. */
  async readMedia(filename: string, expected: { sha256: string }): Promise<Buffer> {
    const data = await readFile(this.file('media', filename))
    if (sha256(data) !== expected.sha256) throw new Error(`The backup's copy of ${filename} is damaged (checksum differs).`)
    return data
  }

  /** Writes the manifest and packs everything into one .tar.gz. */
  async pack(manifest: Manifest, file: string): Promise<void> {
    await writeFile(path.join(this.dir, 'manifest.json'), JSON.stringify(manifest, null, 2))
    const entries = (await readdir(this.dir)).sort((a, b) => (a === 'manifest.json' ? -1 : b === 'manifest.json' ? 1 : a.localeCompare(b)))
    const partial = `${file}.partial`
    // Written beside the target and renamed: a crash never leaves a half archive under the name.
    await createTar({ gzip: true, file: partial, cwd: this.dir, portable: true }, entries)
    await rename(partial, file)
  }

  async close(): Promise<void> {
    await rm(this.dir, { recursive: true, force: true })
  }
}

export const sha256 = (data: Buffer): string => createHash('sha256').update(data).digest('hex')
