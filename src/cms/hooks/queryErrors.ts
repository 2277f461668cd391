import { APIError, type AfterErrorHook } from 'payload'

import { newsroomT } from '../i18n/translations'

/** Errors of a database that is down or busy: not the reader's fault, so they stay 5xx. */
const OUTAGE = /Mongo(Network|ServerSelection|NotConnected)|ECONNREFUSED|SQLITE_(BUSY|LOCKED|CANTOPEN|IOERR|FULL)/

/** The error and its causes, as one line to classify. */
function describe(error: unknown): string {
  const parts: string[] = []
  for (let e = error as { name?: unknown; message?: unknown; code?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 5; e = e.cause as typeof e, depth++) {
    parts.push(`${String(e.name)} ${String(e.code)} ${String(e.message)}`)
  }
  return parts.join(' | ')
}

/**
 * REST reads with a `where` or `sort` Payload accepts but cannot run (a `where` that is not JSON,
 * a date that is no date, a geo operator on a text field) fail deep in the database adapter with
 * a 500. The request, not the server, is at fault: answer 400 and say what to check, in the
 * admin's language. Errors Payload already classifies (APIError with a status) and database
 * outages keep their status.
 */
export const badQueriesAre400: AfterErrorHook = ({ error, req }) => {
  if (error instanceof APIError && error.status < 500) return
  if (req.method !== 'GET' || !req.searchParams) return
  const query = [...req.searchParams.keys()]
  if (!query.some((key) => key === 'where' || key.startsWith('where[') || key === 'sort')) return
  if (OUTAGE.test(describe(error))) return
  return { status: 400, response: { errors: [{ message: newsroomT(req)('newsroom:errors:badQuery') }] } }
}
