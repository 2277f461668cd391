import type { Payload, TypedUser } from 'payload'

type Texts = { title: string; none: string; published: string; draft: string; autosave: string; compare: string; all: string }

const texts: Record<'en' | 'ru' | 'tg', Texts> = {
  en: { title: 'Recent changes', none: 'No saved versions yet.', published: 'published', draft: 'draft', autosave: 'autosave', compare: 'Compare', all: 'All versions' },
  ru: { title: 'Последние изменения', none: 'Сохранённых версий пока нет.', published: 'опубликовано', draft: 'черновик', autosave: 'автосохранение', compare: 'Сравнить', all: 'Все версии' },
  tg: { title: 'Тағйироти охирин', none: 'Ҳоло версияи нигоҳдошта нест.', published: 'нашр шуд', draft: 'пешнавис', autosave: 'нигоҳдории худкор', compare: 'Муқоиса', all: 'Ҳамаи версияҳо' },
}

interface Props {
  collectionSlug?: string
  id?: number | string
  payload: Payload
  user?: TypedUser | null
  i18n?: { language?: string }
}

function when(iso: string): string {
  return iso.slice(0, 16).replace('T', ' ')
}

/** The latest versions of the document being edited: when, who, what kind of save, compare link. */
export async function History({ collectionSlug, id, payload, user, i18n }: Props) {
  const language = i18n?.language === 'ru' || i18n?.language === 'tg' ? i18n.language : 'en'
  const t = texts[language]
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
  const base = `/admin/collections/${collectionSlug}/${id}/versions`
  return (
    <div className="field-type recent-changes">
      <h3 className="recent-changes__title">{t.title}</h3>
      {docs.length === 0 ? <p>{t.none}</p> : null}
      <ol className="recent-changes__list">
        {docs.map((version) => {
          const data = version.version as { changedBy?: string | null; _status?: Record<string, string> | string | null }
          const status = data._status
          const publishedIn = status && typeof status === 'object' ? Object.entries(status).filter(([, value]) => value === 'published').map(([code]) => code.toUpperCase()) : []
          const kind = (version as { autosave?: boolean }).autosave ? t.autosave : publishedIn.length > 0 ? `${t.published} (${publishedIn.join(', ')})` : t.draft
          return (
            <li key={String(version.id)}>
              <time dateTime={version.updatedAt}>{when(version.updatedAt)}</time> · {kind}
              <br />
              <span>{data.changedBy?.replace(/\s*<[^>]*>$/, '') ?? '—'}</span> · <a href={`${base}/${version.id}`}>{t.compare}</a>
            </li>
          )
        })}
      </ol>
      <a href={base}>{t.all}</a>
    </div>
  )
}
