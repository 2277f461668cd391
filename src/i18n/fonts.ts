import type { Locale } from './locales'

/** The web-font slices (public/fonts) each language's text needs, preloaded by the layout. */
export const fontsFor: Record<Locale, string[]> = {
  en: ['/fonts/noto-sans-latin-v1.woff2'],
  ru: ['/fonts/noto-sans-latin-v1.woff2', '/fonts/noto-sans-cyrillic-v1.woff2'],
  tg: ['/fonts/noto-sans-latin-v1.woff2', '/fonts/noto-sans-cyrillic-v1.woff2', '/fonts/noto-sans-tajik-v1.woff2'],
}
