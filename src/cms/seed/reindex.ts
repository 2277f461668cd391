/**
 * `npm run reindex`: rebuilds the derived indexes from the stored content: the news listing index
 * (src/cms/collections/Listings) and site search's index, e.g. after importing news below Payload's
 * hooks, restoring a backup or deleting the SQLite search file. Readers keep searching the old
 * search entries until it is done. Run by Payload's CLI
 * (`payload run src/cms/seed/reindex.ts`, through scripts/cms.mjs, which explains its Node flag).
 */
import config from '@payload-config'
import { getPayload } from 'payload'

import { readEnv } from '@/lib/env'
import { refreshRunningSite } from '@/lib/siteRefresh'

import { rebuildDerivedIndexes } from './derived'

const payload = await getPayload({ config })
await rebuildDerivedIndexes(payload)
payload.logger.info(await refreshRunningSite(readEnv()))
