import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { notFound, permanentRedirect } from 'next/navigation'
import { cache } from 'react'

import { PageShell } from '@/components/layout/PageShell'
import { NewsGrid } from '@/components/news/NewsCard'
import { ProjectPeriod } from '@/components/projects/ProjectPeriod'
import { RichText } from '@/components/RichText'
import { CmsImage } from '@/components/ui/CmsImage'
import { DocumentHeader } from '@/components/ui/DocumentHeader'
import { getLatestNews } from '@/data/news'
import { getProjectBySlug } from '@/data/projects'
import type { Locale } from '@/i18n/locales'
import { pageLocale } from '@/lib/params'
import { documentAlternates, routes } from '@/lib/routes'
import type { Contact } from '@/payload-types'

type Params = Promise<{ locale: string; slug: string }>

export function generateStaticParams() {
  return []
}

const load = cache(async (locale: Locale, slug: string) => {
  const result = await getProjectBySlug(locale, decodeURIComponent(slug))
  if (!result) notFound()
  if ('redirectTo' in result) permanentRedirect(routes.project(locale, result.redirectTo))
  return result.found
})

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const locale = await pageLocale(params)
  const { doc } = await load(locale, (await params).slug)
  return { title: doc.title, description: doc.summary ?? undefined }
}

function ContactNames({ title, contacts }: { title: string; contacts: (Contact | string)[] | null | undefined }) {
  const list = (contacts ?? []).filter((contact): contact is Contact => typeof contact === 'object')
  if (list.length === 0) return null
  return (
    <section>
      <h2>{title}</h2>
      <ul className="plain-list">
        {list.map((contact) => (
          <li key={contact.id}>{contact.website ? <a href={contact.website} rel="noopener">{contact.name}</a> : contact.name}</li>
        ))}
      </ul>
    </section>
  )
}

/** `/{locale}/projects/{slug}`: a project, its donors and partners, and its latest news. */
export default async function ProjectPage({ params }: { params: Params }) {
  const locale = await pageLocale(params)
  const item = await load(locale, (await params).slug)
  const { doc, lang, translated } = item
  const [t, news] = await Promise.all([
    getTranslations({ locale, namespace: 'projects' }),
    getLatestNews(locale, 6, { projectId: doc.id }),
  ])
  const regions = (doc.regions ?? []).filter((region) => typeof region === 'object')
  return (
    <PageShell locale={locale} alternates={documentAlternates('projects', item.slugs)} active="projects">
      <article className="document">
        <DocumentHeader
          locale={locale}
          lang={lang}
          translated={translated}
          title={doc.title}
          lead={doc.summary}
          kicker={
            <>
              <span className={`badge badge-${doc.status}`}>{t(`status.${doc.status}`)}</span>{' '}
              <ProjectPeriod project={doc} locale={locale} />
            </>
          }
        />
        <div className="container document-grid">
          <div className="document-main" lang={translated ? undefined : lang}>
            <CmsImage media={doc.cover} sizes="(min-width: 1100px) 720px, 100vw" className="document-cover" priority />
            <RichText data={doc.body} locale={locale} />
          </div>
          <aside className="document-aside" aria-label={t('period')}>
            <ContactNames title={t('donors')} contacts={doc.donors} />
            <ContactNames title={t('partners')} contacts={doc.partners} />
            {regions.length > 0 ? (
              <section>
                <h2>{t('regions')}</h2>
                <ul className="plain-list">
                  {regions.map((region) => (
                    <li key={region.id}>
                      <a href={routes.region(locale, region.slug ?? '')}>{region.name}</a>
                    </li>
                  ))}
                </ul>
              </section>
            ) : null}
          </aside>
        </div>
      </article>
      <section className="container stack-lg related" aria-labelledby="project-news">
        <h2 id="project-news">{t('latestNews')}</h2>
        {news.length > 0 ? <NewsGrid items={news} locale={locale} /> : <p>{t('noNews')}</p>}
      </section>
    </PageShell>
  )
}
