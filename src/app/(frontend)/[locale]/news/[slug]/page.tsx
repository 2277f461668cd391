import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { PageShell } from '@/components/layout/PageShell'
import { DateText } from '@/components/ui/DateText'
import { AsideList, DocumentLayout, regionLinks } from '@/components/ui/DocumentLayout'
import { getNewsBySlug } from '@/data/news'
import { documentAlternates, routes } from '@/lib/routes'

import { documentPage, type DocumentParams } from '../../documentPage'

export function generateStaticParams() {
  return []
}

const load = documentPage(getNewsBySlug, routes.news)

export async function generateMetadata({ params }: { params: DocumentParams }): Promise<Metadata> {
  const { doc } = (await load(params)).item
  return { title: doc.title, description: doc.summary ?? undefined }
}

/** `/{locale}/news/{slug}`: one news item, in the reader's language or as fallback with a note. */
export default async function NewsItemPage({ params }: { params: DocumentParams }) {
  const { locale, item } = await load(params)
  const [t, tTopics] = await Promise.all([
    getTranslations({ locale, namespace: 'news' }),
    getTranslations({ locale, namespace: 'topics' }),
  ])
  const { doc, lang, translated } = item
  const project = typeof doc.project === 'object' ? doc.project : null
  return (
    <PageShell locale={locale} alternates={documentAlternates('news', item.slugs)} active="news">
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
