import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seed, seedAdmin, SeedRefusedError } from '@/cms/seed'
import { news as seedNews } from '@/cms/seed/content'
import { DEMO_ADMIN, readEnv } from '@/lib/env'

import { databaseKind, testPayload } from '../helpers/payload'

/** Counts every document of a collection, drafts included. */
async function count(payload: Payload, collection: 'news' | 'projects' | 'regions' | 'contacts' | 'media' | 'users') {
  return (await payload.count({ collection, overrideAccess: true })).totalDocs
}

describe(`demo seed (${databaseKind})`, () => {
  let payload: Payload
  const options = { adminEmail: 'seed-admin@example.org', adminPassword: 'a-long-test-password', log: () => undefined }

  beforeAll(async () => {
    payload = await testPayload()
  })

  it('seeds the demo content', async () => {
    const before = { news: await count(payload, 'news'), regions: await count(payload, 'regions') }
    const first = await seed(payload, options)
    expect(first.news).toBeGreaterThanOrEqual(15)
    expect(first.projects).toBeGreaterThanOrEqual(4)
    expect(first.contacts).toBeGreaterThanOrEqual(12)
    expect(await count(payload, 'news')).toBe(before.news + first.news)
    expect(await count(payload, 'regions')).toBe(before.regions + first.regions)
  }, 600_000)

  // A second seed finds every document by its slug or file name through Payload's queries, the same
  // on both databases; on FerretDB it costs almost two minutes of CI (no index, every version
  // written row by row), so it runs on SQLite only. The MongoDB-wire e2e smoke seeds FerretDB too.
  it.skipIf(databaseKind !== 'sqlite')('is idempotent: a second seed adds nothing', async () => {
    const counts = {
      news: await count(payload, 'news'),
      projects: await count(payload, 'projects'),
      regions: await count(payload, 'regions'),
      contacts: await count(payload, 'contacts'),
      media: await count(payload, 'media'),
      users: await count(payload, 'users'),
    }
    const second = await seed(payload, options)
    expect(second.adminCreated).toBe(false)
    expect({
      news: await count(payload, 'news'),
      projects: await count(payload, 'projects'),
      regions: await count(payload, 'regions'),
      contacts: await count(payload, 'contacts'),
      media: await count(payload, 'media'),
      users: await count(payload, 'users'),
    }).toEqual(counts)
  }, 600_000)

  it('spreads the news from 2009 to 2026 and publishes them', async () => {
    const years = seedNews.map((item) => Number(item.publishedAt.slice(0, 4)))
    expect(Math.min(...years)).toBeLessThanOrEqual(2009)
    expect(Math.max(...years)).toBe(2026)
    const published = await payload.find({ collection: 'news', where: { _status: { equals: 'published' } }, limit: 0, overrideAccess: true })
    expect(published.totalDocs).toBeGreaterThanOrEqual(seedNews.length)
  })

  it('has the regions of the brief in all three languages, with Tajik letters intact', async () => {
    const regions = await payload.find({ collection: 'regions', locale: 'all', limit: 100, depth: 0, overrideAccess: true })
    const names = regions.docs.map((doc) => doc.name as unknown as Record<string, string>)
    for (const name of names.filter((candidate) => candidate.en?.match(/Dushanbe|Sughd|Khatlon|Ferghana/))) {
      expect(name.ru).toBeTruthy()
      expect(name.tg).toBeTruthy()
    }
    expect(names.some((name) => name.tg?.includes('Суғд'))).toBe(true)
    expect(names.some((name) => /Бохтар/.test(name.tg ?? ''))).toBe(true)
    expect(names.some((name) => /Фарғона/.test(name.tg ?? ''))).toBe(true)
  })

  it('leaves some items deliberately untranslated into Tajik (to show the fallback)', async () => {
    const untranslated = seedNews.filter((item) => !item.title.tg)
    expect(untranslated.length).toBeGreaterThanOrEqual(1)
    expect(seedNews.filter((item) => item.title.tg).length).toBeGreaterThan(seedNews.length / 2)
  })
})

describe('the seed and the public demo login', () => {
  const production = { NODE_ENV: 'production' as const, PAYLOAD_SECRET: 'a-test-secret-of-sufficient-length' }

  it('refuses the demo administrator on a production database unless both SEED_ADMIN_* are given', () => {
    expect(() => seedAdmin(readEnv(production))).toThrow(SeedRefusedError)
    expect(() => seedAdmin(readEnv({ ...production, SEED_ADMIN_PASSWORD: 'a-long-password' }))).toThrow(/set SEED_ADMIN_EMAIL and SEED_ADMIN_PASSWORD/)
    // `npm run demo` gives both, the demo password included.
    const demo = { ...production, SEED_ADMIN_EMAIL: DEMO_ADMIN.email, SEED_ADMIN_PASSWORD: DEMO_ADMIN.password }
    expect(seedAdmin(readEnv(demo))).toEqual({ email: DEMO_ADMIN.email, password: DEMO_ADMIN.password })
  })

  it('keeps the demo login as the default outside production', () => {
    expect(seedAdmin(readEnv({ NODE_ENV: 'development' }))).toEqual({ email: DEMO_ADMIN.email, password: DEMO_ADMIN.password })
  })

  describe('`npm run seed` on a production database without SEED_ADMIN_*', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'newsroom-seed-'))
    afterAll(() => rmSync(folder, { recursive: true, force: true }))

    it('stops with one line saying why, before touching the database', () => {
      // Without VITEST: Payload imports modules differently under Vitest.
      const { VITEST: _vitest, SEED_ADMIN_EMAIL: _email, SEED_ADMIN_PASSWORD: _password, ...parentEnv } = process.env
      const database = path.join(folder, 'production.db')
      const result = spawnSync(process.execPath, ['scripts/cms.mjs', 'seed'], {
        env: { ...parentEnv, ...production, DATABASE_URI: `file:${database}`, MEDIA_DIR: path.join(folder, 'media'), PAYLOAD_DROP_DATABASE: '' },
        encoding: 'utf8',
        timeout: 120_000,
      })
      expect(result.status).toBe(1)
      const lines = result.stderr.trim().split('\n')
      expect(lines).toEqual([`Not seeding: this is a production database (NODE_ENV=production) and the demo administrator's password "${DEMO_ADMIN.password}" is public; set SEED_ADMIN_EMAIL and SEED_ADMIN_PASSWORD.`])
      expect(existsSync(database)).toBe(false)
    }, 120_000)
  })
})
