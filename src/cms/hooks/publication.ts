import type { CollectionAfterReadHook, CollectionBeforeOperationHook } from 'payload'

import { defaultLocale } from '@/i18n/locales'

import { isStaff } from '../access/isStaff'
import { hasRole } from '../access/roles'
import { newsroomT } from '../i18n/translations'

import { refusal } from './requestHelpers'

/**
 * Contributors write drafts and never publish or withdraw. Access rules see only the data, not
 * whether a save is a draft, so the rule is enforced here on every write by a contributor
 * (admin, REST, GraphQL, and the Local API without `overrideAccess`).
 */
export const contributorsSaveDrafts: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  if (args.overrideAccess || !hasRole(req.user, 'contributor')) return args
  const write = args as typeof args & {
    data?: { _status?: unknown }
    publishSpecificLocale?: string
    unpublishAllLocales?: boolean | string
  }
  const publishing =
    !write.draft ||
    write.data?._status === 'published' ||
    Boolean(write.publishAllLocales) ||
    Boolean(write.unpublishAllLocales) ||
    Boolean(write.publishSpecificLocale)
  if (publishing) {
    throw refusal(newsroomT(req)('newsroom:errors:contributorsSaveDrafts'), 403)
  }
  return args
}

/**
 * A translation withdrawn from publication keeps its last published text in the document, so
 * for readers (not staff) a document whose language is not published is read again in English,
 * the fallback the page then labels as such. Never-published translations are empty and fall
 * back field by field already.
 */
export const hideWithdrawnTranslation: CollectionAfterReadHook = async ({ collection, context, doc, overrideAccess, req }) => {
  const locale = req.locale
  if (overrideAccess || isStaff({ req }) || context.skipTranslationCheck) return doc
  if (!locale || locale === 'all' || locale === defaultLocale) return doc
  if (typeof doc._status !== 'string' || doc._status === 'published') return doc
  const english = await req.payload.findByID({
    collection: collection.slug,
    id: doc.id,
    locale: defaultLocale,
    depth: 1,
    draft: false,
    overrideAccess: false,
    disableErrors: true,
    context: { ...context, skipTranslationCheck: true },
  })
  return english ? { ...doc, ...english, _status: doc._status } : doc
}
