import { readdirSync, statSync } from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'

import { expect, test, type APIRequestContext } from '@playwright/test'

import { locales, type Locale } from '../../src/i18n/locales'
import { admin, fullyTranslated, publishedDocs, staffHeaders } from '../helpers/e2e'
import { pageTypesOf } from '../helpers/pageTypes.mjs'

/*
 * The production server (scripts/server.mjs) on every public page type in every language, cold
 * (just revalidated) and cached: no executable script and no script preload reach readers, the
 * bytes are the same in every encoding, HEAD tells the real length, validators give 304, and a
 * staff draft preview keeps the scripts its live preview needs. A Next upgrade that changes how
 * scripts or pages are written fails here.
 */

interface Raw {
  status: number
  headers: http.IncomingHttpHeaders
  body: Buffer
}

/** One request with Node's http client: the bytes as sent, nothing decompressed or followed. */
function raw(baseURL: string, path: string, { method = 'GET', headers = {} }: { method?: string; headers?: Record<string, string> } = {}): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const request = http.request(new URL(path, baseURL), { method, headers }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }))
      response.on('error', reject)
    })
    request.on('error', reject)
    request.end()
  })
}

/** The HTML of a response, decoded from its Content-Encoding. */
function decoded(response: Raw): string {
  const encoding = response.headers['content-encoding']
  if (encoding === 'br') return brotliDecompressSync(response.body).toString('utf8')
  if (encoding === 'gzip') return gunzipSync(response.body).toString('utf8')
  expect(encoding, 'an encoding this test knows').toBeUndefined()
  return response.body.toString('utf8')
}

