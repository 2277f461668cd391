import { getSitemapPages } from '@/data/sitemap'
import { siteUrl } from '@/lib/env'
import { absoluteUrl, routes } from '@/lib/routes'

import { cacheable, newest, textError } from '../http'
import { chunkUrls, sitemapIndexXml, sitemapUrls, urlsetXml } from '../sitemap'

const xml = 'application/xml; charset=utf-8'

/** `/sitemap.xml`: every published page in every language, or an index once past 50,000 URLs. */
export async function sitemapHandler(request: Request): Promise<Response> {
  const site = siteUrl()
  const urls = sitemapUrls(await getSitemapPages(), site)
  const lastModified = newest(urls.map((url) => url.lastModified))
  const chunks = chunkUrls(urls)
  const body =
    chunks.length === 1
      ? urlsetXml(chunks[0])
      : sitemapIndexXml(
          chunks.map((chunk, index) => ({ loc: absoluteUrl(site, routes.sitemapFile(index + 1)), lastModified: newest(chunk.map((url) => url.lastModified))?.toISOString() ?? null })),
        )
  return cacheable(request, body, { contentType: xml, lastModified })
}

/** `/sitemaps/{n}.xml`: the n-th file of a sitemap split past 50,000 URLs. */
export async function sitemapFileHandler(request: Request, file: string): Promise<Response> {
  const match = /^([1-9]\d{0,4})\.xml$/.exec(file)
  const chunks = chunkUrls(sitemapUrls(await getSitemapPages(), siteUrl()))
  const chunk = match && chunks.length > 1 ? chunks[Number(match[1]) - 1] : undefined
  if (!chunk) return textError(404, `No such sitemap file; start at ${routes.sitemap()}.`)
  return cacheable(request, urlsetXml(chunk), { contentType: xml, lastModified: newest(chunk.map((url) => url.lastModified)) })
}
