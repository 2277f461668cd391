import type { Metadata } from 'next'

import { defaultLocale, localeInfo, locales, type Locale } from '@/i18n/locales'
import { siteUrl } from '@/lib/env'
import { absoluteUrl, documentRoute, languageAlternates, type Section } from '@/lib/routes'
import type { Media } from '@/payload-types'

/*
 * What search engines and link previews read: canonical URL, hreflang alternates (only languages
 * the page really exists in, plus x-default), Open Graph and Twitter cards with og:locale and its
 * alternates, and a share image. One function for every page type, so they cannot drift apart.
 */

/** The image used when a page has none of its own (1200 × 630, the size link previews want). */
export const DEFAULT_SHARE_IMAGE = { path: '/share-1200x630.png', width: 1200, height: 630 }

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
  image?: Media | string | null
  type?: 'website' | 'article'
  publishedTime?: string
  modifiedTime?: string
}

function shareImage(media: Media | string | null | undefined, site: string, alt: string) {
  if (media && typeof media === 'object' && media.mimeType?.startsWith('image/')) {
    const size = media.sizes?.w1200?.url ? media.sizes.w1200 : media
    if (size.url) return { url: absoluteUrl(site, size.url), width: size.width ?? undefined, height: size.height ?? undefined, alt: media.alt || alt }
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

/** Paths of a page that exists in every language (home, lists). */
export function everyLanguage(build: (locale: Locale) => string): Record<Locale, string> {
  return Object.fromEntries(locales.map((locale) => [locale, build(locale)])) as Record<Locale, string>
}

/** Metadata of a document page (news item, project, region) from its slugs in each language. */
export function documentMetadata(
  section: Section,
  locale: Locale,
  item: { translated: boolean; slugs: Partial<Record<Locale, string>> },
  page: Omit<PageSeo, 'locale' | 'paths' | 'fallback'>,
  types?: NonNullable<Metadata['alternates']>['types'],
): Metadata {
  const paths: Partial<Record<Locale, string>> = {}
  for (const code of locales) {
    const slug = item.slugs[code]
    if (slug) paths[code] = documentRoute(section, code, slug)
  }
  const metadata = pageMetadata({ ...page, locale, paths, fallback: !item.translated })
  return types ? { ...metadata, alternates: { ...metadata.alternates, types } } : metadata
}
