import { getTranslations } from 'next-intl/server'
import type { ReactNode } from 'react'

import type { NavigationItem, PageFrame } from '@/data/views'
import type { Locale } from '@/i18n/locales'
import { siteUrl } from '@/lib/env'
import { routes, type Alternates } from '@/lib/routes'

import { LanguageSwitcher } from './LanguageSwitcher'
import { PreviewBar } from './PreviewBar'
import { SiteFooter } from './SiteFooter'

/** Which navigation entry a page belongs to (search is always in the navigation). */
export type NavKey = NavigationItem['key'] | 'search'

/** Header, navigation, language switcher and footer around a page's own content. */
export async function PageShell({
  locale,
  frame,
  alternates,
  active,
  children,
}: {
  locale: Locale
  /** The site and the preview state, read by the page (src/data/site.ts getPageFrame). */
  frame: PageFrame
  alternates: Alternates
  active?: NavKey
  children: ReactNode
}) {
  const { site } = frame
  const t = await getTranslations({ locale, namespace: 'nav' })
  return (
    <>
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      {frame.preview ? <PreviewBar locale={locale} path={alternates[locale]} serverURL={siteUrl()} /> : null}
      <header className="site-header">
        <div className="container header-inner">
          <a className="brand" href={routes.home(locale)}>
            <span className="brand-mark" aria-hidden="true">
              {site.shortName ?? site.name}
            </span>
            <span className="brand-text">
              <span className="brand-name">{site.name}</span>
              {site.tagline ? <span className="brand-tagline">{site.tagline}</span> : null}
            </span>
          </a>
          <LanguageSwitcher locale={locale} alternates={alternates} />
        </div>
        <nav className="main-nav" aria-label={t('primary')}>
          <ul className="container">
            {site.navigation.map((item) => (
              <li key={item.key}>
                <a href={item.href} aria-current={item.key === active ? 'page' : undefined}>
                  {item.label}
                </a>
              </li>
            ))}
            <li className="nav-search">
              <a href={routes.search(locale)} aria-current={active === 'search' ? 'page' : undefined}>
                {t('search')}
              </a>
            </li>
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter locale={locale} site={site} />
    </>
  )
}
