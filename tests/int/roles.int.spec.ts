import config from '@payload-config'
import { GRAPHQL_POST, REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ornamentImage } from '@/cms/seed/images'

import { context, databaseKind, payloadSuite, unique, type Cleanable } from '../helpers/payload'

/**
 * The whole role matrix (role × collection × operation), through Payload's REST handlers and its
 * GraphQL handler exactly as the server mounts them, with each role's real login token.
 */
type Role = 'admin' | 'editor' | 'regionalEditor' | 'contributor' | 'anonymous'
const everyRole: Role[] = ['admin', 'editor', 'regionalEditor', 'contributor', 'anonymous']

const rest = { GET: REST_GET(config), POST: REST_POST(config), PATCH: REST_PATCH(config), DELETE: REST_DELETE(config) }
const graphql = GRAPHQL_POST(config)

/** Select fields, whose values GraphQL takes as bare enum names. */
const enumFields = new Set(['status', '_status', 'kind', 'role'])

/** A GraphQL literal: strings quoted (bare for select fields), objects and arrays recursively. */
function literal(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).map(([key, item]) => `${key}: ${enumFields.has(key) && typeof item === 'string' ? item : literal(item)}`)
    return `{${entries.join(', ')}}`
  }
  return JSON.stringify(value)
}

