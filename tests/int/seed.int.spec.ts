import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { seed } from '@/cms/seed'
import { news as seedNews } from '@/cms/seed/content'

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

  it('seeds the demo content and is idempotent', async () => {
    const before = { news: await count(payload, 'news'), regions: await count(payload, 'regions') }
    const first = await seed(payload, options)
    expect(first.news).toBeGreaterThanOrEqual(15)
    expect(first.projects).toBeGreaterThanOrEqual(4)
    expect(first.contacts).toBeGreaterThanOrEqual(12)
    expect(await count(payload, 'news')).toBe(before.news + first.news)
    expect(await count(payload, 'regions')).toBe(before.regions + first.regions)

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
  }, 300_000)

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
