import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'

import { overviewTexts } from './messages'
import { translatedCollections, translationGaps, type GapRow, type TranslatedCollection } from './overview'

const languages = ['ru', 'tg'] as const

function when(iso: string | null): string {
  return iso ? iso.slice(0, 16).replace('T', ' ') : '—'
}

/**
 * `/admin/translations`: per collection and language, the documents whose translation is
 * missing or outdated, with counts, each linked to its edit page in that language.
 */
export async function TranslationOverview({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, locale, permissions, visibleEntities } = initPageResult
  const t = overviewTexts(req.i18n.language)
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
        <h1>{t.title}</h1>
        <p>{t.intro}</p>
        <table>
          <thead>
            <tr>
              <th scope="col">{t.collection}</th>
              {languages.map((language) => (
                <th scope="col" key={language}>
                  {t.languages[language]}: {t.missing} / {t.outdated}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {(Object.keys(translatedCollections) as TranslatedCollection[]).map((collection) => (
              <tr key={collection}>
                <th scope="row">{t.collections[collection]}</th>
                {languages.map((language) => (
                  <td key={language} data-testid={`count-${collection}-${language}`}>
                    {count(collection, language, 'missing')} / {count(collection, language, 'outdated')}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        {gaps.length === 0 ? <p>{t.none}</p> : null}
        {languages.map((language) => {
          const rows = gaps.filter((row) => row.locale === language)
          if (rows.length === 0) return null
          return (
            <section key={language} aria-labelledby={`gaps-${language}`}>
              <h2 id={`gaps-${language}`}>
                {t.languages[language]} ({rows.length})
              </h2>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t.document}</th>
                    <th scope="col">{t.collection}</th>
                    <th scope="col">{t.state}</th>
                    <th scope="col">{t.changed}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => (
                    <tr key={`${row.collection}-${row.id}`}>
                      <td>
                        <a href={`/admin/collections/${row.collection}/${row.id}?locale=${language}`}>{row.title}</a>
                      </td>
                      <td>{t.collections[row.collection]}</td>
                      <td>{row.gap === 'missing' ? t.missing : t.outdated}</td>
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
