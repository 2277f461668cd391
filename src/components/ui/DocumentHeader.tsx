import type { ReactNode } from 'react'

import type { Locale } from '@/i18n/locales'

import { FallbackNote } from './FallbackNote'

/** A document page's heading block: fallback note when untranslated, kicker, title and lead. */
export function DocumentHeader({
  locale,
  lang,
  translated,
  kicker,
  title,
  lead,
}: {
  locale: Locale
  lang: Locale
  translated: boolean
  kicker?: ReactNode
  title: string
  lead?: string | null
}) {
  return (
    <header className="container page-header">
      {translated ? null : <FallbackNote locale={locale} />}
      {kicker ? <p className="meta kicker">{kicker}</p> : null}
      <h1 lang={translated ? undefined : lang}>{title}</h1>
      {lead ? (
        <p className="lead" lang={translated ? undefined : lang}>
          {lead}
        </p>
      ) : null}
    </header>
  )
}
