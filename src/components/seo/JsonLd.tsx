import { getTranslations } from 'next-intl/server'

import { imageAt, type NewsView, type SiteView } from '@/data/views'
import { localeInfo, type Locale } from '@/i18n/locales'
import { siteUrl } from '@/lib/env'
import { absoluteUrl, routes, sectionRoute, type Section } from '@/lib/routes'

/*
 * Structured data (schema.org as JSON-LD): Organization on the home page, NewsArticle on news
 * items, BreadcrumbList on document pages. Data, not code: public pages keep these scripts when
 * the production server strips Next's client runtime.
 */

type Thing = Record<string, unknown>

/** One JSON-LD block; `<` is escaped so text can never close the script element. */
export function JsonLd({ data }: { data: Thing }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: JSON.stringify(data).replace(/</g, '\\u003c') }} />
}

/** The organisation as schema.org sees it (home page, and as publisher of every article). */
export function organization(site: SiteView, siteUrl: string, locale: Locale): Thing {
  return {
    '@type': 'Organization',
    '@id': `${absoluteUrl(siteUrl, '/')}#organization`,
    name: site.name,
    ...(site.shortName ? { alternateName: site.shortName } : {}),
    ...(site.tagline ? { description: site.tagline } : {}),
    url: absoluteUrl(siteUrl, routes.home(locale)),
    logo: { '@type': 'ImageObject', url: absoluteUrl(siteUrl, routes.iconPng()), width: 512, height: 512 },
  }
}

/** The home page's Organization block. */
export function organizationLd(site: SiteView, siteUrl: string, locale: Locale): Thing {
  return { '@context': 'https://schema.org', ...organization(site, siteUrl, locale) }
}

/** A news item as a NewsArticle, in the language its text is actually in. */
export function newsArticleLd(input: { news: NewsView; site: SiteView; siteUrl: string; locale: Locale }): Thing {
  const { news, siteUrl } = input
  const url = absoluteUrl(siteUrl, news.path)
  const publisher = organization(input.site, siteUrl, input.locale)
  const image = absoluteUrl(siteUrl, news.cover ? imageAt(news.cover, 1200).url : routes.shareImage())
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: news.title.length > 110 ? `${news.title.slice(0, 109)}…` : news.title,
    ...(news.summary ? { description: news.summary } : {}),
    inLanguage: localeInfo[news.lang].htmlLang,
    datePublished: news.publishedAt,
    dateModified: news.updatedAt,
    image: [image],
    author: news.author ? { '@type': 'Organization', name: news.author } : publisher,
    publisher,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    url,
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
export async function DocumentBreadcrumbs({ locale, doc }: { locale: Locale; doc: { section: Section; title: string; path: string } }) {
  const t = await getTranslations({ locale, namespace: 'nav' })
  const site = siteUrl()
  return (
    <JsonLd
      data={breadcrumbLd([
        { name: t('home'), url: absoluteUrl(site, routes.home(locale)) },
        { name: t(doc.section), url: absoluteUrl(site, sectionRoute(doc.section, locale)) },
        { name: doc.title, url: absoluteUrl(site, doc.path) },
      ])}
    />
  )
}
