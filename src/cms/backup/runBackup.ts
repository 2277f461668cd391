/**
 * `npm run backup [-- <file>]`: the whole site (content, versions, users, redirects, settings,
 * media files) into one .tar.gz; by default backups/newsroom-<date>.tar.gz. Run by Payload's CLI
 * through scripts/cms.mjs (which explains its Node flag). README.md, "Backups", says more.
 */
import path from 'node:path'

import config from '@payload-config'
import { getPayload } from 'payload'

import { readEnv } from '@/lib/env'

import { backup } from './backup'
import { mediaFilesFor } from './mediaFiles'

const stamp = new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19)
const file = path.resolve(process.argv[2] ?? `backups/newsroom-${stamp}.tar.gz`)
const payload = await getPayload({ config })
const started = Date.now()
const manifest = await backup(payload, file, mediaFilesFor(readEnv()), (message) => payload.logger.info(message))
const documents = Object.values(manifest.collections).reduce((sum, count) => sum + count, 0)
const versions = Object.values(manifest.versions).reduce((sum, count) => sum + count, 0)
payload.logger.info(
  `Backup written to ${file} in ${((Date.now() - started) / 1000).toFixed(1)} s: ${documents} documents, ${versions} versions, ${manifest.globals.length} globals, ${Object.keys(manifest.files).length} files.`,
)
if (manifest.missingFiles.length > 0) payload.logger.warn(`${manifest.missingFiles.length} files named by media documents were missing from storage and are not in the backup.`)
