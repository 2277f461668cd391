import createMiddleware from 'next-intl/middleware'
import { type NextRequest, NextResponse } from 'next/server'

import { defaultLocale, isLocale } from '@/i18n/locales'
import { routing } from '@/i18n/routing'
import { notFoundRoute, withLocale } from '@/lib/routes'

const intl = createMiddleware(routing)

/** Addresses of the organisation's old website, kept alive through staff-made redirects. */
const LEGACY_PAGE = /\.(?:php|html?|aspx?|jsp|cfm)$/i

/** A first path segment that looks like a language code (`de`, `uz`, `pt-BR`). */
const LOCALE_LIKE = /^[a-z]{2}(?:-[A-Za-z]{2,4})?$/

/**
 * Next 16's middleware, run only where a language must be chosen: next-intl negotiates `/`
 * (Accept-Language; no cookie, see routing.ts) and prefixes locale-less paths. A path that starts
 * with an unsupported language code is a 404, not a redirect to `/en/de/...`. Pages under
 * `/{locale}/…` never come here (the matcher leaves them out), so they stay cheap and cacheable.
 */
export default function proxy(request: NextRequest) {
  const first = request.nextUrl.pathname.split('/')[1] ?? ''
  // Old-site pages (/index.php?id=12, /about.html): the catch-all page looks them up among redirects.
  if (LEGACY_PAGE.test(request.nextUrl.pathname)) {
    if (isLocale(first)) return NextResponse.next()
    const url = request.nextUrl.clone()
    url.pathname = withLocale(defaultLocale, request.nextUrl.pathname)
    return NextResponse.rewrite(url)
  }
  // A language the matcher does not list yet (see `config`): nothing to negotiate.
  if (isLocale(first)) return NextResponse.next()
  if (LOCALE_LIKE.test(first)) {
    const url = request.nextUrl.clone()
    url.pathname = notFoundRoute(defaultLocale)
    return NextResponse.rewrite(url, { status: 404 })
  }
  const response = intl(request)
  // The answer (a redirect to /ru or /tg) depends on the reader's languages: no shared cache may
  // hand one reader's choice to another.
  response.headers.append('Vary', 'Accept-Language')
  return response
}

export const config = {
  // Never touch Payload (admin, api), the public JSON API (/api/v1), widgets (/embed/...), oEmbed,
  // Next's assets, any file with an extension (feeds, embed.js), or a page under one of our
  // languages (Next needs a literal here; tests/int/proxy.int.spec.ts checks it lists every code
  // of src/i18n/locales.ts) — except old-site pages (.php, .html), wherever they are.
  matcher: ['/((?!api|admin|_next|_vercel|embed/|oembed|preview|(?:en|ru|tg)(?:/|$)|.*\\..*).*)', '/(.*\\.(?:php|html?|aspx?|jsp|cfm))'],
}
