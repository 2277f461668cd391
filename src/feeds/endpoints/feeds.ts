import { LRUCache } from 'lru-cache'
import { getTranslations } from 'next-intl/server'

import { getSyndication, type FeedScope, type SyndicationData } from '@/data/syndication'
import { isLocale, localeList, type Locale } from '@/i18n/locales'
import { siteUrl } from '@/lib/env'
import type { EmbedKind, FeedFormat } from '@/lib/routes'

import { embedCsp, EMBED_DEFAULT_LIMIT, EMBED_MAX_LIMIT, embedThemes, renderEmbed, type EmbedTheme } from '../embed'
import { cacheable, etagOf, intParam, newest, textError } from '../http'
import { buildFeed, type FeedDocument } from '../model'
import { serializers } from '../serialize'
import { decodeSegment } from '@/lib/segments'

/*
 * The endpoints of feeds and widgets (their app/ route files only name them): validate the URL,
 * read through data/ (cached, tagged, expired by Payload's hooks), serialise through feeds/,
 * answer with validators.
 */

/** How many items a feed carries. */
export const FEED_LENGTH = 30

type Params = Promise<{ locale: string; slug?: string }>

/** The feed of a scope in a language, built from the cached data; null if absent. */
async function feedOf(locale: Locale, scope: FeedScope, limit: number): Promise<FeedDocument | null> {
  const data = await getSyndication(locale, scope, limit)
  return data ? feedFrom(locale, data) : null
}

/** A feed built from its data, in `locale`. */
async function feedFrom(locale: Locale, data: SyndicationData): Promise<FeedDocument> {
  const [t, topics] = await Promise.all([
    getTranslations({ locale, namespace: 'syndication' }),
    getTranslations({ locale, namespace: 'topics' }),
  ])
  return buildFeed({
    locale,
    siteUrl: siteUrl(),
    siteName: data.siteName,
    owner: data.owner,
    items: data.items,
    texts: {
      newsTitle: t('newsTitle', { site: data.siteName }),
      newsDescription: t('newsDescription'),
      scopeDescription: (name) => t('scopeDescription', { name }),
    },
    topicLabel: (topic) => topics(topic),
  })
}

type SentFeed = { body: string; etag: string; updated: string | null }

/**
 * Feeds as sent (body and ETag), by format and version of the data they were built from: the
 * data is read from Next's data cache on every request (one entry serves all three formats, also
 * while the database is down), the feed is built and serialised once per version. Partners poll
 * feeds; building and serialising 30 whole articles took 20-30 ms of every request at 100,000
 * items (npm run bench:scale). Bound: 16 MB of memory, counting two bytes a character (Russian
 * and Tajik text takes two in memory; an English news feed is about 300 KB): part of the server's
 * heap budget (scripts/lib.mjs `serverArgs`).
 */
const sentFeeds = new LRUCache<string, SentFeed>({ maxSize: 16 * 1024 * 1024, sizeCalculation: (feed) => feed.body.length * 2 + 200 })

async function sentFeed(format: FeedFormat, locale: Locale, scope: FeedScope): Promise<SentFeed | null> {
  const data = await getSyndication(locale, scope, FEED_LENGTH)
  if (!data) return null
  // The version: everything the feed is built from (the UI texts belong to the build).
  const key = `${format} ${locale} ${etagOf(JSON.stringify(data))}`
  const kept = sentFeeds.get(key)
  if (kept) return kept
  const feed = await feedFrom(locale, data)
  const body = serializers[format].serialize(feed)
  const sent = { body, etag: etagOf(body), updated: feed.updated }
  sentFeeds.set(key, sent)
  return sent
}

function scopeOf(kind: 'news' | EmbedKind, slug: string | undefined): FeedScope {
  return kind === 'news' || !slug ? { kind: 'news' } : { kind, slug: decodeSegment(slug) }
}

/** GET handler of one feed format for all news, a project or a region. */
export function feedHandler(format: FeedFormat, kind: 'news' | EmbedKind) {
  return async function GET(request: Request, { params }: { params: Params }): Promise<Response> {
    const { locale, slug } = await params
    if (!isLocale(locale)) return textError(404, `No feed in "${locale}": the languages are ${localeList}.`)
    const feed = await sentFeed(format, locale, scopeOf(kind, slug))
    if (!feed) return textError(404, `Nothing is published in this language at this address, so it has no feed.`)
    return cacheable(request, feed.body, {
      contentType: serializers[format].contentType,
      etag: feed.etag,
      lastModified: newest([feed.updated]),
      headers: { 'Access-Control-Allow-Origin': '*', 'X-Content-Type-Options': 'nosniff' },
    })
  }
}

/** GET handler of the widget of a project or region. */
export function embedHandler(kind: EmbedKind) {
  return async function GET(request: Request, { params }: { params: Params }): Promise<Response> {
    const { locale, slug } = await params
    const frameable = { 'Content-Security-Policy': embedCsp(null) }
    if (!isLocale(locale)) return textError(404, `No widget in "${locale}": the languages are ${localeList}.`, frameable)
    const query = new URL(request.url).searchParams
    const limit = intParam(query.get('limit'), 'limit', 1, EMBED_MAX_LIMIT, EMBED_DEFAULT_LIMIT)
    if (typeof limit === 'string') return textError(400, limit, frameable)
    const theme = query.get('theme') || 'light'
    if (!embedThemes.includes(theme as EmbedTheme)) return textError(400, `"theme" must be "light" or "dark".`, frameable)
    // Bound: as oEmbed's maxheight (src/feeds/endpoints/oembed.ts); 0 would hide all but one item anyway.
    const maxHeight = query.has('maxheight') ? intParam(query.get('maxheight'), 'maxheight', 1, 100_000, 0) : null
    if (typeof maxHeight === 'string') return textError(400, maxHeight, frameable)
    const feed = await feedOf(locale, scopeOf(kind, slug), EMBED_MAX_LIMIT)
    if (!feed) return textError(404, `Nothing is published in this language at this address.`, frameable)
    const t = await getTranslations({ locale, namespace: 'syndication' })
    const html = renderEmbed(feed, { limit, theme: theme as EmbedTheme, maxHeight: maxHeight || null }, {
      latest: t('latest'),
      more: t('more', { site: feed.siteName }),
      empty: t('empty'),
      feed: t('feedRss'),
      title: t('widgetTitle', { name: feed.name }),
    })
    return cacheable(request, html, {
      contentType: 'text/html; charset=utf-8',
      lastModified: newest([feed.updated]),
      headers: { 'Content-Security-Policy': embedCsp(maxHeight || null), 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'strict-origin-when-cross-origin' },
    })
  }
}
