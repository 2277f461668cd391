import type { ReactNode } from 'react'

import { RichText } from '@/components/RichText'
import type { DocumentView } from '@/data/views'
import type { Locale } from '@/i18n/locales'

import { CmsImage } from './CmsImage'
import { FallbackNote } from './FallbackNote'

/**
 * The layout of a document page (news item, project, region): fallback note when untranslated,
 * kicker, title and lead; then cover and text beside an aside. Fallback text carries `lang`.
 */
export function DocumentLayout({
  locale,
  doc,
  lead,
  kicker,
  asideLabel,
  aside,
}: {
  locale: Locale
  doc: DocumentView
  /** The line under the title (the summary, unless the page shows none). */
  lead?: string | null
  kicker?: ReactNode
  asideLabel: string
  aside: ReactNode
}) {
  const textLang = doc.translated ? undefined : doc.lang
  return (
    <article className="document">
      <header className="container page-header">
        {doc.translated ? null : <FallbackNote locale={locale} />}
        {kicker ? <p className="meta kicker">{kicker}</p> : null}
        <h1 lang={textLang}>{doc.title}</h1>
        {lead ? (
          <p className="lead" lang={textLang}>
            {lead}
          </p>
        ) : null}
      </header>
      <div className="container document-grid">
        <div className="document-main" lang={textLang}>
          <CmsImage image={doc.cover} sizes="(min-width: 1100px) 720px, 100vw" className="document-cover" priority />
          <RichText data={doc.body} locale={locale} />
        </div>
        <aside className="document-aside" aria-label={asideLabel}>
          {aside}
        </aside>
      </div>
    </article>
  )
}

/** An aside box: a heading and a list of links (plain text where there is no address). */
export function AsideList({ title, links }: { title: string; links: { id: string; title: string; path?: string | null; lang?: string }[] }) {
  if (links.length === 0) return null
  return (
    <section>
      <h2>{title}</h2>
      <ul className="plain-list">
        {links.map((link) => (
          <li key={link.id}>{link.path ? <a href={link.path}>{link.title}</a> : link.title}</li>
        ))}
      </ul>
    </section>
  )
}
