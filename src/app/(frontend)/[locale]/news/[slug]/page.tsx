import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { PageShell } from '@/components/layout/PageShell'
import { DocumentBreadcrumbs, JsonLd, newsArticleLd } from '@/components/seo/JsonLd'
import { DateText } from '@/components/ui/DateText'
import { AsideList, DocumentLayout } from '@/components/ui/DocumentLayout'
import { getNewsBySlug } from '@/data/news'
import { getPageFrame } from '@/data/site'
import { siteUrl } from '@/lib/env'
import { routes } from '@/lib/routes'

import { documentPage, type DocumentParams } from '../../documentPage'
import { documentMetadata } from '../../seo'

export function generateStaticParams() {
  return []
}

const load = documentPage(getNewsBySlug, routes.news)

export async function generateMetadata({ params }: { params: DocumentParams }): Promise<Metadata> {
  const { locale, doc } = await load(params)
  return documentMetadata(locale, doc, { type: 'article', publishedTime: doc.publishedAt, modifiedTime: doc.updatedAt })
}

/** `/{locale}/news/{slug}`: one news item, in the reader's language or as fallback with a note. */
export default async function NewsItemPage({ params }: { params: DocumentParams }) {
  const { locale, doc } = await load(params)
  const [t, tTopics, frame] = await Promise.all([
    getTranslations({ locale, namespace: 'news' }),
    getTranslations({ locale, namespace: 'topics' }),
    getPageFrame(locale),
  ])
  return (
    <PageShell locale={locale} frame={frame} alternates={doc.alternates} active="news">
      <JsonLd data={newsArticleLd({ news: doc, site: frame.site, siteUrl: siteUrl(), locale })} />
      <DocumentBreadcrumbs locale={locale} doc={doc} />
      <DocumentLayout
        locale={locale}
        doc={doc}
        lead={doc.summary}
        kicker={
          <>
            <DateText value={doc.publishedAt} locale={locale} />
            {doc.author ? <span lang={doc.translated ? undefined : doc.lang}> · {t('by', { author: doc.author })}</span> : null}
          </>
        }
        asideLabel={t('details')}
        aside={
          <>
            <AsideList title={t('relatedProject')} links={doc.project ? [doc.project] : []} />
            <AsideList title={t('regions')} links={doc.regions} />
            {doc.topics.length > 0 ? (
              <section>
                <h2>{t('topics')}</h2>
                <ul className="tags" role="list">
                  {doc.topics.map((topic) => (
                    <li key={topic}>{tTopics(topic)}</li>
                  ))}
                </ul>
              </section>
            ) : null}
          </>
        }
      />
    </PageShell>
  )
}
