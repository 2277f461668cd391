import { getTranslations } from 'next-intl/server'

import { CmsImage } from '@/components/ui/CmsImage'
import type { Localized } from '@/data/documents'
import type { Locale } from '@/i18n/locales'
import { routes } from '@/lib/routes'
import type { Project } from '@/payload-types'

import { ProjectPeriod } from './ProjectPeriod'

/** A project in a list: cover, status, period, title and summary. */
export async function ProjectCard({ item, locale, headingLevel = 3 }: { item: Localized<Project>; locale: Locale; headingLevel?: 2 | 3 }) {
  const t = await getTranslations({ locale, namespace: 'projects' })
  const { doc, lang, translated } = item
  const Heading = `h${headingLevel}` as const
  return (
    <article className="card project-card" lang={translated ? undefined : lang}>
      <CmsImage media={doc.cover} sizes="(min-width: 1100px) 340px, (min-width: 700px) 45vw, 100vw" className="card-image" lang={lang} />
      <div className="card-body">
        <p className="meta" lang={locale}>
          <span className={`badge badge-${doc.status}`}>{t(`status.${doc.status}`)}</span>{' '}
          <ProjectPeriod project={doc} locale={locale} />
        </p>
        <Heading className="card-title">
          <a href={routes.project(locale, item.slugs[locale] ?? doc.slug ?? '')}>{doc.title}</a>
        </Heading>
        {doc.summary ? <p className="card-summary">{doc.summary}</p> : null}
      </div>
    </article>
  )
}

/** A grid of project cards. */
export function ProjectGrid({ items, locale, headingLevel }: { items: Localized<Project>[]; locale: Locale; headingLevel?: 2 | 3 }) {
  return (
    <ul className="card-grid" role="list">
      {items.map((item) => (
        <li key={item.doc.id}>
          <ProjectCard item={item} locale={locale} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  )
}
