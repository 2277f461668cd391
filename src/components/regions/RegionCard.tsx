import { getTranslations } from 'next-intl/server'

import type { Localized } from '@/data/documents'
import type { Locale } from '@/i18n/locales'
import { routes } from '@/lib/routes'
import type { Region } from '@/payload-types'

/** A region in a list: name and kind, linking to its landing page. */
export async function RegionCard({ item, locale }: { item: Localized<Region>; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'regions' })
  const { doc, lang, translated } = item
  return (
    <a className="region-card" href={routes.region(locale, item.slugs[locale] ?? doc.slug ?? '')}>
      <span className="region-name" lang={translated ? undefined : lang}>
        {doc.name}
      </span>
      <span className="region-kind">{t(`kind.${doc.kind}`)}</span>
    </a>
  )
}

/** A list of region cards. */
export function RegionList({ items, locale }: { items: Localized<Region>[]; locale: Locale }) {
  return (
    <ul className="region-grid" role="list">
      {items.map((item) => (
        <li key={item.doc.id}>
          <RegionCard item={item} locale={locale} />
        </li>
      ))}
    </ul>
  )
}
