import { getSitemapPages } from '@/data/sitemap'
import { cacheable, newest, textError } from '@/feeds/http'
import { chunkUrls, sitemapUrls, urlsetXml } from '@/feeds/sitemap'
import { siteUrl } from '@/lib/env'

/** `/sitemaps/{n}.xml`: the n-th file of a sitemap split past 50,000 URLs. */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const match = /^([1-9]\d{0,4})\.xml$/.exec((await params).file)
  const chunks = chunkUrls(sitemapUrls(await getSitemapPages(), siteUrl()))
  const chunk = match && chunks.length > 1 ? chunks[Number(match[1]) - 1] : undefined
  if (!chunk) return textError(404, 'No such sitemap file; start at /sitemap.xml.')
  return cacheable(request, urlsetXml(chunk), { contentType: 'application/xml; charset=utf-8', lastModified: newest(chunk.map((url) => url.lastModified)) })
}
