import { imageAt, type ImageView, type Topic, type NewsView, type ProjectView, type RegionView } from '@/data/views'
import type { Locale } from '@/i18n/locales'
import { absoluteUrl, feedFormats, feedRoute, routes, type FeedFormat } from '@/lib/routes'

import { FEED_IMAGE_WIDTH, lexicalToFeedHtml } from './html'

/** An image attached to an entry (RSS enclosure, Atom enclosure link, JSON Feed image). */
export interface FeedImage {
  url: string
  type: string
  length: number
  alt: string
}

/** One news item as every feed format and the widget need it; all URLs absolute. */
export interface FeedEntry {
  /** Stable and unique per item and language: survives slug and title changes. */
  id: string
  url: string
  title: string
  summary: string
  html: string
  published: string
  updated: string
  author: string | null
  image: FeedImage | null
  categories: string[]
}

/** A feed: its owner (the site, a project or a region) in one language, and its entries. */
export interface FeedDocument {
  id: string
  language: Locale
  title: string
  /** The owner's own name (project title, region name, or the site's name for all news). */
  name: string
  description: string
  /** The page the feed belongs to (news list, project page, region page). */
  homeUrl: string
  /** This feed in every format, for self links and alternates. */
  feedUrls: Record<FeedFormat, string>
  updated: string
  siteName: string
  iconUrl: string
  entries: FeedEntry[]
}

/** What turning documents into entries needs to know beyond the documents. */
export interface EntryContext {
  locale: Locale
  siteUrl: string
  /** The topic's label in `locale` (from messages/*.json). */
  topicLabel: (topic: Topic) => string
}

/**
 * A tag URI (RFC 4151) per item and language: `tag:example.org,2026:news/<id>/ru`. It stays the
 * same when the slug or title changes, so feed readers never show an edited item twice.
 */
export function entryId(siteUrl: string, collection: string, id: string, locale: Locale): string {
  return `tag:${new URL(siteUrl).host},2026:${collection}/${id}/${locale}`
}

function imageOf(image: ImageView | null, siteUrl: string): FeedImage | null {
  if (!image) return null
  const size = imageAt(image, FEED_IMAGE_WIDTH)
  return { url: absoluteUrl(siteUrl, size.url), type: size.mimeType, length: size.bytes, alt: image.alt }
}

/** The categories of a news item: its project, its regions and its topics, in the feed's language. */
function categoriesOf(news: NewsView, context: EntryContext): string[] {
  return [...(news.project ? [news.project.title] : []), ...news.regions.map((region) => region.title), ...news.topics.map((topic) => context.topicLabel(topic))]
}

/** One news item (read in `context.locale` without fallback) as a feed entry. */
export function newsEntry(news: NewsView, context: EntryContext): FeedEntry {
  const { locale, siteUrl } = context
  return {
    id: entryId(siteUrl, 'news', news.id, locale),
    url: absoluteUrl(siteUrl, news.path),
    title: news.title,
    summary: news.summary ?? '',
    html: lexicalToFeedHtml(news.body, locale, siteUrl),
    published: news.publishedAt,
    updated: news.updatedAt,
    author: news.author,
    image: imageOf(news.cover, siteUrl),
    categories: categoriesOf(news, context),
  }
}

/** Words a feed needs in its language (from messages/*.json). */
export interface FeedTexts {
  newsTitle: string
  newsDescription: string
  /** "News of {name}": the description of a project's or region's feed without a summary. */
  scopeDescription: (name: string) => string
}

/** The owner of a feed, as the feed and the widget describe it. */
export type FeedOwner = { kind: 'news' } | { kind: 'projects'; doc: ProjectView } | { kind: 'regions'; doc: RegionView }

/** Title, description and page of a feed's owner in `locale`. */
export function describeOwner(
  owner: FeedOwner,
  locale: Locale,
  siteName: string,
  texts: FeedTexts,
): { title: string; name: string; description: string; path: string; scope?: { kind: 'projects' | 'regions'; slug: string }; updatedAt?: string } {
  if (owner.kind === 'news') {
    return { title: texts.newsTitle, name: siteName, description: texts.newsDescription, path: routes.newsIndex(locale) }
  }
  const { doc } = owner
  return {
    title: `${doc.title} · ${siteName}`,
    name: doc.title,
    // A region's summary is the start of its introduction: its feed says what it is instead.
    description: (owner.kind === 'projects' ? doc.summary : null) || texts.scopeDescription(doc.title),
    path: doc.path,
    scope: { kind: owner.kind, slug: doc.slug },
    updatedAt: doc.updatedAt,
  }
}

/** Builds the feed document shared by the three formats. */
export function buildFeed(input: {
  locale: Locale
  siteUrl: string
  siteName: string
  owner: FeedOwner
  items: NewsView[]
  texts: FeedTexts
  topicLabel: (topic: Topic) => string
}): FeedDocument {
  const { locale, siteUrl, siteName, owner, items } = input
  const described = describeOwner(owner, locale, siteName, input.texts)
  const entries = items.map((doc) => newsEntry(doc, { locale, siteUrl, topicLabel: input.topicLabel }))
  const dates = [described.updatedAt, ...entries.map((entry) => entry.updated)].filter((date): date is string => Boolean(date))
  const updated = dates.length > 0 ? new Date(Math.max(...dates.map((date) => Date.parse(date)))).toISOString() : new Date(0).toISOString()
  const feedUrls = Object.fromEntries(
    feedFormats.map((format) => [format, absoluteUrl(siteUrl, feedRoute(locale, format, described.scope))]),
  ) as Record<FeedFormat, string>
  const ownerId = owner.kind === 'news' ? 'news' : `${owner.kind}/${owner.doc.id}`
  return {
    id: `tag:${new URL(siteUrl).host},2026:feeds/${ownerId}/${locale}`,
    language: locale,
    title: described.title,
    name: described.name,
    description: described.description,
    homeUrl: absoluteUrl(siteUrl, described.path),
    feedUrls,
    updated,
    siteName,
    iconUrl: absoluteUrl(siteUrl, routes.iconPng()),
    entries,
  }
}
