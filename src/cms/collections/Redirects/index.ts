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
import type { CollectionConfig } from 'payload'

import { isEditor } from '../../access/isEditor'
import { l } from '../../fields/label'
import { withMaxLength } from '../../fields/textLength'
import { expireRedirects } from '../../hooks/revalidate'

import { normalizeFrom, normalizeTo, validateFrom, validateTo } from './hooks/addresses'

export const REDIRECTS = 'redirects' as const

export { normalizeRedirectPath } from './hooks/addresses'

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
      hooks: { beforeValidate: [normalizeFrom] },
      validate: withMaxLength(validateFrom),
    },
    {
      name: 'to',
      type: 'text',
      required: true,
      maxLength: 2000,
      label: l('New address', 'Новый адрес', 'Суроғаи нав'),
      admin: {
        description: l(
          'A path on this site, such as /tg/news/new-slug (a full address of this site is shortened to its path).',
          'Путь на этом сайте, например /tg/news/new-slug (полный адрес этого сайта сокращается до пути).',
          'Роҳ дар ҳамин сомона, масалан /tg/news/new-slug (суроғаи пурраи ҳамин сомона то роҳаш кӯтоҳ карда мешавад).',
        ),
      },
      hooks: { beforeValidate: [normalizeTo] },
      validate: withMaxLength(validateTo),
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
        if (!context.disableRevalidate) expireRedirects()
        return doc
      },
    ],
    afterDelete: [
      ({ doc, context }) => {
        if (!context.disableRevalidate) expireRedirects()
        return doc
      },
    ],
  },
}
