import { getTranslations } from 'next-intl/server'

import { PageShell } from '@/components/layout/PageShell'
import { ProjectGrid } from '@/components/projects/ProjectCard'
import { getProjects } from '@/data/projects'
import { getPageFrame } from '@/data/site'
import { pageLocale } from '@/lib/params'
import { alternatesOf, routes } from '@/lib/routes'

import { sectionMetadata } from '../sectionMetadata'

export const generateMetadata = sectionMetadata('projects')

/** `/{locale}/projects`: every published project, current ones first. */
export default async function ProjectsIndex({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params)
  const [t, frame, projects] = await Promise.all([getTranslations({ locale, namespace: 'projects' }), getPageFrame(locale), getProjects(locale)])
  return (
    <PageShell locale={locale} frame={frame} alternates={alternatesOf(routes.projectsIndex)} active="projects">
      <div className="container page-header">
        <h1>{t('title')}</h1>
        <p className="lead">{t('description')}</p>
      </div>
      <div className="container">
        {projects.length > 0 ? <ProjectGrid items={projects} locale={locale} headingLevel={2} /> : <p>{t('empty')}</p>}
      </div>
    </PageShell>
  )
}
