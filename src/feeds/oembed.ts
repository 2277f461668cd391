import { isLocale, type Locale } from '@/i18n/locales'
import { absoluteUrl, routes, type EmbedKind } from '@/lib/routes'

import { escapeHtml } from './html'

/*
 * oEmbed 1.0 provider (https://oembed.com): a pasted project or region URL becomes our widget.
 * Type "rich", an iframe in `html`, sized within the consumer's maxwidth / maxheight.
 */

/** The widget's size when the consumer sets no limit. */
export const OEMBED_DEFAULT = { width: 560, height: 420 } as const

/** A page of ours that has a widget: `/{locale}/projects/{slug}` or `/{locale}/regions/{slug}`. */
export interface EmbeddablePage {
  locale: Locale
  kind: EmbedKind
  slug: string
}

/** Reads an absolute URL of our site as an embeddable page, or null when it is not one. */
export function parseEmbeddableUrl(url: string, siteUrl: string): EmbeddablePage | null {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  if (parsed.origin !== new URL(siteUrl).origin) return null
  const match = /^\/([^/]+)\/(projects|regions)\/([^/]+)\/?$/.exec(parsed.pathname)
  if (!match || !isLocale(match[1])) return null
  let slug: string
  try {
    slug = decodeURIComponent(match[3])
  } catch {
    return null
  }
  return { locale: match[1], kind: match[2] as EmbedKind, slug }
}

/** The oEmbed answer for one page. */
export interface OEmbedResponse {
  version: '1.0'
  type: 'rich'
  title: string
  provider_name: string
  provider_url: string
  cache_age: number
  html: string
  width: number
  height: number
}

/** Builds the rich oEmbed answer: an iframe of the widget no larger than maxwidth × maxheight. */
export function oembedResponse(input: {
  page: EmbeddablePage
  /** The project's or region's own slug in that language (the URL may have used another). */
  slug: string
  title: string
  siteName: string
  siteUrl: string
  maxWidth?: number
  maxHeight?: number
}): OEmbedResponse {
  const width = Math.min(OEMBED_DEFAULT.width, input.maxWidth ?? OEMBED_DEFAULT.width)
  const height = Math.min(OEMBED_DEFAULT.height, input.maxHeight ?? OEMBED_DEFAULT.height)
  const src = absoluteUrl(input.siteUrl, routes.embed(input.page.locale, input.page.kind, input.slug))
  const html =
    `<iframe src="${escapeHtml(src)}" width="${width}" height="${height}" title="${escapeHtml(input.title)}" ` +
    `style="border:0;max-width:100%" loading="lazy"></iframe>`
  return {
    version: '1.0',
    type: 'rich',
    title: input.title,
    provider_name: input.siteName,
    provider_url: input.siteUrl,
    cache_age: 3600,
    html,
    width,
    height,
  }
}

/** The discovery URL of a page's oEmbed answer (for `<link rel="alternate" type="application/json+oembed">`). */
export function oembedDiscoveryUrl(siteUrl: string, pagePath: string): string {
  return absoluteUrl(siteUrl, routes.oembed({ url: absoluteUrl(siteUrl, pagePath), format: 'json' }))
}
