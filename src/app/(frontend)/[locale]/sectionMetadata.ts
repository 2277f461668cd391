import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { pageLocale } from '@/lib/params'

import { syndicationLinks } from './syndicationLinks'

type SectionNamespace = 'news' | 'projects' | 'regions' | 'contacts'

/** `generateMetadata` of a section's list page: its translated title and description (and feed links). */
export function sectionMetadata(namespace: SectionNamespace, options: { feeds?: boolean } = {}) {
  return async ({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> => {
    const locale = await pageLocale(params)
    const t = await getTranslations({ locale, namespace })
    const alternates = options.feeds ? { types: await syndicationLinks(locale) } : undefined
    return { title: t('title'), description: t('description'), alternates }
  }
}
