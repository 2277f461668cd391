import type { Metadata } from 'next'
import { getFormatter, getTranslations } from 'next-intl/server'
import { notFound, permanentRedirect } from 'next/navigation'
import { cache } from 'react'

import { ContactDetails } from '@/components/contacts/ContactDetails'
import { PageShell } from '@/components/layout/PageShell'
import { NewsGrid } from '@/components/news/NewsCard'
import { ProjectGrid } from '@/components/projects/ProjectCard'
import { RegionList } from '@/components/regions/RegionCard'
import { RichText } from '@/components/RichText'
import { CmsImage } from '@/components/ui/CmsImage'
import { DocumentHeader } from '@/components/ui/DocumentHeader'
import { getContacts } from '@/data/contacts'
import { getLatestNews } from '@/data/news'
import { getProjects } from '@/data/projects'
import { getRegionBySlug, getRegions } from '@/data/regions'
import type { Locale } from '@/i18n/locales'
import { pageLocale } from '@/lib/params'
import { documentAlternates, routes } from '@/lib/routes'

type Params = Promise<{ locale: string; slug: string }>

export function generateStaticParams() {
  return []
}

const load = cache(async (locale: Locale, slug: string) => {
  const result = await getRegionBySlug(locale, decodeURIComponent(slug))
  if (!result) notFound()
  if ('redirectTo' in result) permanentRedirect(routes.region(locale, result.redirectTo))
  return result.found
})

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const locale = await pageLocale(params)
  const { doc } = await load(locale, (await params).slug)
  return { title: doc.name }
}

/** `/{locale}/regions/{slug}`: a region's landing page with its news, projects, offices and partners. */
export default async function RegionPage({ params }: { params: Params }) {
  const locale = await pageLocale(params)
  const item = await load(locale, (await params).slug)
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
      <article className="document">
        <DocumentHeader
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
        />
        <div className="container document-grid">
          <div className="document-main" lang={translated ? undefined : lang}>
            <CmsImage media={doc.cover} sizes="(min-width: 1100px) 720px, 100vw" className="document-cover" priority />
            <RichText data={doc.intro} locale={locale} />
          </div>
          <aside className="document-aside" aria-label={t('subregions')}>
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
          </aside>
        </div>
      </article>
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
