import {
  convertLexicalToHTML,
  defaultHTMLConverters,
  type HTMLConverters,
  LinkHTMLConverter,
} from '@payloadcms/richtext-lexical/html'

import { imageAt, isImage, type RichTextValue, type UploadView } from '@/data/views'
import type { Locale } from '@/i18n/locales'
import { absoluteUrl, linkTargetPath } from '@/lib/routes'

/** Escapes text for HTML and XML attribute values and element content. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)
}

/** The width of a feed reader's column: images are served at the generated size that fits it. */
export const FEED_IMAGE_WIDTH = 800

/**
 * Lexical -> HTML for feed readers: the same content as the page, with every link and image
 * absolute (a feed is read away from our site) and no classes or styles it would not have.
 */
export function lexicalToFeedHtml(data: RichTextValue, locale: Locale, siteUrl: string): string {
  if (!data) return ''
  const { link, autolink } = LinkHTMLConverter({
    internalDocToHref: ({ linkNode }) => {
      const path = linkTargetPath(linkNode.fields.doc, locale)
      return path ? absoluteUrl(siteUrl, path) : siteUrl
    },
  })
  // Payload's link converters are functions (its type also allows a fixed string).
  if (typeof link !== 'function' || typeof autolink !== 'function') throw new TypeError('Unexpected Lexical link converters')
  // Relative links typed by editors ("/ru/news/...") would point at the partner's site: resolve them.
  const absolute = <T extends { fields: { url?: string | null } }>(node: T): T => {
    const url = node.fields.url
    return url?.startsWith('/') ? { ...node, fields: { ...node.fields, url: absoluteUrl(siteUrl, url) } } : node
  }
  const converters: HTMLConverters = {
    ...defaultHTMLConverters,
    link: (args) => link({ ...args, node: absolute(args.node) }),
    autolink: (args) => autolink({ ...args, node: absolute(args.node) }),
    upload: ({ node }) => {
      // src/data replaced the media document by its view model (src/data/reshape.ts richText).
      const upload = node.value as unknown as UploadView | null
      if (!upload) return ''
      if (!isImage(upload)) return `<p><a href="${escapeHtml(absoluteUrl(siteUrl, upload.url))}">${escapeHtml(upload.filename)}</a></p>`
      const url = absoluteUrl(siteUrl, imageAt(upload, FEED_IMAGE_WIDTH).url)
      const caption = upload.caption ? `<figcaption>${escapeHtml(upload.caption)}</figcaption>` : ''
      return `<figure><img src="${escapeHtml(url)}" alt="${escapeHtml(upload.alt)}" />${caption}</figure>`
    },
  }
  return convertLexicalToHTML({ data, converters, disableContainer: true, disableIndent: true, disableTextAlign: true })
}
