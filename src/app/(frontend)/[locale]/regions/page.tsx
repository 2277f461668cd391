import { getTranslations } from 'next-intl/server'

import { PageShell } from '@/components/layout/PageShell'
import { RegionList } from '@/components/regions/RegionCard'
import { getRegions } from '@/data/regions'
import { getPageFrame } from '@/data/site'
import type { RegionView } from '@/data/views'
import { pageLocale } from '@/lib/params'
import { alternatesOf, routes } from '@/lib/routes'
import { compareIn } from '@/lib/text'

import { sectionMetadata } from '../sectionMetadata'

export const generateMetadata = sectionMetadata('regions')

/** `/{locale}/regions`: top-level regions, each with the places inside it. */
export default async function RegionsIndex({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params)
  const [t, frame, regions] = await Promise.all([getTranslations({ locale, namespace: 'regions' }), getPageFrame(locale), getRegions(locale)])
  // Alphabetical in the page's language (Tajik by its own alphabet, lib/text.ts).
  const compare = compareIn(locale)
  const byName = (a: RegionView, b: RegionView) => compare(a.title, b.title)
  const top = regions.filter((region) => !region.parent).sort(byName)
  return (
    <PageShell locale={locale} frame={frame} alternates={alternatesOf(routes.regionsIndex)} active="regions">
      <div className="container page-header">
        <h1>{t('title')}</h1>
        <p className="lead">{t('description')}</p>
      </div>
      <div className="container stack-lg">
        {top.length === 0 ? <p>{t('empty')}</p> : null}
        {top.map((region) => {
          const children = regions.filter((child) => child.parent?.id === region.id).sort(byName)
          return (
            <section key={region.id} aria-labelledby={`region-${region.id}`} className="region-group">
              <h2 id={`region-${region.id}`}>
                <a href={region.path} lang={region.translated ? undefined : region.lang}>
                  {region.title}
                </a>{' '}
                <span className="region-kind">{t(`kind.${region.kind}`)}</span>
              </h2>
              {children.length > 0 ? <RegionList items={children} locale={locale} /> : null}
            </section>
          )
        })}
      </div>
    </PageShell>
  )
}
