import { unstable_cache } from 'next/cache'

import { cacheTags, SYNDICATION_TTL } from '@/data/cacheTags'
import { getSitemapFiles, loadSitemapFile } from '@/data/sitemap'
import { siteUrl } from '@/lib/env'
import { absoluteUrl, routes } from '@/lib/routes'

import { cacheable, etagOf, newest, textError } from '../http'
import { sitemapIndexXml, sitemapUrls, urlsetXml } from '../sitemap'

const xml = 'application/xml; charset=utf-8'

/** `/sitemap.xml`: an index of the sitemap's files (data/sitemap.ts), each one bounded query. */
export async function sitemapHandler(request: Request): Promise<Response> {
  const site = siteUrl()
  const files = await getSitemapFiles()
  return cacheable(request, sitemapIndexXml(files.map((file) => ({ loc: absoluteUrl(site, routes.sitemapFile(file)), lastModified: null }))), {
    contentType: xml,
    lastModified: null,
  })
}

/**
 * A sitemap file as served, with its ETag: built once per version of the content and cached with
 * it (expired with the feeds). A year of 16,000 items is 48,000 URLs, some 20 MB of XML: built
 * and hashed on every request it took 0.4-0.5 s and most of a gigabyte at 100,000 items.
 */
const sitemapFileBody = unstable_cache(
  async (name: string, site: string): Promise<{ body: string; etag: string; lastModified: string | null } | null> => {
    const pages = await loadSitemapFile(name)
    if (!pages) return null
    const urls = sitemapUrls(pages, site)
    const body = urlsetXml(urls)
    return { body, etag: etagOf(body), lastModified: newest(urls.map((url) => url.lastModified))?.toISOString() ?? null }
  },
  ['sitemap-file-xml'],
  { tags: [cacheTags.syndication], revalidate: SYNDICATION_TTL },
)

/** `/sitemaps/{file}.xml`: one file of the sitemap (`pages`, `news-<year>`). */
export async function sitemapFileHandler(request: Request, file: string): Promise<Response> {
  const name = /^(pages|news-\d{4})\.xml$/.exec(file)?.[1]
  const built = name ? await sitemapFileBody(name, siteUrl()) : null
  if (!built) return textError(404, `No such sitemap file; start at ${routes.sitemap()}.`)
  return cacheable(request, built.body, { contentType: xml, etag: built.etag, lastModified: built.lastModified ? new Date(built.lastModified) : null })
}
