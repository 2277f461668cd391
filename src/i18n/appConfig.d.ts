import type messages from '../../messages/en.json'

import type { Locale } from './locales'

/** Typed UI strings: `t('nav.home')` is checked against messages/en.json (the other languages mirror it). */
declare module 'next-intl' {
  interface AppConfig {
    Locale: Locale
    Messages: typeof messages
  }
}
