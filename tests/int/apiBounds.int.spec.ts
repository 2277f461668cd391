import config from '@payload-config'
import { GRAPHQL_POST, REST_GET } from '@payloadcms/next/routes'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { readerBounds, staffBounds } from '@/cms/plugins/apiBounds'

import { context, databaseKind, payloadSuite, unique } from '../helpers/payload'

/**
 * What one request to Payload's REST and GraphQL API may cost (src/cms/plugins/apiBounds),
 * through the handlers exactly as the server mounts them: readers get pages of at most 100
 * documents, depth 2 and the first 10,000 results of a list; GraphQL queries are priced by the
 * lists they read and refused before they run when too costly; staff keep higher bounds.
 */
describe(`API bounds on REST and GraphQL (${databaseKind})`, () => {
  const suite = payloadSuite()
  const restGet = REST_GET(config)
  const graphql = GRAPHQL_POST(config)
  const prefix = unique('Bounded partner')
  // More contacts than a reader's page holds, so a page of exactly the cap proves the cap.
  const contactCount = readerBounds.limit + 5
  const ids = { news: '', grandParent: '' }
  let staffToken = ''

  type Who = 'reader' | 'staff'
  const headers = (who: Who, extra: Record<string, string> = {}): Record<string, string> => ({
    ...extra,
    ...(who === 'staff' ? { Authorization: `JWT ${staffToken}` } : {}),
  })

  async function rest(who: Who, path: string): Promise<Response> {
    const url = new URL(`http://localhost:3000/api/${path}`)
    const slug = url.pathname.slice('/api/'.length).split('/')
    return restGet(new Request(url, { headers: headers(who) }), { params: Promise.resolve({ slug }) })
  }

  interface ContactPage {
    docs: { id: string | number }[]
    totalDocs: number
    limit: number
  }
  const contacts = async (who: Who, query: string): Promise<ContactPage> => {
    const response = await rest(who, `contacts?depth=0&where[name][like]=${encodeURIComponent(prefix)}&${query}`)
    expect(response.status, query).toBe(200)
    return (await response.json()) as ContactPage
  }

  interface GraphQLAnswer {
    status: number
    body: { data?: Record<string, { docs: unknown[] } | null> | null; errors?: { message: string; extensions?: { statusCode?: number } }[] }
  }
  async function gql(who: Who, query: string, extra: Record<string, string> = {}): Promise<GraphQLAnswer> {
    const request = new Request('http://localhost:3000/api/graphql', {
      method: 'POST',
      headers: headers(who, { 'Content-Type': 'application/json', ...extra }),
      body: JSON.stringify({ query }),
    })
    const response = await graphql(request)
    return { status: response.status, body: (await response.json()) as GraphQLAnswer['body'] }
  }
  const aliases = (count: number, field: string) => `{ ${Array.from({ length: count }, (_, n) => `a${n}: ${field}`).join(' ')} }`

  beforeAll(async () => {
    const payload = suite.payload
    // Bulk test data: the listing and search indexes are not what this suite is about.
    const quiet = { ...context, skipSearchIndex: true, skipListings: true }
    for (let n = 0; n < contactCount; n++) {
      await payload.create({ collection: 'contacts', data: { name: `${prefix} ${n}`, kind: 'partner' }, context: quiet })
    }
    // A chain four levels deep: news item -> project -> region -> parent region -> its parent.
    const region = async (name: string, parent?: string) =>
      suite.docs.add('regions', await payload.create({ collection: 'regions', data: { name: unique(name), kind: 'province', parent }, context: quiet }))
    const grandParent = await region('Bounded country')
    ids.grandParent = String(grandParent.id)
    const parent = await region('Bounded province', grandParent.id)
    const child = await region('Bounded district', parent.id)
    const project = suite.docs.add(
      'projects',
      await payload.create({ collection: 'projects', data: { title: unique('Bounded project'), status: 'ongoing', startDate: '2026-01-01T00:00:00.000Z', regions: [child.id], _status: 'published' }, context: quiet }),
    )
    const news = suite.docs.add(
      'news',
      await payload.create({ collection: 'news', data: { title: unique('Bounded news'), publishedAt: new Date().toISOString(), project: project.id, _status: 'published' }, context: quiet }),
    )
    ids.news = String(news.id)
    const email = `bounds-${unique('u').split(' ')[1]}@example.org`
    suite.docs.add('users', await payload.create({ collection: 'users', data: { email, password: 'a-long-password', name: 'Bounds editor', role: 'editor' }, context }))
    staffToken = (await payload.login({ collection: 'users', data: { email, password: 'a-long-password' } })).token ?? ''
  })

  afterAll(async () => {
    await suite.payload.delete({ collection: 'contacts', where: { name: { like: prefix } }, overrideAccess: true, context: { ...context, skipSearchIndex: true } })
  })

  it('gives a reader at most 100 documents a page, however many are asked for', async () => {
    for (const query of ['limit=100000', 'limit=-1', 'limit=0', 'limit=many', 'pagination=false', 'limit=0&pagination=false']) {
      const page = await contacts('reader', query)
      expect(page.totalDocs, query).toBe(contactCount)
      expect(page.docs, query).toHaveLength(readerBounds.limit)
      expect(page.limit, query).toBe(readerBounds.limit)
    }
    // A reasonable page is left alone, and so is Payload's default.
    expect((await contacts('reader', 'limit=7')).docs).toHaveLength(7)
    expect((await contacts('reader', '')).docs).toHaveLength(10)
  })

  it('keeps staff at their higher bound', async () => {
    const all = await contacts('staff', 'limit=100000')
    expect(all.docs).toHaveLength(contactCount)
    expect(all.limit).toBe(staffBounds.limit)
  })

  it('refuses a page beyond the first 10,000 results of a list with a 400 and says why', async () => {
    const window = readerBounds.window ?? 0
    expect((await rest('reader', `contacts?limit=100&page=${window / 100}`)).status).toBe(200)
    const deep = await rest('reader', `contacts?limit=100&page=${window / 100 + 1}`)
    expect(deep.status).toBe(400)
    expect(JSON.stringify(await deep.json())).toContain(String(window))
    expect((await rest('reader', 'contacts?page=1000000000')).status).toBe(400)
    // Staff page anywhere (the admin's list pages through every item).
    expect((await rest('staff', `contacts?limit=100&page=${window / 100 + 1}`)).status).toBe(200)
  })

  it('populates relationships no deeper than 2 for a reader, deeper for staff', async () => {
    type Region = { id: string | number; parent?: Region | string | number | null }
    type News = { project: { regions: Region[] } | string | number }
    const read = async (who: Who, depth: string) => {
      const response = await rest(who, `news/${ids.news}?depth=${depth}`)
      expect(response.status).toBe(200)
      return (await response.json()) as News
    }
    const regionAt = (doc: News): Region => {
      if (typeof doc.project !== 'object') throw new Error('the project is not populated')
      return doc.project.regions[0]
    }
    // depth 2: the project and its regions are documents, the region's parent only an id.
    for (const depth of ['2', '5', '1000']) {
      const region = regionAt(await read('reader', depth))
      expect(typeof region, depth).toBe('object')
      expect(typeof region.parent, depth).not.toBe('object')
    }
    for (const depth of ['-1', 'deep']) expect(typeof (await read('reader', depth)).project, depth).not.toBe('object')
    // Staff at depth 5 get the region's parent and its parent as documents.
    const parent = regionAt(await read('staff', '5')).parent
    const grandParent = typeof parent === 'object' && parent !== null ? parent.parent : null
    expect(typeof grandParent === 'object' && grandParent !== null ? String(grandParent.id) : grandParent).toBe(ids.grandParent)
  })

  it('answers a normal GraphQL query, with lists bounded like REST', async () => {
    const normal = await gql('reader', `{ allNews(limit: 20) { docs { id title slug publishedAt project { title regions { name } } } totalDocs } }`)
    expect(normal.body.errors).toBeUndefined()
    expect(normal.body.data?.allNews?.docs.length).toBeGreaterThan(0)
    const huge = await gql('reader', `{ Contacts(limit: 100000, where: { name: { like: ${JSON.stringify(prefix)} } }) { docs { id } } }`)
    expect(huge.body.errors).toBeUndefined()
    expect(huge.body.data?.Contacts?.docs).toHaveLength(readerBounds.limit)
    const unpaginated = await gql('reader', `{ Contacts(pagination: false, where: { name: { like: ${JSON.stringify(prefix)} } }) { docs { id } } }`)
    expect(unpaginated.body.data?.Contacts?.docs).toHaveLength(readerBounds.limit)
  })

  it('refuses a query of hundreds of aliased lists before it runs, with a 400', async () => {
    const attack = aliases(300, 'allNews(limit: 100) { docs { id title summary } }')
    const refused = await gql('reader', attack, { Accept: 'application/graphql-response+json' })
    expect(refused.status).toBe(400)
    expect(refused.body.data).toBeUndefined()
    expect(refused.body.errors?.length).toBeGreaterThan(0)
    // Ours say why, with a 400 status (Payload's own complexity ceiling may add its message).
    const ours = refused.body.errors?.filter((error) => error.extensions?.statusCode === 400).map((error) => error.message) ?? []
    expect(ours.join(' ')).toContain(`too many things at once (300 top-level fields, at most ${readerBounds.graphql.rootFields})`)
    expect(ours.join(' ')).toMatch(/too many fields/)
    // The same refusal in the reader's language.
    const russian = await gql('reader', attack, { 'Accept-Language': 'ru' })
    expect(russian.body.data).toBeUndefined()
    expect(russian.body.errors?.map((error) => error.message).join(' ')).toMatch(/Запрос/)
  })

  it('counts list sizes: one list with many aliased fields, or nested too deep, is refused', async () => {
    const fields = Array.from({ length: 60 }, (_, n) => `f${n}: title`).join(' ')
    const wide = await gql('reader', `{ allNews(limit: 100) { docs { ${fields} } } }`)
    expect(wide.body.data).toBeUndefined()
    expect(wide.body.errors?.[0]?.message).toMatch(/cost/)
    // The same fields on a page of 10 cost a tenth and pass.
    expect((await gql('reader', `{ allNews(limit: 10) { docs { ${fields} } } }`)).body.errors).toBeUndefined()
    const deep = await gql('reader', `{ allNews { docs { project { regions { parent { parent { parent { parent { parent { name } } } } } } } } } }`)
    expect(deep.body.data).toBeUndefined()
    expect(deep.body.errors?.[0]?.message).toMatch(/nested/)
  })

  it('stops counting a fragment fan-out at the field ceiling', async () => {
    const fragments = ['fragment F0 on News { id title }']
    for (let n = 1; n <= 12; n++) fragments.push(`fragment F${n} on News { ...F${n - 1} ...F${n - 1} }`)
    const started = performance.now()
    const fan = await gql('reader', `{ allNews(limit: 1) { docs { ...F12 } } } ${fragments.join(' ')}`)
    expect(fan.body.data).toBeUndefined()
    expect(fan.body.errors?.[0]?.message).toMatch(/too many fields/)
    // 2^12 spreads are never walked: counting stops after a few hundred fields.
    expect(performance.now() - started).toBeLessThan(5_000)
  })

  it('lets staff send more at once than a reader', async () => {
    const batch = aliases(20, `Contacts(limit: 100, where: { name: { like: ${JSON.stringify(prefix)} } }) { docs { id name } }`)
    const reader = await gql('reader', batch)
    expect(reader.body.data).toBeUndefined()
    const staff = await gql('staff', batch)
    expect(staff.body.errors).toBeUndefined()
    expect(staff.body.data?.a19?.docs).toHaveLength(100)
  })

  it('refuses overlong text, also in fields with their own check', async () => {
    const payload = suite.payload
    const long = (n: number) => 'a'.repeat(n)
    const contact = (data: Record<string, unknown>) => payload.create({ collection: 'contacts', data: { name: `${prefix} long`, kind: 'partner', ...data }, context })
    await expect(contact({ website: `https://${long(600)}.org` })).rejects.toThrow(/website/i)
    await expect(contact({ phones: [{ number: '+992 37 221 00 00', note: long(121) }] })).rejects.toThrow(/note/i)
    await expect(payload.create({ collection: 'redirects', data: { from: `/${long(1001)}`, to: '/en/news' }, context })).rejects.toThrow(/Old address/)
  })
})
