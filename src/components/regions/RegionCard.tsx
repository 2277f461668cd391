import { getTranslations } from 'next-intl/server'

import type { RegionView } from '@/data/views'
import type { Locale } from '@/i18n/locales'

/** A region in a list: name and kind, linking to its landing page. */
export async function RegionCard({ item, locale }: { item: RegionView; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'regions' })
  return (
    <a className="region-card" href={item.path}>
      <span className="region-name" lang={item.translated ? undefined : item.lang}>
        {item.title}
      </span>
      <span className="region-kind">{t(`kind.${item.kind}`)}</span>
    </a>
  )
}

/** A list of region cards. */
export function RegionList({ items, locale }: { items: RegionView[]; locale: Locale }) {
  return (
    <ul className="region-grid" role="list">
      {items.map((item) => (
        <li key={item.id}>
          <RegionCard item={item} locale={locale} />
        </li>
      ))}
    </ul>
  )
}
