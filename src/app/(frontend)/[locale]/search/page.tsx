import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { PageShell } from '@/components/layout/PageShell'
import { Highlighted } from '@/components/search/Highlighted'
import { NewsFilters } from '@/components/search/NewsFilters'
import { DateText } from '@/components/ui/DateText'
import { Pagination } from '@/components/ui/Pagination'
import { getNewsFilterOptions } from '@/data/news'
import { searchSite } from '@/data/search'
import { getPageFrame } from '@/data/site'
import { pageLocale } from '@/lib/params'
import { alternatesOf, routes } from '@/lib/routes'
import { filtersOf, MAX_QUERY_LENGTH, readSearchRequest, searchQuery, searchTypes, snippet } from '@/lib/search'

type SearchParams = Promise<Record<string, string | string[] | undefined>>

// Every query is its own page: rendered per request, one bounded query on the search index.
export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const locale = await pageLocale(params)
  const t = await getTranslations({ locale, namespace: 'search' })
  // Result pages are for readers, not for search engines' indexes.
  return { title: t('title'), description: t('description'), robots: { index: false, follow: true } }
}

/**
 * `/{locale}/search?q=…`: ranked results over this language's published text, with matches
 * highlighted, counts per kind and pages of ten. Also the news list's filters (region, project,
 * year). Any input gets a page: empty, overlong or symbol-only queries get advice, not an error.
 */
export default async function SearchPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: SearchParams }) {
  const locale = await pageLocale(params)
  const [t, frame, filterOptions] = await Promise.all([getTranslations({ locale, namespace: 'search' }), getPageFrame(locale), getNewsFilterOptions(locale)])
  const request = readSearchRequest(await searchParams, filterOptions)
  const { query: parsed, type } = request
  const { narrowed, ...filters } = filtersOf(request)
  const searching = parsed.words.length > 0 || narrowed
  const result = searching ? await searchSite(locale, parsed.words, filters, request.page) : null
  const linkFor = (changes: Parameters<typeof searchQuery>[1]) => routes.search(locale, searchQuery(request, changes))
  return (
    <PageShell locale={locale} frame={frame} alternates={alternatesOf((code) => routes.search(code))} active="search">
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
        {request.unknownFilter ? <p className="notice">{t('unknownFilter')}</p> : null}
        {request.noWords ? <p className="notice">{t('noWords')}</p> : null}
        {!searching ? <p>{t('help')}</p> : null}

        {narrowed || type === 'news' ? (
          <NewsFilters
            locale={locale}
            options={filterOptions}
            selected={{ region: request.region?.slug ?? '', project: request.project?.slug ?? '', year: request.year ? String(request.year) : '' }}
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
