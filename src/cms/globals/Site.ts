import type { GlobalConfig } from 'payload'

import { anyone } from '../access/anyone'
import { isAdmin } from '../access/isAdmin'
import { l, type Label } from '../fields/label'
import { revalidateEverything } from '../hooks/revalidate'

export const SITE = 'site' as const

/** Sections a navigation entry can point to (URLs themselves are built by lib/routes.ts). */
export const navTargets = ['home', 'news', 'projects', 'regions', 'contacts'] as const

const navTargetLabels: Record<(typeof navTargets)[number], Label> = {
  home: l('Home page', 'Главная', 'Саҳифаи асосӣ'),
  news: l('News', 'Новости', 'Хабарҳо'),
  projects: l('Projects', 'Проекты', 'Лоиҳаҳо'),
  regions: l('Regions', 'Регионы', 'Минтақаҳо'),
  contacts: l('Contacts', 'Контакты', 'Тамосҳо'),
}

const socialNetworks = { facebook: 'Facebook', instagram: 'Instagram', telegram: 'Telegram', youtube: 'YouTube', x: 'X', linkedin: 'LinkedIn' }

/** The organisation's name, tagline, navigation, footer contacts and social links. */
export const Site: GlobalConfig = {
  slug: SITE,
  access: { read: anyone, update: isAdmin },
  label: l('Site settings', 'Настройки сайта', 'Танзимоти сомона'),
  admin: { group: l('Administration', 'Администрирование', 'Маъмурият') },
  fields: [
    { name: 'name', type: 'text', localized: true, required: true, maxLength: 200, label: l('Organisation name', 'Название организации', 'Номи ташкилот') },
    { name: 'shortName', type: 'text', maxLength: 60, label: l('Short name', 'Краткое название', 'Номи кӯтоҳ') },
    { name: 'tagline', type: 'text', localized: true, maxLength: 300, label: l('Tagline', 'Девиз', 'Шиор') },
    { name: 'about', type: 'richText', localized: true, label: l('About (home page)', 'О нас (главная страница)', 'Дар бораи мо (саҳифаи асосӣ)') },
    {
      name: 'navigation',
      type: 'array',
      label: l('Navigation', 'Навигация', 'Навигатсия'),
      maxRows: 8,
      fields: [
        {
          name: 'target',
          type: 'select',
          required: true,
          options: navTargets.map((value) => ({ value, label: navTargetLabels[value] })),
          label: l('Section', 'Раздел', 'Бахш'),
        },
        {
          name: 'label',
          type: 'text',
          localized: true,
          maxLength: 60,
          label: l('Label (optional)', 'Подпись (необязательно)', 'Номгузорӣ (ихтиёрӣ)'),
        },
      ],
    },
    {
      name: 'footerContacts',
      type: 'relationship',
      relationTo: 'contacts',
      hasMany: true,
      label: l('Footer contacts', 'Контакты в подвале', 'Тамосҳо дар поёни саҳифа'),
    },
    {
      name: 'social',
      type: 'array',
      label: l('Social links', 'Соцсети', 'Шабакаҳои иҷтимоӣ'),
      fields: [
        {
          name: 'network',
          type: 'select',
          required: true,
          // Brand names are the same in every language.
          options: Object.entries(socialNetworks).map(([value, name]) => ({ value, label: l(name, name, name) })),
          label: l('Network', 'Сеть', 'Шабака'),
        },
        { name: 'url', type: 'text', required: true, maxLength: 500, label: l('Address', 'Адрес', 'Суроға') },
      ],
    },
  ],
  hooks: { afterChange: [revalidateEverything] },
}
