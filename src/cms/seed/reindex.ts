/**
 * `npm run reindex`: rebuilds the derived indexes from the stored content: the news listing index
 * (src/cms/collections/Listings) and site search's index, e.g. after importing news below Payload's
 * hooks, restoring a backup or deleting the SQLite search file. Readers keep searching the old
 * search entries until it is done. Run by Payload's CLI
 * (`payload run src/cms/seed/reindex.ts`, through scripts/cms.mjs, which explains its Node flag).
 */
import config from '@payload-config'
import { getPayload } from 'payload'

import { rebuildListings } from '../hooks/listings'
import { rebuildSearchIndex } from '@/data/searchIndex'

const payload = await getPayload({ config })
let started = Date.now()
const count = await rebuildListings(payload, (message) => payload.logger.info(message))
payload.logger.info(`Listing index rebuilt: ${count} news items in ${((Date.now() - started) / 1000).toFixed(1)} s.`)
started = Date.now()
const indexed = await rebuildSearchIndex(payload)
payload.logger.info(
  `Search index rebuilt in ${((Date.now() - started) / 1000).toFixed(1)} s: ${Object.entries(indexed)
    .map(([locale, count]) => `${count} entries in ${locale}`)
    .join(', ')}.`,
)
