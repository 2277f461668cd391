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
 * Next 16's middleware: next-intl negotiates `/` (cookie, then Accept-Language) and prefixes
 * locale-less paths. A path that starts with an unsupported language code is a 404, not a
 * redirect to `/en/de/...`.
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
  if (LOCALE_LIKE.test(first) && !isLocale(first)) {
    const url = request.nextUrl.clone()
    url.pathname = notFoundRoute(defaultLocale)
    return NextResponse.rewrite(url, { status: 404 })
  }
  return intl(request)
}

export const config = {
  // Never touch Payload (admin, api), the public JSON API (/api/v1), widgets (/embed/...), oEmbed,
  // Next's assets, or any file with an extension (feeds, embed.js) except old-site pages (.php, .html).
  matcher: ['/((?!api|admin|_next|_vercel|embed/|oembed|preview|.*\\..*).*)', '/(.*\\.(?:php|html?|aspx?|jsp|cfm))'],
}
