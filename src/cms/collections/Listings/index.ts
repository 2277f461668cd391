import type { CollectionConfig } from 'payload'

import { l } from '../../fields/label'

export const LISTINGS = 'listings' as const

const nobody = () => false

/**
 * The news listing index (lib/listings.ts explains its rows): kept by hooks on news
 * (hooks/listings.ts) and rebuilt by `npm run reindex`. Read only by the site's data layer with
 * access overridden; no one reads or writes it through the API or the admin. It holds no text,
 * only which published item belongs to which list, and the published slugs the sitemap lists:
 * lists read every item it names with the reader's access control. Its rows change in the same
 * transaction as the item they describe.
 */
export const Listings: CollectionConfig = {
  slug: LISTINGS,
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  labels: { singular: l('Listing', 'Запись списка', 'Сабти рӯйхат'), plural: l('Listings', 'Списки', 'Рӯйхатҳо') },
  admin: { hidden: true },
  graphQL: false,
  timestamps: false,
  // Its indexes are the database's own, each ending in the id that breaks ties of a date (Payload's
  // compound indexes cannot name it): src/cms/database.ts makes SQLite's, hooks/listings.ts
  // MongoDB's. Every list reads one (language, list) range newest first; years, and the sitemap's
  // months and files, one year's range by date: without `publishedAt` last, SQLite read a year's
  // rows in date order through another index, walking every year of the list (3 s at 100,000
  // items).
  fields: [
    { name: 'key', type: 'text', required: true, index: true, label: l('Key', 'Ключ', 'Калид') },
    { name: 'doc', type: 'text', required: true, index: true, label: l('News item', 'Новость', 'Хабар') },
    { name: 'locale', type: 'text', required: true, label: l('Language', 'Язык', 'Забон') },
    { name: 'scope', type: 'text', required: true, label: l('List', 'Список', 'Рӯйхат') },
    { name: 'translated', type: 'checkbox', required: true, label: l('Written in this language', 'Написано на этом языке', 'Бо ҳамин забон навишта шудааст') },
    { name: 'publishedAt', type: 'date', required: true, label: l('Publication date', 'Дата публикации', 'Санаи нашр') },
    { name: 'year', type: 'number', required: true, label: l('Year', 'Год', 'Сол') },
    // On `translated` rows: the item's address in the row's language and its last change, which
    // the sitemap lists (data/sitemap.ts) without reading the items themselves.
    { name: 'slug', type: 'text', label: l('Slug', 'Слаг', 'Слаг') },
    { name: 'modifiedAt', type: 'date', label: l('Last changed', 'Последнее изменение', 'Тағйири охирин') },
  ],
}
