import { isLocale, type Locale } from '@/i18n/locales'
import { absoluteUrl, routes, type EmbedKind } from '@/lib/routes'

import { escapeHtml } from './html'

/*
 * oEmbed 1.0 provider (https://oembed.com): a pasted project or region URL becomes our widget.
 * Type "rich", an iframe in `html`, sized within the consumer's maxwidth / maxheight.
 *
 * WordPress treats us as an untrusted provider (wp_filter_oembed_result in wp-includes/embed.php):
 * it keeps only a <blockquote> with a link and the iframe's src, width, height, frameborder and
 * title, sandboxes the iframe (`allow-scripts`), appends `#?secret=…` to its src, and loads its
 * resize script (wp-embed.js) only when a <blockquote> comes first. So the answer starts with a
 * blockquote linking to the page: WordPress shows it until the widget's first message, then the
 * widget at its reported height (at most 1000 px). Other consumers get it hidden (an inline style,
 * which WordPress strips) and the iframe as before.
 */

/** WordPress's wp-embed.js never makes an iframe taller than this. */
export const WORDPRESS_MAX_HEIGHT = 1000

/** The widget's size when the consumer sets no limit. */
export const OEMBED_DEFAULT = { width: 560, height: 800 } as const

/*
 * WordPress's block editor gives an embed whose iframe width/height ratio lies within 0.1 above one
 * of its video ratios (2.33 … 1, 0.56, 0.5) a fixed aspect-ratio box (getClassNames in
 * wp-includes/js/dist/block-library.js), which ignores height messages. Our tall widget keeps its
 * ratio at 0.7 or more (below 1 unless the consumer's maxheight is smaller than the width).
 */
const MIN_RATIO = 0.7

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

/**
 * Builds the rich oEmbed answer: a link to the page (WordPress's fallback) and an iframe of the
 * widget no larger than maxwidth × maxheight (and WordPress's 1000 px), whose items fit that height.
 */
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
  const height = Math.min(input.maxHeight ?? OEMBED_DEFAULT.height, WORDPRESS_MAX_HEIGHT, Math.floor(width / MIN_RATIO))
  const { locale, kind } = input.page
  const src = absoluteUrl(input.siteUrl, routes.embed(locale, kind, input.slug, { maxheight: height }))
  const pageUrl = absoluteUrl(input.siteUrl, kind === 'projects' ? routes.project(locale, input.slug) : routes.region(locale, input.slug))
  const html =
    `<blockquote class="wp-embedded-content" style="display:none"><a href="${escapeHtml(pageUrl)}">${escapeHtml(input.title)}</a></blockquote>` +
    `<iframe src="${escapeHtml(src)}" width="${width}" height="${height}" title="${escapeHtml(input.title)}" frameborder="0" ` +
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
