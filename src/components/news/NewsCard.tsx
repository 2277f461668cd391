import { CmsImage } from '@/components/ui/CmsImage'
import { DateText } from '@/components/ui/DateText'
import type { Localized } from '@/data/documents'
import type { Locale } from '@/i18n/locales'
import { routes } from '@/lib/routes'
import type { News } from '@/payload-types'

/** A news item in a list: cover, date, title and summary; the text carries its own language. */
export function NewsCard({ item, locale, headingLevel = 3 }: { item: Localized<News>; locale: Locale; headingLevel?: 2 | 3 }) {
  const { doc, lang, translated } = item
  const Heading = `h${headingLevel}` as const
  const href = routes.news(locale, item.slugs[locale] ?? doc.slug ?? '')
  return (
    <article className="card news-card" lang={translated ? undefined : lang}>
      <CmsImage media={doc.cover} sizes="(min-width: 1100px) 340px, (min-width: 700px) 45vw, 100vw" className="card-image" lang={lang} />
      <div className="card-body">
        <p className="meta">
          <DateText value={doc.publishedAt} locale={locale} />
        </p>
        <Heading className="card-title">
          <a href={href}>{doc.title}</a>
        </Heading>
        {doc.summary ? <p className="card-summary">{doc.summary}</p> : null}
      </div>
    </article>
  )
}

/** A grid of news cards. */
export function NewsGrid({ items, locale, headingLevel }: { items: Localized<News>[]; locale: Locale; headingLevel?: 2 | 3 }) {
  return (
    <ul className="card-grid" role="list">
      {items.map((item) => (
        <li key={item.doc.id}>
          <NewsCard item={item} locale={locale} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  )
}
