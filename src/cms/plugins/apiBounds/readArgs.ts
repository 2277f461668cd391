import type { CollectionBeforeOperationHook, GlobalBeforeOperationHook, PayloadRequest } from 'payload'

import { refusal } from '../../hooks/requestHelpers'
import { newsroomT } from '../../i18n/translations'
import { boundsFor, type ApiBounds } from './bounds'

/** The arguments of Payload's read operations (find, findByID, findVersions, findVersionByID, findDistinct) we bound. */
interface ReadArgs {
  depth?: unknown
  limit?: unknown
  page?: unknown
  pagination?: unknown
  where?: unknown
}

/** Payload's page size when a request names none. */
const DEFAULT_LIMIT = 10

/** A request from outside: REST or GraphQL, with access control on (our own code overrides it or uses the Local API). */
const fromOutside = (req: PayloadRequest, overrideAccess: boolean | undefined): boolean => req.payloadAPI !== 'local' && !overrideAccess

/**
 * The ids of a `{ id: { in: [...] } }` query, else null. Payload populates relationships (REST
 * `depth`, GraphQL relationship fields, rich-text uploads) with one such unpaginated find per
 * collection, on the request's own `req`: its size is bounded by the page that asked for it.
 */
function idList(where: unknown): unknown[] | null {
  if (!where || typeof where !== 'object' || Object.keys(where).length !== 1) return null
  const id: unknown = (where as { id?: unknown }).id
  if (!id || typeof id !== 'object' || Object.keys(id).length !== 1) return null
  const list: unknown = (id as { in?: unknown }).in
  return Array.isArray(list) ? list : null
}

/** `value` as a whole number within [min, max]; `fallback` when it is no finite number. */
function clamp(value: unknown, min: number, max: number, fallback: number): number {
  const number = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : Number.NaN
  if (!Number.isFinite(number)) return fallback
  return Math.min(max, Math.max(min, Math.floor(number)))
}

/**
 * `args` within `bounds`: a page of at most `bounds.limit` documents (`limit=0`, negative or
 * non-numeric mean "as many as allowed", as `0` means "all" to Payload), always paginated
 * except for the relationship lookups above, `depth` at most `bounds.depth`. A page beyond
 * `bounds.window` is refused with a 400 rather than quietly answered with another page.
 */
export function boundReadArgs<T extends ReadArgs>(args: T, bounds: ApiBounds, req: PayloadRequest): T {
  const bounded: ReadArgs = {}
  const ids = args.pagination === false ? idList(args.where) : null
  const lookup = ids !== null && ids.length <= bounds.limit * 10
  if (!lookup) {
    if (args.pagination === false) bounded.pagination = true
    if (args.limit !== undefined || args.pagination === false) {
      const limit = clamp(args.limit, 0, bounds.limit, bounds.limit)
      bounded.limit = limit === 0 ? bounds.limit : limit
    }
    if (args.page !== undefined) bounded.page = clamp(args.page, 1, Number.MAX_SAFE_INTEGER, 1)
    const limit = typeof bounded.limit === 'number' ? bounded.limit : DEFAULT_LIMIT
    const page = typeof bounded.page === 'number' ? bounded.page : 1
    if (bounds.window !== null && page * limit > bounds.window) {
      throw refusal(newsroomT(req)('newsroom:apiBounds:pageBeyondWindow', { window: bounds.window, parameter: 'where' }), 400)
    }
  }
  if (args.depth !== undefined) bounded.depth = clamp(args.depth, 0, bounds.depth, 0)
  return { ...args, ...bounded }
}

/** Every collection's reads from outside, bounded (see boundReadArgs). */
export const boundCollectionReads: CollectionBeforeOperationHook = ({ args, operation, overrideAccess, req }) => {
  if ((operation !== 'read' && operation !== 'readDistinct') || !fromOutside(req, overrideAccess ?? args.overrideAccess)) return args
  return boundReadArgs(args, boundsFor(req), req)
}

/** A global's reads from outside: `depth` bounded (a global is one document). */
export const boundGlobalReads: GlobalBeforeOperationHook = ({ args, operation, overrideAccess, req }) => {
  if (operation !== 'read' || !args || typeof args !== 'object' || !fromOutside(req, overrideAccess)) return args
  return boundReadArgs(args as ReadArgs, boundsFor(req), req)
}
