import { ValidationError, type CollectionBeforeChangeHook, type PayloadRequest } from 'payload'

import { isLocale, type Locale } from '@/i18n/locales'

import { relationIds } from '../access/roles'
import { newsroomT } from '../i18n/translations'

import { keepingLocale } from './requestHelpers'

/** Media ids of the upload nodes in a Lexical value (any depth). */
function uploadIds(node: unknown, into: string[] = []): string[] {
  if (!node || typeof node !== 'object') return into
  const record = node as { type?: unknown; relationTo?: unknown; value?: unknown; root?: unknown; children?: unknown }
  if (record.type === 'upload' && record.relationTo === 'media') into.push(...relationIds(record.value))
  if (record.root) uploadIds(record.root, into)
  if (Array.isArray(record.children)) for (const child of record.children) uploadIds(child, into)
  return into
}

/** The images among `ids` that have no alternative text in `locale` (no fallback). */
async function imagesWithoutAlt(req: PayloadRequest, ids: string[], locale: Locale): Promise<string[]> {
  if (ids.length === 0) return []
  const { docs } = await keepingLocale(req, () =>
    req.payload.find({
      collection: 'media',
      where: { and: [{ id: { in: ids } }, { mimeType: { like: 'image/' } }] },
      locale,
      fallbackLocale: false,
      depth: 0,
      pagination: false,
      overrideAccess: true,
      select: { alt: true, filename: true },
      req,
    }),
  )
  return docs.filter((doc) => !doc.alt?.trim()).map((doc) => doc.filename ?? String(doc.id))
}

/**
 * An image may appear in a document published in a language only once it has an alternative
 * text in that language: blind readers of the Tajik page get a Tajik description. Checked when
 * the language is published (drafts may use any image), for the cover and the images in the text.
 */
export const requireAltText =
  (fields: { image: string; text: string }): CollectionBeforeChangeHook =>
  async ({ collection, data, req }) => {
    const locale = req.locale
    if (!isLocale(locale)) return data
    if ('_status' in data && data._status !== 'published') return data
    const checks: { path: string; ids: string[] }[] = [
      { path: fields.image, ids: relationIds(data[fields.image]) },
      { path: fields.text, ids: uploadIds(data[fields.text]) },
    ]
    const errors: { path: string; message: string }[] = []
    for (const { path, ids } of checks) {
      const missing = await imagesWithoutAlt(req, ids, locale)
      if (missing.length > 0) {
        errors.push({ path, message: newsroomT(req)('newsroom:validation:altBeforePublishing', { locale, files: missing.join(', ') }) })
      }
    }
    if (errors.length > 0) throw new ValidationError({ collection: collection.slug, errors, req }, req.t)
    return data
  }
