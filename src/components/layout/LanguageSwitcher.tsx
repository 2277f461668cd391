import { getTranslations } from 'next-intl/server'

import { localeInfo, locales, type Locale } from '@/i18n/locales'
import type { Alternates } from '@/lib/routes'

/**
 * Plain links to this page in the other languages (the same document at its slug there, or the
 * section page). Following one stores the choice in next-intl's locale cookie via the proxy.
 */
export async function LanguageSwitcher({ locale, alternates }: { locale: Locale; alternates: Alternates }) {
  const t = await getTranslations({ locale, namespace: 'nav' })
  return (
    <nav className="lang-switcher" aria-label={t('language')}>
      <ul>
        {locales.map((code) => {
          const info = localeInfo[code]
          const current = code === locale
          return (
            <li key={code}>
              <a
                href={alternates[code]}
                hrefLang={info.htmlLang}
                lang={info.htmlLang}
                aria-current={current ? 'true' : undefined}
                data-locale={code}
              >
                {/* The visible code is part of the accessible name (WCAG 2.5.3, label in name). */}
                {code.toUpperCase()} <span className="lang-name">{info.label}</span>
                {current ? <span className="visually-hidden"> {t('currentLanguage')}</span> : null}
              </a>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
