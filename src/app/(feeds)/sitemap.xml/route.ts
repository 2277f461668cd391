import { getSitemapPages } from '@/data/sitemap'
import { cacheable, newest } from '@/feeds/http'
import { chunkUrls, sitemapFilePath, sitemapIndexXml, sitemapUrls, urlsetXml } from '@/feeds/sitemap'
import { siteUrl } from '@/lib/env'
import { absoluteUrl } from '@/lib/routes'

// Read from the database on request (cached in data/), never at build time: the build has no database.
export const dynamic = 'force-dynamic'

/** `/sitemap.xml`: every published page in every language, or an index once past 50,000 URLs. */
export async function GET(request: Request): Promise<Response> {
  const site = siteUrl()
  const urls = sitemapUrls(await getSitemapPages(), site)
  const lastModified = newest(urls.map((url) => url.lastModified))
  const chunks = chunkUrls(urls)
  const body =
    chunks.length === 1
      ? urlsetXml(chunks[0])
      : sitemapIndexXml(
          chunks.map((chunk, index) => ({ loc: absoluteUrl(site, sitemapFilePath(index + 1)), lastModified: newest(chunk.map((url) => url.lastModified))?.toISOString() ?? null })),
        )
  return cacheable(request, body, { contentType: 'application/xml; charset=utf-8', lastModified })
}
