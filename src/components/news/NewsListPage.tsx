import { getTranslations } from 'next-intl/server'

import { PageShell } from '@/components/layout/PageShell'
import { NewsGrid } from '@/components/news/NewsCard'
import { NewsFilters } from '@/components/search/NewsFilters'
import { Pagination } from '@/components/ui/Pagination'
import type { ListPage, NewsFilterOptions, NewsView, PageFrame } from '@/data/views'
import type { Locale } from '@/i18n/locales'
import { alternatesOf, routes } from '@/lib/routes'

/** The paginated news list, shared by `/news` (page 1) and `/news/page/N`; the page reads its data. */
export async function NewsListPage({
  locale,
  frame,
  news,
  filters,
}: {
  locale: Locale
  frame: PageFrame
  news: ListPage<NewsView>
  filters: NewsFilterOptions
}) {
  const t = await getTranslations({ locale, namespace: 'news' })
  return (
    <PageShell locale={locale} frame={frame} alternates={alternatesOf((code) => routes.newsIndex(code, news.page))} active="news">
      <div className="container page-header">
        <h1>{t('title')}</h1>
        <p className="lead">{t('description')}</p>
      </div>
      <div className="container stack-lg">
        <NewsFilters locale={locale} options={filters} collapsed />
        {news.items.length > 0 ? <NewsGrid items={news.items} locale={locale} headingLevel={2} /> : <p>{t('empty')}</p>}
        <Pagination
          page={news.page}
          totalPages={news.totalPages}
          hrefFor={(n) => routes.newsIndex(locale, n)}
          labels={{ nav: t('pagination'), previous: t('previous'), next: t('next'), pageOf: t('pageOf', { page: news.page, total: news.totalPages }) }}
        />
      </div>
    </PageShell>
  )
}
