import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { pageLocale } from '@/lib/params'

type SectionNamespace = 'news' | 'projects' | 'regions' | 'contacts'

/** `generateMetadata` of a section's list page: its translated title and description. */
export function sectionMetadata(namespace: SectionNamespace) {
  return async ({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> => {
    const locale = await pageLocale(params)
    const t = await getTranslations({ locale, namespace })
    return { title: t('title'), description: t('description') }
  }
}
