import type { CollectionConfig } from 'payload'

import { routePatterns } from '@/lib/routes'

import { regionAccess } from '../../access/presets'
import { bodyField, coverField } from '../../fields/common'
import { l } from '../../fields/label'
import { previewAdmin } from '../../fields/preview'
import { textChangedAtField } from '../../fields/textChangedAt'
import { shareEmbedField } from '../../fields/shareEmbed'
import { slugField } from '../../fields/slug'
import { requireAltText } from '../../hooks/altText'
import { revalidateDocument } from '../../hooks/revalidate'
import { keepSearchIndex } from '../../hooks/searchIndex'
import { redirectOldSlug } from '../../hooks/slugRedirects'

export const REGIONS = 'regions' as const

// Region names appear in lists, on news and project pages and in their sub-regions' pages.
const revalidation = revalidateDocument(REGIONS, [
  routePatterns.regionsIndex,
  routePatterns.region,
  routePatterns.news,
  routePatterns.project,
  routePatterns.contacts,
])
// Site search holds what readers can read in each language.
const searchIndex = keepSearchIndex(REGIONS)

const coordinate = (name: 'latitude' | 'longitude', limit: number) =>
  ({
    name,
    type: 'number',
    min: -limit,
    max: limit,
    label: name === 'latitude' ? l('Latitude', 'Широта', 'Арзи ҷуғрофӣ') : l('Longitude', 'Долгота', 'Тӯли ҷуғрофӣ'),
    admin: { step: 0.0001 },
  }) as const

/** Provinces, cities, districts and cross-border areas; each has a public landing page. */
export const Regions: CollectionConfig = {
  slug: REGIONS,
  access: regionAccess,
  labels: {
    singular: l('Region', 'Регион', 'Минтақа'),
    plural: l('Regions', 'Регионы', 'Минтақаҳо'),
  },
  admin: {
    ...previewAdmin('regions'),
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'parent', 'order'],
    group: l('Content', 'Содержание', 'Мундариҷа'),
  },
  defaultSort: 'order',
  fields: [
    { name: 'name', type: 'text', localized: true, required: true, maxLength: 120, label: l('Name', 'Название', 'Ном') },
    bodyField('intro'),
    coverField(),
    slugField('name'),
    textChangedAtField(['name', 'intro']),
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'province',
      options: [
        { value: 'province', label: l('Province', 'Область', 'Вилоят') },
        { value: 'city', label: l('City', 'Город', 'Шаҳр') },
        { value: 'district', label: l('District', 'Район', 'Ноҳия') },
        { value: 'cross-border', label: l('Cross-border area', 'Приграничный регион', 'Минтақаи сарҳадӣ') },
      ],
      label: l('Kind', 'Тип', 'Навъ'),
      admin: { position: 'sidebar' },
    },
    {
      name: 'parent',
      type: 'relationship',
      relationTo: 'regions',
      label: l('Part of', 'Входит в', 'Дохили'),
      admin: { position: 'sidebar' },
      filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
    },
    { type: 'row', fields: [coordinate('latitude', 90), coordinate('longitude', 180)] },
    {
      name: 'order',
      type: 'number',
      defaultValue: 100,
      index: true,
      label: l('Display order', 'Порядок показа', 'Тартиби намоиш'),
      admin: {
        position: 'sidebar',
        description: l('Lower numbers come first.', 'Меньшие числа идут первыми.', 'Рақамҳои хурдтар аввал меоянд.'),
      },
    },
    shareEmbedField('regions'),
  ],
  hooks: {
    beforeChange: [requireAltText({ image: 'cover', text: 'intro' })],
    afterChange: [revalidation.afterChange, searchIndex.afterChange, redirectOldSlug('regions')],
    afterDelete: [revalidation.afterDelete, searchIndex.afterDelete],
  },
}
