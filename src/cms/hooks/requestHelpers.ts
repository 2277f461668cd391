import { APIError, type PayloadRequest } from 'payload'

/**
 * Runs nested Local API calls given `req` (to stay inside its transaction) and puts the request's
 * language back afterwards: a nested call sets `req.locale` to its own, and the rest of the save
 * must go on in the language it was made in.
 */
export async function keepingLocale<T>(req: PayloadRequest, work: () => Promise<T>): Promise<T> {
  const { locale, fallbackLocale } = req
  try {
    return await work()
  } finally {
    req.locale = locale
    req.fallbackLocale = fallbackLocale
  }
}

/** Whether readers can see a document in the saved language: published, or in a collection without drafts. */
export function isPublic(doc: { _status?: string | null } | null | undefined): boolean {
  return Boolean(doc) && (doc?._status === undefined || doc?._status === 'published')
}

/**
 * A refusal whose message reaches staff and readers as written (already in their language): a
 * public APIError, named so that Payload's error formatter keeps its message in a production
 * build too, where class names are minified.
 */
export function refusal(message: string, status: 400 | 403): APIError {
  const error = new APIError(message, status, null, true)
  error.name = status === 403 ? 'Forbidden' : 'BadRequest'
  return error
}
