import { getTranslations } from 'next-intl/server'

import { Card, CardGrid } from '@/components/ui/Card'
import type { ProjectView } from '@/data/views'
import type { Locale } from '@/i18n/locales'

import { ProjectPeriod } from './ProjectPeriod'

/** A project in a list: cover, status, period, title and summary. */
export async function ProjectCard({ item, locale, headingLevel }: { item: ProjectView; locale: Locale; headingLevel?: 2 | 3 }) {
  const t = await getTranslations({ locale, namespace: 'projects' })
  return (
    <Card
      className="project-card"
      lang={item.translated ? undefined : item.lang}
      cover={item.cover}
      meta={
        <span lang={locale}>
          <span className={`badge badge-${item.status}`}>{t(`status.${item.status}`)}</span> <ProjectPeriod project={item} locale={locale} />
        </span>
      }
      title={item.title}
      href={item.path}
      summary={item.summary}
      headingLevel={headingLevel}
    />
  )
}

/** A grid of project cards. */
export function ProjectGrid({ items, locale, headingLevel }: { items: ProjectView[]; locale: Locale; headingLevel?: 2 | 3 }) {
  return <CardGrid items={items} render={(item) => <ProjectCard item={item} locale={locale} headingLevel={headingLevel} />} />
}
