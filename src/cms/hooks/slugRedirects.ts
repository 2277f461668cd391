import type { CollectionAfterChangeHook } from 'payload'

import { isLocale } from '@/i18n/locales'
import { documentRoute, type Section } from '@/lib/routes'

import { isPublic, keepingLocale } from './requestHelpers'

/*
 * When a published document's slug changes in a language, its old address must keep working:
 * links shared in messengers, search engines' indexes, partners' pages. This hook records a
 * permanent redirect from the old path to the new one, re-points older redirects that led to
 * the old path (no chains), and drops any redirect that started at the new path.
 */

/** afterChange for news, projects and regions. */
export function redirectOldSlug(section: Section): CollectionAfterChangeHook {
  return async ({ doc, previousDoc, req, context }) => {
    const locale = req.locale
    if (!isLocale(locale) || context.skipSlugRedirects) return doc
    const oldSlug = previousDoc?.id ? (previousDoc.slug as string | null | undefined) : null
    const newSlug = doc.slug as string | null | undefined
    if (!oldSlug || !newSlug || oldSlug === newSlug || !isPublic(previousDoc) || !isPublic(doc)) return doc
    const from = documentRoute(section, locale, oldSlug)
    const to = documentRoute(section, locale, newSlug)
    const options = { collection: 'redirects' as const, overrideAccess: true, req, context }
    await keepingLocale(req, async () => {
      await req.payload.delete({ ...options, where: { from: { equals: to } } })
      await req.payload.update({ ...options, where: { to: { equals: from } }, data: { to } })
      const existing = await req.payload.find({ ...options, where: { from: { equals: from } }, limit: 1, pagination: false, depth: 0 })
      if (existing.docs[0]) await req.payload.update({ ...options, id: existing.docs[0].id, data: { to, automatic: true } })
      else await req.payload.create({ ...options, data: { from, to, automatic: true } })
    })
    return doc
  }
}
