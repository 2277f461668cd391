import { getTranslations } from 'next-intl/server'

import type { Localized } from '@/data/documents'
import type { Locale } from '@/i18n/locales'
import { routes } from '@/lib/routes'
import { compareIn } from '@/lib/text'
import type { Project, Region } from '@/payload-types'

/**
 * The news filters (region, project, year): a plain GET form to the search page, so the news
 * list itself stays a cached static page. Only regions and projects written in this language.
 */
export async function NewsFilters({
  locale,
  regions,
  projects,
  years,
  selected = { region: '', project: '', year: '' },
  query = '',
  collapsed = false,
}: {
  locale: Locale
  regions: Localized<Region>[]
  projects: Localized<Project>[]
  years: number[]
  selected?: { region: string; project: string; year: string }
  query?: string
  /** On the news list the filters start folded (a <details>, no script) so the news comes first. */
  collapsed?: boolean
}) {
  const t = await getTranslations({ locale, namespace: 'search' })
  const compare = compareIn(locale)
  const regionOptions = regions.filter((item) => item.translated && item.slugs[locale]).sort((a, b) => compare(a.doc.name, b.doc.name))
  const projectOptions = projects.filter((item) => item.translated && item.slugs[locale]).sort((a, b) => compare(a.doc.title, b.doc.title))
  const fields = (
    <form action={routes.search(locale)} method="get" aria-label={t('filters')}>
      <input type="hidden" name="type" value="news" />
      {query ? <input type="hidden" name="q" value={query} /> : null}
      <div className="filters-row">
        <div className="field">
          <label htmlFor="filter-region">{t('region')}</label>
          <select id="filter-region" name="region" defaultValue={selected.region}>
            <option value="">{t('any')}</option>
            {regionOptions.map((item) => (
              <option key={item.doc.id} value={item.slugs[locale]}>
                {item.doc.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-project">{t('project')}</label>
          <select id="filter-project" name="project" defaultValue={selected.project}>
            <option value="">{t('any')}</option>
            {projectOptions.map((item) => (
              <option key={item.doc.id} value={item.slugs[locale]}>
                {item.doc.title}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-year">{t('year')}</label>
          <select id="filter-year" name="year" defaultValue={selected.year}>
            <option value="">{t('any')}</option>
            {years.map((year) => (
              <option key={year} value={year}>
                {year}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t('apply')}</button>
        {selected.region || selected.project || selected.year ? <a href={routes.newsIndex(locale)}>{t('clear')}</a> : null}
      </div>
    </form>
  )
  return (
    <details className="news-filters" open={!collapsed}>
      <summary>{t('filters')}</summary>
      {fields}
    </details>
  )
}
