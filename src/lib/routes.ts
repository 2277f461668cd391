import { defaultLocale, localeInfo, locales, type Locale } from '@/i18n/locales'

/**
 * Every public URL is built here: pages, the language switcher, revalidation hooks, the sitemap
 * and feeds all call these, so a route changes in one place.
 */
/** Payload's admin panel and REST/GraphQL API (payload.config.ts `routes` reads these). */
export const adminRoute = '/admin'
export const apiRoute = '/api'

export const routes = {
  home: (locale: Locale) => `/${locale}`,
  newsIndex: (locale: Locale, page = 1) =>
    page > 1 ? `/${locale}/news/page/${page}` : `/${locale}/news`,
  news: (locale: Locale, slug: string) => `/${locale}/news/${encodeURIComponent(slug)}`,
  projectsIndex: (locale: Locale) => `/${locale}/projects`,
  project: (locale: Locale, slug: string) => `/${locale}/projects/${encodeURIComponent(slug)}`,
  regionsIndex: (locale: Locale) => `/${locale}/regions`,
  region: (locale: Locale, slug: string) => `/${locale}/regions/${encodeURIComponent(slug)}`,
  contacts: (locale: Locale) => `/${locale}/contacts`,
  /** One contact on the contacts page (its card carries `id="contact-{id}"`). */
  contact: (locale: Locale, id: string) => `/${locale}/contacts#${contactAnchor(id)}`,
  /** Site search (and the news filters): `?q=`, `type`, `region`, `project`, `year`, `page`. */
  search: (locale: Locale, query: Query = {}) => withQuery(`/${locale}/search`, query),
  newsFeed: (locale: Locale, format: FeedFormat) => `/${locale}/news/${feedFiles[format]}`,
  projectFeed: (locale: Locale, slug: string, format: FeedFormat) =>
    `/${locale}/projects/${encodeURIComponent(slug)}/${feedFiles[format]}`,
  regionFeed: (locale: Locale, slug: string, format: FeedFormat) =>
    `/${locale}/regions/${encodeURIComponent(slug)}/${feedFiles[format]}`,
  /** The widget partners frame: the latest news of one project or region (`?limit`, `theme`, `maxheight`). */
  embed: (locale: Locale, kind: EmbedKind, slug: string, query: Query = {}) => withQuery(`/embed/${locale}/${kind}/${encodeURIComponent(slug)}`, query),
  /** The dependency-free loader that inserts the widget's iframe (src/feeds/loader.ts). */
  embedLoader: () => '/embed.js',
  oembed: (query: Query = {}) => withQuery('/oembed', query),
  /** The public read-only JSON API (CORS open to every origin, GET only). */
  api: (locale: Locale, collection: Section, slug?: string, query: Query = {}) =>
    withQuery(`${apiRoute}/v1/${locale}/${collection}${slug ? `/${encodeURIComponent(slug)}` : ''}`, query),
  /** Staff preview of a draft: checks the secret and the session, turns on draft mode, redirects. */
  preview: (query: { collection: Section; id: string; locale: Locale; secret: string }) => withQuery('/preview', query),
  /** Leaves draft mode and returns to `path`. */
  previewExit: (path: string) => withQuery('/preview/exit', { path }),
  sitemap: () => '/sitemap.xml',
  /** One file of the sitemap index (`pages`, `news-2026-11`). */
  sitemapFile: (name: string) => `/sitemaps/${name}.xml`,
  /** Static files every page or feed may point at. */
  icon: () => '/icon.svg',
  iconPng: () => '/icon-512.png',
  shareImage: () => '/share-1200x630.png',
} as const

/** Query parameters of a URL; empty and undefined values are left out. */
export type Query = Record<string, string | number | undefined>

/** `path` with `query` appended as a search string (nothing when every value is empty). */
function withQuery(path: string, query: Query): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) if (value !== undefined && value !== '') params.set(key, String(value))
  const text = params.toString()
  return text ? `${path}?${text}` : path
}

/** The fragment id of a contact's card on the contacts page. */
export function contactAnchor(id: string): string {
  return `contact-${id}`
}

/** Paths the site's robots.txt keeps crawlers out of: the admin, the APIs and partner widgets. */
export const privatePaths = [adminRoute, `${apiRoute}/`, '/embed/', routes.oembed()] as const

/** A locale-less site path under a language: `/about.html` -> `/en/about.html`. */
export function withLocale(locale: Locale, path: string): string {
  return path === '/' ? routes.home(locale) : `${routes.home(locale)}${path}`
}

/** The address Next renders the translated 404 page at (any unknown path under a language). */
export const notFoundRoute = (locale: Locale) => withLocale(locale, '/404')

/** A site path without its language prefix: `/ru/news/x` -> `/news/x`. */
export function withoutLocale(path: string, locale: Locale): string {
  const prefix = routes.home(locale)
  return path === prefix ? '/' : path.startsWith(`${prefix}/`) ? path.slice(prefix.length) : path
}

