import { getTranslations } from 'next-intl/server'

import { PageShell } from '@/components/layout/PageShell'
import { RegionList } from '@/components/regions/RegionCard'
import { getRegions } from '@/data/regions'
import { pageLocale } from '@/lib/params'
import { alternatesOf, routes } from '@/lib/routes'
import { compareIn } from '@/lib/text'

import { sectionMetadata } from '../sectionMetadata'

export const generateMetadata = sectionMetadata('regions')

/** `/{locale}/regions`: top-level regions, each with the places inside it. */
export default async function RegionsIndex({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params)
  const [t, regions] = await Promise.all([getTranslations({ locale, namespace: 'regions' }), getRegions(locale)])
  const parentId = (region: (typeof regions)[number]) => {
    const parent = region.doc.parent
    return parent ? (typeof parent === 'object' ? parent.id : parent) : null
  }
  // Alphabetical in the page's language (Tajik by its own alphabet, lib/text.ts).
  const compare = compareIn(locale)
  const byName = (a: (typeof regions)[number], b: (typeof regions)[number]) => compare(a.doc.name, b.doc.name)
  const top = regions.filter((region) => !parentId(region)).sort(byName)
  return (
    <PageShell locale={locale} alternates={alternatesOf(routes.regionsIndex)} active="regions">
      <div className="container page-header">
        <h1>{t('title')}</h1>
        <p className="lead">{t('description')}</p>
      </div>
      <div className="container stack-lg">
        {top.length === 0 ? <p>{t('empty')}</p> : null}
        {top.map((region) => {
          const children = regions.filter((child) => parentId(child) === region.doc.id).sort(byName)
          return (
            <section key={region.doc.id} aria-labelledby={`region-${region.doc.id}`} className="region-group">
              <h2 id={`region-${region.doc.id}`}>
                <a href={routes.region(locale, region.slugs[locale] ?? region.doc.slug ?? '')} lang={region.translated ? undefined : region.lang}>
                  {region.doc.name}
                </a>{' '}
                <span className="region-kind">{t(`kind.${region.doc.kind}`)}</span>
              </h2>
              {children.length > 0 ? <RegionList items={children} locale={locale} /> : null}
            </section>
          )
        })}
      </div>
    </PageShell>
  )
}
