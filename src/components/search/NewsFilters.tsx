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
        <FilterSelect name="region" label={t('region')} any={t('any')} value={selected.region} choices={options.regions.map(({ slug, title }) => [slug, title])} />
        <FilterSelect name="project" label={t('project')} any={t('any')} value={selected.project} choices={options.projects.map(({ slug, title }) => [slug, title])} />
        <FilterSelect name="year" label={t('year')} any={t('any')} value={selected.year} choices={options.years.map((year) => [String(year), String(year)])} />
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

/** One labelled choice of the filter form ("any" first). */
function FilterSelect({ name, label, any, value, choices }: { name: string; label: string; any: string; value: string; choices: [value: string, label: string][] }) {
  return (
    <div className="field">
      <label htmlFor={`filter-${name}`}>{label}</label>
      <select id={`filter-${name}`} name={name} defaultValue={value}>
        <option value="">{any}</option>
        {choices.map(([choice, text]) => (
          <option key={choice} value={choice}>
            {text}
          </option>
        ))}
      </select>
    </div>
  )
}
