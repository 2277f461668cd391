import { getTranslations } from 'next-intl/server'

import { ContactDetails } from '@/components/contacts/ContactDetails'
import { PageShell } from '@/components/layout/PageShell'
import { getContacts } from '@/data/contacts'
import { getPageFrame } from '@/data/site'
import type { ContactView } from '@/data/views'
import { pageLocale } from '@/lib/params'
import { alternatesOf, routes } from '@/lib/routes'
import { compareIn } from '@/lib/text'

import { sectionMetadata } from '../sectionMetadata'

const kindOrder: ContactView['kind'][] = ['office', 'partner', 'donor', 'network', 'person']

export const generateMetadata = sectionMetadata('contacts')

/** `/{locale}/contacts`: offices, partners, donors, network members and people, grouped by kind. */
export default async function ContactsPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params)
  const [t, frame, contacts] = await Promise.all([getTranslations({ locale, namespace: 'contacts' }), getPageFrame(locale), getContacts(locale)])
  const compare = compareIn(locale)
  return (
    <PageShell locale={locale} frame={frame} alternates={alternatesOf(routes.contacts)} active="contacts">
      <div className="container page-header">
        <h1>{t('title')}</h1>
        <p className="lead">{t('description')}</p>
      </div>
      <div className="container stack-xl">
        {contacts.length === 0 ? <p>{t('empty')}</p> : null}
        {kindOrder.map((kind) => {
          // Alphabetical in the page's language (Tajik by its own alphabet, lib/text.ts).
          const group = contacts.filter((contact) => contact.kind === kind).sort((a, b) => compare(a.name, b.name))
          if (group.length === 0) return null
          return (
            <section key={kind} aria-labelledby={`kind-${kind}`}>
              <h2 id={`kind-${kind}`}>{t(`kind.${kind}`)}</h2>
              <ul className="contact-grid" role="list">
                {group.map((contact) => (
                  <li key={contact.id}>
                    <ContactDetails contact={contact} locale={locale} headingLevel={3} showDescription anchored />
                  </li>
                ))}
              </ul>
            </section>
          )
        })}
      </div>
    </PageShell>
  )
}
