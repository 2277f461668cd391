import { getTranslations } from 'next-intl/server'

import { localeInfo, type Locale } from '@/i18n/locales'
import { siteUrl } from '@/lib/env'
import { absoluteUrl, routes, sectionRoute, type Section } from '@/lib/routes'
import type { Media, News, Site } from '@/payload-types'

/*
 * Structured data (schema.org as JSON-LD): Organization on the home page, NewsArticle on news
 * items, BreadcrumbList on document pages. Data, not code: the production server keeps these
 * scripts when it strips Next's client runtime.
 */

type Thing = Record<string, unknown>

/** One JSON-LD block; `<` is escaped so text can never close the script element. */
export function JsonLd({ data }: { data: Thing }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: JSON.stringify(data).replace(/</g, '\\u003c') }} />
}

function imageUrl(media: Media | string | null | undefined, site: string): string | undefined {
  if (!media || typeof media !== 'object' || !media.mimeType?.startsWith('image/')) return undefined
  const url = media.sizes?.w1200?.url ?? media.url
  return url ? absoluteUrl(site, url) : undefined
}

/** The organisation as schema.org sees it (home page, and as publisher of every article). */
export function organization(site: Pick<Site, 'name' | 'shortName' | 'tagline'>, siteUrl: string, locale: Locale): Thing {
  return {
    '@type': 'Organization',
    '@id': `${siteUrl}/#organization`,
    name: site.name,
    ...(site.shortName ? { alternateName: site.shortName } : {}),
    ...(site.tagline ? { description: site.tagline } : {}),
    url: absoluteUrl(siteUrl, `/${locale}`),
    logo: { '@type': 'ImageObject', url: absoluteUrl(siteUrl, '/icon-512.png'), width: 512, height: 512 },
  }
}

/** The home page's Organization block. */
export function organizationLd(site: Pick<Site, 'name' | 'shortName' | 'tagline'>, siteUrl: string, locale: Locale): Thing {
  return { '@context': 'https://schema.org', ...organization(site, siteUrl, locale) }
}

/** A news item as a NewsArticle, in the language its text is actually in. */
export function newsArticleLd(input: {
  doc: Pick<News, 'title' | 'summary' | 'publishedAt' | 'updatedAt' | 'author' | 'cover'>
  lang: Locale
  url: string
  site: Pick<Site, 'name' | 'shortName' | 'tagline'>
  siteUrl: string
  locale: Locale
}): Thing {
  const { doc, siteUrl } = input
  const publisher = organization(input.site, siteUrl, input.locale)
  const image = imageUrl(doc.cover, siteUrl) ?? absoluteUrl(siteUrl, '/share-1200x630.png')
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: doc.title.length > 110 ? `${doc.title.slice(0, 109)}…` : doc.title,
    ...(doc.summary ? { description: doc.summary } : {}),
    inLanguage: localeInfo[input.lang].htmlLang,
    datePublished: doc.publishedAt,
    dateModified: doc.updatedAt,
    image: [image],
    author: doc.author ? { '@type': 'Organization', name: doc.author } : publisher,
    publisher,
    mainEntityOfPage: { '@type': 'WebPage', '@id': input.url },
    url: input.url,
  }
}

/** A trail of pages from the home page down to this one. */
export function breadcrumbLd(trail: { name: string; url: string }[]): Thing {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, index) => ({ '@type': 'ListItem', position: index + 1, name: crumb.name, item: crumb.url })),
  }
}

/** BreadcrumbList of a document page: home › section › the document. */
export async function DocumentBreadcrumbs({ locale, section, name, path }: { locale: Locale; section: Section; name: string; path: string }) {
  const t = await getTranslations({ locale, namespace: 'nav' })
  const site = siteUrl()
  return (
    <JsonLd
      data={breadcrumbLd([
        { name: t('home'), url: absoluteUrl(site, routes.home(locale)) },
        { name: t(section), url: absoluteUrl(site, sectionRoute(section, locale)) },
        { name, url: absoluteUrl(site, path) },
      ])}
    />
  )
}
