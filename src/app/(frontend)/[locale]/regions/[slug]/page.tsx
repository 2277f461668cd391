import type { Metadata } from 'next'
import { getFormatter, getTranslations } from 'next-intl/server'

import { ContactDetails } from '@/components/contacts/ContactDetails'
import { PageShell } from '@/components/layout/PageShell'
import { DocumentBreadcrumbs } from '@/components/seo/JsonLd'
import { NewsGrid } from '@/components/news/NewsCard'
import { ProjectGrid } from '@/components/projects/ProjectCard'
import { RegionList } from '@/components/regions/RegionCard'
import { DocumentLayout } from '@/components/ui/DocumentLayout'
import { getContacts } from '@/data/contacts'
import { getLatestNews } from '@/data/news'
import { getProjects } from '@/data/projects'
import { getRegionBySlug, getRegions } from '@/data/regions'
import { documentAlternates, routes } from '@/lib/routes'
import { plainText } from '@/lib/search'

import { documentPage, type DocumentParams } from '../../documentPage'
import { documentMetadata } from '../../seo'
import { documentSyndicationLinks } from '../../syndicationLinks'

export function generateStaticParams() {
  return []
}

const load = documentPage(getRegionBySlug, routes.region)

export async function generateMetadata({ params }: { params: DocumentParams }): Promise<Metadata> {
  const { locale, item } = await load(params)
  const { doc } = item
  const types = await documentSyndicationLinks(locale, 'regions', item, doc.name)
  // Regions have no summary: describe them by the start of their introduction, else the section's line.
  const intro = plainText(doc.intro).replace(/\s+/g, ' ').trim()
  const description = intro ? (intro.length > 200 ? `${intro.slice(0, 200).replace(/\s+\S*$/, '')} …` : intro) : (await getTranslations({ locale, namespace: 'regions' }))('description')
  return documentMetadata('regions', locale, item, { title: doc.name, description, image: doc.cover }, types)
}

/** `/{locale}/regions/{slug}`: a region's landing page with its news, projects, offices and partners. */
export default async function RegionPage({ params }: { params: DocumentParams }) {
  const { locale, item } = await load(params)
  const { doc, lang, translated } = item
  const [t, format, news, projects, contacts, children] = await Promise.all([
    getTranslations({ locale, namespace: 'regions' }),
    getFormatter({ locale }),
    getLatestNews(locale, 6, { regionId: doc.id }),
    getProjects(locale, { regionId: doc.id }),
    getContacts(locale, { regionId: doc.id }),
    getRegions(locale, { parentId: doc.id }),
  ])
  const parent = typeof doc.parent === 'object' ? doc.parent : null
  const region = doc.name
  return (
    <PageShell locale={locale} alternates={documentAlternates('regions', item.slugs)} active="regions">
      <DocumentBreadcrumbs locale={locale} section="regions" name={doc.name} path={routes.region(locale, item.slugs[locale] ?? item.slugs.en ?? doc.slug ?? '')} />
      <DocumentLayout
        locale={locale}
        lang={lang}
        translated={translated}
        title={doc.name}
        kicker={
          <>
            {t(`kind.${doc.kind}`)}
            {parent ? (
              <>
                {' · '}
                {t.rich('partOf', {
                  parent: parent.name,
                  link: (chunks) => <a href={routes.region(locale, parent.slug ?? '')}>{chunks}</a>,
                })}
              </>
            ) : null}
          </>
        }
        cover={doc.cover}
        body={doc.intro}
        asideLabel={t('details')}
        aside={
          <>
            {children.length > 0 ? (
              <section>
                <h2>{t('subregions')}</h2>
                <RegionList items={children} locale={locale} />
              </section>
            ) : null}
            {typeof doc.latitude === 'number' && typeof doc.longitude === 'number' ? (
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
