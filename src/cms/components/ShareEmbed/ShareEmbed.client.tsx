'use client'

import { useConfig, useDocumentInfo, useLocale, useTranslation } from '@payloadcms/ui'
import { useEffect, useId, useRef, useState, type CSSProperties } from 'react'

import type { TFunction } from '@payloadcms/translations'

import { defaultLocale, isLocale, localeInfo, locales, type Locale } from '@/i18n/locales'
import { absoluteUrl, feedFormats, feedRoute, routes, type EmbedKind } from '@/lib/routes'

import type { NewsroomTranslationKeys, NewsroomTranslations } from '../../i18n/translations'

/*
 * The "Share and embed" panel of a project or region: for each language it is translated into,
 * its feed addresses, its page address (for oEmbed), the widget's script and iframe snippets with
 * copy buttons, and a live preview of the widget. Every address comes from lib/routes, like the site's.
 */

type PerLocale = Partial<Record<Locale, string>>

interface Loaded {
  titles: PerLocale
  slugs: PerLocale
  /** Per language: drafts are published language by language (localizeStatus). */
  published: Partial<Record<Locale, boolean>>
}

const box: CSSProperties = { display: 'grid', gap: '0.75rem', padding: '1rem', border: '1px solid var(--theme-elevation-150)', borderRadius: 'var(--style-radius-s, 4px)' }
const stack: CSSProperties = { display: 'grid', gap: '0.25rem' }
const line: CSSProperties = { display: 'flex', gap: '0.5rem', alignItems: 'flex-start' }
const note: CSSProperties = { margin: 0, padding: '0.5rem 0.75rem', borderRadius: 'var(--style-radius-s, 4px)', background: 'var(--theme-elevation-50)' }
const field: CSSProperties = {
  flex: 1,
  minWidth: 0,
  minHeight: 32,
  boxSizing: 'border-box',
  fontFamily: 'var(--font-mono, monospace)',
  fontSize: 12,
  padding: '0.4rem',
  border: '1px solid var(--theme-elevation-250)',
  borderRadius: 'var(--style-radius-s, 3px)',
  background: 'var(--theme-input-bg, var(--theme-elevation-0))',
  color: 'var(--theme-text)',
}
const button: CSSProperties = {
  padding: '0.3rem 0.7rem',
  minHeight: 32,
  cursor: 'pointer',
  border: '1px solid var(--theme-elevation-400)',
  borderRadius: 'var(--style-radius-s, 3px)',
  background: 'var(--theme-elevation-50)',
  color: 'var(--theme-text)',
  font: 'inherit',
}

/**
 * Which languages are published, from a `locale=all` answer's `_status`: an object per language
 * with per-language publishing, a plain string on older documents; regions have no drafts, hence
 * no `_status`, and are public once saved.
 */
function publishedLanguages(status: unknown): Partial<Record<Locale, boolean>> {
  const result: Partial<Record<Locale, boolean>> = {}
  for (const code of locales) {
    const value = status === undefined ? 'published' : typeof status === 'object' && status !== null ? new Map(Object.entries(status)).get(code) : status
    result[code] = value === 'published'
  }
  return result
}

/** One localized field of a `locale=all` REST answer, keeping only non-empty strings. */
function perLocale(value: unknown): PerLocale {
  const result: PerLocale = {}
  if (typeof value !== 'object' || value === null) return result
  for (const [code, text] of Object.entries(value)) {
    if (isLocale(code) && typeof text === 'string' && text.trim()) result[code] = text
  }
  return result
}

/** Escapes a value for a double-quoted HTML attribute in a snippet. */
function attribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')
}

/** Copies `value`; without the async clipboard (older browsers, plain http) selects `element` and copies that. */
async function copyText(value: string, element: HTMLInputElement | HTMLTextAreaElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(value)
    return true
  } catch {
    if (!element) return false
    element.focus()
    element.select()
    return document.execCommand('copy')
  }
}

