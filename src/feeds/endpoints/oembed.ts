import { getSiteName, getTranslatedByKey } from '@/data/syndication'
import { siteUrl } from '@/lib/env'

import { cacheable, intParam, jsonError, newest } from '../http'
import { oembedResponse, parseEmbeddableUrl } from '../oembed'

const cors = { 'Access-Control-Allow-Origin': '*' }

/**
 * `/oembed?url=…&format=json[&maxwidth=…&maxheight=…]`: the oEmbed provider for project and
 * region pages, addressed by their slug in any language (or id), answered in the URL's language. 404 for URLs that are not such a page of ours (or not published in that
 * language), 501 for formats other than JSON, 400 for malformed parameters.
 */
export async function oembedHandler(request: Request): Promise<Response> {
  const query = new URL(request.url).searchParams
  const format = query.get('format') || 'json'
  if (format !== 'json') return jsonError(501, `Format "${format}" is not served; use format=json.`, cors)
  const url = query.get('url')
  if (!url) return jsonError(400, 'The "url" parameter is required: the address of a project or region page.', cors)
  const maxWidth = intParam(query.get('maxwidth'), 'maxwidth', 1, 100_000, 100_000)
  if (typeof maxWidth === 'string') return jsonError(400, maxWidth, cors)
  const maxHeight = intParam(query.get('maxheight'), 'maxheight', 1, 100_000, 100_000)
  if (typeof maxHeight === 'string') return jsonError(400, maxHeight, cors)
  const site = siteUrl()
  const page = parseEmbeddableUrl(url, site)
  if (!page) return jsonError(404, 'Only project and region pages of this site can be embedded.', cors)
  const [doc, siteName] = await Promise.all([getTranslatedByKey(page.kind, page.locale, page.slug), getSiteName(page.locale)])
  if (!doc) return jsonError(404, 'No published project or region at this address in this language.', cors)
  const body = oembedResponse({ page, slug: doc.slug, title: doc.title, siteName, siteUrl: site, maxWidth, maxHeight })
  return cacheable(request, JSON.stringify(body), {
    contentType: 'application/json; charset=utf-8',
    lastModified: newest([doc.updatedAt]),
    headers: cors,
  })
}
