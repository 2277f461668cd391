import { getTranslations } from 'next-intl/server'

import { getTranslatedBySlug, getTranslatedList, getTranslatedNews } from '@/data/syndication'
import type { ListPage, NewsView, ProjectView, RegionView } from '@/data/views'
import { isLocale, localeList, type Locale } from '@/i18n/locales'
import { siteUrl } from '@/lib/env'

import { cacheable, intParam, jsonError, newest } from '../http'
import { newsJson, projectJson, regionJson, type ApiContext } from '../json'
import { decodeSegment } from '@/lib/segments'

/*
 * `/api/v1/{locale}/{news|projects|regions}[/{slug}]`: published content in one language, as
 * JSON any website may fetch from the browser. GET only; no cookies are read or honoured (the
 * CORS answer never allows credentials) and nothing is served that an anonymous reader of the
 * site could not see.
 */

/** CORS for a public, credential-free, read-only API: any origin, GET/HEAD, validators exposed. */
export const PUBLIC_CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
  'Access-Control-Allow-Headers': 'If-None-Match, If-Modified-Since',
  'Access-Control-Expose-Headers': 'ETag, Last-Modified',
  'Access-Control-Max-Age': '86400',
} as const

const collections = ['news', 'projects', 'regions'] as const
type Collection = (typeof collections)[number]

const MAX_LIMIT = 50
const DEFAULT_LIMIT = 20

type ListParams = Promise<{ locale: string; collection: string }>
type ItemParams = Promise<{ locale: string; collection: string; slug: string }>

async function contextFor(locale: Locale): Promise<ApiContext> {
  const topics = await getTranslations({ locale, namespace: 'topics' })
  return { locale, siteUrl: siteUrl(), topicLabel: (topic) => topics(topic) }
}

/** Validates the locale and collection segments; a Response is the 404 to send. */
function target(locale: string, collection: string): { locale: Locale; collection: Collection } | Response {
  if (!isLocale(locale)) return jsonError(404, `Unknown language "${locale}". Use one of: ${localeList}.`, PUBLIC_CORS)
  if (!(collections as readonly string[]).includes(collection)) {
    return jsonError(404, `Unknown collection "${collection}". Use news, projects or regions.`, PUBLIC_CORS)
  }
  return { locale, collection: collection as Collection }
}

function json(request: Request, body: unknown, dates: (string | null | undefined)[]): Response {
  return cacheable(request, JSON.stringify(body), {
    contentType: 'application/json; charset=utf-8',
    lastModified: newest(dates),
    headers: PUBLIC_CORS,
  })
}

/** The answer to a CORS preflight. */
export function OPTIONS(): Response {
  return new Response(null, { status: 204, headers: PUBLIC_CORS })
}

/** A page number past the list's last page: a 400, as WordPress's REST API answers it. */
const pastLastPage = (page: number) => jsonError(400, `There is no page ${page}: it is past the last page of this list.`, PUBLIC_CORS)

/** GET a page of a collection: `?page=`, `?limit=` (1-50), and for news `?project=` / `?region=` (slugs). */
export async function listHandler(request: Request, { params }: { params: ListParams }): Promise<Response> {
  const { locale: localeParam, collection: collectionParam } = await params
  const resolved = target(localeParam, collectionParam)
  if (resolved instanceof Response) return resolved
  const { locale, collection } = resolved
  const query = new URL(request.url).searchParams
  const page = intParam(query.get('page'), 'page', 1, 10_000, 1)
  if (typeof page === 'string') return jsonError(400, page, PUBLIC_CORS)
  const limit = intParam(query.get('limit'), 'limit', 1, MAX_LIMIT, DEFAULT_LIMIT)
  if (typeof limit === 'string') return jsonError(400, limit, PUBLIC_CORS)
  const context = await contextFor(locale)

  let list: ListPage<NewsView | ProjectView | RegionView> | null
  if (collection === 'news') {
    const filter: { projectId?: string; regionId?: string } = {}
    for (const [name, kind] of [['project', 'projects'], ['region', 'regions']] as const) {
      const slug = query.get(name)
      if (!slug) continue
      const owner = await getTranslatedBySlug(kind, locale, slug)
      if (!owner) return jsonError(404, `No published ${name} "${slug}" in this language.`, PUBLIC_CORS)
      filter[name === 'project' ? 'projectId' : 'regionId'] = owner.id
    }
    list = await getTranslatedNews(locale, { ...filter, page, limit })
  } else list = await getTranslatedList(collection, locale, { page, limit })
  if (!list) return pastLastPage(page)
  const { items, ...pages } = list
  return json(request, { docs: items.map((doc) => docJson(doc, context)), ...pages, locale }, items.map((doc) => doc.updatedAt))
}

/** One document as JSON; in full (with its body as HTML) for its own request. */
function docJson(doc: NewsView | ProjectView | RegionView, context: ApiContext, full = false) {
  if (doc.section === 'news') return newsJson(doc, context, full)
  if (doc.section === 'projects') return projectJson(doc, context, full)
  return regionJson(doc, context, full)
}

/** GET one document by its slug in that language, with its body as HTML. */
export async function itemHandler(request: Request, { params }: { params: ItemParams }): Promise<Response> {
  const { locale: localeParam, collection: collectionParam, slug } = await params
  const resolved = target(localeParam, collectionParam)
  if (resolved instanceof Response) return resolved
  const { locale, collection } = resolved
  const doc = await getTranslatedBySlug(collection, locale, decodeSegment(slug))
  if (!doc) return jsonError(404, `Nothing published at "${slug}" in this language.`, PUBLIC_CORS)
  const context = await contextFor(locale)
  const body = docJson(doc, context, true)
  return json(request, body, [doc.updatedAt])
}
