import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { notFound, permanentRedirect } from 'next/navigation'
import { cache } from 'react'

import { PageShell } from '@/components/layout/PageShell'
import { RichText } from '@/components/RichText'
import { CmsImage } from '@/components/ui/CmsImage'
import { DateText } from '@/components/ui/DateText'
import { DocumentHeader } from '@/components/ui/DocumentHeader'
import { getNewsBySlug } from '@/data/news'
import type { Locale } from '@/i18n/locales'
import { pageLocale } from '@/lib/params'
import { documentAlternates, routes } from '@/lib/routes'

type Params = Promise<{ locale: string; slug: string }>

export function generateStaticParams() {
  return []
}

/** The lookup, shared by the metadata and the page within one render. */
const load = cache(async (locale: Locale, slug: string) => {
  const result = await getNewsBySlug(locale, decodeURIComponent(slug))
  if (!result) notFound()
  if ('redirectTo' in result) permanentRedirect(routes.news(locale, result.redirectTo))
  return result.found
})

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const locale = await pageLocale(params)
  const { doc } = await load(locale, (await params).slug)
  return { title: doc.title, description: doc.summary ?? undefined }
}

/** `/{locale}/news/{slug}`: one news item, in the reader's language or as fallback with a note. */
export default async function NewsItemPage({ params }: { params: Params }) {
  const locale = await pageLocale(params)
  const item = await load(locale, (await params).slug)
  const t = await getTranslations({ locale, namespace: 'news' })
  const tTopics = await getTranslations({ locale, namespace: 'topics' })
  const { doc, lang, translated } = item
  const project = typeof doc.project === 'object' ? doc.project : null
  const regions = (doc.regions ?? []).filter((region) => typeof region === 'object')
  const textLang = translated ? undefined : lang
  return (
    <PageShell locale={locale} alternates={documentAlternates('news', item.slugs)} active="news">
      <article className="document">
        <DocumentHeader
          locale={locale}
          lang={lang}
          translated={translated}
          title={doc.title}
          lead={doc.summary}
          kicker={
            <>
              <DateText value={doc.publishedAt} locale={locale} />
              {doc.author ? <span lang={textLang}> · {t('by', { author: doc.author })}</span> : null}
            </>
          }
        />
        <div className="container document-grid">
          <div className="document-main" lang={textLang}>
            <CmsImage media={doc.cover} sizes="(min-width: 1100px) 720px, 100vw" className="document-cover" priority />
            <RichText data={doc.body} locale={locale} />
          </div>
          <aside className="document-aside" aria-label={t('relatedProject')}>
            {project ? (
              <section>
                <h2>{t('relatedProject')}</h2>
                <p>
                  <a href={routes.project(locale, project.slug ?? '')}>{project.title}</a>
                </p>
              </section>
            ) : null}
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
          </aside>
        </div>
      </article>
    </PageShell>
  )
}
