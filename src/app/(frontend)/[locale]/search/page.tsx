import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { PageShell } from '@/components/layout/PageShell'
import { Highlighted } from '@/components/search/Highlighted'
import { NewsFilters } from '@/components/search/NewsFilters'
import { DateText } from '@/components/ui/DateText'
import { Pagination } from '@/components/ui/Pagination'
import { getProjects } from '@/data/projects'
import { getRegions } from '@/data/regions'
import { getSearchDocs } from '@/data/search'
import { pageLocale } from '@/lib/params'
import { alternatesOf, routes } from '@/lib/routes'
import { MAX_QUERY_LENGTH, newsYears, parseQuery, search, searchTypes, snippet, type SearchFilters, type SearchType } from '@/lib/search'

type SearchParams = Promise<Record<string, string | string[] | undefined>>

// Every query is its own page: rendered per request (the documents it searches are cached in data/).
export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const locale = await pageLocale(params)
  const t = await getTranslations({ locale, namespace: 'search' })
  // Result pages are for readers, not for search engines' indexes.
  return { title: t('title'), description: t('description'), robots: { index: false, follow: true } }
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? ''

/**
 * `/{locale}/search?q=…`: ranked results over this language's published text, with matches
 * highlighted, counts per kind and pages of ten. Also the news list's filters (region, project,
 * year). Any input gets a page: empty, overlong or symbol-only queries get advice, not an error.
 */
export default async function SearchPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: SearchParams }) {
  const locale = await pageLocale(params)
  const query = await searchParams
  const [t, docs, regions, projects] = await Promise.all([
    getTranslations({ locale, namespace: 'search' }),
    getSearchDocs(locale),
    getRegions(locale),
    getProjects(locale),
  ])
  const parsed = parseQuery(query.q)
  const typeParam = first(query.type)
  const type = (searchTypes as readonly string[]).includes(typeParam) ? (typeParam as SearchType) : undefined
  const regionSlug = first(query.region)
  const projectSlug = first(query.project)
  const yearText = first(query.year)
  const region = regions.find((item) => item.translated && item.slugs[locale] === regionSlug)
  const project = projects.find((item) => item.translated && item.slugs[locale] === projectSlug)
  const year = /^\d{4}$/.test(yearText) ? Number(yearText) : undefined
  const unknownFilter = Boolean((typeParam && !type) || (regionSlug && !region) || (projectSlug && !project) || (yearText && !year))
  const filters: SearchFilters = { type, regionId: region?.doc.id, projectId: project?.doc.id, year }
  const filtering = Boolean(filters.regionId || filters.projectId || filters.year)
  const pageNumber = /^\d{1,4}$/.test(first(query.page)) ? Number(first(query.page)) : 1

  const searching = parsed.words.length > 0 || filtering
  const result = searching ? search(docs, parsed.words, filtering && !type ? { ...filters, type: 'news' } : filters, pageNumber) : null
  const years = newsYears(docs)
  const linkFor = (changes: Record<string, string | number | undefined>) =>
    routes.search(locale, { q: parsed.text, type, region: region ? regionSlug : undefined, project: project ? projectSlug : undefined, year, ...changes })

  return (
    <PageShell locale={locale} alternates={alternatesOf((code) => routes.search(code))} active="search">
      <div className="container page-header">
        <h1>{t('title')}</h1>
      </div>
      <div className="container stack-lg search-page">
        <form role="search" action={routes.search(locale)} method="get" className="search-form">
          <label htmlFor="search-q">{t('label')}</label>
          <div className="search-row">
            <input id="search-q" name="q" type="search" defaultValue={parsed.text} maxLength={MAX_QUERY_LENGTH} placeholder={t('placeholder')} />
            <label htmlFor="search-type" className="visually-hidden">
              {t('type')}
            </label>
            <select id="search-type" name="type" defaultValue={type ?? ''}>
              <option value="">{t('all')}</option>
              {searchTypes.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`types.${kind}`)}
                </option>
              ))}
            </select>
            <button type="submit">{t('submit')}</button>
          </div>
        </form>

        {parsed.truncated ? <p className="notice">{t('truncated', { max: MAX_QUERY_LENGTH })}</p> : null}
        {unknownFilter ? <p className="notice">{t('unknownFilter')}</p> : null}
        {!searching && first(query.q).trim() !== '' ? <p className="notice">{t('noWords')}</p> : null}
        {!searching ? <p>{t('help')}</p> : null}

        {filtering || type === 'news' ? (
          <NewsFilters
            locale={locale}
            regions={regions}
            projects={projects}
            years={years}
            selected={{ region: region ? regionSlug : '', project: project ? projectSlug : '', year: year ? String(year) : '' }}
            query={parsed.text}
          />
        ) : null}

        {result ? (
          <section aria-labelledby="search-results" className="stack-md">
            <h2 id="search-results">
              {parsed.words.length > 0 ? t('results', { count: result.total, query: parsed.text }) : t('filtered', { count: result.total })}
            </h2>
            {parsed.words.length > 0 ? (
              <ul className="search-types" role="list">
                <li>
                  <a href={linkFor({ type: undefined, page: undefined })} aria-current={!type ? 'page' : undefined}>
                    {t('all')} ({searchTypes.reduce((sum, kind) => sum + result.counts[kind], 0)})
                  </a>
                </li>
                {searchTypes.map((kind) => (
                  <li key={kind}>
                    <a href={linkFor({ type: kind, page: undefined })} aria-current={type === kind ? 'page' : undefined}>
                      {t(`types.${kind}`)} ({result.counts[kind]})
                    </a>
                  </li>
                ))}
              </ul>
            ) : null}
            {result.total === 0 && parsed.words.length > 0 ? <p>{t('none')}</p> : null}
            <ol className="search-results" role="list">
              {result.hits.map((hit) => (
                <li key={`${hit.doc.type}-${hit.doc.id}`}>
                  <article>
                    <h3>
                      <a href={hit.doc.path}>
                        <Highlighted text={hit.doc.title} matched={hit.matched} />
                      </a>
                    </h3>
                    <p className="search-meta">
                      {t(`types.${hit.doc.type}`)}
                      {hit.doc.type === 'news' && hit.doc.date ? (
                        <>
                          {' · '}
                          <DateText value={hit.doc.date} locale={locale} />
                        </>
                      ) : null}
                    </p>
                    <p>
                      <Highlighted text={snippet(`${hit.doc.summary} ${hit.doc.text}`, hit.matched)} matched={hit.matched} />
                    </p>
                  </article>
                </li>
              ))}
            </ol>
            <Pagination
              page={result.page}
              totalPages={result.totalPages}
              hrefFor={(n) => linkFor({ page: n > 1 ? n : undefined })}
              labels={{ nav: t('pagination'), previous: t('previous'), next: t('next'), pageOf: t('pageOf', { page: result.page, total: result.totalPages }) }}
            />
          </section>
        ) : null}
      </div>
    </PageShell>
  )
}
