import type { PayloadRequest, TextField } from 'payload'

import { slugify, SLUG_PATTERN } from '@/lib/slugify'

import { newsroomT } from '../i18n/translations'
import { l } from './label'

/** Whether another document of the collection already uses `slug` in the request's language. */
async function slugTaken(
  req: PayloadRequest,
  collection: string,
  slug: string,
  ownId: string | number | undefined,
): Promise<boolean> {
  const found = await req.payload.find({
    // Any slugged collection: the generated union of slugs is narrower than this helper needs.
    collection: collection as 'news',
    where: ownId ? { and: [{ slug: { equals: slug } }, { id: { not_equals: ownId } }] } : { slug: { equals: slug } },
    locale: req.locale ?? undefined,
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return found.docs.length > 0
}

/** Appends -2, -3, … to `base` until `taken` says the candidate is free. */
export async function uniqueSlug(base: string, taken: (candidate: string) => Promise<boolean>): Promise<string> {
  for (let n = 1; n < 100; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`
    if (!(await taken(candidate))) return candidate
  }
  return `${base}-${Date.now().toString(36)}`
}

/**
 * A per-language slug, generated from the same language's `source` field (title or name) when
 * left empty, normalised to lowercase ASCII when typed by hand, and unique within its collection
 * and language. Uniqueness is checked here rather than by a unique index: on MongoDB a localized
 * slug is `slug.en`/`slug.ru`/`slug.tg`, and a unique index there needs `sparse` for untranslated
 * documents, which FerretDB (our test server) silently drops, so the two would behave differently.
 */
export function slugField(source: string): TextField {
  return {
    name: 'slug',
    type: 'text',
    localized: true,
    index: true,
    label: l('Slug (URL)', 'Адрес (slug)', 'Суроға дар URL'),
    admin: {
      position: 'sidebar',
      description: l(
        'Part of the web address. Left empty, it is made from the title in this language.',
        'Часть веб-адреса. Если оставить пустым, он будет создан из заголовка на этом языке.',
        'Қисми суроғаи веб. Агар холӣ монад, аз сарлавҳа бо ҳамин забон сохта мешавад.',
      ),
    },
    hooks: {
      beforeValidate: [
        async ({ value, siblingData, req, collection, originalDoc }) => {
          const typed = typeof value === 'string' ? value.trim() : ''
          // A hand-typed slug is normalised ("Моя новость" -> "moya-novost") but never renumbered:
          // a clash with another document is reported by `validate` instead.
          if (typed) return slugify(typed) || typed
          const from = siblingData?.[source]
          if (typeof from !== 'string' || !from.trim() || !collection) return value
          const base = slugify(from)
          if (!base) return value
          return uniqueSlug(base, (candidate) => slugTaken(req, collection.slug, candidate, originalDoc?.id))
        },
      ],
    },
    validate: async (value, { req, id, collectionSlug }) => {
      if (!value) return true
      const t = newsroomT(req)
      if (!SLUG_PATTERN.test(value)) return t('newsroom:validation:slugFormat')
      if (collectionSlug && (await slugTaken(req, collectionSlug, value, id))) {
        return t('newsroom:validation:slugTaken', { slug: value, locale: req.locale })
      }
      return true
    },
  }
}
