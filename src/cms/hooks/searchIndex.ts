import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import { indexDocument, removeFromIndex } from '@/data/searchIndex'
import type { SearchType } from '@/lib/search'

import { isPublic, keepingLocale } from './requestHelpers'

/*
 * Keeps site search's index (src/data/searchIndex.ts) up to date: after every save that readers
 * can see (a publish, an edit of a published document, a withdrawal) the document is indexed again
 * in every language from its stored published state; a deletion removes it. Drafts of documents
 * not public in the saved language change nothing readers search and are skipped (autosave).
 * `context.skipSearchIndex` skips it for bulk writers that rebuild the index afterwards (the seed).
 */

/** A failed index write never fails the editor's save: it is logged, and the next save or `npm run reindex` repairs it. */
async function safely(req: PayloadRequest, work: () => Promise<void>): Promise<void> {
  try {
    await work()
  } catch (error) {
    req.payload.logger.error({ msg: 'Search index not updated (npm run reindex repairs it)', err: error })
  }
}

/** afterChange and afterDelete hooks that keep `collection` in the search index. */
export function keepSearchIndex(collection: SearchType): { afterChange: CollectionAfterChangeHook; afterDelete: CollectionAfterDeleteHook } {
  return {
    afterChange: async ({ doc, previousDoc, req, context }) => {
      if (context.skipSearchIndex) return doc
      // previousDoc is an empty object on create: only a stored document can have been public.
      const wasPublic = Boolean(previousDoc?.id) && isPublic(previousDoc)
      if (!isPublic(doc) && !wasPublic) return doc
      // Read inside the save's transaction (req), in every language; the save goes on in its own.
      await safely(req, () => keepingLocale(req, () => indexDocument(req.payload, collection, doc.id, req)))
      return doc
    },
    afterDelete: async ({ doc, req, context }) => {
      if (context.skipSearchIndex) return doc
      await safely(req, () => removeFromIndex(req.payload, collection, doc.id))
      return doc
    },
  }
}