/**
 * Where an unknown address under `/{locale}/…` may have been redirected by staff, most specific
 * first: with and without the language prefix, with and without its query (old-site links).
 */
export function redirectCandidates(locale: Locale, rest: string, search = ''): string[] {
  const path = `/${rest.replace(/^\/+/, '')}`
  const candidates = search ? [`/${locale}${path}${search}`, `${path}${search}`] : []
  return [...new Set([...candidates, `/${locale}${path}`, path])]
}

/** The three feed formats partners can subscribe to, and the file name each is served under. */
export type FeedFormat = 'rss' | 'atom' | 'json'
export const feedFormats: readonly FeedFormat[] = ['rss', 'atom', 'json']
export const feedFiles: Record<FeedFormat, string> = { rss: 'rss.xml', atom: 'atom.xml', json: 'feed.json' }
export const feedMimeTypes: Record<FeedFormat, string> = {
  rss: 'application/rss+xml',
  atom: 'application/atom+xml',
  json: 'application/feed+json',
}

/** What a widget can show: the news of one project, or of one region. */
export type EmbedKind = 'projects' | 'regions'

/** The feed of a scope: all news, one project's or one region's. */
export function feedRoute(locale: Locale, format: FeedFormat, scope?: { kind: EmbedKind; slug: string }): string {
  if (!scope) return routes.newsFeed(locale, format)
  return scope.kind === 'projects' ? routes.projectFeed(locale, scope.slug, format) : routes.regionFeed(locale, scope.slug, format)
}

/** The public sections a document can belong to, and the list page each falls back to. */
export type Section = 'news' | 'projects' | 'regions'

/** The document page of a section, for a given slug. */
export function documentRoute(section: Section, locale: Locale, slug: string): string {
  if (section === 'news') return routes.news(locale, slug)
  if (section === 'projects') return routes.project(locale, slug)
  return routes.region(locale, slug)
}

/** The list page of a section (where the language switcher leads when a translation is missing). */
export function sectionRoute(section: Section, locale: Locale): string {
  if (section === 'news') return routes.newsIndex(locale)
  if (section === 'projects') return routes.projectsIndex(locale)
  return routes.regionsIndex(locale)
}

/** Makes a site path absolute against SITE_URL (for feeds, sitemaps and canonical links). */
export function absoluteUrl(siteUrl: string, path: string): string {
  return new URL(path, siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`).toString()
}

/**
 * Route patterns as Next's cache tags them: the folder path under `app/`, route group included
 * (Next tags a cached page `/(frontend)/[locale]/news/page`, so '/[locale]/news' would match nothing).
 */
const appRoot = '/(frontend)/[locale]'

/** Route patterns, for revalidating every page of one kind at once. */
export const routePatterns = {
  root: appRoot,
  home: appRoot,
  newsIndex: `${appRoot}/news`,
  newsPages: `${appRoot}/news/page/[page]`,
  news: `${appRoot}/news/[slug]`,
  projectsIndex: `${appRoot}/projects`,
  project: `${appRoot}/projects/[slug]`,
  regionsIndex: `${appRoot}/regions`,
  region: `${appRoot}/regions/[slug]`,
  contacts: `${appRoot}/contacts`,
} as const
/** Where each language's version of a page lives: one builder applied to every locale. */
export type Alternates = Record<Locale, string>

/** Alternates of a page that exists in every language (home, lists). */
export function alternatesOf(build: (locale: Locale) => string): Alternates {
  return Object.fromEntries(locales.map((locale) => [locale, build(locale)])) as Alternates
}

/**
 * The language versions of a page as `hreflang` links: every language it exists in, plus
 * x-default (`xDefault`, else the English page). Pages and the sitemap both use it, so they agree.
 */
export function languageAlternates(
  paths: Partial<Record<Locale, string>>,
  siteUrl: string,
  xDefault?: string,
): { hreflang: string; href: string }[] {
  const links = locales.flatMap((locale) => {
    const path = paths[locale]
    return path ? [{ hreflang: localeInfo[locale].htmlLang, href: absoluteUrl(siteUrl, path) }] : []
  })
  const fallbackPath = xDefault ?? paths[defaultLocale] ?? Object.values(paths)[0]
  return fallbackPath ? [...links, { hreflang: 'x-default', href: absoluteUrl(siteUrl, fallbackPath) }] : links
}

/** The page a rich-text internal link points at (`{ relationTo, value }` with a populated slug), or null. */
export function linkTargetPath(target: { relationTo: string; value: unknown } | null | undefined, locale: Locale): string | null {
  const sections: Record<string, Section> = { news: 'news', projects: 'projects', regions: 'regions' }
  const section = target ? sections[target.relationTo] : undefined
  const value = target?.value as { slug?: unknown } | undefined
  if (!section || !value || typeof value !== 'object' || typeof value.slug !== 'string') return null
  return documentRoute(section, locale, value.slug)
}
