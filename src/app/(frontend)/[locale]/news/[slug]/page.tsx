import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { PageShell } from '@/components/layout/PageShell'
import { DateText } from '@/components/ui/DateText'
import { AsideList, DocumentLayout, regionLinks } from '@/components/ui/DocumentLayout'
import { DocumentBreadcrumbs, JsonLd, newsArticleLd } from '@/components/seo/JsonLd'
import { getNewsBySlug } from '@/data/news'
import { getSite } from '@/data/site'
import { siteUrl } from '@/lib/env'
import { absoluteUrl, documentAlternates, routes } from '@/lib/routes'

import { documentPage, type DocumentParams } from '../../documentPage'
import { documentMetadata } from '../../seo'

export function generateStaticParams() {
  return []
}

const load = documentPage(getNewsBySlug, routes.news)

export async function generateMetadata({ params }: { params: DocumentParams }): Promise<Metadata> {
  const { locale, item } = await load(params)
  const { doc } = item
  return documentMetadata('news', locale, item, {
    title: doc.title,
    description: doc.summary,
    image: doc.cover,
    type: 'article',
    publishedTime: doc.publishedAt,
    modifiedTime: doc.updatedAt,
  })
}

/** `/{locale}/news/{slug}`: one news item, in the reader's language or as fallback with a note. */
export default async function NewsItemPage({ params }: { params: DocumentParams }) {
  const { locale, item } = await load(params)
  const [t, tTopics, site] = await Promise.all([
    getTranslations({ locale, namespace: 'news' }),
    getTranslations({ locale, namespace: 'topics' }),
    getSite(locale),
  ])
  const { doc, lang, translated } = item
  const path = routes.news(locale, item.slugs[locale] ?? item.slugs.en ?? doc.slug ?? '')
  const project = typeof doc.project === 'object' ? doc.project : null
  return (
    <PageShell locale={locale} alternates={documentAlternates('news', item.slugs)} active="news">
      <JsonLd data={newsArticleLd({ doc, lang, url: absoluteUrl(siteUrl(), path), site, siteUrl: siteUrl(), locale })} />
      <DocumentBreadcrumbs locale={locale} section="news" name={doc.title} path={path} />
      <DocumentLayout
        locale={locale}
        lang={lang}
        translated={translated}
        title={doc.title}
        lead={doc.summary}
        kicker={
          <>
            <DateText value={doc.publishedAt} locale={locale} />
            {doc.author ? <span lang={translated ? undefined : lang}> · {t('by', { author: doc.author })}</span> : null}
          </>
        }
        cover={doc.cover}
        body={doc.body}
        asideLabel={t('details')}
        aside={
          <>
            <AsideList
              title={t('relatedProject')}
              links={project ? [{ key: project.id, label: project.title, href: routes.project(locale, project.slug ?? '') }] : []}
            />
            <AsideList
              title={t('regions')}
              links={regionLinks(doc.regions, locale)}
            />
            {doc.topics?.length ? (
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
