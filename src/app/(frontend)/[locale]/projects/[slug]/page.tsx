import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { PageShell } from '@/components/layout/PageShell'
import { DocumentBreadcrumbs } from '@/components/seo/JsonLd'
import { NewsGrid } from '@/components/news/NewsCard'
import { ProjectPeriod } from '@/components/projects/ProjectPeriod'
import { AsideList, DocumentLayout, regionLinks } from '@/components/ui/DocumentLayout'
import { getLatestNews } from '@/data/news'
import { getProjectBySlug } from '@/data/projects'
import { documentAlternates, routes } from '@/lib/routes'
import type { Contact } from '@/payload-types'

import { documentPage, type DocumentParams } from '../../documentPage'
import { documentMetadata } from '../../seo'
import { documentSyndicationLinks } from '../../syndicationLinks'

export function generateStaticParams() {
  return []
}

const load = documentPage(getProjectBySlug, routes.project)

export async function generateMetadata({ params }: { params: DocumentParams }): Promise<Metadata> {
  const { locale, item } = await load(params)
  const { doc } = item
  const types = await documentSyndicationLinks(locale, 'projects', item, doc.title)
  return documentMetadata('projects', locale, item, { title: doc.title, description: doc.summary, image: doc.cover }, types)
}

/** Donor or partner organisations as aside links (to their own websites). */
function contactLinks(contacts: (Contact | string)[] | null | undefined) {
  return (contacts ?? [])
    .filter((contact): contact is Contact => typeof contact === 'object')
    .map((contact) => ({ key: contact.id, label: contact.name, href: contact.website }))
}

/** `/{locale}/projects/{slug}`: a project, its donors and partners, and its latest news. */
export default async function ProjectPage({ params }: { params: DocumentParams }) {
  const { locale, item } = await load(params)
  const { doc, lang, translated } = item
  const [t, news] = await Promise.all([
    getTranslations({ locale, namespace: 'projects' }),
    getLatestNews(locale, 6, { projectId: doc.id }),
  ])
  return (
    <PageShell locale={locale} alternates={documentAlternates('projects', item.slugs)} active="projects">
      <DocumentBreadcrumbs locale={locale} section="projects" name={doc.title} path={routes.project(locale, item.slugs[locale] ?? item.slugs.en ?? doc.slug ?? '')} />
      <DocumentLayout
        locale={locale}
        lang={lang}
        translated={translated}
        title={doc.title}
        lead={doc.summary}
        kicker={
          <>
            <span className={`badge badge-${doc.status}`}>{t(`status.${doc.status}`)}</span> <ProjectPeriod project={doc} locale={locale} />
          </>
        }
        cover={doc.cover}
        body={doc.body}
        asideLabel={t('details')}
        aside={
          <>
            <AsideList title={t('donors')} links={contactLinks(doc.donors)} />
            <AsideList title={t('partners')} links={contactLinks(doc.partners)} />
            <AsideList
              title={t('regions')}
              links={regionLinks(doc.regions, locale)}
            />
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