/** Everything in a page that would run or fetch code; empty for a page that ships no JavaScript. */
function executable(html: string, linkHeader: string | string[] | undefined): string[] {
  const found = [
    ...[...html.matchAll(/<script\b[^>]*>/gi)].map(([tag]) => tag).filter((tag) => !/\stype="application\/ld\+json"/i.test(tag)),
    ...[...html.matchAll(/<link\b[^>]*>/gi)].map(([tag]) => tag).filter((tag) => /rel="modulepreload"/i.test(tag) || (/rel="preload"/i.test(tag) && /as="script"/i.test(tag))),
    ...[...html.matchAll(/<[a-z][^>]*\son[a-z]+=/gi)].map(([tag]) => tag),
    ...[...html.matchAll(/(?:href|src|action)="javascript:[^"]*"/gi)].map(([attribute]) => attribute),
  ]
  for (const link of [linkHeader ?? []].flat().flatMap((line) => line.split(/,(?=\s*<)/))) {
    if (/rel="?modulepreload/i.test(link) || (/rel="?preload/i.test(link) && /as="?script/i.test(link))) found.push(`Link: ${link}`)
  }
  return found
}

/** One page of each public type in a language. */
async function pageTypes(request: APIRequestContext): Promise<(locale: Locale) => Record<string, string>> {
  const [news, project, region] = await Promise.all([
    publishedDocs(request, 'news').then(fullyTranslated),
    publishedDocs(request, 'projects').then(fullyTranslated),
    publishedDocs(request, 'regions').then(fullyTranslated),
  ])
  const types = pageTypesOf({ news, project, region })
  return (locale) => ({
    ...types(locale),
    search: `/${locale}/search?q=ASTI`,
    'not found': `/${locale}/no-such-page-${locale}`,
  })
}

/**
 * Checks one page as readers get it and returns its HTML: no code (or, for the 404 that Next
 * sends as an error shell, the scripts that draw it and the page's language), the same bytes in
 * every encoding, HEAD with the GET's headers, 304 for its validator.
 */
async function checkPage(baseURL: string, name: string, path: string, locale: Locale): Promise<{ cache: string | undefined }> {
  const plain = await raw(baseURL, path)
  const label = `${name} (${path})`
  expect(plain.status, label).toBe(name === 'not found' ? 404 : 200)
  expect(plain.headers['content-type'], label).toMatch(/^text\/html/)
  const html = decoded(plain)
  expect(html, label).toMatch(new RegExp(`<html[^>]*\\slang="${locale}"`))
  if (name === 'not found' && !html.includes('<main')) {
    // Next 16 sends notFound() as an empty error shell that its client runtime draws
    // (vercel/next.js#62228): it keeps its scripts, and gets its language from the server.
    expect(executable(html, plain.headers.link).length, label).toBeGreaterThan(0)
  } else {
    expect(html, label).toContain('<main')
    expect(executable(html, plain.headers.link), label).toEqual([])
    if (name === 'news item') expect(html, label).toContain('<script type="application/ld+json">')
  }
  expect(plain.headers.vary, label).toMatch(/accept-encoding/i)
  if (plain.headers['content-length'] !== undefined) expect(Number(plain.headers['content-length']), label).toBe(plain.body.length)

  // A page Next keeps is the same bytes on every request; one rendered per request (search, the
  // 404) is the same document, but Next's inline RSC payload (kept by the 404) varies in order.
  const sameDocument = (text: string) => (plain.headers.etag ? text : text.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, ''))
  for (const encoding of ['br', 'gzip']) {
    const compressed = await raw(baseURL, path, { headers: { 'Accept-Encoding': encoding } })
    expect(compressed.headers['content-encoding'], `${label} ${encoding}`).toBe(encoding)
    expect(sameDocument(decoded(compressed)), `${label} ${encoding}`).toBe(sameDocument(html))
    if (compressed.headers['content-length'] !== undefined) expect(Number(compressed.headers['content-length'])).toBe(compressed.body.length)
    const head = await raw(baseURL, path, { method: 'HEAD', headers: { 'Accept-Encoding': encoding } })
    expect(head.body.length, `${label} HEAD ${encoding}`).toBe(0)
    expect(head.headers['content-length'], `${label} HEAD ${encoding}`).toBe(compressed.headers['content-length'])
    expect(head.headers['content-encoding'], `${label} HEAD ${encoding}`).toBe(encoding)
  }
  const head = await raw(baseURL, path, { method: 'HEAD' })
  expect(head.status, `${label} HEAD`).toBe(plain.status)
  expect(head.headers['content-length'], `${label} HEAD`).toBe(plain.headers['content-length'])

  const etag = plain.headers.etag
  if (etag) {
    for (const encoding of ['br', 'identity']) {
      const again = await raw(baseURL, path, { headers: { 'If-None-Match': etag, 'Accept-Encoding': encoding } })
      expect(again.status, `${label} If-None-Match ${encoding}`).toBe(304)
      expect(again.body.length).toBe(0)
      expect(again.headers.etag).toBe(etag)
    }
  }
  return { cache: plain.headers['x-nextjs-cache'] as string | undefined }
}

test.describe('the production server', () => {
  test('every public page type in every language ships no JavaScript, cold and cached, in every encoding', async ({ request, baseURL }) => {
    test.setTimeout(240_000)
    const paths = await pageTypes(request)
    // Saving the Site settings revalidates every page (src/cms/hooks/revalidate.ts): all are cold.
    const saved = await request.post('/api/globals/site', { headers: await staffHeaders(request), data: {} })
    expect(saved.ok()).toBe(true)
    for (const locale of locales) {
      for (const [name, path] of Object.entries(paths(locale))) {
        const cold = await checkPage(baseURL!, name, path, locale)
        const cached = await checkPage(baseURL!, name, path, locale)
        // Pages Next keeps (all but search and the 404) are rendered now, then served from its cache.
        if (cold.cache !== undefined) {
          expect(cold.cache, `${path} cold`).toBe('MISS')
          expect(cached.cache, `${path} cached`).toBe('HIT')
        } else {
          expect(['search', 'not found'], `${path} is rendered on every request`).toContain(name)
        }
      }
    }
  })

  test('pages rendered and pages missing write nothing to disk (Next\'s cache is in memory)', async ({ baseURL }) => {
    // The e2e server's build folder (tests/helpers/e2e-server.mjs).
    const dist = path.join(process.cwd(), '.next-e2e')
    const files = () => {
      const found = new Map<string, number>()
      const walk = (dir: string) => {
        for (const entry of readdirSync(dir, { withFileTypes: true })) {
          const file = path.join(dir, entry.name)
          if (entry.isDirectory()) walk(file)
          else found.set(file, statSync(file).mtimeMs)
        }
      }
      walk(dist)
      return found
    }
    const before = files()
    expect(before.size).toBeGreaterThan(100)
    const stamp = Date.now().toString(36)
    for (const locale of locales) {
      expect((await raw(baseURL!, `/${locale}/news/missing-${stamp}`)).status).toBe(404)
      expect((await raw(baseURL!, `/${locale}/missing-${stamp}`)).status).toBe(404)
      expect((await raw(baseURL!, `/${locale}/news/page/9999`)).status).toBeLessThan(500)
      expect((await raw(baseURL!, `/${locale}/regions`)).status).toBe(200)
    }
    const after = files()
    expect([...after].filter(([file, mtime]) => before.get(file) !== mtime).map(([file]) => path.relative(dist, file))).toEqual([])
  })

  test('a reader\'s browser loads no script on a public page', async ({ page, request }) => {
    const paths = await pageTypes(request)
    const scripts: string[] = []
    page.on('request', (req) => {
      if (req.resourceType() === 'script') scripts.push(req.url())
    })
    for (const locale of locales) {
      await page.goto(paths(locale)['news item'])
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      expect(await page.evaluate(() => 'next' in window || '__next_f' in window)).toBe(false)
    }
    expect(scripts).toEqual([])
  })

  test('other responses are compressed too and keep their own content: feeds, the admin', async ({ baseURL }) => {
    const feed = await raw(baseURL!, '/en/news/rss.xml')
    expect(feed.status).toBe(200)
    const feedBr = await raw(baseURL!, '/en/news/rss.xml', { headers: { 'Accept-Encoding': 'br' } })
    expect(feedBr.headers['content-encoding']).toBe('br')
    expect(decoded(feedBr)).toBe(feed.body.toString('utf8'))
    const login = await raw(baseURL!, '/admin/login', { headers: { 'Accept-Encoding': 'gzip' } })
    expect(login.headers['content-encoding']).toBe('gzip')
    const html = decoded(login)
    expect(html).toContain('<script')
    expect(html).not.toContain('newsroom-client-runtime')
  })

  test('a staff draft preview keeps Next\'s client runtime (the live preview needs it)', async ({ page, request, baseURL }) => {
    test.setTimeout(120_000)
    const news = fullyTranslated(await publishedDocs(request, 'news'))
    await page.goto('/admin/login')
    await page.locator('input[name="email"]').fill(admin.email)
    await page.locator('input[name="password"]').fill(admin.password)
    await page.locator('button[type="submit"]').click()
    await expect(page).toHaveURL(/\/admin\/?$/, { timeout: 30_000 })
    await page.goto(`/admin/collections/news/${news.id}`)
    const [preview] = await Promise.all([page.waitForEvent('popup'), page.locator('#preview-button').click()])
    const scripts: string[] = []
    preview.on('request', (req) => {
      if (req.resourceType() === 'script') scripts.push(req.url())
    })
    await expect(preview).toHaveURL(new RegExp(`/en/news/${news.slug.en}$`), { timeout: 30_000 })
    // The page as the browser received it (the draft-mode cookie is the browser's own).
    const response = await preview.reload()
    await expect(preview.locator('.preview-bar')).toBeVisible()
    const html = (await response?.text()) ?? ''
    expect(html).toContain('<meta name="newsroom-client-runtime" content="keep"/>')
    expect(html).toMatch(/<script src="\/_next\/static\//)
    await expect.poll(() => scripts.length).toBeGreaterThan(0)
    expect(await preview.evaluate(() => 'next' in window)).toBe(true)
    await preview.close()
    // Readers, at the same address, still get no script.
    expect(executable(decoded(await raw(baseURL!, `/en/news/${news.slug.en}`)), undefined)).toEqual([])
  })
})
