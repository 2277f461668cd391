import { notFound, permanentRedirect } from 'next/navigation'
import { cache } from 'react'

import { getRedirect } from '@/data/redirects'
import type { SlugLookup } from '@/data/views'
import type { Locale } from '@/i18n/locales'
import { pageLocale } from '@/lib/params'
import { redirectCandidates, withoutLocale } from '@/lib/routes'
import { decodeSegment } from '@/lib/segments'

/** The params of a document page: `/{locale}/{section}/{slug}`. */
export type DocumentParams = Promise<{ locale: string; slug: string }>

/**
 * The lookup every document page (news item, project, region) starts with: validated locale, the
 * document by slug (308 to its own address in this language; else 308 along a staff redirect,
 * else 404), read once per render however often the metadata and the page ask.
 */
export function documentPage<T>(get: (locale: Locale, slug: string) => Promise<SlugLookup<T>>, route: (locale: Locale, slug: string) => string) {
  const load = cache(async (locale: Locale, slug: string) => {
    const result = await get(locale, decodeSegment(slug))
    if (!result) {
      // An old slug (renamed document) or an old-site address staff redirected by hand.
      const target = await getRedirect(redirectCandidates(locale, withoutLocale(route(locale, decodeSegment(slug)), locale)))
      if (target) permanentRedirect(target.to)
      notFound()
    }
    if ('redirectTo' in result) permanentRedirect(result.redirectTo)
    return result.found
  })
  return async (params: DocumentParams): Promise<{ locale: Locale; doc: T }> => {
    const locale = await pageLocale(params)
    return { locale, doc: await load(locale, (await params).slug) }
  }
}
