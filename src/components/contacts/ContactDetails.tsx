import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import type { ContactView } from '@/data/views'
import { contactAnchor } from '@/lib/routes'

/** A contact's name, description, address, phones, e-mails and website as a definition list. */
export async function ContactDetails({
  contact,
  locale,
  headingLevel = 3,
  showDescription = false,
  anchored = false,
}: {
  contact: ContactView
  locale: Locale
  headingLevel?: 2 | 3 | 4
  showDescription?: boolean
  /** Gives the contact an id (`contact-{id}`) to link to; only where it appears once (the contacts page). */
  anchored?: boolean
}) {
  const t = await getTranslations({ locale, namespace: 'contacts' })
  const Heading = `h${headingLevel}` as const
  return (
    <article className="contact" id={anchored ? contactAnchor(contact.id) : undefined}>
      <Heading className="contact-name">{contact.name}</Heading>
      {showDescription && contact.description ? <p className="contact-description">{contact.description}</p> : null}
      <dl className="contact-details">
        {/* Every term and its description in a <div>: a <dl> may not mix groups and bare pairs. */}
        {contact.address ? (
          <div className="row">
            <dt>{t('address')}</dt>
            <dd className="address">{contact.address}</dd>
          </div>
        ) : null}
        {contact.phones.map((phone) => (
          <div key={phone.number} className="row">
            <dt>{phone.note || t('phone')}</dt>
            <dd>
              <a href={`tel:${phone.number.replace(/[^\d+]/g, '')}`}>{phone.number}</a>
            </dd>
          </div>
        ))}
        {contact.emails.map((email) => (
          <div key={email} className="row">
            <dt>{t('email')}</dt>
            <dd>
              <a href={`mailto:${email}`}>{email}</a>
            </dd>
          </div>
        ))}
        {contact.website ? (
          <div className="row">
            <dt>{t('website')}</dt>
            <dd>
              <a href={contact.website} rel="noopener">
                {contact.website.replace(/^https?:\/\//, '').replace(/\/$/, '')}
              </a>
            </dd>
          </div>
        ) : null}
      </dl>
    </article>
  )
}
