import type { Locale } from '@/i18n/locales'
import { languageAlternates } from '@/lib/routes'

import { escapeHtml } from './html'

/*
 * sitemap.xml (https://www.sitemaps.org/protocol.html) with hreflang alternates as xhtml:link
 * (Google's format): one <url> per page and language, each listing every language version of the
 * page and x-default. `/sitemap.xml` is an index of files (data/sitemap.ts), none over 50,000 URLs.
 */

/** The protocol's limit of URLs per sitemap file. */
export const SITEMAP_LIMIT = 50_000

/** One page in every language it is published in. */
export interface SitemapInput {
  paths: Partial<Record<Locale, string>>
  lastModified: string | null
  /** Where readers without a matching language go (default: the English page). */
  xDefault?: string
}

/** One <url> entry: a page in one language, with all its language versions. */
export interface SitemapUrl {
  loc: string
  lastModified: string | null
  alternates: { hreflang: string; href: string }[]
}

/** Expands pages into one URL per language, each carrying the alternates of all languages. */
export function sitemapUrls(pages: SitemapInput[], siteUrl: string): SitemapUrl[] {
  return pages.flatMap((page) => {
    const alternates = languageAlternates(page.paths, siteUrl, page.xDefault)
    const versions = alternates.filter((link) => link.hreflang !== 'x-default')
    return versions.map((version) => ({ loc: version.href, lastModified: page.lastModified, alternates }))
  })
}

/** A <urlset> document. */
export function urlsetXml(urls: SitemapUrl[]): string {
  const entries = urls.map((url) => {
    const lastmod = url.lastModified ? `<lastmod>${new Date(url.lastModified).toISOString()}</lastmod>` : ''
    const links = url.alternates.map((link) => `<xhtml:link rel="alternate" hreflang="${link.hreflang}" href="${escapeHtml(link.href)}"/>`).join('')
    return `<url><loc>${escapeHtml(url.loc)}</loc>${lastmod}${links}</url>`
  })
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n' +
    entries.join('\n') +
    '\n</urlset>\n'
  )
}

/** A <sitemapindex> of sitemap files. */
export function sitemapIndexXml(files: { loc: string; lastModified: string | null }[]): string {
  const entries = files.map((file) => `<sitemap><loc>${escapeHtml(file.loc)}</loc>${file.lastModified ? `<lastmod>${new Date(file.lastModified).toISOString()}</lastmod>` : ''}</sitemap>`)
  return '<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' + entries.join('\n') + '\n</sitemapindex>\n'
}
