import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import type { ProjectView, RegionView } from '@/data/views'
import { oembedDiscoveryUrl } from '@/feeds/oembed'
import type { Locale } from '@/i18n/locales'
import { siteUrl } from '@/lib/env'
import { absoluteUrl, feedFormats, feedMimeTypes, feedRoute, type EmbedKind } from '@/lib/routes'

type AlternateTypes = NonNullable<NonNullable<Metadata['alternates']>['types']>

const feedLabel = { rss: 'feedRss', atom: 'feedAtom', json: 'feedJson' } as const

/**
 * `<link rel="alternate">` autodiscovery for a page's feeds (RSS, Atom, JSON Feed) and, for a
 * project or region page, its oEmbed answer. Only for content written in the page's language:
 * a fallback page has no feed of its own.
 */
export async function syndicationLinks(
  locale: Locale,
  scope?: { kind: EmbedKind; slug: string; pagePath: string; name: string },
): Promise<AlternateTypes> {
  const t = await getTranslations({ locale, namespace: 'syndication' })
  const site = siteUrl()
  const types: AlternateTypes = {}
  for (const format of feedFormats) {
    const url = absoluteUrl(site, feedRoute(locale, format, scope))
    types[feedMimeTypes[format]] = [{ url, title: scope ? `${t(feedLabel[format])}: ${scope.name}` : t(feedLabel[format]) }]
  }
  if (scope) types['application/json+oembed'] = [{ url: oembedDiscoveryUrl(site, scope.pagePath), title: scope.name }]
  return types
}

/** The links of a project or region page: none when it is shown as fallback (no feed there). */
export async function documentSyndicationLinks(locale: Locale, doc: ProjectView | RegionView): Promise<AlternateTypes | undefined> {
  if (!doc.translated) return undefined
  return syndicationLinks(locale, { kind: doc.section, slug: doc.slug, pagePath: doc.path, name: doc.title })
}
