import { getTranslations } from 'next-intl/server'
import type { ReactNode } from 'react'

import { getSite } from '@/data/site'
import type { Locale } from '@/i18n/locales'
import { routes, type Alternates } from '@/lib/routes'

import { LanguageSwitcher } from './LanguageSwitcher'
import { PreviewBar } from './PreviewBar'
import { SiteFooter } from './SiteFooter'

type NavKey = 'home' | 'news' | 'projects' | 'regions' | 'contacts' | 'search'

const navHref: Record<NavKey, (locale: Locale) => string> = {
  home: routes.home,
  news: routes.newsIndex,
  projects: routes.projectsIndex,
  regions: routes.regionsIndex,
  contacts: routes.contacts,
  search: (locale) => routes.search(locale),
}

/** Header, navigation, language switcher and footer around a page's own content. */
export async function PageShell({
  locale,
  alternates,
  active,
  children,
}: {
  locale: Locale
  alternates: Alternates
  active?: NavKey
  children: ReactNode
}) {
  const [site, t] = await Promise.all([getSite(locale), getTranslations({ locale, namespace: 'nav' })])
  const navItems: { key: NavKey; label: string }[] = (site.navigation?.length
    ? site.navigation.map((item) => ({ key: item.target as NavKey, label: item.label || t(item.target as NavKey) }))
    : (['news', 'projects', 'regions', 'contacts'] as const).map((key) => ({ key, label: t(key) })))
  return (
    <>
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <PreviewBar locale={locale} path={alternates[locale]} />
      <header className="site-header">
        <div className="container header-inner">
          <a className="brand" href={routes.home(locale)}>
            <span className="brand-mark" aria-hidden="true">
              {site.shortName ?? 'ASTI'}
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
            {navItems.map((item) => (
              <li key={item.key}>
                <a href={navHref[item.key](locale)} aria-current={item.key === active ? 'page' : undefined}>
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
      <SiteFooter locale={locale} site={site} navItems={navItems.map((item) => ({ href: navHref[item.key](locale), label: item.label }))} />
    </>
  )
}
