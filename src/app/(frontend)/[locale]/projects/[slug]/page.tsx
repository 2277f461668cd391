import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { PageShell } from '@/components/layout/PageShell'
import { NewsGrid } from '@/components/news/NewsCard'
import { ProjectPeriod } from '@/components/projects/ProjectPeriod'
import { DocumentBreadcrumbs } from '@/components/seo/JsonLd'
import { AsideList, DocumentLayout } from '@/components/ui/DocumentLayout'
import { getLatestNews } from '@/data/news'
import { getProjectBySlug } from '@/data/projects'
import { getPageFrame } from '@/data/site'
import type { OrganisationView } from '@/data/views'
import { routes } from '@/lib/routes'

import { documentPage, type DocumentParams } from '../../documentPage'
import { documentMetadata } from '../../seo'
import { documentSyndicationLinks } from '../../syndicationLinks'

export function generateStaticParams() {
  return []
}

const load = documentPage(getProjectBySlug, routes.project)

export async function generateMetadata({ params }: { params: DocumentParams }): Promise<Metadata> {
  const { locale, doc } = await load(params)
  return documentMetadata(locale, doc, {}, await documentSyndicationLinks(locale, doc))
}

/** Donor or partner organisations as aside links (to their own websites). */
const organisationLinks = (organisations: OrganisationView[]) => organisations.map(({ id, name, website }) => ({ id, title: name, path: website }))

/** `/{locale}/projects/{slug}`: a project, its donors and partners, and its latest news. */
export default async function ProjectPage({ params }: { params: DocumentParams }) {
  const { locale, doc } = await load(params)
  const [t, frame, news] = await Promise.all([
    getTranslations({ locale, namespace: 'projects' }),
    getPageFrame(locale),
    getLatestNews(locale, 6, { projectId: doc.id }),
  ])
  return (
    <PageShell locale={locale} frame={frame} alternates={doc.alternates} active="projects">
      <DocumentBreadcrumbs locale={locale} doc={doc} />
      <DocumentLayout
        locale={locale}
        doc={doc}
        lead={doc.summary}
        kicker={
          <>
            <span className={`badge badge-${doc.status}`}>{t(`status.${doc.status}`)}</span> <ProjectPeriod project={doc} locale={locale} />
          </>
        }
        asideLabel={t('details')}
        aside={
          <>
            <AsideList title={t('donors')} links={organisationLinks(doc.donors)} />
            <AsideList title={t('partners')} links={organisationLinks(doc.partners)} />
            <AsideList title={t('regions')} links={doc.regions} />
          </>
        }
      />
      <section className="container stack-lg related" aria-labelledby="project-news">
        <h2 id="project-news">{t('latestNews')}</h2>
        {news.length > 0 ? <NewsGrid items={news} locale={locale} /> : <p>{t('noNews')}</p>}
      </section>
    </PageShell>
  )
}
