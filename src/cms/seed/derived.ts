import type { Payload } from 'payload'

import { rebuildSearchIndex } from '@/data/searchIndex'

import { rebuildListings } from '../hooks/listings'

/**
 * Rebuilds what is derived from the stored content: the news listing index and site search's
 * index. `npm run reindex` and `npm run restore` call it.
 */
export async function rebuildDerivedIndexes(payload: Payload): Promise<void> {
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
}
