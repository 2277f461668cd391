import { convertHTMLToLexical, editorConfigFactory } from '@payloadcms/richtext-lexical'
import { Window } from 'happy-dom'
import type { Payload, RichTextField } from 'payload'

/** Where an old address leads now: an imported news item, or nothing we know. */
export type LinkTarget = { relationTo: 'news'; id: string } | null

/** What converting one post's HTML needs from the import. */
export interface ContentContext {
  /** The imported media document of an image's address (any size WordPress made of it), or null. */
  mediaFor: (src: string) => string | null
  /** The imported document an old link points to, or null for a link to elsewhere. */
  linkFor: (href: string) => LinkTarget
  /** Records what did not come through (an image whose file was not imported). */
  unmapped: (what: string) => void
}

type LexicalNode = { type?: string; children?: LexicalNode[]; fields?: Record<string, unknown>; [key: string]: unknown }
type LexicalState = { root: LexicalNode }

/** The editor configuration of a richText field of a collection (as Payload sanitized it). */
export function richTextEditorConfig(payload: Payload, collection: 'news', field: string) {
  const richText = payload.collections[collection].config.flattenedFields.find((candidate) => candidate.name === field)
  if (!richText || richText.type !== 'richText') throw new Error(`${collection}.${field} is not a rich-text field`)
  return editorConfigFactory.fromField({ field: richText as RichTextField })
}

/**
 * A DOM for Payload's HTML→Lexical converter, which asks for JSDOM's constructor shape
 * (`new JSDOM(html).window.document`). happy-dom, which Lexical's headless package already
 * depends on, gives the same DOM without another parser; scripts are never run.
 */
function documentOf(html: string) {
  const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true, disableIframePageLoading: true } })
  window.document.body.innerHTML = html
  return window
}

/**
 * A WordPress post's HTML (block comments and all) as a Lexical editor state, through Payload's
 * own converter (`convertHTMLToLexical`), with images of imported media as upload nodes and
 * links to imported posts as internal links (the site renders those in the reader's language).
 */
export function htmlToLexical(html: string, editorConfig: ReturnType<typeof richTextEditorConfig>, context: ContentContext): LexicalState {
  const window = documentOf(html)
  try {
    const document = window.document
    for (const element of [...document.querySelectorAll('script, style, iframe, object, embed, form')]) element.remove()
    // Images: an upload node when the file was imported (Payload's UploadNode reads these
    // attributes in importDOM), else dropped and reported.
    for (const image of [...document.querySelectorAll('img')]) {
      const src = image.getAttribute('src') ?? ''
      const media = context.mediaFor(src)
      if (media === null) {
        context.unmapped(`image ${src || '(no address)'}`)
        image.remove()
        continue
      }
      image.setAttribute('data-lexical-upload-relation-to', 'media')
      image.setAttribute('data-lexical-upload-id', String(media))
      // A block image inside <figure>: the upload node stands on its own at the top level.
      const figure = image.closest('figure')
      if (figure) figure.replaceWith(image)
    }
    const body = document.body.innerHTML
    // Payload's converter builds the nodes from the document it is given (we already parsed it).
    const prepared = window
    const state = convertHTMLToLexical({
      editorConfig,
      html: body,
      JSDOM: class {
        window = prepared as unknown as { document: Document }
      },
    }) as unknown as LexicalState
    rewriteLinks(state.root, context)
    return state
  } finally {
    void window.happyDOM.close()
  }
}

/** Links to imported posts become internal links; others keep their address. */
function rewriteLinks(node: LexicalNode, context: ContentContext) {
  if ((node.type === 'link' || node.type === 'autolink') && node.fields && typeof node.fields.url === 'string') {
    const target = context.linkFor(node.fields.url)
    if (target) {
      node.type = 'link'
      node.fields = { ...node.fields, linkType: 'internal', doc: { relationTo: target.relationTo, value: target.id }, url: undefined }
      delete node.fields.url
    }
  }
  for (const child of node.children ?? []) rewriteLinks(child, context)
}

/** Plain text of a WordPress excerpt (it may hold tags and entities). */
export function plainText(html: string): string {
  if (!html.trim()) return ''
  const window = documentOf(html)
  try {
    return (window.document.body.textContent ?? '').replace(/\s+/g, ' ').trim()
  } finally {
    void window.happyDOM.close()
  }
}
