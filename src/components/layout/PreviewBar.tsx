import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import { routes } from '@/lib/routes'

import { LivePreview } from './LivePreview.client'

/**
 * Shown to staff in draft mode only: says the page is a draft preview, offers the way out, and
 * refreshes the page inside the admin's live preview. Readers get nothing, no script either.
 */
export async function PreviewBar({ locale, path, serverURL }: { locale: Locale; path: string; serverURL: string }) {
  const t = await getTranslations({ locale, namespace: 'preview' })
  return (
    <div className="preview-bar" role="status">
      {/* React puts it in <head>: the server keeps Next's scripts, which LivePreview needs. */}
      <meta name="newsroom-client-runtime" content="keep" />
      <div className="container">
        <strong>{t('label')}</strong> {t('text')} <a href={routes.previewExit(path)}>{t('exit')}</a>
      </div>
      <LivePreview serverURL={serverURL} />
    </div>
  )
}
