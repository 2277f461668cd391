import type { CollectionBeforeOperationHook, Where } from 'payload'

import { defaultLocale, isLocale, localeList } from '@/i18n/locales'

import { isStaff } from '../access/isStaff'
import { newsroomT } from '../i18n/translations'

import { refusal } from './requestHelpers'

/*
 * What a reader (anyone not signed in as staff) may ask Payload's REST and GraphQL API about
 * drafted collections, so that no answer carries text, slugs, counts or matches that are not
 * published in the language asked for. The access rule (access/publishedOrStaff.ts) lets a
 * document through when it is published in the reader's language or in English (shown as
 * fallback), and afterRead (hooks/publication.ts) swaps a translation that is not published for
 * English. What is left is closed here:
 *  - `draft=true` would read the newest version, drafts included: readers always read published;
 *  - `locale=all` (or `*`) returns every language at once, published or not: one language only;
 *  - `fallback-locale` could fill empty fields from a language that is not published: English,
 *    or none at all;
 *  - a `where` or `sort` on a language's text would match or order by text that is stored but
 *    not published (a withdrawn translation, a draft made before the first publication, a
 *    restored version's other languages): such queries see only documents whose text in that
 *    language is published.
 */

/** Whether `where` names a localized field, or a path into another field (relationships, groups). */
function touchesText(where: unknown, localized: Set<string>): boolean {
  if (!where || typeof where !== 'object') return false
  return Object.entries(where as Record<string, unknown>).some(([key, value]) => {
    if (key === 'and' || key === 'or') return Array.isArray(value) && value.some((part) => touchesText(part, localized))
    return key.includes('.') || localized.has(key)
  })
}

/** Whether `sort` orders by a localized field or a path into another field. */
function sortsByText(sort: unknown, localized: Set<string>): boolean {
  const keys = Array.isArray(sort) ? sort : typeof sort === 'string' ? sort.split(',') : []
  return keys.some((key) => {
    const name = String(key).trim().replace(/^-/, '')
    return name.includes('.') || localized.has(name)
  })
}

/** beforeOperation of drafted collections: readers' finds, counts and distinct reads, as above. */
export const readersReadPublishedText: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if (operation !== 'read' && operation !== 'count' && operation !== 'readDistinct') return args
  if (req.payloadAPI === 'local' || args.overrideAccess || isStaff({ req })) return args
  const locale = req.locale
  if (!isLocale(locale)) {
    throw refusal(newsroomT(req)('newsroom:errors:oneLanguage', { locales: localeList }), 400)
  }
  if (req.fallbackLocale !== false) req.fallbackLocale = defaultLocale
  const read = { ...args, draft: false } as typeof args & { where?: Where; sort?: unknown }
  if (locale === defaultLocale) return read
  const localized = new Set(collection.flattenedFields.filter((field) => 'localized' in field && field.localized).map((field) => field.name))
  if (touchesText(read.where, localized) || sortsByText(read.sort, localized)) {
    read.where = { and: [...(read.where ? [read.where] : []), { _status: { equals: 'published' } }] }
  }
  return read
}
