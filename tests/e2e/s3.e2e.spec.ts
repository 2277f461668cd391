import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import path from 'node:path'

import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3'
import { expect, request as playwrightRequest, test, type APIRequestContext } from '@playwright/test'
import sharp from 'sharp'

import { e2eEnv } from '../helpers/e2e-env.mjs'
import { serverArgs } from '../../scripts/lib.mjs'
import { locales, staffHeaders } from '../helpers/e2e'

/*
 * The production build configured for object storage: one more instance of it on the e2e
 * database with S3_BUCKET pointing at a real S3 server (Versity's gateway, scripts/s3.sh, on a
 * port of its own). An image uploaded through it lands in the bucket with its sizes, and a
 * public news page shows it in every language, loaded by the browser through Payload's file
 * route. Without the S3 settings the instance would write the file into MEDIA_DIR and the
 * bucket would stay empty.
 */

const basePort = Number(process.env.E2E_PORT ?? 3100)
const ports = { s3: basePort + 13, app: basePort + 14 }
const bucket = 'newsroom-e2e'
const credentials = { accessKeyId: 'newsroom-test', secretAccessKey: 'newsroom-test-secret' }
const endpoint = `http://127.0.0.1:${ports.s3}`

function s3Script(action: 'start' | 'stop'): string {
  return execFileSync('bash', [path.resolve('scripts/s3.sh'), action], { env: { ...process.env, S3_PORT: String(ports.s3), S3_BUCKET: bucket }, encoding: 'utf8' }).trim()
}

test('a public page shows an image stored in S3, in every language', async ({ page }) => {
  test.setTimeout(20 * 60_000) // the first start builds versitygw (minutes)
  expect(s3Script('start')).toBe(endpoint)
  const s3 = new S3Client({ endpoint, region: 'us-east-1', forcePathStyle: true, credentials })
  const keys = async (prefix: string) => ((await s3.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix }))).Contents ?? []).map((object) => object.Key).sort()

  const env = {
    ...e2eEnv(String(ports.app)),
    JOBS_AUTORUN: 'false',
    S3_BUCKET: bucket,
    S3_ENDPOINT: endpoint,
    S3_ACCESS_KEY_ID: credentials.accessKeyId,
    S3_SECRET_ACCESS_KEY: credentials.secretAccessKey,
  }
  let child: ChildProcess | undefined
  let api: APIRequestContext | undefined
  const created = { news: '', media: '' }
  let headers: Record<string, string> = {}
  try {
    child = spawn(process.execPath, serverArgs(process.env), { env, stdio: 'ignore' })
    api = await playwrightRequest.newContext({ baseURL: `http://localhost:${ports.app}` })
    const server = api
    await expect.poll(async () => (await server.get('/en').catch(() => null))?.status(), { timeout: 90_000, intervals: [500] }).toBe(200)
    headers = await staffHeaders(server)

    const stem = `s3-cover-${Date.now().toString(36)}`
    const image = await sharp({ create: { width: 1700, height: 1000, channels: 3, background: '#1d6b52' } }).png().toBuffer()
    const uploaded = await server.post('/api/media?locale=en', {
      headers,
      multipart: { file: { name: `${stem}.png`, mimeType: 'image/png', buffer: image }, _payload: JSON.stringify({ alt: 'Terraced fields above Khorog' }) },
    })
    expect(uploaded.status()).toBe(201)
    const media = ((await uploaded.json()) as { doc: { id: string; filename: string; sizes: Record<string, { filename: string }> } }).doc
    created.media = media.id
    expect(await keys(stem)).toEqual([media.filename, ...Object.values(media.sizes).map((size) => size.filename)].sort())
    const alt = { en: 'Terraced fields above Khorog', ru: 'Террасные поля над Хорогом', tg: 'Киштзорҳои зинагӣ болои Хоруғ' }
    for (const locale of ['ru', 'tg'] as const) expect((await server.patch(`/api/media/${media.id}?locale=${locale}`, { headers, data: { alt: alt[locale] } })).status()).toBe(200)

    const titles = { en: `Terraces of Khorog ${stem}`, ru: `Террасы Хорога ${stem}`, tg: `Зинаҳои Хоруғ ${stem}` }
    const posted = await server.post('/api/news?locale=en', { headers, data: { title: titles.en, summary: 'Fields on the slopes.', publishedAt: new Date().toISOString(), cover: media.id, _status: 'published' } })
    expect(posted.status()).toBe(201)
    const news = ((await posted.json()) as { doc: { id: string; slug: string } }).doc
    created.news = news.id
    const slugs: Record<string, string> = { en: news.slug }
    for (const locale of ['ru', 'tg'] as const) {
      const patched = await server.patch(`/api/news/${news.id}?locale=${locale}`, { headers, data: { title: titles[locale], summary: titles[locale], _status: 'published' } })
      expect(patched.status()).toBe(200)
      slugs[locale] = ((await patched.json()) as { doc: { slug: string } }).doc.slug
    }

    for (const locale of locales) {
      const served: { url: string; status: number; type?: string }[] = []
      page.on('response', (response) => {
        if (response.url().includes('/api/media/file/')) served.push({ url: response.url(), status: response.status(), type: response.headers()['content-type'] })
      })
      const response = await page.goto(`http://localhost:${ports.app}/${locale}/news/${slugs[locale]}`)
      expect(response?.status()).toBe(200)
      const cover = page.locator('img.document-cover')
      await expect(cover).toHaveAttribute('alt', alt[locale])
      // Loaded and decoded by the browser: a broken image has a natural width of 0.
      await expect.poll(() => cover.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth), { timeout: 20_000 }).toBeGreaterThan(0)
      const file = served.find((entry) => entry.url.includes(stem))
      expect(file, locale).toMatchObject({ status: 200, type: 'image/webp' })
      page.removeAllListeners('response')
    }

    expect((await server.delete(`/api/news/${news.id}`, { headers })).status()).toBe(200)
    created.news = ''
    expect((await server.delete(`/api/media/${media.id}`, { headers })).status()).toBe(200)
    created.media = ''
    expect(await keys(stem)).toEqual([])
  } finally {
    if (api) {
      if (created.news) await api.delete(`/api/news/${created.news}`, { headers })
      if (created.media) await api.delete(`/api/media/${created.media}`, { headers })
      await api.dispose()
    }
    child?.kill('SIGTERM')
    s3Script('stop')
  }
})
