import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import path from 'node:path'

import { expect, request as playwrightRequest, test, type APIRequestContext } from '@playwright/test'

import { e2eEnv } from '../helpers/e2e-env.mjs'
import { staffHeaders } from '../helpers/e2e'

/*
 * Two more instances of the production build, on the e2e database and one Redis of their own
 * (scripts/redis.sh): a publish through instance A must reach readers of instance B, on every
 * page that shows the item, through the shared cache (scripts/server/cacheHandler.mjs). Without
 * REDIS_URL each instance keeps its own cache and B would show the old title until it expired.
 */

const basePort = Number(process.env.E2E_PORT ?? 3100)
const ports = { a: basePort + 11, b: basePort + 12, redis: basePort + 3290 }

function redis(action: 'start' | 'stop'): string {
  return execFileSync('bash', [path.resolve('scripts/redis.sh'), action], { env: { ...process.env, REDIS_PORT: String(ports.redis) }, encoding: 'utf8' }).trim()
}

async function instance(port: number, redisUrl: string): Promise<{ child: ChildProcess; api: APIRequestContext }> {
  const env = { ...e2eEnv(String(port)), REDIS_URL: redisUrl, JOBS_AUTORUN: 'false' }
  const child = spawn(process.execPath, [path.resolve('scripts/server.mjs')], { env, stdio: 'ignore' })
  const api = await playwrightRequest.newContext({ baseURL: `http://localhost:${port}` })
  await expect.poll(async () => (await api.get('/en').catch(() => null))?.status(), { timeout: 90_000, intervals: [500] }).toBe(200)
  return { child, api }
}

test('a publish through one instance reaches readers of another through the shared Redis cache', async ({ request }) => {
  test.setTimeout(240_000)
  const redisUrl = redis('start')
  const started: { child: ChildProcess; api: APIRequestContext }[] = []
  const headers = await staffHeaders(request)
  let id = ''
  try {
    const a = await instance(ports.a, redisUrl)
    started.push(a)
    const b = await instance(ports.b, redisUrl)
    started.push(b)

    const stamp = Date.now().toString(36)
    const before = `Irrigation council meets in Panjakent ${stamp}`
    const after = `Irrigation council agrees a plan in Panjakent ${stamp}`
    const created = await a.api.post('/api/news?locale=en', { headers, data: { title: before, summary: 'Water users of the valley.', publishedAt: new Date().toISOString(), _status: 'published' } })
    expect(created.status()).toBe(201)
    const doc = ((await created.json()) as { doc: { id: string; slug: string } }).doc
    id = doc.id
    const pages = [`/en/news/${doc.slug}`, '/en/news', '/en', '/en/news/rss.xml', '/en/news/feed.json', '/api/v1/en/news']
    // B caches every page with the first title.
    for (const page of pages) await expect.poll(async () => (await (await b.api.get(page)).text()).includes(before), { timeout: 20_000 }).toBe(true)

    const changed = await a.api.patch(`/api/news/${id}?locale=en`, { headers, data: { title: after, _status: 'published' } })
    expect(changed.status()).toBe(200)
    const publishedAt = Date.now()
    const seenAfter: Record<string, number> = {}
    for (const page of pages) {
      await expect.poll(async () => (await (await b.api.get(page)).text()).includes(after), { timeout: 20_000, intervals: [100] }).toBe(true)
      seenAfter[page] = Date.now() - publishedAt
    }
    // The figures (bench/ measures; this shows them): how long after the publish B showed the change.
    console.log(`instance B showed the new title after: ${Object.entries(seenAfter).map(([page, ms]) => `${page} ${ms} ms`).join(', ')}`)
  } finally {
    if (id) await request.delete(`/api/news/${id}`, { headers })
    for (const { child, api } of started) {
      await api.dispose()
      child.kill('SIGTERM')
    }
    redis('stop')
  }
})
