import { defineRouting } from 'next-intl/routing'

import { defaultLocale, locales } from './locales'

/**
 * next-intl routing: every public URL carries its locale; `/` and locale-less paths negotiate
 * from Accept-Language (src/proxy.ts). No cookie: the reader's choice is the address itself (the
 * switcher leads to the same page in another language, and bookmarks and shared links keep it), so
 * public pages carry no Set-Cookie and stay cacheable by any shared cache. No `Link` header: the
 * pages' own hreflang tags know each language's slug; next-intl's header would assume one slug.
 */
export const routing = defineRouting({
  locales,
  defaultLocale,
  localePrefix: 'always',
  localeCookie: false,
  alternateLinks: false,
})
