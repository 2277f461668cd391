import type { Metadata } from 'next'
import { getFormatter, getTranslations } from 'next-intl/server'

import { ContactDetails } from '@/components/contacts/ContactDetails'
import { PageShell } from '@/components/layout/PageShell'
import { NewsGrid } from '@/components/news/NewsCard'
import { ProjectGrid } from '@/components/projects/ProjectCard'
import { RegionList } from '@/components/regions/RegionCard'
import { DocumentBreadcrumbs } from '@/components/seo/JsonLd'
import { DocumentLayout } from '@/components/ui/DocumentLayout'
import { getContacts } from '@/data/contacts'
import { getLatestNews } from '@/data/news'
import { getProjects } from '@/data/projects'
import { getRegionBySlug, getRegions } from '@/data/regions'
import { getPageFrame } from '@/data/site'
import { routes } from '@/lib/routes'

import { documentPage, type DocumentParams } from '../../documentPage'
import { documentMetadata } from '../../seo'
import { documentSyndicationLinks } from '../../syndicationLinks'

export function generateStaticParams() {
  return []
}

const load = documentPage(getRegionBySlug, routes.region)

export async function generateMetadata({ params }: { params: DocumentParams }): Promise<Metadata> {
  const { locale, doc } = await load(params)
  // Described by staff's SEO text or the start of its introduction, else by the section's line.
  const description = doc.meta.description ?? (await getTranslations({ locale, namespace: 'regions' }))('description')
  return documentMetadata(locale, doc, { description }, await documentSyndicationLinks(locale, doc))
}

/** `/{locale}/regions/{slug}`: a region's landing page with its news, projects, offices and partners. */
export default async function RegionPage({ params }: { params: DocumentParams }) {
  const { locale, doc } = await load(params)
  const [t, format, frame, news, projects, contacts, children] = await Promise.all([
    getTranslations({ locale, namespace: 'regions' }),
    getFormatter({ locale }),
    getPageFrame(locale),
    getLatestNews(locale, 6, { regionId: doc.id }),
    getProjects(locale, { regionId: doc.id }),
    getContacts(locale, { regionId: doc.id }),
    getRegions(locale, { parentId: doc.id }),
  ])
  const { parent } = doc
  const region = doc.title
  return (
    <PageShell locale={locale} frame={frame} alternates={doc.alternates} active="regions">
      <DocumentBreadcrumbs locale={locale} doc={doc} />
      <DocumentLayout
        locale={locale}
        doc={doc}
        kicker={
          <>
            {t(`kind.${doc.kind}`)}
            {parent ? (
              <>
                {' · '}
                {t.rich('partOf', {
                  parent: parent.title,
                  link: (chunks) => <a href={parent.path}>{chunks}</a>,
                })}
              </>
            ) : null}
          </>
        }
        asideLabel={t('details')}
        aside={
          <>
            {children.length > 0 ? (
              <section>
                <h2>{t('subregions')}</h2>
                <RegionList items={children} locale={locale} />
              </section>
            ) : null}
            {doc.latitude !== null && doc.longitude !== null ? (
              <section>
                <h2>{t('coordinates')}</h2>
                <p>
                  {format.number(doc.latitude, { maximumFractionDigits: 4 })}° N,{' '}
                  {format.number(doc.longitude, { maximumFractionDigits: 4 })}° E
                </p>
              </section>
            ) : null}
          </>
        }
      />
      <div className="container stack-xl related">
        <section aria-labelledby="region-news">
          <h2 id="region-news">{t('news', { region })}</h2>
          {news.length > 0 ? <NewsGrid items={news} locale={locale} /> : <p>{t('noNews')}</p>}
        </section>
        <section aria-labelledby="region-projects">
          <h2 id="region-projects">{t('projects', { region })}</h2>
          {projects.length > 0 ? <ProjectGrid items={projects} locale={locale} /> : <p>{t('noProjects')}</p>}
        </section>
        <section aria-labelledby="region-people">
          <h2 id="region-people">{t('people', { region })}</h2>
          {contacts.length > 0 ? (
            <ul className="contact-grid" role="list">
              {contacts.map((contact) => (
                <li key={contact.id}>
                  <ContactDetails contact={contact} locale={locale} headingLevel={3} showDescription />
                </li>
              ))}
            </ul>
          ) : (
            <p>{t('noPeople')}</p>
          )}
        </section>
      </div>
    </PageShell>
  )
}