function CopyRow(props: { label: string; value: string; multiline?: boolean; t: TFunction<NewsroomTranslationKeys>; onCopy: (label: string, ok: boolean) => void; copied: boolean }) {
  const { label, value, multiline, t, onCopy, copied } = props
  const id = useId()
  const ref = useRef<HTMLInputElement | HTMLTextAreaElement | null>(null)
  const keep = (element: HTMLInputElement | HTMLTextAreaElement | null) => {
    ref.current = element
  }
  const selectAll = (event: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) => event.currentTarget.select()
  const buttonText = copied ? t('newsroom:shareEmbed:copiedShort') : t('newsroom:shareEmbed:copy')
  return (
    <div style={stack}>
      <label htmlFor={id}>{label}</label>
      <div style={line}>
        {multiline ? (
          <textarea id={id} ref={keep} readOnly value={value} rows={5} spellCheck={false} style={{ ...field, resize: 'vertical' }} onFocus={selectAll} />
        ) : (
          <input id={id} ref={keep} readOnly value={value} spellCheck={false} style={field} onFocus={selectAll} />
        )}
        <button type="button" style={button} aria-label={`${buttonText}: ${label}`} onClick={() => void copyText(value, ref.current).then((ok) => onCopy(label, ok))}>
          {buttonText}
        </button>
      </div>
    </div>
  )
}

