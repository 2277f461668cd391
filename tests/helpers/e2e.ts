import type { APIRequestContext } from '@playwright/test'

export const locales = ['en', 'ru', 'tg'] as const
export type Locale = (typeof locales)[number]

/** The e2e server's seeded administrator (tests/helpers/e2e-server.mjs). */
export const admin = { email: 'admin@example.org', password: 'e2e-admin-password' }

type PerLocale = Partial<Record<Locale, string>>
export interface DocSummary {
  id: string
  slug: PerLocale
  title: PerLocale
}

/** Published documents with their slugs and titles in every language, through the public REST API. */
export async function publishedDocs(request: APIRequestContext, collection: 'news' | 'projects' | 'regions'): Promise<DocSummary[]> {
  const titleField = collection === 'regions' ? 'name' : 'title'
  const response = await request.get(`/api/${collection}?locale=all&depth=0&limit=200`)
  if (!response.ok()) throw new Error(`GET /api/${collection} answered ${response.status()}`)
  const body = (await response.json()) as { docs: Record<string, unknown>[] }
  return body.docs.map((doc) => ({ id: String(doc.id), slug: (doc.slug ?? {}) as PerLocale, title: (doc[titleField] ?? {}) as PerLocale }))
}

/** A document translated into every language. */
export function fullyTranslated(docs: DocSummary[]): DocSummary {
  const doc = docs.find((candidate) => locales.every((locale) => candidate.slug[locale] && candidate.title[locale]))
  if (!doc) throw new Error('no fully translated document in the seed')
  return doc
}

/** Signs in through the REST API and returns an Authorization header for staff requests. */
export async function staffHeaders(request: APIRequestContext): Promise<Record<string, string>> {
  const response = await request.post('/api/users/login', { data: admin })
  if (!response.ok()) throw new Error(`login answered ${response.status()}`)
  const { token } = (await response.json()) as { token: string }
  return { Authorization: `JWT ${token}` }
}
