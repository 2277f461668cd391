import { NewsListPage } from '@/components/news/NewsListPage'
import { getNewsFilterOptions, getNewsPage } from '@/data/news'
import { getPageFrame } from '@/data/site'
import { pageLocale } from '@/lib/params'

import { sectionMetadata } from '../sectionMetadata'

export const generateMetadata = sectionMetadata('news', { feeds: true })

/** `/{locale}/news`: the first page of news, newest first. */
export default async function NewsIndex({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params)
  const [frame, news, filters] = await Promise.all([getPageFrame(locale), getNewsPage(locale, 1), getNewsFilterOptions(locale)])
  return <NewsListPage locale={locale} frame={frame} news={news} filters={filters} />
}
