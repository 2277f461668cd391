/**
 * THE list of the site's languages. Payload's `localization`, next-intl's routing, the pages,
 * feeds, widgets, the admin's components and the tests all read it: adding a language is one
 * entry here plus its `messages/{code}.json` (tests/int/locales.int.spec.ts proves it).
 */

/** The admin interface's languages (Payload's translations; Tajik is ours, src/cms/i18n/tg.ts). */
export const adminLanguages = ['en', 'ru', 'tg'] as const
export type AdminLanguage = (typeof adminLanguages)[number]

/** The web-font slices in public/fonts (scripts/subset-fonts.mjs); a language loads those its letters need. */
export const fontSlices = {
  latin: '/fonts/noto-sans-latin-v1.woff2',
  cyrillic: '/fonts/noto-sans-cyrillic-v1.woff2',
  tajik: '/fonts/noto-sans-tajik-v1.woff2',
} as const

/** What the site knows about one language. */
export interface LanguageInfo {
  /** Its name in itself (the language switcher). */
  label: string
  englishLabel: string
  /** BCP 47 tag for `lang`, `hreflang` and Intl. */
  htmlLang: string
  /** Open Graph locale (`language_TERRITORY`). */
  ogLocale: string
  fonts: readonly (keyof typeof fontSlices)[]
  /** Its own alphabetical order when ICU has none (Tajik); else the platform collator sorts. */
  alphabet?: string
  /** Its name in each admin interface language (Payload's locale picker). */
  adminLabel: Record<AdminLanguage, string>
}

const languages = {
  en: {
    label: 'English',
    englishLabel: 'English',
    htmlLang: 'en',
    ogLocale: 'en_US',
    fonts: ['latin'],
    adminLabel: { en: 'English', ru: 'Английский', tg: 'Англисӣ' },
  },
  ru: {
    label: 'Русский',
    englishLabel: 'Russian',
    htmlLang: 'ru',
    ogLocale: 'ru_RU',
    fonts: ['latin', 'cyrillic'],
    adminLabel: { en: 'Russian', ru: 'Русский', tg: 'Русӣ' },
  },
  tg: {
    label: 'Тоҷикӣ',
    englishLabel: 'Tajik',
    htmlLang: 'tg',
    ogLocale: 'tg_TJ',
    fonts: ['latin', 'cyrillic', 'tajik'],
    // ICU has no Tajik tailoring: its root order treats ӣ and ӯ as и and у with an accent.
    alphabet: 'абвгғдеёжзиӣйкқлмнопрстуӯфхҳчҷшъэюя',
    adminLabel: { en: 'Tajik', ru: 'Таджикский', tg: 'Тоҷикӣ' },
  },
} as const satisfies Record<string, LanguageInfo>

export type Locale = keyof typeof languages

/** The language codes, in the order menus list them. */
export const locales = Object.keys(languages) as Locale[]

/** The language of the original text: the fallback of every other language. */
export const defaultLocale: Locale = 'en'

/** Each language's details (see LanguageInfo). */
export const localeInfo: Record<Locale, LanguageInfo> = languages

/** Narrows an arbitrary string (a URL segment, a header value) to a supported locale. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value)
}

/** The language codes as a message lists them: "en, ru, tg". */
export const localeList = locales.join(', ')

/** The font files a page in `locale` preloads. */
export function fontsFor(locale: Locale): string[] {
  return localeInfo[locale].fonts.map((slice) => fontSlices[slice])
}
