import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { pageLocale } from '@/lib/params'

import { NewsListPage } from '@/components/news/NewsListPage'

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const locale = await pageLocale(params)
  const t = await getTranslations({ locale, namespace: 'news' })
  return { title: t('title'), description: t('description') }
}

/** `/{locale}/news`: the first page of news, newest first. */
export default async function NewsIndex({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params)
  return <NewsListPage locale={locale} page={1} />
}
