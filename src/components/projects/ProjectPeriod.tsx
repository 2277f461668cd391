import { getFormatter, getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import type { ProjectView } from '@/data/views'

/** "March 2017 – June 2019", or "since March 2017" for an open-ended project, in the page's language. */
export async function ProjectPeriod({ project, locale }: { project: Pick<ProjectView, 'status' | 'startDate' | 'endDate'>; locale: Locale }) {
  const [format, t] = await Promise.all([getFormatter({ locale }), getTranslations({ locale, namespace: 'projects' })])
  const month = (value: string) => format.dateTime(new Date(value), { year: 'numeric', month: 'long' })
  if (!project.startDate) return null
  if (project.endDate) {
    return (
      <span className="period">
        <time dateTime={project.startDate.slice(0, 10)}>{month(project.startDate)}</time> –{' '}
        <time dateTime={project.endDate.slice(0, 10)}>{month(project.endDate)}</time>
      </span>
    )
  }
  const startDate = project.startDate
  return (
    <span className="period">
      {t.rich(project.status === 'planned' ? 'from' : 'since', {
        start: month(startDate),
        time: (chunks) => <time dateTime={startDate.slice(0, 10)}>{chunks}</time>,
      })}
    </span>
  )
}
