import { getImageProps, type ImageLoader } from 'next/image'

import type { Media } from '@/payload-types'

type Sizes = NonNullable<Media['sizes']>

/** Picks, for a requested width, the smallest size Payload generated that is at least as wide. */
function payloadLoader(media: Media): ImageLoader {
  const available = Object.values(media.sizes ?? ({} as Sizes))
    .filter((size): size is { url: string; width: number } => Boolean(size?.url && size.width))
    .sort((a, b) => a.width - b.width)
  return ({ width }) => {
    const fit = available.find((size) => size.width >= width) ?? available.at(-1)
    return fit?.url ?? media.url ?? ''
  }
}

interface Props {
  media: Media | string | null | undefined
  /** The `sizes` attribute: how wide the image is shown at each viewport. */
  sizes: string
  className?: string
  /** Above the fold: load at once with high priority (the page's largest image). */
  priority?: boolean
  /** Language of the alt text when it differs from the page's (fallback). */
  lang?: string
}

/**
 * A Payload image through next/image's `getImageProps`, served at the sizes Payload generated
 * (no resizing at request time) and rendered as a plain <img>: no client JavaScript.
 */
export function CmsImage({ media, sizes, className, priority, lang }: Props) {
  if (!media || typeof media === 'string' || !media.url || !media.mimeType?.startsWith('image/')) return null
  const { props } = getImageProps({
    src: media.url,
    alt: media.alt ?? '',
    width: media.width ?? 1600,
    height: media.height ?? 900,
    sizes,
    loader: payloadLoader(media),
    loading: priority ? 'eager' : 'lazy',
    fetchPriority: priority ? 'high' : undefined,
  })
  const { style: _style, ...rest } = props
  return <img {...rest} lang={lang} className={className} />
}
