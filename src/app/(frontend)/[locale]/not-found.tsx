import { getLocale, getTranslations } from 'next-intl/server'

import { PageShell } from '@/components/layout/PageShell'
import { getPageFrame } from '@/data/site'
import { isLocale, defaultLocale } from '@/i18n/locales'
import { alternatesOf, routes } from '@/lib/routes'

/** The translated 404 for unknown paths and slugs under a locale. */
export default async function NotFound() {
  const current = await getLocale()
  const locale = isLocale(current) ? current : defaultLocale
  const [t, frame] = await Promise.all([getTranslations({ locale, namespace: 'notFound' }), getPageFrame(locale)])
  return (
    <PageShell locale={locale} frame={frame} alternates={alternatesOf(routes.home)}>
      <div className="container page-header not-found">
        <p className="meta">404</p>
        <h1>{t('title')}</h1>
        <p className="lead">{t('text')}</p>
        <p className="actions">
          <a className="button" href={routes.home(locale)}>
            {t('home')}
          </a>{' '}
          <a className="button button-secondary" href={routes.newsIndex(locale)}>
            {t('news')}
          </a>
        </p>
      </div>
    </PageShell>
  )
}
