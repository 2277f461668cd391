import { describe, expect, it } from 'vitest'

import { context, databaseKind, payloadSuite } from '../helpers/payload'

describe(`users and roles (${databaseKind})`, () => {
  const suite = payloadSuite()

  const stamp = () => `${Date.now()}${Math.random().toString(36).slice(2, 6)}`

  it('an editor cannot make themself an admin, nor see other users', async () => {
    const editor = suite.docs.add('users', await suite.payload.create({ collection: 'users', data: { email: `editor-${stamp()}@example.org`, password: 'a-long-password', name: 'Editor', role: 'editor' }, context }))
    const other = suite.docs.add('users', await suite.payload.create({ collection: 'users', data: { email: `other-${stamp()}@example.org`, password: 'a-long-password', name: 'Other', role: 'editor' }, context }))
    const user = { ...editor, collection: 'users' as const }

    const updated = await suite.payload.update({ collection: 'users', id: editor.id, data: { role: 'admin', name: 'Renamed' }, user, overrideAccess: false, context })
    expect(updated.name).toBe('Renamed')
    expect(updated.role).toBe('editor')

    const visible = await suite.payload.find({ collection: 'users', user, overrideAccess: false })
    expect(visible.docs.map((doc) => doc.id)).toEqual([editor.id])
    await expect(suite.payload.findByID({ collection: 'users', id: other.id, user, overrideAccess: false })).rejects.toThrow()
  })

  it('editors write content; anonymous readers cannot', async () => {
    const editor = suite.docs.add('users', await suite.payload.create({ collection: 'users', data: { email: `writer-${stamp()}@example.org`, password: 'a-long-password', name: 'Writer', role: 'editor' }, context }))
    const news = suite.docs.add('news', await suite.payload.create({ collection: 'news', data: { title: `Editor's item ${stamp()}`, publishedAt: new Date().toISOString(), _status: 'published' }, user: { ...editor, collection: 'users' }, overrideAccess: false, context }))
    expect(news.title).toContain("Editor's item")
    // Refused for access (403), not for some other reason such as a Site settings name still unset.
    await expect(suite.payload.create({ collection: 'news', data: { title: 'Anonymous', publishedAt: new Date().toISOString() }, overrideAccess: false, context })).rejects.toMatchObject({ status: 403 })
    await expect(suite.payload.updateGlobal({ slug: 'site', data: { tagline: 'Hacked' }, user: { ...editor, collection: 'users' }, overrideAccess: false, context })).rejects.toMatchObject({ status: 403 })
  })
})
