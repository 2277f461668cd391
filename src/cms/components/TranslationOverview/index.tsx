import { DefaultTemplate } from '@payloadcms/next/templates'
import { getTranslation } from '@payloadcms/translations'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import { formatAdminURL } from 'payload/shared'

import { defaultLocale, localeInfo, locales } from '@/i18n/locales'

import { newsroomT } from '../../i18n/translations'
import { GAP_SCAN_LIMIT, translatedCollections, translationGaps, type GapRow, type TranslatedCollection } from './overview'

/** Every content language but the one translations are made from. */
const targetLanguages = locales.filter((code) => code !== defaultLocale)

function when(iso: string | null): string {
  return iso ? iso.slice(0, 16).replace('T', ' ') : '—'
}

/**
 * The admin's translations view (`translations` in payload.config.ts): per collection and
 * language, the documents whose translation is missing or outdated, with counts, each linked to
 * its edit page in that language.
 */
export async function TranslationOverview({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, locale, permissions, visibleEntities } = initPageResult
  const t = newsroomT(req.i18n)
  // Names in the admin's interface language: collections by their own labels, languages by
  // the labels Payload's locale picker shows.
  const collectionName = (collection: TranslatedCollection) => getTranslation(req.payload.collections[collection].config.labels.plural, req.i18n)
  const languageName = (code: (typeof locales)[number]) => getTranslation(localeInfo[code].adminLabel, req.i18n)
  const source = languageName(defaultLocale)
  const gaps = await translationGaps(req.payload, req.user)
  const count = (collection: TranslatedCollection, language: string, gap: GapRow['gap']) =>
    gaps.filter((row) => row.collection === collection && row.locale === language && row.gap === gap).length
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter className="translation-overview">
        <h1>{t('newsroom:translationOverview:title')}</h1>
        <p>{t('newsroom:translationOverview:intro', { language: source, count: GAP_SCAN_LIMIT })}</p>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('newsroom:translationOverview:collection')}</th>
              {targetLanguages.map((language) => (
                <th scope="col" key={language}>
                  {languageName(language)}: {t('newsroom:translationOverview:missing')} / {t('newsroom:translationOverview:outdated')}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {(Object.keys(translatedCollections) as TranslatedCollection[]).map((collection) => (
              <tr key={collection}>
                <th scope="row">{collectionName(collection)}</th>
                {targetLanguages.map((language) => (
                  <td key={language} data-testid={`count-${collection}-${language}`}>
                    {count(collection, language, 'missing')} / {count(collection, language, 'outdated')}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        {gaps.length === 0 ? <p>{t('newsroom:translationOverview:none')}</p> : null}
        {targetLanguages.map((language) => {
          const rows = gaps.filter((row) => row.locale === language)
          if (rows.length === 0) return null
          return (
            <section key={language} aria-labelledby={`gaps-${language}`}>
              <h2 id={`gaps-${language}`}>
                {languageName(language)} ({rows.length})
              </h2>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('newsroom:translationOverview:document')}</th>
                    <th scope="col">{t('newsroom:translationOverview:collection')}</th>
                    <th scope="col">{t('newsroom:translationOverview:state')}</th>
                    <th scope="col">{t('newsroom:translationOverview:changed', { language: source })}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => (
                    <tr key={`${row.collection}-${row.id}`}>
                      <td>
                        <a href={formatAdminURL({ adminRoute: req.payload.config.routes.admin, path: `/collections/${row.collection}/${row.id}?locale=${language}` })}>
                          {row.title}
                        </a>
                      </td>
                      <td>{collectionName(row.collection)}</td>
                      <td>{row.gap === 'missing' ? t('newsroom:translationOverview:missing') : t('newsroom:translationOverview:outdated')}</td>
                      <td>
                        {when(row.sourceChangedAt)} / {when(row.translationChangedAt)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          )
        })}
      </Gutter>
    </DefaultTemplate>
  )
}
