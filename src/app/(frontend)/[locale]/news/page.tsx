
import { pageLocale } from '@/lib/params'

import { NewsListPage } from '@/components/news/NewsListPage'

import { sectionMetadata } from '../sectionMetadata'

export const generateMetadata = sectionMetadata('news', { feeds: true })

/** `/{locale}/news`: the first page of news, newest first. */
export default async function NewsIndex({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params)
  return <NewsListPage locale={locale} page={1} />
}
