import type { Metadata } from 'next'

import { imageAt, type DocumentView, type ImageView } from '@/data/views'
import { defaultLocale, localeInfo, locales, type Locale } from '@/i18n/locales'
import { siteUrl } from '@/lib/env'
import { absoluteUrl, languageAlternates, routes } from '@/lib/routes'

/*
 * What search engines and link previews read: canonical URL, hreflang alternates (only languages
 * the page really exists in, plus x-default), Open Graph and Twitter cards with og:locale and its
 * alternates, and a share image. One function for every page type, so they cannot drift apart.
 */

/** The image used when a page has none of its own (1200 × 630, the size link previews want). */
export const DEFAULT_SHARE_IMAGE = { path: routes.shareImage(), width: 1200, height: 630 }

/** A page's own description for search engines and previews. */
export interface PageSeo {
  locale: Locale
  title: string
  description?: string | null
  /** The page's path in each language it exists in (a fallback page is in none but English). */
  paths: Partial<Record<Locale, string>>
  /** True when the page shows English text as a fallback: canonical is then the English page. */
  fallback?: boolean
  /** x-default: where a reader without a matching language should go (defaults to English). */
  xDefault?: string
  image?: ImageView | null
  type?: 'website' | 'article'
  publishedTime?: string
  modifiedTime?: string
}

function shareImage(image: ImageView | null | undefined, site: string, alt: string) {
  if (image) {
    const size = imageAt(image, 1200)
    return { url: absoluteUrl(site, size.url), width: size.width, height: size.height ?? undefined, alt: image.alt || alt }
  }
  return { url: absoluteUrl(site, DEFAULT_SHARE_IMAGE.path), width: DEFAULT_SHARE_IMAGE.width, height: DEFAULT_SHARE_IMAGE.height, alt }
}

/** The hreflang map of a page (lib/routes' languageAlternates, as Next's metadata wants it). */
export function hreflangs(paths: Partial<Record<Locale, string>>, site: string, xDefault?: string): Record<string, string> {
  return Object.fromEntries(languageAlternates(paths, site, xDefault).map((link) => [link.hreflang, link.href]))
}

/** Metadata of one page: title, description, canonical, hreflang, Open Graph, Twitter. */
export function pageMetadata(seo: PageSeo): Metadata {
  const site = siteUrl()
  const ownPath = seo.fallback ? seo.paths[defaultLocale] : seo.paths[seo.locale]
  const canonical = ownPath ? absoluteUrl(site, ownPath) : undefined
  const existing = locales.filter((locale) => seo.paths[locale])
  const image = shareImage(seo.image, site, seo.title)
  const description = seo.description ?? undefined
  return {
    title: seo.title,
    description,
    alternates: {
      canonical,
      // A fallback page is a copy of the English one: it announces no alternates of its own.
      languages: seo.fallback ? undefined : hreflangs(seo.paths, site, seo.xDefault),
    },
    openGraph: {
      type: seo.type ?? 'website',
      url: canonical,
      title: seo.title,
      description,
      locale: localeInfo[seo.fallback ? defaultLocale : seo.locale].ogLocale,
      alternateLocale: seo.fallback ? undefined : existing.filter((locale) => locale !== seo.locale).map((locale) => localeInfo[locale].ogLocale),
      images: [image],
      ...(seo.type === 'article' ? { publishedTime: seo.publishedTime, modifiedTime: seo.modifiedTime } : {}),
    },
    twitter: { card: 'summary_large_image', title: seo.title, description, images: [image.url] },
  }
}

/** Metadata of a document page (news item, project, region) from its view. */
export function documentMetadata(
  locale: Locale,
  doc: DocumentView,
  page: Omit<PageSeo, 'locale' | 'paths' | 'fallback' | 'title' | 'image'> & { title?: string },
  types?: NonNullable<Metadata['alternates']>['types'],
): Metadata {
  const metadata = pageMetadata({ title: doc.meta.title, description: doc.meta.description, image: doc.meta.image, ...page, locale, paths: doc.paths, fallback: !doc.translated })
  return types ? { ...metadata, alternates: { ...metadata.alternates, types } } : metadata
}
