import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import type { SiteView } from '@/data/views'

import { ContactDetails } from '../contacts/ContactDetails'

/** Footer: the organisation's contacts from the Site global, sections and social links. */
export async function SiteFooter({ locale, site }: { locale: Locale; site: SiteView }) {
  const t = await getTranslations({ locale, namespace: 'footer' })
  return (
    <footer className="site-footer">
      <div className="container footer-grid">
        <section aria-labelledby="footer-contact">
          <h2 id="footer-contact">{t('contact')}</h2>
          {site.footerContacts.map((contact) => (
            <ContactDetails key={contact.id} contact={contact} locale={locale} headingLevel={3} />
          ))}
        </section>
        <section aria-labelledby="footer-sections">
          <h2 id="footer-sections">{t('sections')}</h2>
          <ul className="plain-list">
            {site.navigation.map((item) => (
              <li key={item.href}>
                <a href={item.href}>{item.label}</a>
              </li>
            ))}
          </ul>
        </section>
        {site.social.length > 0 ? (
          <section aria-labelledby="footer-social">
            <h2 id="footer-social">{t('follow')}</h2>
            <ul className="plain-list">
              {site.social.map((link) => (
                <li key={link.url}>
                  <a href={link.url} rel="noopener">
                    {link.network}
                  </a>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </div>
      <p className="container copyright">{t('rights', { year: new Date().getFullYear(), name: site.name })}</p>
    </footer>
  )
}
