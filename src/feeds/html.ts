import {
  convertLexicalToHTML,
  defaultHTMLConverters,
  type HTMLConverters,
  LinkHTMLConverter,
} from '@payloadcms/richtext-lexical/html'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

import type { Locale } from '@/i18n/locales'
import { absoluteUrl, linkTargetPath } from '@/lib/routes'
import type { Media } from '@/payload-types'

/** Escapes text for HTML and XML attribute values and element content. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)
}

/** The URL of the largest generated size that fits a feed reader's column (800 px), absolute. */
export function mediaUrl(media: Media, siteUrl: string): string | null {
  const url = media.sizes?.w800?.url ?? media.url
  return url ? absoluteUrl(siteUrl, url) : null
}

/**
 * Lexical -> HTML for feed readers: the same content as the page, with every link and image
 * absolute (a feed is read away from our site) and no classes or styles it would not have.
 */
export function lexicalToFeedHtml(data: unknown, locale: Locale, siteUrl: string): string {
  if (!data || typeof data !== 'object' || !('root' in data)) return ''
  const converters: HTMLConverters = {
    ...defaultHTMLConverters,
    ...LinkHTMLConverter({
      internalDocToHref: ({ linkNode }) => {
        const path = linkTargetPath(linkNode.fields.doc, locale)
        return path ? absoluteUrl(siteUrl, path) : siteUrl
      },
    }),
    upload: ({ node }) => {
      const media = node.value as Media | string
      if (typeof media !== 'object' || !media) return ''
      const url = mediaUrl(media, siteUrl)
      if (!url) return ''
      if (!media.mimeType?.startsWith('image/')) return `<p><a href="${escapeHtml(url)}">${escapeHtml(media.filename ?? url)}</a></p>`
      const caption = media.caption ? `<figcaption>${escapeHtml(media.caption)}</figcaption>` : ''
      return `<figure><img src="${escapeHtml(url)}" alt="${escapeHtml(media.alt ?? '')}" />${caption}</figure>`
    },
  }
  // Relative links typed by editors ("/ru/news/...") would point at the partner's site: resolve them.
  return convertLexicalToHTML({ data: data as SerializedEditorState, converters, disableContainer: true, disableIndent: true, disableTextAlign: true })
    .replace(/href="(\/[^"]*)"/g, (_match, path: string) => `href="${absoluteUrl(siteUrl, path)}"`)
}
