import { Card, CardGrid } from '@/components/ui/Card'
import { DateText } from '@/components/ui/DateText'
import type { NewsView } from '@/data/views'
import type { Locale } from '@/i18n/locales'

/** A news item in a list: cover, date, title and summary; the text carries its own language. */
export function NewsCard({ item, locale, headingLevel }: { item: NewsView; locale: Locale; headingLevel?: 2 | 3 }) {
  return (
    <Card
      className="news-card"
      lang={item.translated ? undefined : item.lang}
      cover={item.cover}
      meta={<DateText value={item.publishedAt} locale={locale} />}
      title={item.title}
      href={item.path}
      summary={item.summary}
      headingLevel={headingLevel}
    />
  )
}

/** A grid of news cards. */
export function NewsGrid({ items, locale, headingLevel }: { items: NewsView[]; locale: Locale; headingLevel?: 2 | 3 }) {
  return <CardGrid items={items} render={(item) => <NewsCard item={item} locale={locale} headingLevel={headingLevel} />} />
}
