/** The translation overview's words, one set per admin interface language. */
export interface OverviewTexts {
  title: string
  intro: string
  nav: string
  language: string
  missing: string
  outdated: string
  document: string
  collection: string
  state: string
  changed: string
  none: string
  collections: Record<'news' | 'projects' | 'regions' | 'contacts', string>
  languages: Record<'ru' | 'tg', string>
}

export const overviewMessages: Record<'en' | 'ru' | 'tg', OverviewTexts> = {
  en: {
    title: 'Translations',
    intro: 'Documents whose Russian or Tajik text is missing, or older than the latest change to the English text. Open one to translate it.',
    nav: 'Translations',
    language: 'Language',
    missing: 'Missing',
    outdated: 'Outdated',
    document: 'Document',
    collection: 'Section',
    state: 'State',
    changed: 'English changed / translation changed',
    none: 'Nothing to translate: every document is translated and up to date.',
    collections: { news: 'News', projects: 'Projects', regions: 'Regions', contacts: 'Contacts' },
    languages: { ru: 'Russian', tg: 'Tajik' },
  },
  ru: {
    title: 'Переводы',
    intro: 'Материалы, у которых нет русского или таджикского текста или он старше последней правки английского. Откройте материал, чтобы перевести его.',
    nav: 'Переводы',
    language: 'Язык',
    missing: 'Нет перевода',
    outdated: 'Устарел',
    document: 'Материал',
    collection: 'Раздел',
    state: 'Состояние',
    changed: 'Английский изменён / перевод изменён',
    none: 'Переводить нечего: все материалы переведены и актуальны.',
    collections: { news: 'Новости', projects: 'Проекты', regions: 'Регионы', contacts: 'Контакты' },
    languages: { ru: 'Русский', tg: 'Таджикский' },
  },
  tg: {
    title: 'Тарҷумаҳо',
    intro: 'Ҳуҷҷатҳое, ки матни русӣ ё тоҷикиашон нест ё аз тағйироти охирини матни англисӣ кӯҳнатар аст. Барои тарҷума ҳуҷҷатро кушоед.',
    nav: 'Тарҷумаҳо',
    language: 'Забон',
    missing: 'Тарҷума нест',
    outdated: 'Кӯҳна шудааст',
    document: 'Ҳуҷҷат',
    collection: 'Бахш',
    state: 'Ҳолат',
    changed: 'Матни англисӣ тағйир ёфт / тарҷума тағйир ёфт',
    none: 'Чизе барои тарҷума нест: ҳамаи ҳуҷҷатҳо тарҷума шудаанд ва навинанд.',
    collections: { news: 'Хабарҳо', projects: 'Лоиҳаҳо', regions: 'Минтақаҳо', contacts: 'Тамосҳо' },
    languages: { ru: 'Русӣ', tg: 'Тоҷикӣ' },
  },
}

/** The texts for an admin interface language (English for any other). */
export function overviewTexts(language: string | undefined): OverviewTexts {
  return overviewMessages[language === 'ru' || language === 'tg' ? language : 'en']
}
