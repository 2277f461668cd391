import { sitemapFileHandler } from '@/feeds/endpoints/sitemap'

/** `/sitemaps/{n}.xml`: one file of a split sitemap (src/feeds/endpoints/sitemap.ts). */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  return sitemapFileHandler(request, (await params).file)
}
