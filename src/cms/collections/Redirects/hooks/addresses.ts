import type { FieldHook, PayloadRequest, Where } from 'payload'

import { locales } from '@/i18n/locales'
import { routes } from '@/lib/routes'

import { newsroomT } from '../../../i18n/translations'

/**
 * Normalises what staff type or paste as an old address: a full URL (of the old site or ours)
 * becomes its path and query, a trailing slash goes, the path always starts with "/".
 */
export function normalizeRedirectPath(value: string): string {
  const trimmed = value.trim()
  let path = trimmed
  try {
    if (/^https?:\/\//i.test(trimmed)) {
      const url = new URL(trimmed)
      path = `${url.pathname}${url.search}`
    }
  } catch {
    path = trimmed
  }
  if (!path.startsWith('/')) path = `/${path}`
  const [pathname, ...query] = path.split('?')
  const clean = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname
  return query.length > 0 ? `${clean}?${query.join('?')}` : clean
}

/** beforeValidate of `from`: stores the normalised address. */
export const normalizeFrom: FieldHook = ({ value }) => (typeof value === 'string' && value.trim() ? normalizeRedirectPath(value) : value)

/** Whether another redirect already starts at `from`. */
async function fromTaken(req: PayloadRequest, from: string, id: string | number | undefined): Promise<boolean> {
  const and: Where[] = [{ from: { equals: from } }]
  if (id !== undefined) and.push({ id: { not_equals: id } })
  const { totalDocs } = await req.payload.count({ collection: 'redirects', where: { and }, overrideAccess: true, req })
  return totalDocs > 0
}

/** The site's home pages, which no redirect may take over. */
const homePages = new Set(['/', ...locales.map((locale) => routes.home(locale))])

/** `from`: present, not a home page, not already redirected elsewhere. */
export async function validateFrom(value: string | null | undefined, { req, id }: { req: PayloadRequest; id?: string | number }) {
  const t = newsroomT(req)
  if (!value) return t('newsroom:validation:redirectFromRequired')
  if (homePages.has(value)) return t('newsroom:validation:redirectHomePage')
  if (await fromTaken(req, value, id)) return t('newsroom:validation:redirectFromTaken', { from: value })
  return true
}

/** `to`: a path on this site or an absolute http(s) address, never the old address itself. */
export function validateTo(value: string | null | undefined, { req, siblingData }: { req: PayloadRequest; siblingData: { from?: string } }) {
  const t = newsroomT(req)
  if (!value) return t('newsroom:validation:redirectToRequired')
  if (!/^(\/|https?:\/\/)/.test(value)) return t('newsroom:validation:redirectToFormat')
  if (siblingData.from && normalizeRedirectPath(value) === siblingData.from) return t('newsroom:validation:redirectLoop')
  return true
}
