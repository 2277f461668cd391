import { Card, CardGrid } from '@/components/ui/Card'
import { DateText } from '@/components/ui/DateText'
import type { Localized } from '@/data/documents'
import type { Locale } from '@/i18n/locales'
import { routes } from '@/lib/routes'
import type { News } from '@/payload-types'

/** A news item in a list: cover, date, title and summary; the text carries its own language. */
export function NewsCard({ item, locale, headingLevel }: { item: Localized<News>; locale: Locale; headingLevel?: 2 | 3 }) {
  const { doc, lang, translated } = item
  return (
    <Card
      className="news-card"
      lang={translated ? undefined : lang}
      cover={doc.cover}
      meta={<DateText value={doc.publishedAt} locale={locale} />}
      title={doc.title}
      href={routes.news(locale, item.slugs[locale] ?? doc.slug ?? '')}
      summary={doc.summary}
      headingLevel={headingLevel}
    />
  )
}

/** A grid of news cards. */
export function NewsGrid({ items, locale, headingLevel }: { items: Localized<News>[]; locale: Locale; headingLevel?: 2 | 3 }) {
  return <CardGrid items={items} render={(item) => <NewsCard item={item} locale={locale} headingLevel={headingLevel} />} />
}
