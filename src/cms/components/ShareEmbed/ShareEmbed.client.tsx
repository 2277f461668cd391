'use client'

import { useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useEffect, useId, useState, type CSSProperties } from 'react'

import { localeInfo, locales, type Locale } from '@/i18n/locales'
import { absoluteUrl, feedRoute, routes, type EmbedKind } from '@/lib/routes'

import { shareEmbedMessages, type ShareEmbedTexts } from './messages'

/*
 * The "Share and embed" panel of a project or region: for each language it is written in, its
 * feed addresses, the page address (oEmbed), the widget's script and iframe snippets with copy
 * buttons, and a live preview of the widget. Addresses come from lib/routes, like the site's.
 */

type PerLocale = Partial<Record<Locale, string | null>>

interface Loaded {
  titles: PerLocale
  slugs: PerLocale
  published: boolean
}

const box: CSSProperties = { display: 'grid', gap: '0.75rem', padding: '1rem', border: '1px solid var(--theme-elevation-150)', borderRadius: 4 }
const row: CSSProperties = { display: 'grid', gap: '0.25rem' }
const line: CSSProperties = { display: 'flex', gap: '0.5rem', alignItems: 'stretch' }
const input: CSSProperties = { flex: 1, minWidth: 0, fontFamily: 'monospace', fontSize: 12, padding: '0.4rem', border: '1px solid var(--theme-elevation-250)', borderRadius: 3, background: 'var(--theme-input-bg, var(--theme-elevation-0))', color: 'var(--theme-text)' }
const button: CSSProperties = { padding: '0.3rem 0.7rem', minHeight: 32, cursor: 'pointer', border: '1px solid var(--theme-elevation-400)', borderRadius: 3, background: 'var(--theme-elevation-50)', color: 'var(--theme-text)' }

async function copyText(value: string, fallbackElement: HTMLTextAreaElement | HTMLInputElement | null): Promise<void> {
  try {
    await navigator.clipboard.writeText(value)
  } catch {
    // Older browsers or an insecure context: select the text and use the legacy command.
    fallbackElement?.select()
    document.execCommand('copy')
  }
}

function CopyRow({ label, value, multiline, texts, onCopied }: { label: string; value: string; multiline?: boolean; texts: ShareEmbedTexts; onCopied: (label: string) => void }) {
  const id = useId()
  const copy = () => {
    const element = document.getElementById(id) as HTMLTextAreaElement | HTMLInputElement | null
    void copyText(value, element).then(() => onCopied(label))
  }
  return (
    <div style={row}>
      <label htmlFor={id}>{label}</label>
      <div style={line}>
        {multiline ? (
          <textarea id={id} readOnly value={value} rows={3} style={{ ...input, resize: 'vertical' }} onFocus={(event) => event.currentTarget.select()} />
        ) : (
          <input id={id} readOnly value={value} style={input} onFocus={(event) => event.currentTarget.select()} />
        )}
        <button type="button" style={button} onClick={copy} aria-label={`${texts.copy}: ${label}`}>
          {texts.copy}
        </button>
      </div>
    </div>
  )
}

