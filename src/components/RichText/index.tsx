import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import {
  type JSXConvertersFunction,
  LinkJSXConverter,
  RichText as LexicalRichText,
} from '@payloadcms/richtext-lexical/react'

import { CmsImage } from '@/components/ui/CmsImage'
import type { Locale } from '@/i18n/locales'
import { linkTargetPath } from '@/lib/routes'
import type { Media } from '@/payload-types'

/** Builds the one converter map: internal links through lib/routes, uploads through CmsImage. */
function converters(locale: Locale): JSXConvertersFunction {
  return ({ defaultConverters }) => ({
    ...defaultConverters,
    ...LinkJSXConverter({
      internalDocToHref: ({ linkNode }) => linkTargetPath(linkNode.fields.doc, locale) ?? '#',
    }),
    upload: ({ node }) => {
      const media = node.value as Media | string
      if (typeof media === 'string') return null
      if (!media.mimeType?.startsWith('image/')) {
        return (
          <a href={media.url ?? '#'} download>
            {media.filename}
          </a>
        )
      }
      return (
        <figure>
          <CmsImage media={media} sizes="(min-width: 760px) 720px, 100vw" />
          {media.caption ? <figcaption>{media.caption}</figcaption> : null}
        </figure>
      )
    },
  })
}

type Data = SerializedEditorState | { root: unknown } | null | undefined

/** The one Lexical renderer of the public site (server-only: no client JavaScript). */
export function RichText({ data, locale, className }: { data: Data; locale: Locale; className?: string }) {
  if (!data || typeof data !== 'object' || !('root' in data)) return null
  return (
    <LexicalRichText
      data={data as SerializedEditorState}
      converters={converters(locale)}
      className={['prose', className].filter(Boolean).join(' ')}
      disableIndent
      disableTextAlign
    />
  )
}
