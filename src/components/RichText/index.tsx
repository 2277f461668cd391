import {
  type JSXConvertersFunction,
  LinkJSXConverter,
  RichText as LexicalRichText,
} from '@payloadcms/richtext-lexical/react'

import { CmsImage } from '@/components/ui/CmsImage'
import { isImage, type RichTextValue, type UploadView } from '@/data/views'
import type { Locale } from '@/i18n/locales'
import { linkTargetPath } from '@/lib/routes'

/** Builds the one converter map: internal links through lib/routes, uploads through CmsImage. */
function converters(locale: Locale): JSXConvertersFunction {
  return ({ defaultConverters }) => ({
    ...defaultConverters,
    ...LinkJSXConverter({
      internalDocToHref: ({ linkNode }) => linkTargetPath(linkNode.fields.doc, locale) ?? '#',
    }),
    // Payload's list item converter gives every <li> Lexical's `value`, which HTML allows only in
    // an <ol> (the Nu Html Checker's error on pages with bullet lists); ours keeps it for numbered
    // lists only. Checklists keep Payload's converter.
    listitem: (args) => {
      const { node, nodesToJSX, parent } = args
      const listType = 'listType' in parent ? parent.listType : undefined
      const fallback = defaultConverters.listitem
      if (listType === 'check' && typeof fallback === 'function') return fallback(args)
      const hasSubLists = node.children.some((child) => child.type === 'list')
      return (
        <li className={hasSubLists ? 'nestedListItem' : undefined} style={hasSubLists ? { listStyleType: 'none' } : undefined} value={listType === 'number' ? node.value : undefined}>
          {nodesToJSX({ nodes: node.children })}
        </li>
      )
    },
    upload: ({ node }) => {
      // src/data replaced the media document by its view model (src/data/reshape.ts richText).
      const upload = node.value as unknown as UploadView | null
      if (!upload) return null
      if (!isImage(upload)) {
        return (
          <a href={upload.url} download>
            {upload.filename}
          </a>
        )
      }
      return (
        <figure>
          <CmsImage image={upload} sizes="(min-width: 760px) 720px, 100vw" />
          {upload.caption ? <figcaption>{upload.caption}</figcaption> : null}
        </figure>
      )
    },
  })
}

/** The one Lexical renderer of the public site (server-only: no client JavaScript). */
export function RichText({ data, locale, className }: { data: RichTextValue; locale: Locale; className?: string }) {
  if (!data) return null
  return (
    <LexicalRichText
      data={data}
      converters={converters(locale)}
      className={['prose', className].filter(Boolean).join(' ')}
      disableIndent
      disableTextAlign
    />
  )
}
