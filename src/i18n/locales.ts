/**
 * THE list of locales. Payload's `localization` and next-intl's routing both read it,
 * so adding a language is one entry here plus one `messages/{code}.json`.
 */
export const locales = ['en', 'ru', 'tg'] as const

export type Locale = (typeof locales)[number]

export const defaultLocale: Locale = 'en'

/**
 * Each language's name in itself (for the switcher), its BCP 47 tag for `lang`, `hreflang` and
 * Intl, and its Open Graph locale (`language_TERRITORY`).
 */
export const localeInfo: Record<Locale, { label: string; englishLabel: string; htmlLang: string; ogLocale: string }> =
  {
    en: { label: 'English', englishLabel: 'English', htmlLang: 'en', ogLocale: 'en_US' },
    ru: { label: 'Русский', englishLabel: 'Russian', htmlLang: 'ru', ogLocale: 'ru_RU' },
    tg: { label: 'Тоҷикӣ', englishLabel: 'Tajik', htmlLang: 'tg', ogLocale: 'tg_TJ' },
  }

/**
 * Each language's name in each admin interface language, for Payload's locale picker (a Tajik
 * admin says "Англисӣ", not "English").
 */
export const adminLocaleLabels: Record<Locale, Record<Locale, string>> = {
  en: { en: 'English', ru: 'Английский', tg: 'Англисӣ' },
  ru: { en: 'Russian', ru: 'Русский', tg: 'Русӣ' },
  tg: { en: 'Tajik', ru: 'Таджикский', tg: 'Тоҷикӣ' },
}

/** Narrows an arbitrary string (a URL segment, a header value) to a supported locale. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value)
}
