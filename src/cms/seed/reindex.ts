/**
 * `npm run reindex`: rebuilds the news listing index (src/cms/collections/Listings) from the stored
 * news, e.g. after news were imported below Payload's hooks. Run by Payload's CLI like the seed.
 */
import config from '@payload-config'
import { getPayload } from 'payload'

import { rebuildListings } from '../hooks/listings'

const payload = await getPayload({ config })
const started = Date.now()
const count = await rebuildListings(payload, (message) => payload.logger.info(message))
payload.logger.info(`Listing index rebuilt: ${count} news items in ${((Date.now() - started) / 1000).toFixed(1)} s.`)
