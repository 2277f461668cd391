import { defineRouting } from 'next-intl/routing'

import { defaultLocale, locales } from './locales'

/** next-intl routing: every public URL carries its locale; `/` negotiates (cookie, then Accept-Language). */
export const routing = defineRouting({
  locales,
  defaultLocale,
  localePrefix: 'always',
  localeCookie: { name: 'NEXT_LOCALE', maxAge: 60 * 60 * 24 * 365, sameSite: 'lax' },
})
