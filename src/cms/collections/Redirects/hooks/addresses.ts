import type { FieldHook, PayloadRequest, Where } from 'payload'

import { locales } from '@/i18n/locales'
import { readEnv } from '@/lib/env'
import { routes } from '@/lib/routes'
import { sameSitePath } from '@/lib/sameSite'

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

/** beforeValidate of `to`: a full address on this site's own origin becomes its path. */
export const normalizeTo: FieldHook = ({ value }) => (typeof value === 'string' && value.trim() ? (sameSitePath(value, readEnv().siteUrl) ?? value.trim()) : value)

/** Another redirect (not `id`) whose `field` is `value`, or null. */
async function otherRedirect(req: PayloadRequest, field: 'from' | 'to', value: string, id: string | number | undefined) {
  const and: Where[] = [{ [field]: { equals: value } }]
  if (id !== undefined) and.push({ id: { not_equals: id } })
  const { docs } = await req.payload.find({ collection: 'redirects', where: { and }, limit: 1, pagination: false, depth: 0, overrideAccess: true, req })
  return docs[0] ?? null
}

/** The site's home pages, which no redirect may take over. */
const homePages = new Set(['/', ...locales.map((locale) => routes.home(locale))])

/**
 * `from`: present, not a home page, not already redirected elsewhere, and not where another
 * redirect leads (that one would become the first link of a chain).
 */
export async function validateFrom(value: string | null | undefined, { req, id }: { req: PayloadRequest; id?: string | number }) {
  const t = newsroomT(req)
  if (!value) return t('newsroom:validation:redirectFromRequired')
  if (homePages.has(value)) return t('newsroom:validation:redirectHomePage')
  if (await otherRedirect(req, 'from', value, id)) return t('newsroom:validation:redirectFromTaken', { from: value })
  const leadingHere = await otherRedirect(req, 'to', value, id)
  if (leadingHere) return t('newsroom:validation:redirectChainFrom', { from: leadingHere.from })
  return true
}

/**
 * `to`: a path of this site only (a redirect to another site would make our address an open
 * redirect for phishing links), never the old address itself, and never an address that is
 * itself redirected (a chain, or a loop through several redirects).
 */
export async function validateTo(value: string | null | undefined, { req, siblingData, id }: { req: PayloadRequest; siblingData: { from?: string }; id?: string | number }) {
  const t = newsroomT(req)
  if (!value) return t('newsroom:validation:redirectToRequired')
  if (!sameSitePath(value)) return t('newsroom:validation:redirectToFormat')
  const to = normalizeRedirectPath(value)
  if (siblingData.from && to === siblingData.from) return t('newsroom:validation:redirectLoop')
  const onward = await otherRedirect(req, 'from', to, id)
  if (onward) return t('newsroom:validation:redirectChainTo', { to, next: onward.to })
  return true
}
