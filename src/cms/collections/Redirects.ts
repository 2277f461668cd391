/*
 * Not @payloadcms/plugin-redirects (checked at 3.90.1): it only builds a collection, with no
 * hooks, validation or lookup, so every rule here would stay ours anyway. What it does bring
 * does not fit: `to` becomes a group { type: reference | custom, reference, url }, and a
 * reference names a document but not a language, while our documents have a slug per language
 * (every redirect would be "custom", and the stored `to` and the REST shape would change for
 * nothing); `from` gets a unique index beside our validator's clearer message; reads default to
 * public; its labels exist in English but not in Russian or Tajik. Replacing its fields through
 * `overrides.fields` would leave an empty wrapper around this file.
 */
import type { CollectionConfig, PayloadRequest, Where } from 'payload'

import { isEditor } from '../access/isEditor'
import { l } from '../fields/label'
import { expireSyndication } from '../hooks/revalidate'
import { newsroomT } from '../i18n/translations'

export const REDIRECTS = 'redirects' as const

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

/** Whether another redirect already starts at `from`. */
async function fromTaken(req: PayloadRequest, from: string, id: string | number | undefined): Promise<boolean> {
  const and: Where[] = [{ from: { equals: from } }]
  if (id !== undefined) and.push({ id: { not_equals: id } })
  const { totalDocs } = await req.payload.count({ collection: REDIRECTS, where: { and }, overrideAccess: true, req })
  return totalDocs > 0
}

/**
 * Redirects from old addresses: made automatically when a published document's slug changes
 * (so shared links keep working), and by hand for links into the organisation's old website.
 * Uniqueness of `from` is checked by a validator, for the same reason as slugs (FerretDB and
 * MongoDB differ on unique indexes); an index still makes the lookup fast.
 */
export const Redirects: CollectionConfig = {
  slug: REDIRECTS,
  access: { read: isEditor, create: isEditor, update: isEditor, delete: isEditor },
  labels: { singular: l('Redirect', 'Перенаправление', 'Равонакунӣ'), plural: l('Redirects', 'Перенаправления', 'Равонакуниҳо') },
  admin: {
    useAsTitle: 'from',
    defaultColumns: ['from', 'to', 'automatic', 'updatedAt'],
    group: l('Settings', 'Настройки', 'Танзимот'),
    description: l(
      'Old addresses and where they now lead. Renaming a published slug adds one here by itself.',
      'Старые адреса и куда они теперь ведут. При смене слага опубликованного документа запись добавляется сама.',
      'Суроғаҳои кӯҳна ва ҷое, ки ҳоло мебаранд. Ҳангоми иваз кардани слаги ҳуҷҷати нашршуда сабт худ илова мешавад.',
    ),
  },
  fields: [
    {
      name: 'from',
      type: 'text',
      required: true,
      index: true,
      maxLength: 1000,
      label: l('Old address', 'Старый адрес', 'Суроғаи кӯҳна'),
      admin: {
        description: l(
          'A path such as /index.php?id=12 or /ru/news/old-slug; a full URL of the old site works too.',
          'Путь вроде /index.php?id=12 или /ru/news/old-slug; можно вставить и полный адрес старого сайта.',
          'Роҳе мисли /index.php?id=12 ё /ru/news/old-slug; суроғаи пурраи сомонаи кӯҳна низ мешавад.',
        ),
      },
      hooks: { beforeValidate: [({ value }) => (typeof value === 'string' && value.trim() ? normalizeRedirectPath(value) : value)] },
      validate: async (value: string | null | undefined, { req, id }: { req: PayloadRequest; id?: string | number }) => {
        const t = newsroomT(req)
        if (!value) return t('newsroom:validation:redirectFromRequired')
        if (value === '/' || /^\/(en|ru|tg)$/.test(value)) return t('newsroom:validation:redirectHomePage')
        if (await fromTaken(req, value, id)) return t('newsroom:validation:redirectFromTaken', { from: value })
        return true
      },
    },
    {
      name: 'to',
      type: 'text',
      required: true,
      maxLength: 2000,
      label: l('New address', 'Новый адрес', 'Суроғаи нав'),
      admin: {
        description: l(
          'A path on this site (/tg/news/new-slug) or a full https:// address.',
          'Путь на этом сайте (/tg/news/new-slug) или полный адрес https://.',
          'Роҳ дар ин сомона (/tg/news/new-slug) ё суроғаи пурраи https://.',
        ),
      },
      validate: (value: string | null | undefined, { req, siblingData }: { req: PayloadRequest; siblingData: { from?: string } }) => {
        const t = newsroomT(req)
        if (!value) return t('newsroom:validation:redirectToRequired')
        if (!/^(\/|https?:\/\/)/.test(value)) return t('newsroom:validation:redirectToFormat')
        if (siblingData.from && normalizeRedirectPath(value) === siblingData.from) return t('newsroom:validation:redirectLoop')
        return true
      },
    },
    {
      name: 'automatic',
      type: 'checkbox',
      defaultValue: false,
      label: l('Made on a slug change', 'Создано при смене слага', 'Ҳангоми иваз кардани слаг сохта шуд'),
      admin: { readOnly: true, position: 'sidebar' },
    },
  ],
  hooks: {
    afterChange: [
      ({ doc, context }) => {
        if (!context.disableRevalidate) expireSyndication()
        return doc
      },
    ],
    afterDelete: [
      ({ doc, context }) => {
        if (!context.disableRevalidate) expireSyndication()
        return doc
      },
    ],
  },
}
