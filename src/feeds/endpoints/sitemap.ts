import { getSitemapFile, getSitemapFiles, type SitemapFile } from '@/data/sitemap'
import { siteUrl } from '@/lib/env'
import { absoluteUrl, routes } from '@/lib/routes'

import { cacheable, newest, textError } from '../http'
import { sitemapIndexXml, sitemapUrls, urlsetXml } from '../sitemap'

const xml = 'application/xml; charset=utf-8'

/** `/sitemap.xml`: an index of the sitemap's files (data/sitemap.ts), found by single-row probes. */
export async function sitemapHandler(request: Request): Promise<Response> {
  const site = siteUrl()
  const files = await getSitemapFiles()
  return cacheable(request, sitemapIndexXml(files.map((file) => ({ loc: absoluteUrl(site, routes.sitemapFile(file)), lastModified: null }))), {
    contentType: xml,
    lastModified: null,
  })
}

/** `/sitemaps/{file}.xml`: one file of the sitemap (`pages`, `news-<year>-<month>`). */
export async function sitemapFileHandler(request: Request, file: string): Promise<Response> {
  // Only the files the index lists are read (and cached): a made-up name costs a lookup in the
  // cached list, not a query and a cache entry of its own.
  const name = file.endsWith('.xml') ? file.slice(0, -'.xml'.length) : null
  const pages = name && (await getSitemapFiles()).includes(name as SitemapFile) ? await getSitemapFile(name) : null
  if (!pages) return textError(404, `No such sitemap file; start at ${routes.sitemap()}.`)
  const urls = sitemapUrls(pages, siteUrl())
  return cacheable(request, urlsetXml(urls), { contentType: xml, lastModified: newest(urls.map((url) => url.lastModified)) })
}