describe(`roles through REST and GraphQL (${databaseKind})`, () => {
  const suite = payloadSuite()
  const tokens: Partial<Record<Role, string>> = {}
  const users: Partial<Record<Role, string>> = {}
  const ids = { sughd: '', khatlon: '', newsSughd: '', newsKhatlon: '', projectSughd: '', projectKhatlon: '', contactKhatlon: '', media: '', otherUser: '', draftTitle: '' }

  const headers = (role: Role, json = true): Record<string, string> => ({
    ...(json ? { 'Content-Type': 'application/json' } : {}),
    ...(tokens[role] ? { Authorization: `JWT ${tokens[role]}` } : {}),
  })

  /** The collections the matrix creates documents in, by GraphQL mutation name (REST uses the slug). */
  const createMutations: Record<string, Cleanable> = {
    createNews: 'news',
    createProject: 'projects',
    createRegion: 'regions',
    createContact: 'contacts',
    createUser: 'users',
    createRedirect: 'redirects',
  }
  const isCleanable = (slug: string): slug is Cleanable => Object.values(createMutations).includes(slug as Cleanable)

  async function call(role: Role, method: keyof typeof rest, path: string, body?: unknown): Promise<Response> {
    const url = new URL(`http://localhost:3000/api/${path}`)
    const slug = url.pathname.slice('/api/'.length).split('/')
    const request = new Request(url, { method, headers: headers(role), body: body === undefined ? undefined : JSON.stringify(body) })
    const response = await rest[method](request, { params: Promise.resolve({ slug }) })
    // What an allowed create makes is deleted after the suite, like every other test document.
    const [collection] = slug
    if (method === 'POST' && response.ok && slug.length === 1 && isCleanable(collection)) {
      const { doc } = (await response.clone().json()) as { doc?: { id: string | number } }
      if (doc) suite.docs.add(collection, doc)
    }
    return response
  }

  async function gql(role: Role, query: string): Promise<{ data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { statusCode?: number } }[] }> {
    const request = new Request('http://localhost:3000/api/graphql', { method: 'POST', headers: headers(role), body: JSON.stringify({ query }) })
    const result = (await (await graphql(request)).json()) as Awaited<ReturnType<typeof gql>>
    for (const [field, value] of Object.entries(result.data ?? {})) {
      const id = (value as { id?: string | number } | null)?.id
      if (createMutations[field] && id !== undefined) suite.docs.add(createMutations[field], { id })
    }
    return result
  }

  /** A document made for one case (deletes need their own victim each time). */
  async function fresh(collection: 'news' | 'projects' | 'contacts' | 'regions', region: 'sughd' | 'khatlon' | 'both'): Promise<string> {
    const regions = region === 'both' ? [ids.sughd, ids.khatlon] : [ids[region]]
    const data: Record<string, Record<string, unknown>> = {
      news: { title: unique('Disposable item'), publishedAt: new Date().toISOString(), regions, _status: 'published' },
      projects: { title: unique('Disposable project'), startDate: '2026-01-01T00:00:00.000Z', regions, _status: 'published' },
      contacts: { name: unique('Disposable contact'), kind: 'partner', regions },
      regions: { name: unique('Disposable district'), kind: 'district', parent: regions[0] },
    }
    const doc = await suite.payload.create({ collection, data: data[collection] as never, context })
    suite.docs.add(collection, doc)
    return String(doc.id)
  }

  interface Case {
    collection: string
    operation: string
    allowed: Role[]
    rest: (role: Role) => Promise<boolean>
    graphql: (role: Role) => Promise<boolean>
  }

  const restOk = async (response: Promise<Response>) => (await response).ok
  const gqlOk = async (result: ReturnType<typeof gql>, field: string) => {
    const { data, errors } = await result
    return !errors?.length && data?.[field] != null
  }

  const newsInput = (region: 'sughd' | 'khatlon') => ({ title: unique('Matrix item'), publishedAt: '2026-11-20T09:00:00.000Z', regions: [ids[region]] })
  const projectInput = (region: 'sughd' | 'khatlon') => ({ title: unique('Matrix project'), status: 'ongoing', startDate: '2026-01-01T00:00:00.000Z', regions: [ids[region]] })

  /** Create / publish / edit / move / delete for a drafted, region-tied collection. */
  function draftedCases(collection: 'news' | 'projects', gqlName: 'News' | 'Project', input: (region: 'sughd' | 'khatlon') => Record<string, unknown>): Case[] {
    const own = collection === 'news' ? () => ids.newsSughd : () => ids.projectSughd
    const other = collection === 'news' ? () => ids.newsKhatlon : () => ids.projectKhatlon
    return [
      {
        collection,
        operation: 'create a draft in Sughd',
        allowed: ['admin', 'editor', 'regionalEditor', 'contributor'],
        rest: (role) => restOk(call(role, 'POST', `${collection}?draft=true`, input('sughd'))),
        graphql: (role) => gqlOk(gql(role, `mutation { create${gqlName}(data: ${literal(input('sughd'))}, draft: true) { id } }`), `create${gqlName}`),
      },
      {
        collection,
        operation: 'create a draft in Khatlon',
        allowed: ['admin', 'editor', 'contributor'],
        rest: (role) => restOk(call(role, 'POST', `${collection}?draft=true`, input('khatlon'))),
        graphql: (role) => gqlOk(gql(role, `mutation { create${gqlName}(data: ${literal(input('khatlon'))}, draft: true) { id } }`), `create${gqlName}`),
      },
      {
        collection,
        operation: 'publish a Sughd item',
        allowed: ['admin', 'editor', 'regionalEditor'],
        rest: (role) => restOk(call(role, 'PATCH', `${collection}/${own()}`, { title: unique('Published'), _status: 'published' })),
        graphql: (role) =>
          gqlOk(gql(role, `mutation { update${gqlName}(id: "${own()}", data: ${literal({ title: unique('Published'), _status: 'published' })}) { id } }`), `update${gqlName}`),
      },
      {
        collection,
        operation: 'edit a Khatlon item (draft)',
        allowed: ['admin', 'editor', 'contributor'],
        rest: (role) => restOk(call(role, 'PATCH', `${collection}/${other()}?draft=true`, { title: unique('Edited') })),
        graphql: (role) => gqlOk(gql(role, `mutation { update${gqlName}(id: "${other()}", data: ${literal({ title: unique('Edited') })}, draft: true) { id } }`), `update${gqlName}`),
      },
      {
        collection,
        operation: 'move a Sughd item to Khatlon',
        allowed: ['admin', 'editor', 'contributor'],
        rest: async (role) => {
          const id = await fresh(collection, 'sughd')
          return restOk(call(role, 'PATCH', `${collection}/${id}?draft=true`, { regions: [ids.khatlon] }))
        },
        graphql: async (role) => {
          const id = await fresh(collection, 'sughd')
          return gqlOk(gql(role, `mutation { update${gqlName}(id: "${id}", data: ${literal({ regions: [ids.khatlon] })}, draft: true) { id } }`), `update${gqlName}`)
        },
      },
      {
        collection,
        operation: 'delete a Sughd item',
        allowed: ['admin', 'editor', 'regionalEditor'],
        rest: async (role) => restOk(call(role, 'DELETE', `${collection}/${await fresh(collection, 'sughd')}`)),
        graphql: async (role) => gqlOk(gql(role, `mutation { delete${gqlName}(id: "${await fresh(collection, 'sughd')}") { id } }`), `delete${gqlName}`),
      },
      {
        // A regional editor's rule is a filter on "one of my regions"; a shared item still is not theirs.
        collection,
        operation: 'edit an item shared by Sughd and Khatlon (draft)',
        allowed: ['admin', 'editor', 'contributor'],
        rest: async (role) => restOk(call(role, 'PATCH', `${collection}/${await fresh(collection, 'both')}?draft=true`, { title: unique('Edited') })),
        graphql: async (role) =>
          gqlOk(gql(role, `mutation { update${gqlName}(id: "${await fresh(collection, 'both')}", data: ${literal({ title: unique('Edited') })}, draft: true) { id } }`), `update${gqlName}`),
      },
      {
        collection,
        operation: 'delete an item shared by Sughd and Khatlon',
        allowed: ['admin', 'editor'],
        rest: async (role) => restOk(call(role, 'DELETE', `${collection}/${await fresh(collection, 'both')}`)),
        graphql: async (role) => gqlOk(gql(role, `mutation { delete${gqlName}(id: "${await fresh(collection, 'both')}") { id } }`), `delete${gqlName}`),
      },
      {
        collection,
        operation: 'delete a Khatlon item',
        allowed: ['admin', 'editor'],
        rest: async (role) => restOk(call(role, 'DELETE', `${collection}/${await fresh(collection, 'khatlon')}`)),
        graphql: async (role) => gqlOk(gql(role, `mutation { delete${gqlName}(id: "${await fresh(collection, 'khatlon')}") { id } }`), `delete${gqlName}`),
      },
    ]
  }

  const cases: Case[] = [
    ...draftedCases('news', 'News', newsInput),
    ...draftedCases('projects', 'Project', projectInput),
    {
      collection: 'news',
      operation: 'read drafts',
      allowed: ['admin', 'editor', 'regionalEditor', 'contributor'],
      rest: async (role) => {
        const response = await call(role, 'GET', `news?draft=true&where[title][equals]=${encodeURIComponent(ids.draftTitle)}`)
        return response.ok && ((await response.json()) as { totalDocs: number }).totalDocs === 1
      },
      graphql: async (role) => {
        const { data } = await gql(role, `{ allNews(draft: true, where: { title: { equals: ${JSON.stringify(ids.draftTitle)} } }) { totalDocs } }`)
        return (data?.allNews as { totalDocs?: number } | undefined)?.totalDocs === 1
      },
    },
    {
      collection: 'regions',
      operation: 'create',
      allowed: ['admin', 'editor'],
      rest: (role) => restOk(call(role, 'POST', 'regions', { name: unique('New district'), kind: 'district' })),
      graphql: (role) => gqlOk(gql(role, `mutation { createRegion(data: ${literal({ name: unique('New district'), kind: 'district' })}) { id } }`), 'createRegion'),
    },
    {
      collection: 'regions',
      operation: 'edit Sughd',
      allowed: ['admin', 'editor', 'regionalEditor'],
      rest: (role) => restOk(call(role, 'PATCH', `regions/${ids.sughd}`, { order: 11 })),
      graphql: (role) => gqlOk(gql(role, `mutation { updateRegion(id: "${ids.sughd}", data: { order: 12 }) { id } }`), 'updateRegion'),
    },
    {
      collection: 'regions',
      operation: 'edit Khatlon',
      allowed: ['admin', 'editor'],
      rest: (role) => restOk(call(role, 'PATCH', `regions/${ids.khatlon}`, { order: 21 })),
      graphql: (role) => gqlOk(gql(role, `mutation { updateRegion(id: "${ids.khatlon}", data: { order: 22 }) { id } }`), 'updateRegion'),
    },
    {
      collection: 'regions',
      operation: 'delete',
      allowed: ['admin', 'editor'],
      rest: async (role) => restOk(call(role, 'DELETE', `regions/${await fresh('regions', 'sughd')}`)),
      graphql: async (role) => gqlOk(gql(role, `mutation { deleteRegion(id: "${await fresh('regions', 'sughd')}") { id } }`), 'deleteRegion'),
    },
    {
      collection: 'contacts',
      operation: 'create in Sughd',
      allowed: ['admin', 'editor', 'regionalEditor'],
      rest: (role) => restOk(call(role, 'POST', 'contacts', { name: unique('Partner'), kind: 'partner', regions: [ids.sughd] })),
      graphql: (role) =>
        gqlOk(gql(role, `mutation { createContact(data: ${literal({ name: unique('Partner'), kind: 'partner', regions: [ids.sughd] })}) { id } }`), 'createContact'),
    },
    {
      collection: 'contacts',
      operation: 'edit a Khatlon contact',
      allowed: ['admin', 'editor'],
      rest: (role) => restOk(call(role, 'PATCH', `contacts/${ids.contactKhatlon}`, { description: unique('Edited') })),
      graphql: (role) => gqlOk(gql(role, `mutation { updateContact(id: "${ids.contactKhatlon}", data: ${literal({ description: unique('Edited') })}) { id } }`), 'updateContact'),
    },
    {
      collection: 'contacts',
      operation: 'delete a Sughd contact',
      allowed: ['admin', 'editor', 'regionalEditor'],
      rest: async (role) => restOk(call(role, 'DELETE', `contacts/${await fresh('contacts', 'sughd')}`)),
      graphql: async (role) => gqlOk(gql(role, `mutation { deleteContact(id: "${await fresh('contacts', 'sughd')}") { id } }`), 'deleteContact'),
    },
    {
      collection: 'media',
      operation: 'edit alternative text',
      allowed: ['admin', 'editor'],
      rest: (role) => restOk(call(role, 'PATCH', `media/${ids.media}`, { alt: unique('Irrigation canal') })),
      graphql: (role) => gqlOk(gql(role, `mutation { updateMedia(id: "${ids.media}", data: ${literal({ alt: unique('Irrigation canal') })}) { id } }`), 'updateMedia'),
    },
    {
      collection: 'users',
      operation: "read another user's account",
      allowed: ['admin'],
      rest: (role) => restOk(call(role, 'GET', `users/${ids.otherUser}`)),
      graphql: (role) => gqlOk(gql(role, `{ User(id: "${ids.otherUser}") { id email } }`), 'User'),
    },
    {
      collection: 'users',
      operation: 'create an account',
      allowed: ['admin'],
      rest: (role) => restOk(call(role, 'POST', 'users', { email: `${unique('new').replace(' ', '-')}@example.org`, password: 'a-long-password', name: 'New', role: 'contributor' })),
      graphql: (role) =>
        gqlOk(
          gql(role, `mutation { createUser(data: ${literal({ email: `${unique('new').replace(' ', '-')}@example.org`, password: 'a-long-password', name: 'New', role: 'contributor' })}) { id } }`),
          'createUser',
        ),
    },
    {
      collection: 'users',
      operation: "change another user's role",
      allowed: ['admin'],
      rest: async (role) => {
        await call(role, 'PATCH', `users/${ids.otherUser}`, { role: 'admin' })
        return (await suite.payload.findByID({ collection: 'users', id: ids.otherUser, depth: 0 })).role === 'admin'
      },
      graphql: async (role) => {
        await gql(role, `mutation { updateUser(id: "${ids.otherUser}", data: { role: admin }) { id } }`)
        return (await suite.payload.findByID({ collection: 'users', id: ids.otherUser, depth: 0 })).role === 'admin'
      },
    },
    {
      collection: 'users',
      operation: 'raise their own role to admin',
      // An admin is one already; for everyone else the role must stay as it was.
      allowed: ['admin'],
      rest: async (role) => {
        if (!users[role]) return false
        await call(role, 'PATCH', `users/${users[role]}`, { role: 'admin' })
        return (await suite.payload.findByID({ collection: 'users', id: users[role], depth: 0 })).role === 'admin'
      },
      graphql: async (role) => {
        if (!users[role]) return false
        await gql(role, `mutation { updateUser(id: "${users[role]}", data: { role: admin }) { id } }`)
        return (await suite.payload.findByID({ collection: 'users', id: users[role], depth: 0 })).role === 'admin'
      },
    },
    {
      collection: 'site',
      operation: 'edit the Site settings',
      allowed: ['admin'],
      rest: (role) => restOk(call(role, 'POST', 'globals/site', { tagline: 'Science and technology for development' })),
      graphql: (role) => gqlOk(gql(role, `mutation { updateSite(data: { tagline: "Science and technology for development" }) { tagline } }`), 'updateSite'),
    },
    {
      collection: 'redirects',
      operation: 'create',
      allowed: ['admin', 'editor'],
      rest: (role) => restOk(call(role, 'POST', 'redirects', { from: `/old/${unique('page').replace(' ', '-')}`, to: '/en/news' })),
      graphql: (role) => gqlOk(gql(role, `mutation { createRedirect(data: ${literal({ from: `/old/${unique('page').replace(' ', '-')}`, to: '/en/news' })}) { id } }`), 'createRedirect'),
    },
  ]

  // The matrix edits the Site settings' tagline: the suite gives it back afterwards.
  const siteBefore: { name?: string | null; tagline?: string | null } = {}

  beforeAll(async () => {
    const payload = suite.payload
    const site = await payload.findGlobal({ slug: 'site', locale: 'en', depth: 0 })
    Object.assign(siteBefore, { name: site.name, tagline: site.tagline ?? null })
    // The Site settings need their required name before anyone edits a tagline.
    if (!site.name) {
      await payload.updateGlobal({ slug: 'site', locale: 'en', data: { name: 'Association of Scientific and Technical Intelligentsia' }, context })
    }
    const region = async (name: string) => suite.docs.add('regions', await payload.create({ collection: 'regions', data: { name: unique(name), kind: 'province' }, context }))
    ids.sughd = String((await region('Sughd')).id)
    ids.khatlon = String((await region('Khatlon')).id)
    for (const role of everyRole) {
      if (role === 'anonymous') continue
      const email = `${role.toLowerCase()}-${unique('u').split(' ')[1]}@example.org`
      const data = { email, password: 'a-long-password', name: `Matrix ${role}`, role, regions: role === 'regionalEditor' ? [ids.sughd] : [] }
      const user = suite.docs.add('users', await payload.create({ collection: 'users', data, context }))
      users[role] = String(user.id)
      tokens[role] = (await payload.login({ collection: 'users', data: { email, password: 'a-long-password' } })).token
    }
    const other = suite.docs.add('users', await payload.create({ collection: 'users', data: { email: `other-${unique('u').split(' ')[1]}@example.org`, password: 'a-long-password', name: 'Other', role: 'editor' }, context }))
    ids.otherUser = String(other.id)
    ids.newsSughd = await fresh('news', 'sughd')
    ids.newsKhatlon = await fresh('news', 'khatlon')
    ids.projectSughd = await fresh('projects', 'sughd')
    ids.projectKhatlon = await fresh('projects', 'khatlon')
    ids.contactKhatlon = await fresh('contacts', 'khatlon')
    ids.draftTitle = unique('Unpublished plan')
    suite.docs.add('news', await payload.create({ collection: 'news', draft: true, data: { title: ids.draftTitle, publishedAt: new Date().toISOString(), _status: 'draft' }, context }))
    const image = await ornamentImage('roles-matrix')
    const media = await payload.create({ collection: 'media', data: { alt: 'Canal' }, file: { data: image, name: `matrix-${Date.now()}.png`, mimetype: 'image/png', size: image.length }, context })
    ids.media = String(suite.docs.add('media', media).id)
  })

  afterAll(async () => {
    // A required name cannot be emptied again: a name this suite had to set stays.
    await suite.payload.updateGlobal({ slug: 'site', locale: 'en', data: { tagline: siteBefore.tagline, ...(siteBefore.name ? { name: siteBefore.name } : {}) }, context })
  })

  for (const transport of ['REST', 'GraphQL'] as const) {
    it(`${transport}: every role may do exactly what its role allows`, async () => {
      const seen: string[] = []
      const expected: string[] = []
      for (const item of cases) {
        for (const role of everyRole) {
          // "Another user's role" must start from editor for every role that tries it.
          if (item.operation === "change another user's role") await suite.payload.update({ collection: 'users', id: ids.otherUser, data: { role: 'editor' }, context })
          const allowed = await (transport === 'REST' ? item.rest(role) : item.graphql(role))
          seen.push(`${item.collection} · ${item.operation} · ${role}: ${allowed ? 'allowed' : 'denied'}`)
          expected.push(`${item.collection} · ${item.operation} · ${role}: ${item.allowed.includes(role) ? 'allowed' : 'denied'}`)
        }
      }
      expect(seen).toEqual(expected)
      expect(seen.length).toBe(cases.length * everyRole.length)
    })
  }

  it('a regional editor editing another region gets 403 with a message, not a 404 or 500', async () => {
    const response = await call('regionalEditor', 'PATCH', `news/${ids.newsKhatlon}?draft=true`, { title: 'Not mine' })
    expect(response.status).toBe(403)
    expect(((await response.json()) as { errors: { message: string }[] }).errors[0].message).toMatch(/not allowed/i)
  })

  it('bulk edits and deletes by a regional editor leave items shared with other regions untouched, with a message', async () => {
    const own = await fresh('news', 'sughd')
    const shared = await fresh('news', 'both')
    const sharedContact = await fresh('contacts', 'both')
    const where = `where[id][in]=${own},${shared}`
    const edit = await call('regionalEditor', 'PATCH', `news?draft=true&${where}`, { summary: 'Bulk summary' })
    const edited = (await edit.json()) as { docs: { id: string | number }[]; errors: { id: string | number; message: string }[] }
    expect(edited.docs.map((doc) => String(doc.id))).toEqual([own])
    expect(edited.errors.map((error) => [String(error.id), error.message])).toEqual([[shared, expect.stringMatching(/regions you do not look after/)]])
    const removal = await call('regionalEditor', 'DELETE', `news?${where}`)
    expect(removal.status).toBeLessThan(500)
    const removed = (await removal.json()) as { docs: { id: string | number }[]; errors: { message: string }[] }
    expect(removed.docs.map((doc) => String(doc.id))).toEqual([own])
    expect(removed.errors.map((error) => error.message)).toEqual([expect.stringMatching(/an editor changes or deletes it/)])
    const contactRemoval = await call('regionalEditor', 'DELETE', `contacts?where[id][equals]=${sharedContact}`)
    expect(contactRemoval.status).toBeGreaterThanOrEqual(400)
    expect(contactRemoval.status).toBeLessThan(500)
    // Nothing shared was lost or changed.
    const kept = await suite.payload.findByID({ collection: 'news', id: shared, depth: 0, draft: true })
    expect(kept.summary ?? null).toBeNull()
    expect(await suite.payload.findByID({ collection: 'contacts', id: sharedContact, depth: 0 })).toMatchObject({ id: expect.anything() })
    expect(await suite.payload.findByID({ collection: 'news', id: own, depth: 0, disableErrors: true })).toBeNull()
  })

  it('a contributor who tries to publish gets 403 and a message saying an editor publishes', async () => {
    const response = await call('contributor', 'POST', 'news', { ...newsInput('sughd'), _status: 'published' })
    expect(response.status).toBe(403)
    const undraftedSave = await call('contributor', 'PATCH', `news/${ids.newsSughd}`, { title: 'Straight to the live page' })
    expect(undraftedSave.status).toBe(403)
    expect(((await undraftedSave.json()) as { errors: { message: string }[] }).errors[0].message).toMatch(/editor publishes/)
    const live = await suite.payload.findByID({ collection: 'news', id: ids.newsSughd, depth: 0 })
    expect(live.title).not.toBe('Straight to the live page')
  })

  it('the Local API with overrideAccess: false applies the same rules', async () => {
    const regional = { ...(await suite.payload.findByID({ collection: 'users', id: users.regionalEditor!, depth: 0 })), collection: 'users' as const }
    await expect(
      suite.payload.update({ collection: 'news', id: ids.newsKhatlon, data: { title: 'Local API attempt' }, user: regional, overrideAccess: false, draft: true, context }),
    ).rejects.toMatchObject({ status: 403 })
    const contributor = { ...(await suite.payload.findByID({ collection: 'users', id: users.contributor!, depth: 0 })), collection: 'users' as const }
    await expect(
      suite.payload.update({ collection: 'news', id: ids.newsSughd, data: { _status: 'published' }, user: contributor, overrideAccess: false, context }),
    ).rejects.toMatchObject({ status: 403 })
    const draft = await suite.payload.update({ collection: 'news', id: ids.newsSughd, data: { summary: 'A contributor’s draft' }, user: contributor, overrideAccess: false, draft: true, context })
    expect(draft._status).toBe('draft')
  })
})
