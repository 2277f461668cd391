import { describe, expect, it } from 'vitest'

import { cacheable, etagOf, intParam, isNotModified } from '@/feeds/http'
import { OEMBED_DEFAULT, oembedDiscoveryUrl, oembedResponse, parseEmbeddableUrl } from '@/feeds/oembed'

// Pure helpers of the partner-facing routes: no database involved.
const SITE = 'https://asti.example'

describe('conditional requests', () => {
  const etag = etagOf('<rss/>')
  const modified = new Date('2026-11-20T09:00:00.500Z')
  const get = (headers: Record<string, string>) => new Request(`${SITE}/en/news/rss.xml`, { headers })

  it('answers 304 to a matching ETag (weak or in a list) and to a current If-Modified-Since', () => {
    expect(isNotModified(get({ 'if-none-match': etag }), etag, modified)).toBe(true)
    expect(isNotModified(get({ 'if-none-match': `"other", W/${etag}` }), etag, modified)).toBe(true)
    expect(isNotModified(get({ 'if-modified-since': 'Fri, 20 Nov 2026 09:00:00 GMT' }), etag, modified)).toBe(true)
    expect(cacheable(get({ 'if-none-match': etag }), '<rss/>', { contentType: 'application/rss+xml', lastModified: modified }).status).toBe(304)
  })

  it('answers 200 when the client copy is older or different; If-None-Match wins over the date', () => {
    expect(isNotModified(get({ 'if-none-match': '"stale"' }), etag, modified)).toBe(false)
    expect(isNotModified(get({ 'if-modified-since': 'Thu, 19 Nov 2026 09:00:00 GMT' }), etag, modified)).toBe(false)
    expect(isNotModified(get({ 'if-none-match': '"stale"', 'if-modified-since': 'Sat, 21 Nov 2026 09:00:00 GMT' }), etag, modified)).toBe(false)
    expect(isNotModified(get({ 'if-modified-since': 'not a date' }), etag, modified)).toBe(false)
    const response = cacheable(get({}), '<rss/>', { contentType: 'application/rss+xml', lastModified: modified })
    expect(response.status).toBe(200)
    expect(response.headers.get('etag')).toBe(etag)
    expect(response.headers.get('last-modified')).toBe('Fri, 20 Nov 2026 09:00:00 GMT')
  })

  it('reads whole-number parameters within bounds and explains bad ones', () => {
    expect(intParam(null, 'limit', 1, 20, 5)).toBe(5)
    expect(intParam('7', 'limit', 1, 20, 5)).toBe(7)
    for (const bad of ['0', '21', '-1', '2.5', 'ten', '99999999']) expect(intParam(bad, 'limit', 1, 20, 5)).toMatch(/"limit" must be a whole number from 1 to 20/)
  })
})

describe('oEmbed', () => {
  it('recognises our project and region pages only', () => {
    expect(parseEmbeddableUrl(`${SITE}/tg/regions/sughd`, SITE)).toEqual({ locale: 'tg', kind: 'regions', slug: 'sughd' })
    expect(parseEmbeddableUrl(`${SITE}/ru/projects/voda-dlya-isfary/`, SITE)).toEqual({ locale: 'ru', kind: 'projects', slug: 'voda-dlya-isfary' })
    for (const other of [`${SITE}/en/news/x`, `${SITE}/de/projects/x`, `https://evil.example/en/projects/x`, `${SITE}/en/projects`, 'not a url', `${SITE}/en/projects/%E0%A4%A`]) {
      expect(parseEmbeddableUrl(other, SITE), other).toBeNull()
    }
  })

  it('sizes the rich answer within maxwidth and maxheight, and escapes the title', () => {
    const page = { locale: 'ru' as const, kind: 'projects' as const, slug: 'voda' }
    const full = oembedResponse({ page, slug: 'voda', title: 'Вода "для" <Исфары>', siteName: 'ASTI', siteUrl: SITE })
    expect(full).toMatchObject({ version: '1.0', type: 'rich', width: OEMBED_DEFAULT.width, height: OEMBED_DEFAULT.height })
    // The widget fits its items into the answered height (maxheight); WordPress's fallback link comes first.
    expect(full.html).toContain(`src="${SITE}/embed/ru/projects/voda?maxheight=${OEMBED_DEFAULT.height}"`)
    expect(full.html).toContain('title="Вода &#34;для&#34; &#60;Исфары&#62;"')
    expect(full.html).toMatch(new RegExp(`^<blockquote class="wp-embedded-content"[^>]*><a href="${SITE}/ru/projects/voda">Вода &#34;для&#34; &#60;Исфары&#62;</a></blockquote><iframe `))
    const small = oembedResponse({ page, slug: 'voda', title: 'x', siteName: 'ASTI', siteUrl: SITE, maxWidth: 300, maxHeight: 200 })
    expect([small.width, small.height]).toEqual([300, 200])
    expect(small.html).toContain('width="300" height="200"')
    expect(small.html).toContain('?maxheight=200"')
    // WordPress's defaults (width 500, maxheight 750): never taller than width / 0.7, so the block
    // editor sets no fixed aspect ratio; never above WordPress's 1000 px.
    expect(oembedResponse({ page, slug: 'voda', title: 'x', siteName: 'ASTI', siteUrl: SITE, maxWidth: 500, maxHeight: 750 }).height).toBe(714)
    expect(oembedResponse({ page, slug: 'voda', title: 'x', siteName: 'ASTI', siteUrl: SITE, maxWidth: 5000, maxHeight: 5000 })).toMatchObject({ width: 560, height: 800 })
    expect(oembedDiscoveryUrl(SITE, '/tg/regions/sughd')).toBe(`${SITE}/oembed?url=https%3A%2F%2Fasti.example%2Ftg%2Fregions%2Fsughd&format=json`)
  })
})
