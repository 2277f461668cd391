import { getTranslations } from 'next-intl/server'

import type { NewsFilterOptions } from '@/data/views'
import type { Locale } from '@/i18n/locales'
import { routes } from '@/lib/routes'

/**
 * The news filters (region, project, year): a plain GET form to the search page, so the news
 * list itself stays a cached static page. Only regions and projects written in this language.
 */
export async function NewsFilters({
  locale,
  options,
  selected = { region: '', project: '', year: '' },
  query = '',
  collapsed = false,
}: {
  locale: Locale
  /** Regions and projects written in this language (alphabetical), and the years with news. */
  options: NewsFilterOptions
  selected?: { region: string; project: string; year: string }
  query?: string
  /** On the news list the filters start folded (a <details>, no script) so the news comes first. */
  collapsed?: boolean
}) {
  const t = await getTranslations({ locale, namespace: 'search' })
  const fields = (
    <form action={routes.search(locale)} method="get" aria-label={t('filters')}>
      <input type="hidden" name="type" value="news" />
      {query ? <input type="hidden" name="q" value={query} /> : null}
      <div className="filters-row">
        <div className="field">
          <label htmlFor="filter-region">{t('region')}</label>
          <select id="filter-region" name="region" defaultValue={selected.region}>
            <option value="">{t('any')}</option>
            {options.regions.map((item) => (
              <option key={item.id} value={item.slug}>
                {item.title}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-project">{t('project')}</label>
          <select id="filter-project" name="project" defaultValue={selected.project}>
            <option value="">{t('any')}</option>
            {options.projects.map((item) => (
              <option key={item.id} value={item.slug}>
                {item.title}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-year">{t('year')}</label>
          <select id="filter-year" name="year" defaultValue={selected.year}>
            <option value="">{t('any')}</option>
            {options.years.map((year) => (
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
