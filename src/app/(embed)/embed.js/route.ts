import { cacheable } from '@/feeds/http'
import { embedLoaderScript } from '@/feeds/loader'

/** The same for every request: built once per server from the list of languages. */
const script = embedLoaderScript()

/** `/embed.js`: the widget loader partners paste (src/feeds/loader.ts); cached an hour, then revalidated. */
export function GET(request: Request): Response {
  return cacheable(request, script, {
    contentType: 'text/javascript; charset=utf-8',
    cacheControl: 'public, max-age=3600, stale-while-revalidate=86400',
    headers: { 'Access-Control-Allow-Origin': '*' },
  })
}
