import { generateAtomFeed, generateJsonFeed, generateRssFeed } from 'feedsmith'

import { localeInfo } from '@/i18n/locales'
import type { FeedFormat } from '@/lib/routes'

import { escapeHtml } from './html'
import type { FeedDocument, FeedEntry } from './model'

/*
 * RSS 2.0, Atom 1.0 and JSON Feed 1.1 through feedsmith, which writes all three from typed
 * objects (namespaces, escaping, dates). One fix on top: feedsmith pretty-prints, which puts a
 * newline and indentation between an element and its CDATA section; some readers keep that
 * whitespace in titles, so it is removed (the text inside the CDATA is untouched).
 */

function tightenCdata(xml: string): string {
  return xml.replace(/>\s+<!\[CDATA\[/g, '><![CDATA[').replace(/\]\]>\s+</g, ']]><')
}

/** The entry's full HTML, or its summary as a paragraph when the body is empty. */
function contentOf(entry: FeedEntry): string {
  return entry.html || `<p>${escapeHtml(entry.summary || entry.title)}</p>`
}

/** RSS 2.0 with content:encoded (full HTML) and an atom:link to itself. */
export function toRss(feed: FeedDocument): string {
  const xml = generateRssFeed({
    title: feed.title,
    link: feed.homeUrl,
    description: feed.description,
    language: localeInfo[feed.language].htmlLang,
    lastBuildDate: new Date(feed.updated),
    generator: feed.siteName,
    image: { url: feed.iconUrl, title: feed.title, link: feed.homeUrl },
    atom: { links: [{ href: feed.feedUrls.rss, rel: 'self', type: 'application/rss+xml' }] },
    items: feed.entries.map((entry) => ({
      title: entry.title,
      link: entry.url,
      guid: { value: entry.id, isPermaLink: false },
      pubDate: new Date(entry.published),
      description: entry.summary || entry.title,
      content: { encoded: contentOf(entry) },
      categories: entry.categories.map((name) => ({ name })),
      enclosures: entry.image ? [{ url: entry.image.url, type: entry.image.type, length: entry.image.length }] : undefined,
      dc: entry.author ? { creators: [entry.author] } : undefined,
    })),
  })
  return tightenCdata(xml)
}

/** Atom 1.0 with xml:lang, self and alternate links, summary and full HTML content. */
export function toAtom(feed: FeedDocument): string {
  const xml = generateAtomFeed({
    id: feed.id,
    title: { value: feed.title },
    subtitle: { value: feed.description },
    updated: new Date(feed.updated),
    icon: feed.iconUrl,
    xml: { lang: localeInfo[feed.language].htmlLang },
    generator: { text: feed.siteName },
    authors: [{ name: feed.siteName, uri: feed.homeUrl }],
    links: [
      { href: feed.homeUrl, rel: 'alternate', type: 'text/html' },
      { href: feed.feedUrls.atom, rel: 'self', type: 'application/atom+xml' },
    ],
    entries: feed.entries.map((entry) => ({
      id: entry.id,
      title: { value: entry.title, type: 'text' },
      updated: new Date(entry.updated),
      published: new Date(entry.published),
      summary: { value: entry.summary || entry.title, type: 'text' },
      content: { value: contentOf(entry), type: 'html' },
      links: [
        { href: entry.url, rel: 'alternate', type: 'text/html' },
        ...(entry.image ? [{ href: entry.image.url, rel: 'enclosure', type: entry.image.type, length: entry.image.length }] : []),
      ],
      categories: entry.categories.map((label) => ({ term: label })),
      authors: entry.author ? [{ name: entry.author }] : undefined,
    })),
  })
  return tightenCdata(xml)
}

/** JSON Feed 1.1 (https://jsonfeed.org/version/1.1) with the feed's language. */
export function toJsonFeed(feed: FeedDocument): string {
  const json = generateJsonFeed({
    title: feed.title,
    home_page_url: feed.homeUrl,
    feed_url: feed.feedUrls.json,
    description: feed.description,
    icon: feed.iconUrl,
    language: localeInfo[feed.language].htmlLang,
    authors: [{ name: feed.siteName, url: feed.homeUrl }],
    items: feed.entries.map((entry) => ({
      id: entry.id,
      url: entry.url,
      title: entry.title,
      summary: entry.summary || undefined,
      content_html: contentOf(entry),
      image: entry.image?.url,
      date_published: new Date(entry.published),
      date_modified: new Date(entry.updated),
      tags: entry.categories.length > 0 ? entry.categories : undefined,
      authors: entry.author ? [{ name: entry.author }] : undefined,
      language: localeInfo[feed.language].htmlLang,
    })),
  })
  return JSON.stringify(json)
}

/** The serialiser and the Content-Type of each format. */
export const serializers: Record<FeedFormat, { serialize: (feed: FeedDocument) => string; contentType: string }> = {
  rss: { serialize: toRss, contentType: 'application/rss+xml; charset=utf-8' },
  atom: { serialize: toAtom, contentType: 'application/atom+xml; charset=utf-8' },
  json: { serialize: toJsonFeed, contentType: 'application/feed+json; charset=utf-8' },
}
