import { afterAll, describe, expect, it } from 'vitest'

import { normalizeRedirectPath } from '@/cms/collections/Redirects'
import { loadRedirect } from '@/data/redirects'
import { readEnv } from '@/lib/env'
import { sameSitePath } from '@/lib/sameSite'

import { context, databaseKind, payloadSuite, unique } from '../helpers/payload'

describe(`redirects (${databaseKind})`, () => {
  const suite = payloadSuite()
  const redirectIds: string[] = []
  afterAll(async () => {
    for (const id of redirectIds) await suite.payload.delete({ collection: 'redirects', id, overrideAccess: true, context }).catch(() => undefined)
  })

  /** The field messages of a rejected save (Payload puts them in the error's data). */
  async function rejection(save: Promise<unknown>): Promise<string> {
    try {
      await save
    } catch (error) {
      const errors = (error as { data?: { errors?: { message: string }[] } }).data?.errors ?? []
      return errors.map((item) => item.message).join(' ')
    }
    throw new Error('the save was accepted')
  }

  async function redirectsFrom(from: string) {
    const { docs } = await suite.payload.find({ collection: 'redirects', where: { from: { equals: from } }, overrideAccess: true, depth: 0 })
    for (const doc of docs) if (!redirectIds.includes(doc.id)) redirectIds.push(doc.id)
    return docs
  }

  it('renaming a published slug in one language redirects its old address to the new one, without chains', async () => {
    const doc = suite.docs.add(
      'news',
      await suite.payload.create({ collection: 'news', locale: 'en', context, data: { title: unique('Redirect source'), publishedAt: '2026-11-20T09:00:00.000Z', _status: 'published' } }),
    )
    const ru = await suite.payload.update({ collection: 'news', id: doc.id, locale: 'ru', context, data: { title: unique('Источник перенаправления'), _status: 'published' } })
    const first = String(ru.slug)
    const second = `${first}-novyy`
    const third = `${first}-tretiy`
    await suite.payload.update({ collection: 'news', id: doc.id, locale: 'ru', context, data: { slug: second, _status: 'published' } })
    expect((await redirectsFrom(`/ru/news/${first}`)).map((r) => [r.to, r.automatic])).toEqual([[`/ru/news/${second}`, true]])
    // The English address did not change, so it has no redirect.
    expect(await redirectsFrom(`/en/news/${doc.slug}`)).toEqual([])

    await suite.payload.update({ collection: 'news', id: doc.id, locale: 'ru', context, data: { slug: third, _status: 'published' } })
    expect((await redirectsFrom(`/ru/news/${first}`)).map((r) => r.to)).toEqual([`/ru/news/${third}`])
    expect((await redirectsFrom(`/ru/news/${second}`)).map((r) => r.to)).toEqual([`/ru/news/${third}`])
    expect(await loadRedirect([`/ru/news/${first}`])).toEqual({ to: `/ru/news/${third}` })

    // Going back to the first slug: the page lives there again, so no redirect may start there.
    await suite.payload.update({ collection: 'news', id: doc.id, locale: 'ru', context, data: { slug: first, _status: 'published' } })
    expect(await redirectsFrom(`/ru/news/${first}`)).toEqual([])
    expect((await redirectsFrom(`/ru/news/${third}`)).map((r) => r.to)).toEqual([`/ru/news/${first}`])
  })

  it('a slug changed in a draft, or before anything was published, makes no redirect', async () => {
    const draft = suite.docs.add(
      'news',
      await suite.payload.create({ collection: 'news', locale: 'en', context, draft: true, data: { title: unique('Never published'), publishedAt: '2026-11-20T09:00:00.000Z', _status: 'draft' } }),
    )
    await suite.payload.update({ collection: 'news', id: draft.id, locale: 'en', draft: true, data: { slug: `${draft.slug}-x`, _status: 'draft' } })
    expect(await redirectsFrom(`/en/news/${draft.slug}`)).toEqual([])
  })

  it('staff redirects for old-site links are normalised, unique, and may not point at themselves', async () => {
    expect(normalizeRedirectPath('http://www.asti.tj/index.php?option=com_content&id=12')).toBe('/index.php?option=com_content&id=12')
    expect(normalizeRedirectPath('  about-us/ ')).toBe('/about-us')
    const from = `/old-${Date.now()}.html`
    const made = await suite.payload.create({ collection: 'redirects', overrideAccess: true, context, data: { from: `https://asti.tj${from}`, to: '/tg/regions' } })
    redirectIds.push(made.id)
    expect(made.from).toBe(from)
    expect(await rejection(suite.payload.create({ collection: 'redirects', overrideAccess: true, context, data: { from, to: '/en' } }))).toMatch(/already starts at/)
    expect(await rejection(suite.payload.create({ collection: 'redirects', overrideAccess: true, context, data: { from: '/loop', to: '/loop/' } }))).toMatch(/itself/)
    expect(await rejection(suite.payload.create({ collection: 'redirects', overrideAccess: true, context, data: { from: '/x', to: 'javascript:alert(1)' } }))).toMatch(/path on this site/)
    expect(await rejection(suite.payload.create({ collection: 'redirects', overrideAccess: true, context, data: { from: '/tg', to: '/en' } }))).toMatch(/home pages/)
    expect(await loadRedirect(['/nothing-here', from])).toEqual({ to: '/tg/regions' })
    // Anonymous readers cannot list redirects through the API.
    await expect(suite.payload.find({ collection: 'redirects', overrideAccess: false })).rejects.toThrow()
  })

  it('redirects lead only to paths of this site, and never into a chain or a loop', async () => {
    const stamp = Date.now()
    // Other sites, and what a browser would read as one, are refused.
    for (const to of ['https://evil.example/x', '//evil.example', '/\\evil.example', '/\tevil.example', '/\t/evil.example', 'http:/evil.example']) {
      expect(await rejection(suite.payload.create({ collection: 'redirects', overrideAccess: true, context, data: { from: `/away-${stamp}`, to } })), to).toMatch(/path on this site/)
    }
    // A full address of this very site is kept as its path.
    const own = await suite.payload.create({ collection: 'redirects', overrideAccess: true, context, data: { from: `/a-${stamp}`, to: `${readEnv().siteUrl}/ru/projects?from=old` } })
    redirectIds.push(own.id)
    expect(own.to).toBe('/ru/projects?from=old')
    // /b -> /a would make a chain /b -> /a -> /ru/projects; /ru/projects -> ... would too, from the other end.
    expect(await rejection(suite.payload.create({ collection: 'redirects', overrideAccess: true, context, data: { from: `/b-${stamp}`, to: `/a-${stamp}` } }))).toMatch(
      `/a-${stamp} is itself redirected to /ru/projects?from=old`,
    )
    expect(await rejection(suite.payload.create({ collection: 'redirects', overrideAccess: true, context, data: { from: '/ru/projects?from=old', to: `/a-${stamp}` } }))).toMatch(
      `The redirect from /a-${stamp} leads here`,
    )
    expect(await redirectsFrom(`/b-${stamp}`)).toEqual([])
  })

  it('only paths of this site count as same-site, however a browser would read them', () => {
    for (const path of ['/', '/tg/news/ҳисобот', '/ru/news?page=2#top', '/index.php?id=12']) expect(sameSitePath(path), path).toBe(path)
    for (const path of ['//evil.example', '/\\evil.example', '\\/evil.example', '/\t/evil.example', '/\n/evil.example', ' //evil.example', 'https://evil.example', 'javascript:alert(1)', 'evil.example', '/%0a/x\u0000']) {
      expect(sameSitePath(path), JSON.stringify(path)).toBeNull()
    }
    expect(sameSitePath('https://evil.example/en', 'https://asti.tj')).toBeNull()
    expect(sameSitePath('https://asti.tj/en/news', 'https://asti.tj')).toBe('/en/news')
  })
})
