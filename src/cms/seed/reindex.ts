/**
 * `npm run reindex`: writes site search's index afresh from the database (after restoring a
 * backup, deleting the SQLite search file, or upgrading from a version without it). Readers keep
 * searching the old entries until it is done. Run by Payload's CLI
 * (`payload run src/cms/seed/reindex.ts`, through scripts/cms.mjs, which explains its Node flag).
 */
import config from '@payload-config'
import { getPayload } from 'payload'

import { rebuildSearchIndex } from '@/data/searchIndex'

const payload = await getPayload({ config })
const started = Date.now()
const indexed = await rebuildSearchIndex(payload)
payload.logger.info(
  `Search index rebuilt in ${((Date.now() - started) / 1000).toFixed(1)} s: ${Object.entries(indexed)
    .map(([locale, count]) => `${count} entries in ${locale}`)
    .join(', ')}.`,
)
