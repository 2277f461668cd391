import { imageAt, type DocumentLink, type ImageView, type NewsView, type OrganisationView, type ProjectView, type RegionView, type Topic } from '@/data/views'
import type { Locale } from '@/i18n/locales'
import { absoluteUrl, routes, type Section } from '@/lib/routes'

import { FEED_IMAGE_WIDTH, lexicalToFeedHtml } from './html'

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
  topicLabel: (topic: Topic) => string
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

function imageOf(image: ImageView | null, siteUrl: string): ApiImage | null {
  if (!image) return null
  const size = imageAt(image, FEED_IMAGE_WIDTH)
  return { url: absoluteUrl(siteUrl, size.url), alt: image.alt, width: size.width, height: size.height }
}

/** A related document as a link to its page and to its API answer. */
function linkTo(collection: Section, link: DocumentLink, context: ApiContext): ApiLink {
  return {
    id: link.id,
    slug: link.slug,
    name: link.title,
    url: absoluteUrl(context.siteUrl, link.path),
    api: absoluteUrl(context.siteUrl, routes.api(context.locale, collection, link.slug)),
  }
}

/** Organisations only (donors, partners): never a person's contact details. */
function organisations(contacts: OrganisationView[]): { name: string; website: string | null }[] {
  return contacts.filter((contact) => !contact.isPerson).map(({ name, website }) => ({ name, website }))
}

/** Fields every document shares. */
function common(doc: NewsView | ProjectView | RegionView, context: ApiContext) {
  return { id: doc.id, slug: doc.slug, url: absoluteUrl(context.siteUrl, doc.path), language: context.locale }
}

/** A news item; `full` adds the body as HTML (single-item answers). */
export function newsJson(doc: NewsView, context: ApiContext, full = false) {
  return {
    ...common(doc, context),
    title: doc.title,
    summary: doc.summary,
    author: doc.author,
    publishedAt: doc.publishedAt,
    updatedAt: doc.updatedAt,
    cover: imageOf(doc.cover, context.siteUrl),
    project: doc.project ? linkTo('projects', doc.project, context) : null,
    regions: doc.regions.map((region) => linkTo('regions', region, context)),
    topics: doc.topics.map((key) => ({ key, label: context.topicLabel(key) })),
    ...(full ? { html: lexicalToFeedHtml(doc.body, context.locale, context.siteUrl) } : {}),
  }
}

/** A project; `full` adds the body as HTML. */
export function projectJson(doc: ProjectView, context: ApiContext, full = false) {
  return {
    ...common(doc, context),
    title: doc.title,
    summary: doc.summary,
    status: doc.status,
    startDate: doc.startDate,
    endDate: doc.endDate,
    updatedAt: doc.updatedAt,
    cover: imageOf(doc.cover, context.siteUrl),
    regions: doc.regions.map((region) => linkTo('regions', region, context)),
    donors: organisations(doc.donors),
    partners: organisations(doc.partners),
    news: absoluteUrl(context.siteUrl, routes.api(context.locale, 'news', undefined, { project: doc.slug })),
    ...(full ? { html: lexicalToFeedHtml(doc.body, context.locale, context.siteUrl) } : {}),
  }
}

/** A region; `full` adds its introduction as HTML. */
export function regionJson(doc: RegionView, context: ApiContext, full = false) {
  return {
    ...common(doc, context),
    name: doc.title,
    kind: doc.kind,
    parent: doc.parent ? linkTo('regions', doc.parent, context) : null,
    latitude: doc.latitude,
    longitude: doc.longitude,
    updatedAt: doc.updatedAt,
    cover: imageOf(doc.cover, context.siteUrl),
    news: absoluteUrl(context.siteUrl, routes.api(context.locale, 'news', undefined, { region: doc.slug })),
    ...(full ? { html: lexicalToFeedHtml(doc.body, context.locale, context.siteUrl) } : {}),
  }
}
