import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import type { Site } from '@/payload-types'

import { ContactDetails } from '../contacts/ContactDetails'

/** Footer: the organisation's contacts from the Site global, sections and social links. */
export async function SiteFooter({ locale, site, navItems }: { locale: Locale; site: Site; navItems: { href: string; label: string }[] }) {
  const t = await getTranslations({ locale, namespace: 'footer' })
  const contacts = (site.footerContacts ?? []).filter((contact) => typeof contact === 'object')
  return (
    <footer className="site-footer">
      <div className="container footer-grid">
        <section aria-labelledby="footer-contact">
          <h2 id="footer-contact">{t('contact')}</h2>
          {contacts.map((contact) => (
            <ContactDetails key={contact.id} contact={contact} locale={locale} headingLevel={3} />
          ))}
        </section>
        <section aria-labelledby="footer-sections">
          <h2 id="footer-sections">{t('sections')}</h2>
          <ul className="plain-list">
            {navItems.map((item) => (
              <li key={item.href}>
                <a href={item.href}>{item.label}</a>
              </li>
            ))}
          </ul>
        </section>
        {site.social?.length ? (
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
