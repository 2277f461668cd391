import { getImageProps, type ImageLoader } from 'next/image'

import { imageAt, type ImageView } from '@/data/views'

/** Serves each width next/image asks for from the smallest size Payload generated that is wide enough. */
function variantLoader(image: ImageView): ImageLoader {
  return ({ width }) => imageAt(image, width).url
}

interface Props {
  image: ImageView | null | undefined
  /** The `sizes` attribute: how wide the image is shown at each viewport. */
  sizes: string
  className?: string
  /** Above the fold: load at once with high priority (the page's largest image). */
  priority?: boolean
  /** Language of the alt text when it differs from the page's (fallback). */
  lang?: string
}

/**
 * A media-library image through next/image's `getImageProps`, served at the sizes Payload
 * generated (no resizing at request time) and rendered as a plain <img>: no client JavaScript.
 */
export function CmsImage({ image, sizes, className, priority, lang }: Props) {
  if (!image) return null
  const { props } = getImageProps({
    src: image.url,
    alt: image.alt,
    width: image.width ?? 1600,
    height: image.height ?? 900,
    sizes,
    loader: variantLoader(image),
    loading: priority ? 'eager' : 'lazy',
    fetchPriority: priority ? 'high' : undefined,
  })
  const { style: _style, ...rest } = props
  return <img {...rest} lang={lang} className={className} />
}
