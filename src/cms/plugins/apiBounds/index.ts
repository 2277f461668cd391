import type { Plugin } from 'payload'

import { queryBoundsRules } from './queryCost'
import { boundCollectionReads, boundGlobalReads } from './readArgs'

export { readerBounds, staffBounds, type ApiBounds } from './bounds'

/**
 * Bounds what one anonymous (or staff) request to Payload's REST and GraphQL API may cost: page
 * size, page depth into a list and population depth on every collection and global
 * (readArgs.ts), and a GraphQL cost that multiplies list sizes, with ceilings on nesting, fields
 * and top-level fields (queryCost.ts). The numbers are in bounds.ts; request bodies are capped by
 * the Node server (scripts/server). Listed last among the plugins, so it sees every collection.
 */
export const apiBounds: Plugin = (config) => ({
  ...config,
  collections: config.collections?.map((collection) => ({
    ...collection,
    hooks: { ...collection.hooks, beforeOperation: [boundCollectionReads, ...(collection.hooks?.beforeOperation ?? [])] },
  })),
  globals: config.globals?.map((global) => ({
    ...global,
    hooks: { ...global.hooks, beforeOperation: [boundGlobalReads, ...(global.hooks?.beforeOperation ?? [])] },
  })),
  graphQL: {
    ...config.graphQL,
    validationRules: (args) => [...queryBoundsRules(args), ...(config.graphQL?.validationRules?.(args) ?? [])],
  },
})
