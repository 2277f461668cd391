import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { pageLocale } from '@/lib/params'
import { alternatesOf, routes } from '@/lib/routes'

import { pageMetadata } from './seo'
import { syndicationLinks } from './syndicationLinks'

type SectionNamespace = 'news' | 'projects' | 'regions' | 'contacts'

const listRoute = {
  news: (locale: Parameters<typeof routes.newsIndex>[0]) => routes.newsIndex(locale),
  projects: routes.projectsIndex,
  regions: routes.regionsIndex,
  contacts: routes.contacts,
} as const

/** `generateMetadata` of a section's list page: its translated title and description (and feed links). */
export function sectionMetadata(namespace: SectionNamespace, options: { feeds?: boolean } = {}) {
  return async ({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> => {
    const locale = await pageLocale(params)
    const t = await getTranslations({ locale, namespace })
    const metadata = pageMetadata({ locale, title: t('title'), description: t('description'), paths: alternatesOf(listRoute[namespace]) })
    if (!options.feeds) return metadata
    return { ...metadata, alternates: { ...metadata.alternates, types: await syndicationLinks(locale) } }
  }
}
