import type { ReactNode } from 'react'

import { RichText } from '@/components/RichText'
import type { Locale } from '@/i18n/locales'
import { routes } from '@/lib/routes'
import type { Media, Region } from '@/payload-types'

import { CmsImage } from './CmsImage'
import { FallbackNote } from './FallbackNote'

type RichTextData = Parameters<typeof RichText>[0]['data']

/**
 * The layout of a document page (news item, project, region): fallback note when untranslated,
 * kicker, title and lead; then cover and text beside an aside. Fallback text carries `lang`.
 */
export function DocumentLayout({
  locale,
  lang,
  translated,
  kicker,
  title,
  lead,
  cover,
  body,
  asideLabel,
  aside,
}: {
  locale: Locale
  lang: Locale
  translated: boolean
  kicker?: ReactNode
  title: string
  lead?: string | null
  cover: Media | string | null | undefined
  body: RichTextData
  asideLabel: string
  aside: ReactNode
}) {
  const textLang = translated ? undefined : lang
  return (
    <article className="document">
      <header className="container page-header">
        {translated ? null : <FallbackNote locale={locale} />}
        {kicker ? <p className="meta kicker">{kicker}</p> : null}
        <h1 lang={textLang}>{title}</h1>
        {lead ? (
          <p className="lead" lang={textLang}>
            {lead}
          </p>
        ) : null}
      </header>
      <div className="container document-grid">
        <div className="document-main" lang={textLang}>
          <CmsImage media={cover} sizes="(min-width: 1100px) 720px, 100vw" className="document-cover" priority />
          <RichText data={body} locale={locale} />
        </div>
        <aside className="document-aside" aria-label={asideLabel}>
          {aside}
        </aside>
      </div>
    </article>
  )
}

/** An aside box: a heading and a list of links (plain text where there is no address). */
export function AsideList({ title, links }: { title: string; links: { key: string; label: string; href?: string | null }[] }) {
  if (links.length === 0) return null
  return (
    <section>
      <h2>{title}</h2>
      <ul className="plain-list">
        {links.map((link) => (
          <li key={link.key}>{link.href ? <a href={link.href}>{link.label}</a> : link.label}</li>
        ))}
      </ul>
    </section>
  )
}

/** A document's regions as aside links to their landing pages (unpopulated ids are skipped). */
export function regionLinks(regions: (Region | string)[] | null | undefined, locale: Locale) {
  return (regions ?? [])
    .filter((region): region is Region => typeof region === 'object')
    .map((region) => ({ key: region.id, label: region.name, href: routes.region(locale, region.slug ?? '') }))
}
