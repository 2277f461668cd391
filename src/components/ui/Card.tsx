import type { ReactNode } from 'react'

import type { ImageView } from '@/data/views'

import { CmsImage } from './CmsImage'

/** Width of a card image at each viewport: three or two columns, or a thumbnail on phones. */
const CARD_SIZES = '(min-width: 1100px) 340px, (min-width: 700px) 45vw, 34vw'

/**
 * A teaser card: cover, meta line, linked title (the whole card is clickable) and summary.
 * `lang` marks a card whose text is an untranslated fallback.
 */
export function Card({
  className,
  lang,
  cover,
  meta,
  title,
  href,
  summary,
  headingLevel = 3,
}: {
  className: string
  lang?: string
  cover: ImageView | null
  meta: ReactNode
  title: string
  href: string
  summary?: string | null
  headingLevel?: 2 | 3
}) {
  const Heading = `h${headingLevel}` as const
  return (
    <article className={`card ${className}`} lang={lang}>
      <CmsImage image={cover} sizes={CARD_SIZES} className="card-image" lang={lang} />
      <div className="card-body">
        <p className="meta">{meta}</p>
        <Heading className="card-title">
          <a href={href}>{title}</a>
        </Heading>
        {summary ? <p className="card-summary">{summary}</p> : null}
      </div>
    </article>
  )
}

/** A responsive grid of cards, one list item each. */
export function CardGrid<T extends { id: string }>({ items, render }: { items: T[]; render: (item: T) => ReactNode }) {
  return (
    <ul className="card-grid" role="list">
      {items.map((item) => (
        <li key={item.id}>{render(item)}</li>
      ))}
    </ul>
  )
}
