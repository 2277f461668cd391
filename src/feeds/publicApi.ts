import type { Locale } from '@/i18n/locales'
import { absoluteUrl, documentRoute, routes } from '@/lib/routes'
import type { Contact, Media, News, Project, Region } from '@/payload-types'

import { lexicalToFeedHtml } from './html'

/*
 * The public read-only JSON API (`/api/v1/{locale}/...`): a small, stable shape chosen field by
 * field, so nothing internal (authors' accounts, draft state, version data, other languages'
 * text) can slip out when the content model grows. Documents arrive read in one language
 * without fallback; related documents not written in it are left out.
 */

/** Version of the JSON shape; bumped (with a new URL prefix) only for breaking changes. */
export const PUBLIC_API_VERSION = 'v1'

/** What serialising needs beyond the document. */
export interface ApiContext {
  locale: Locale
  siteUrl: string
  topicLabel: (topic: string) => string
}

export interface ApiImage {
  url: string
  alt: string
  width: number | null
  height: number | null
}

export interface ApiLink {
  id: string
  slug: string
  name: string
  url: string
  api: string
}

function imageOf(media: string | Media | null | undefined, siteUrl: string): ApiImage | null {
  if (!media || typeof media !== 'object' || !media.url || !media.mimeType?.startsWith('image/')) return null
  const size = media.sizes?.w800?.url ? media.sizes.w800 : media
  return { url: absoluteUrl(siteUrl, size.url ?? media.url), alt: media.alt ?? '', width: size.width ?? null, height: size.height ?? null }
}

function linkTo(collection: 'projects' | 'regions', doc: Project | Region, context: ApiContext): ApiLink | null {
  const name = 'title' in doc ? doc.title : doc.name
  if (!name || !doc.slug) return null
  return {
    id: doc.id,
    slug: doc.slug,
    name,
    url: absoluteUrl(context.siteUrl, documentRoute(collection, context.locale, doc.slug)),
    api: absoluteUrl(context.siteUrl, routes.api(context.locale, collection, doc.slug)),
  }
}

function regionLinks(regions: (string | Region)[] | null | undefined, context: ApiContext): ApiLink[] {
  return (regions ?? []).flatMap((region) => (typeof region === 'object' ? (linkTo('regions', region, context) ?? []) : []))
}

/** Organisations only (donors, partners): never a person's contact details. */
function organisations(contacts: (string | Contact)[] | null | undefined): { name: string; website: string | null }[] {
  return (contacts ?? []).flatMap((contact) =>
    typeof contact === 'object' && contact.kind !== 'person' && contact.name ? [{ name: contact.name, website: contact.website ?? null }] : [],
  )
}

/** A news item; `full` adds the body as HTML (single-item answers). */
export function newsJson(doc: News, context: ApiContext, full = false) {
  const slug = doc.slug ?? doc.id
  const project = doc.project && typeof doc.project === 'object' ? linkTo('projects', doc.project, context) : null
  return {
    id: doc.id,
    slug,
    url: absoluteUrl(context.siteUrl, routes.news(context.locale, slug)),
    language: context.locale,
    title: doc.title,
    summary: doc.summary ?? null,
    author: doc.author ?? null,
    publishedAt: doc.publishedAt,
    updatedAt: doc.updatedAt,
    cover: imageOf(doc.cover, context.siteUrl),
    project,
    regions: regionLinks(doc.regions, context),
    topics: (doc.topics ?? []).map((key) => ({ key, label: context.topicLabel(key) })),
    ...(full ? { html: lexicalToFeedHtml(doc.body, context.locale, context.siteUrl) } : {}),
  }
}

/** A project; `full` adds the body as HTML. */
export function projectJson(doc: Project, context: ApiContext, full = false) {
  const slug = doc.slug ?? doc.id
  return {
    id: doc.id,
    slug,
    url: absoluteUrl(context.siteUrl, routes.project(context.locale, slug)),
    language: context.locale,
    title: doc.title,
    summary: doc.summary ?? null,
    status: doc.status,
    startDate: doc.startDate,
    endDate: doc.endDate ?? null,
    updatedAt: doc.updatedAt,
    cover: imageOf(doc.cover, context.siteUrl),
    regions: regionLinks(doc.regions, context),
    donors: organisations(doc.donors),
    partners: organisations(doc.partners),
    news: absoluteUrl(context.siteUrl, `${routes.api(context.locale, 'news')}?project=${encodeURIComponent(slug)}`),
    ...(full ? { html: lexicalToFeedHtml(doc.body, context.locale, context.siteUrl) } : {}),
  }
}

/** A region; `full` adds its introduction as HTML. */
export function regionJson(doc: Region, context: ApiContext, full = false) {
  const slug = doc.slug ?? doc.id
  const parent = doc.parent && typeof doc.parent === 'object' ? linkTo('regions', doc.parent, context) : null
  return {
    id: doc.id,
    slug,
    url: absoluteUrl(context.siteUrl, routes.region(context.locale, slug)),
    language: context.locale,
    name: doc.name,
    kind: doc.kind,
    parent,
    latitude: doc.latitude ?? null,
    longitude: doc.longitude ?? null,
    updatedAt: doc.updatedAt,
    cover: imageOf(doc.cover, context.siteUrl),
    news: absoluteUrl(context.siteUrl, `${routes.api(context.locale, 'news')}?region=${encodeURIComponent(slug)}`),
    ...(full ? { html: lexicalToFeedHtml(doc.intro, context.locale, context.siteUrl) } : {}),
  }
}
