import type { PayloadRequest } from 'payload'

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
