/**
 * `npm run restore -- <file> [--replace] [--id-map <file.json>]`: loads a backup into the
 * configured database (DATABASE_URI: SQLite or MongoDB) and media storage, then rebuilds the
 * listing and search indexes. Refuses a database that holds content unless --replace is given.
 * --id-map writes which new id each backed-up document got (for links kept outside the site).
 * Run by Payload's CLI through scripts/cms.mjs. README.md, "Backups", says more.
 */
import { writeFile } from 'node:fs/promises'

import config from '@payload-config'
import { getPayload } from 'payload'

import { readEnv } from '@/lib/env'
import { refreshRunningSite } from '@/lib/siteRefresh'

import { rebuildDerivedIndexes } from '../seed/derived'
import { mediaFilesFor } from './mediaFiles'
import { restore, RestoreRefusedError } from './restore'

const args = process.argv.slice(2)
const replace = args.includes('--replace')
const mapAt = args.indexOf('--id-map')
const idMapFile = mapAt >= 0 ? args[mapAt + 1] : undefined
// (Without --id-map, mapAt + 1 is 0: the first argument is the file, not a map's name.)
const file = args.find((arg, index) => !arg.startsWith('--') && (mapAt < 0 || index !== mapAt + 1))
if (!file || (mapAt >= 0 && !idMapFile)) {
  console.error('Usage: npm run restore -- <backup.tar.gz> [--replace] [--id-map <file.json>]')
  process.exit(2)
}

const payload = await getPayload({ config })
const started = Date.now()
try {
  const result = await restore(payload, file, mediaFilesFor(readEnv()), { replace, log: (message) => payload.logger.info(message) })
  if (idMapFile) {
    const plain = Object.fromEntries([...result.ids].map(([slug, map]) => [slug, Object.fromEntries(map)]))
    await writeFile(idMapFile, JSON.stringify(plain, null, 2))
  }
  await rebuildDerivedIndexes(payload)
  payload.logger.info(`Restored ${file} (made ${result.manifest.createdAt} on ${result.manifest.source.adapter}) in ${((Date.now() - started) / 1000).toFixed(1)} s.`)
  payload.logger.info(await refreshRunningSite(readEnv()))
} catch (error) {
  if (!(error instanceof RestoreRefusedError)) throw error
  // One line, no stack: a refusal, not a crash.
  console.error(error.message)
  process.exit(1)
}
process.exit(0)
