import type { PayloadRequest } from 'payload'

import { isStaff } from '../../access/isStaff'

/**
 * What one REST or GraphQL request from outside may ask for. The Local API (our pages, feeds,
 * the public JSON API, hooks and the admin's server side) is not bounded here: src/data and the
 * hooks set their own limits.
 */
export interface ApiBounds {
  /** Documents per page; `limit=0`, negative, non-numeric or larger values get this many. */
  limit: number
  /** Relationship population depth of a read (REST, and rich text in GraphQL). */
  depth: number
  /** How deep into a list a page may start (page × limit); null: anywhere. */
  window: number | null
  /** GraphQL: the query's cost (list sizes multiply, see queryCost.ts), nesting, fields and top-level fields. */
  graphql: { cost: number; depth: number; fields: number; rootFields: number }
}

/** Readers (anyone not signed in). */
export const readerBounds: ApiBounds = {
  limit: 100,
  // Payload's default depth: a news item with its cover, regions and project, and theirs.
  depth: 2,
  // An offset costs a scan of every row it skips (SQLite OFFSET, MongoDB skip): the first 10,000
  // results of a list, and `where` (a date range, slugs, ids) reaches the others.
  window: 10_000,
  // One page of 100 news items with their cover, regions and project costs about 2,000; a few
  // hundred aliases of `allNews(limit: 100)` cost 30,000 and more. Measured on the e2e server
  // (24 news items, 2 shared cores), four senders of the costliest allowed queries kept a cached
  // page under 300 ms; at 10 top-level lists and 5,000 it reached 1.2 s.
  graphql: { cost: 2_500, depth: 8, fields: 250, rootFields: 5 },
}

/**
 * Signed-in staff. The admin's list view asks Payload's REST for up to 250 related documents at
 * once (the relationship cells of one page) and pages anywhere in a list; it does not use GraphQL.
 */
export const staffBounds: ApiBounds = {
  limit: 1_000,
  // Payload's own `maxDepth`.
  depth: 10,
  window: null,
  graphql: { cost: 100_000, depth: 16, fields: 2_000, rootFields: 50 },
}

/** The bounds of the request's sender. */
export const boundsFor = (req: PayloadRequest): ApiBounds => (isStaff({ req }) ? staffBounds : readerBounds)
