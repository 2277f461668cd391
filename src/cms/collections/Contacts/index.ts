import type { CollectionConfig, PayloadRequest } from 'payload'

import { routePatterns } from '@/lib/routes'

import { regionalContentAccess } from '../../access/presets'
import { coverField, regionsField } from '../../fields/common'
import { l } from '../../fields/label'
import { textChangedAtField } from '../../fields/textChangedAt'
import { withMaxLength } from '../../fields/textLength'
import { requireAltText } from '../../hooks/altText'
import { regionalEditorsDeleteOwnItems, regionalEditorsKeepToOwnItems } from '../../hooks/regionGuard'
import { revalidatePatterns } from '../../hooks/revalidate'
import { keepSearchIndex } from '../../hooks/searchIndex'
import { newsroomT } from '../../i18n/translations'

export const CONTACTS = 'contacts' as const

export const contactKinds = ['office', 'partner', 'donor', 'network', 'person'] as const

// Contacts appear on the contacts page, region pages (offices and partners) and project pages (donors).
const revalidation = revalidatePatterns([routePatterns.contacts, routePatterns.region, routePatterns.project])
// Site search holds what readers can read in each language.
const searchIndex = keepSearchIndex(CONTACTS)

/** Offices, partner organisations, donors, network members and people. */
export const Contacts: CollectionConfig = {
  slug: CONTACTS,
  access: regionalContentAccess,
  labels: {
    singular: l('Contact', 'Контакт', 'Тамос'),
    plural: l('Contacts', 'Контакты', 'Тамосҳо'),
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'regions'],
    group: l('Content', 'Содержание', 'Мундариҷа'),
  },
  defaultSort: 'kind',
  fields: [
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'partner',
      options: [
        { value: 'office', label: l('Our office', 'Наш офис', 'Дафтари мо') },
        { value: 'partner', label: l('Partner organisation', 'Партнёрская организация', 'Ташкилоти шарик') },
        { value: 'donor', label: l('Donor', 'Донор', 'Донор') },
        { value: 'network', label: l('Network member', 'Член сети', 'Аъзои шабака') },
        { value: 'person', label: l('Person', 'Контактное лицо', 'Шахси масъул') },
      ],
      label: l('Kind', 'Тип', 'Навъ'),
      admin: { position: 'sidebar' },
    },
    { name: 'name', type: 'text', localized: true, required: true, maxLength: 200, label: l('Name', 'Название', 'Ном') },
    { name: 'description', type: 'textarea', localized: true, maxLength: 1000, label: l('Description', 'Описание', 'Тавсиф') },
    { name: 'address', type: 'textarea', localized: true, maxLength: 400, label: l('Address', 'Адрес', 'Суроға') },
    {
      name: 'phones',
      type: 'array',
      label: l('Phone numbers', 'Телефоны', 'Рақамҳои телефон'),
      labels: { singular: l('Phone', 'Телефон', 'Телефон'), plural: l('Phones', 'Телефоны', 'Телефонҳо') },
      fields: [
        {
          name: 'number',
          type: 'text',
          required: true,
          maxLength: 50,
          label: l('Number', 'Номер', 'Рақам'),
          validate: withMaxLength((value: string | null | undefined, { req }: { req: PayloadRequest }) =>
            !value || /^[+\d][\d\s()/,.-]{4,40}$/.test(value) ? true : newsroomT(req)('newsroom:validation:phoneFormat'),
          ),
        },
        { name: 'note', type: 'text', localized: true, maxLength: 120, label: l('Note (e.g. fax)', 'Примечание (например, факс)', 'Эзоҳ (масалан, факс)') },
      ],
    },
    {
      name: 'emails',
      type: 'array',
      label: l('E-mail addresses', 'Адреса эл. почты', 'Суроғаҳои почтаи электронӣ'),
      labels: { singular: l('E-mail', 'Эл. почта', 'Почта'), plural: l('E-mails', 'Эл. почта', 'Почтаҳо') },
      fields: [{ name: 'address', type: 'email', required: true, label: l('Address', 'Адрес', 'Суроға') }],
    },
    {
      name: 'website',
      type: 'text',
      maxLength: 500,
      label: l('Website', 'Сайт', 'Сомона'),
      validate: withMaxLength((value: string | null | undefined, { req }: { req: PayloadRequest }) => {
        if (!value) return true
        const t = newsroomT(req)
        try {
          const url = new URL(value)
          return url.protocol === 'https:' || url.protocol === 'http:' ? true : t('newsroom:validation:websiteProtocol')
        } catch {
          return t('newsroom:validation:websiteFormat')
        }
      }),
    },
    regionsField,
    textChangedAtField(['name', 'description', 'address']),
    coverField('logo'),
  ],
  hooks: {
    beforeChange: [regionalEditorsKeepToOwnItems, requireAltText({ image: 'logo', text: 'description' })],
    beforeDelete: [regionalEditorsDeleteOwnItems],
    afterChange: [revalidation.afterChange, searchIndex.afterChange],
    afterDelete: [revalidation.afterDelete, searchIndex.afterDelete],
  },
}
