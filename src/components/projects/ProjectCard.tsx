import { getTranslations } from 'next-intl/server'

import { Card, CardGrid } from '@/components/ui/Card'
import type { Localized } from '@/data/documents'
import type { Locale } from '@/i18n/locales'
import { routes } from '@/lib/routes'
import type { Project } from '@/payload-types'

import { ProjectPeriod } from './ProjectPeriod'

/** A project in a list: cover, status, period, title and summary. */
export async function ProjectCard({ item, locale, headingLevel }: { item: Localized<Project>; locale: Locale; headingLevel?: 2 | 3 }) {
  const t = await getTranslations({ locale, namespace: 'projects' })
  const { doc, lang, translated } = item
  return (
    <Card
      className="project-card"
      lang={translated ? undefined : lang}
      cover={doc.cover}
      meta={
        <span lang={locale}>
          <span className={`badge badge-${doc.status}`}>{t(`status.${doc.status}`)}</span> <ProjectPeriod project={doc} locale={locale} />
        </span>
      }
      title={doc.title}
      href={routes.project(locale, item.slugs[locale] ?? doc.slug ?? '')}
      summary={doc.summary}
      headingLevel={headingLevel}
    />
  )
}

/** A grid of project cards. */
export function ProjectGrid({ items, locale, headingLevel }: { items: Localized<Project>[]; locale: Locale; headingLevel?: 2 | 3 }) {
  return <CardGrid items={items} render={(item) => <ProjectCard item={item} locale={locale} headingLevel={headingLevel} />} />
}