/** The panel (a Payload UI field in the sidebar of projects and regions). */
export function ShareEmbed({ kind, siteUrl }: { kind: EmbedKind; siteUrl?: string }) {
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  const texts = shareEmbedMessages[i18n.language as keyof typeof shareEmbedMessages] ?? shareEmbedMessages.en
  const [locale, setLocale] = useState<Locale>('en')
  const [state, setState] = useState<Loaded | 'loading' | 'error'>('loading')
  const [copied, setCopied] = useState('')
  const origin = siteUrl || (typeof window === 'undefined' ? '' : window.location.origin)

  useEffect(() => {
    if (!id) return
    let cancelled = false
    fetch(`/api/${kind}/${id}?locale=all&depth=0`, { credentials: 'include' })
      .then((response) => (response.ok ? (response.json() as Promise<Record<string, unknown>>) : Promise.reject(new Error(String(response.status)))))
      .then((doc) => {
        if (cancelled) return
        const titleField = kind === 'projects' ? 'title' : 'name'
        setState({
          titles: (doc[titleField] ?? {}) as PerLocale,
          slugs: (doc.slug ?? {}) as PerLocale,
          published: doc._status === undefined || doc._status === 'published',
        })
      })
      .catch(() => !cancelled && setState('error'))
    return () => {
      cancelled = true
    }
  }, [id, kind])

  useEffect(() => {
    if (!copied) return
    const timer = setTimeout(() => setCopied(''), 2000)
    return () => clearTimeout(timer)
  }, [copied])

  if (!id) {
    return (
      <section style={box} aria-label={texts.title}>
        <strong>{texts.title}</strong>
        <p>{texts.saveFirst}</p>
      </section>
    )
  }

  const slug = typeof state === 'object' && state.titles[locale] ? state.slugs[locale] : null
  const at = (path: string) => absoluteUrl(origin, path)
  const attribute = kind === 'projects' ? 'data-project' : 'data-region'

  return (
    <section style={box} aria-label={texts.title} data-testid="share-embed">
      <strong>{texts.title}</strong>
      <p style={{ margin: 0 }}>{texts.intro}</p>
      <div role="group" aria-label={texts.title} style={{ display: 'flex', gap: '0.25rem', flexWrap: 'wrap' }}>
        {locales.map((code) => (
          <button
            key={code}
            type="button"
            lang={localeInfo[code].htmlLang}
            aria-pressed={code === locale}
            onClick={() => setLocale(code)}
            style={{ ...button, fontWeight: code === locale ? 700 : 400, background: code === locale ? 'var(--theme-elevation-150)' : button.background }}
          >
            {localeInfo[code].label}
          </button>
        ))}
      </div>
      {state === 'loading' ? <p>{texts.loading}</p> : null}
      {state === 'error' ? <p role="alert">{texts.loadError}</p> : null}
      {typeof state === 'object' && !state.published ? <p role="note">{texts.notPublished}</p> : null}
      {typeof state === 'object' && !slug ? <p data-testid="share-embed-untranslated">{texts.notTranslated}</p> : null}
      {typeof state === 'object' && slug ? (
        <div style={{ display: 'grid', gap: '0.75rem' }} data-locale={locale}>
          <CopyRow label={texts.page} value={at(kind === 'projects' ? routes.project(locale, slug) : routes.region(locale, slug))} texts={texts} onCopied={setCopied} />
          <CopyRow label={texts.rss} value={at(feedRoute(locale, 'rss', { kind, slug }))} texts={texts} onCopied={setCopied} />
          <CopyRow label={texts.atom} value={at(feedRoute(locale, 'atom', { kind, slug }))} texts={texts} onCopied={setCopied} />
          <CopyRow label={texts.json} value={at(feedRoute(locale, 'json', { kind, slug }))} texts={texts} onCopied={setCopied} />
          <CopyRow
            label={texts.script}
            multiline
            value={`<script src="${at(routes.embedLoader())}" ${attribute}="${slug}" data-locale="${locale}" async></script>`}
            texts={texts}
            onCopied={setCopied}
          />
          <CopyRow
            label={texts.iframe}
            multiline
            value={`<iframe src="${at(routes.embed(locale, kind, slug))}" title="${(state.titles[locale] ?? '').replace(/"/g, '&quot;')}" width="100%" height="400" style="border:0" loading="lazy"></iframe>`}
            texts={texts}
            onCopied={setCopied}
          />
          <div style={row}>
            <span>{texts.preview}</span>
            <iframe
              key={`${locale}-${slug}`}
              src={at(routes.embed(locale, kind, slug))}
              title={texts.previewTitle}
              style={{ width: '100%', height: 360, border: '1px solid var(--theme-elevation-150)', borderRadius: 4, background: '#fff' }}
            />
          </div>
        </div>
      ) : null}
      <p aria-live="polite" style={{ margin: 0, minHeight: '1.2em' }} data-testid="share-embed-status">
        {copied ? `${texts.copied}: ${copied}` : ''}
      </p>
    </section>
  )
}
