import type { UIFieldServerProps } from 'payload'
import { formatAdminURL } from 'payload/shared'

import { newsroomT } from '../../i18n/translations'

function when(iso: string): string {
  return iso.slice(0, 16).replace('T', ' ')
}

/** The latest versions of the document being edited: when, who, what kind of save, compare link. */
export async function History({ collectionSlug, id, payload, user, i18n }: UIFieldServerProps) {
  const t = newsroomT(i18n)
  if (!id || (collectionSlug !== 'news' && collectionSlug !== 'projects')) return null
  const { docs } = await payload.findVersions({
    collection: collectionSlug,
    where: { parent: { equals: id } },
    sort: '-updatedAt',
    limit: 8,
    depth: 0,
    locale: 'all',
    user,
    overrideAccess: false,
  })
  const versions = `/collections/${collectionSlug}/${id}/versions` as const
  const adminURL = (path: `/${string}`) => formatAdminURL({ adminRoute: payload.config.routes.admin, path })
  return (
    <div className="field-type recent-changes">
      <h3 className="recent-changes__title">{t('newsroom:history:title')}</h3>
      {docs.length === 0 ? <p>{t('newsroom:history:none')}</p> : null}
      <ol className="recent-changes__list">
        {docs.map((version) => {
          const data = version.version as { changedBy?: string | null; _status?: Record<string, string> | string | null }
          const status = data._status
          const publishedIn = status && typeof status === 'object' ? Object.entries(status).filter(([, value]) => value === 'published').map(([code]) => code.toUpperCase()) : []
          const kind = (version as { autosave?: boolean }).autosave
            ? t('newsroom:history:autosave')
            : publishedIn.length > 0
              ? t('newsroom:history:published', { languages: publishedIn.join(', ') })
              : t('newsroom:history:draft')
          return (
            <li key={String(version.id)}>
              <time dateTime={version.updatedAt}>{when(version.updatedAt)}</time> · {kind}
              <br />
              <span>{data.changedBy?.replace(/\s*<[^>]*>$/, '') ?? '—'}</span> · <a href={adminURL(`${versions}/${version.id}`)}>{t('newsroom:history:compare')}</a>
            </li>
          )
        })}
      </ol>
      <a href={adminURL(versions)}>{t('newsroom:history:all')}</a>
    </div>
  )
}