/** The panel: a Payload UI field in the sidebar of projects and regions (src/cms/fields/shareEmbed.ts). */
export function ShareEmbed({ kind, siteUrl }: { kind: EmbedKind; siteUrl?: string }) {
  const { id, collectionSlug, lastUpdateTime } = useDocumentInfo()
  const { config } = useConfig()
  const { t } = useTranslation<NewsroomTranslations, NewsroomTranslationKeys>()
  const contentLocale = useLocale()
  const headingId = useId()
  // Start on the language being edited; the buttons switch.
  const [locale, setLocale] = useState<Locale>(isLocale(contentLocale.code) ? contentLocale.code : defaultLocale)
  const [state, setState] = useState<Loaded | 'loading' | 'error'>('loading')
  const [status, setStatus] = useState<{ label: string; ok: boolean } | null>(null)
  const origin = siteUrl || (typeof window === 'undefined' ? '' : window.location.origin)
  const collection = collectionSlug ?? kind

  // The published version (draft=false) is what feeds and the widget serve; re-read after each save.
  useEffect(() => {
    if (id === undefined || id === null) return
    let cancelled = false
    fetch(`${config.serverURL}${config.routes.api}/${collection}/${encodeURIComponent(String(id))}?locale=all&depth=0&draft=false`, { credentials: 'include' })
      .then(async (response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`)
        const doc: unknown = await response.json()
        if (cancelled || typeof doc !== 'object' || doc === null) return
        const fields = new Map(Object.entries(doc))
        setState({
          titles: perLocale(fields.get(kind === 'projects' ? 'title' : 'name')),
          slugs: perLocale(fields.get('slug')),
          published: publishedLanguages(fields.get('_status')),
        })
      })
      .catch(() => {
        if (!cancelled) setState('error')
      })
    return () => {
      cancelled = true
    }
  }, [id, collection, kind, lastUpdateTime, config.serverURL, config.routes.api])

  useEffect(() => {
    if (!status) return
    const timer = setTimeout(() => setStatus(null), 2000)
    return () => clearTimeout(timer)
  }, [status])

  const heading = (
    <strong id={headingId} style={{ fontSize: '1rem' }}>
      {t('newsroom:shareEmbed:title')}
    </strong>
  )

  if (id === undefined || id === null) {
    return (
      <section style={box} aria-labelledby={headingId} data-testid="share-embed">
        {heading}
        <p style={note}>{t('newsroom:shareEmbed:saveFirst')}</p>
      </section>
    )
  }

  const loaded = typeof state === 'object' ? state : null
  const title = loaded?.titles[locale]
  const slug = title ? loaded?.slugs[locale] : undefined
  const at = (path: string) => absoluteUrl(origin, path)
  const onCopy = (label: string, ok: boolean) => setStatus({ label, ok })
  const copiedHere = (label: string) => status?.ok === true && status.label === label
  const pageLabel = t('newsroom:shareEmbed:page')
  const scriptLabel = t('newsroom:shareEmbed:script')
  const iframeLabel = t('newsroom:shareEmbed:iframe')

  return (
    <section style={box} aria-labelledby={headingId} data-testid="share-embed">
      {heading}
      <p style={{ margin: 0 }}>{t('newsroom:shareEmbed:intro')}</p>
      <div role="group" aria-label={t('newsroom:shareEmbed:language')} style={{ display: 'flex', gap: '0.25rem', flexWrap: 'wrap' }}>
        {locales.map((code) => (
          <button
            key={code}
            type="button"
            lang={localeInfo[code].htmlLang}
            aria-pressed={code === locale}
            onClick={() => {
              setLocale(code)
              setStatus(null)
            }}
            style={{ ...button, fontWeight: code === locale ? 700 : 400, background: code === locale ? 'var(--theme-elevation-150)' : button.background }}
          >
            {localeInfo[code].label}
          </button>
        ))}
      </div>
      {state === 'loading' ? <p style={{ margin: 0 }}>{t('newsroom:shareEmbed:loading')}</p> : null}
      {state === 'error' ? <p role="alert" style={note}>{t('newsroom:shareEmbed:loadError')}</p> : null}
      {loaded && slug && !loaded.published[locale] ? <p style={note} data-testid="share-embed-unpublished">{t('newsroom:shareEmbed:notPublished')}</p> : null}
      {loaded && !slug ? <p style={note} data-testid="share-embed-untranslated">{t('newsroom:shareEmbed:notTranslated')}</p> : null}
      {loaded && title && slug ? (
        <div style={{ display: 'grid', gap: '0.75rem' }} data-locale={locale}>
          <CopyRow label={pageLabel} value={at(kind === 'projects' ? routes.project(locale, slug) : routes.region(locale, slug))} t={t} onCopy={onCopy} copied={copiedHere(pageLabel)} />
          {feedFormats.map((format) => {
            const label = t(`newsroom:shareEmbed:${format}`)
            return <CopyRow key={format} label={label} value={at(feedRoute(locale, format, { kind, slug }))} t={t} onCopy={onCopy} copied={copiedHere(label)} />
          })}
          <CopyRow
            label={scriptLabel}
            multiline
            value={`<script src="${at(routes.embedLoader())}" ${kind === 'projects' ? 'data-project' : 'data-region'}="${attribute(slug)}" data-locale="${locale}" async></script>`}
            t={t}
            onCopy={onCopy}
            copied={copiedHere(scriptLabel)}
          />
          <CopyRow
            label={iframeLabel}
            multiline
            value={`<iframe src="${at(routes.embed(locale, kind, slug))}" title="${attribute(title)}" width="100%" height="400" style="border:0" loading="lazy"></iframe>`}
            t={t}
            onCopy={onCopy}
            copied={copiedHere(iframeLabel)}
          />
          {/* An unpublished document's widget is a 404 page; the note above says why. */}
          {loaded.published[locale] ? (
            <div style={stack}>
              <span>{t('newsroom:shareEmbed:preview')}</span>
              <iframe
                key={`${locale}/${slug}`}
                src={at(routes.embed(locale, kind, slug))}
                title={t('newsroom:shareEmbed:previewTitle')}
                style={{ width: '100%', height: 360, border: '1px solid var(--theme-elevation-150)', borderRadius: 'var(--style-radius-s, 4px)', background: '#fff' }}
              />
            </div>
          ) : null}
        </div>
      ) : null}
      <p aria-live="polite" role="status" style={{ margin: 0, minHeight: '1.2em' }} data-testid="share-embed-status">
        {status ? (status.ok ? t('newsroom:shareEmbed:copied', { label: status.label }) : t('newsroom:shareEmbed:copyFailed')) : ''}
      </p>
    </section>
  )
}
