import { getTranslations } from 'next-intl/server'
import { notFound } from 'next/navigation'

import { PageShell } from '@/components/layout/PageShell'
import { NewsGrid } from '@/components/news/NewsCard'
import { Pagination } from '@/components/ui/Pagination'
import { NewsFilters } from '@/components/search/NewsFilters'
import { getNewsPage, getNewsYears } from '@/data/news'
import { getProjects } from '@/data/projects'
import { getRegions } from '@/data/regions'
import type { Locale } from '@/i18n/locales'
import { alternatesOf, routes } from '@/lib/routes'

/** The paginated news list, shared by `/news` (page 1) and `/news/page/N`. */
export async function NewsListPage({ locale, page }: { locale: Locale; page: number }) {
  const [t, result, regions, projects, years] = await Promise.all([
    getTranslations({ locale, namespace: 'news' }),
    getNewsPage(locale, page),
    getRegions(locale),
    getProjects(locale),
    getNewsYears(locale),
  ])
  if (page > result.totalPages) notFound()
  return (
    <PageShell locale={locale} alternates={alternatesOf((code) => routes.newsIndex(code, page))} active="news">
      <div className="container page-header">
        <h1>{t('title')}</h1>
        <p className="lead">{t('description')}</p>
      </div>
      <div className="container stack-lg">
        <NewsFilters locale={locale} regions={regions} projects={projects} years={years} collapsed />
        {result.items.length > 0 ? <NewsGrid items={result.items} locale={locale} headingLevel={2} /> : <p>{t('empty')}</p>}
        <Pagination
          page={result.page}
          totalPages={result.totalPages}
          hrefFor={(n) => routes.newsIndex(locale, n)}
          labels={{ nav: t('pagination'), previous: t('previous'), next: t('next'), pageOf: t('pageOf', { page: result.page, total: result.totalPages }) }}
        />
      </div>
    </PageShell>
  )
}
