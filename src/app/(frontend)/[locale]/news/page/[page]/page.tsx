import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { notFound, permanentRedirect } from 'next/navigation'

import { NewsListPage } from '@/components/news/NewsListPage'
import { getNewsFilterOptions, getNewsPage } from '@/data/news'
import { getPageFrame } from '@/data/site'
import { pageLocale } from '@/lib/params'
import { alternatesOf, routes } from '@/lib/routes'

import { pageMetadata } from '../../../seo'

type Params = Promise<{ locale: string; page: string }>

export function generateStaticParams() {
  return []
}

function pageNumber(text: string): number {
  if (!/^\d{1,4}$/.test(text)) notFound()
  return Number(text)
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const locale = await pageLocale(params)
  const { page } = await params
  const t = await getTranslations({ locale, namespace: 'news' })
  const number = pageNumber(page)
  return pageMetadata({
    locale,
    title: `${t('title')} · ${t('pageOf', { page: number, total: '…' })}`,
    paths: alternatesOf((code) => routes.newsIndex(code, number)),
  })
}

/** `/{locale}/news/page/N`: older news; page 1 lives at `/{locale}/news`. */
export default async function NewsPageN({ params }: { params: Params }) {
  const locale = await pageLocale(params)
  const page = pageNumber((await params).page)
  if (page < 1) notFound()
  if (page === 1) permanentRedirect(routes.newsIndex(locale))
  const [frame, news, filters] = await Promise.all([getPageFrame(locale), getNewsPage(locale, page), getNewsFilterOptions(locale)])
  if (page > news.totalPages) notFound()
  return <NewsListPage locale={locale} frame={frame} news={news} filters={filters} />
}
