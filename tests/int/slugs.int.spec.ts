import { describe, expect, it } from 'vitest'

import { context, databaseKind, payloadSuite, unique } from '../helpers/payload'

describe(`per-language slugs (${databaseKind})`, () => {
  const suite = payloadSuite()

  async function newsIn(title: string, extra: Record<string, unknown> = {}) {
    return suite.docs.add(
      'news',
      await suite.payload.create({ collection: 'news', data: { title, publishedAt: new Date().toISOString(), _status: 'published', ...extra }, locale: 'en', context }),
    )
  }

  it('generates each language slug from that language title, Tajik letters included', async () => {
    const tag = unique('slugs').split(' ')[1]
    const doc = await newsIn(`Community security in the Ferghana valley ${tag}`)
    expect(doc.slug).toBe(`community-security-in-the-ferghana-valley-${tag}`)

    const ru = await suite.payload.update({ collection: 'news', id: doc.id, locale: 'ru', data: { title: `Безопасность сообществ в Ферганской долине ${tag}` }, context })
    expect(ru.slug).toBe(`bezopasnost-soobschestv-v-ferganskoy-doline-${tag}`)

    const tg = await suite.payload.update({ collection: 'news', id: doc.id, locale: 'tg', data: { title: `Амнияти ҷамоаҳо дар водии Фарғона ${tag}` }, context })
    expect(tg.slug).toBe(`amniyati-jamoaho-dar-vodii-farghona-${tag}`)

    // Each language keeps its own slug.
    const all = await suite.payload.findByID({ collection: 'news', id: doc.id, locale: 'all', depth: 0 })
    expect(all.slug).toEqual({
      en: `community-security-in-the-ferghana-valley-${tag}`,
      ru: `bezopasnost-soobschestv-v-ferganskoy-doline-${tag}`,
      tg: `amniyati-jamoaho-dar-vodii-farghona-${tag}`,
    })
  })

  // Uniqueness is enforced by the slug field's validator, not a database index, on both adapters.
  // FerretDB differs from MongoDB here: it silently drops `sparse` on unique indexes (a plain
  // unique index there tolerates many documents without the field, where MongoDB rejects them).
  it('numbers a generated slug that is already taken in the same language', async () => {
    const title = unique('Master class on action plans')
    const first = await newsIn(title)
    const second = await newsIn(title)
    expect(second.slug).toBe(`${first.slug}-2`)
  })

  it('allows the same slug in different languages of different documents', async () => {
    const tag = unique('x').split(' ')[1]
    const english = await newsIn(`Dushanbe ${tag}`)
    const other = await newsIn(unique('Another item'))
    const ru = await suite.payload.update({ collection: 'news', id: other.id, locale: 'ru', data: { title: 'Душанбе', slug: `dushanbe-${tag}` }, context })
    expect(english.slug).toBe(`dushanbe-${tag}`)
    expect(ru.slug).toBe(`dushanbe-${tag}`)
  })

  it('rejects a hand-typed slug that another document uses in that language, with a clear message', async () => {
    const first = await newsIn(unique('Alliance for education'))
    const second = await newsIn(unique('Journalism training'))
    await expect(
      suite.payload.update({ collection: 'news', id: second.id, locale: 'en', data: { slug: first.slug }, context }),
    ).rejects.toThrow(/slug/i)
    // Nothing was lost: the second document keeps its own slug.
    const reread = await suite.payload.findByID({ collection: 'news', id: second.id, locale: 'en' })
    expect(reread.slug).toBe(second.slug)
  })

  it('normalises a hand-typed slug to lowercase ASCII', async () => {
    const doc = await newsIn(unique('Typed slug'), { slug: `Водии Фарғона ${Date.now()}` })
    expect(doc.slug).toMatch(/^vodii-farghona-\d+$/)
  })

  it('generates region slugs from the name', async () => {
    const name = unique('Кӯлоб')
    const region = suite.docs.add('regions', await suite.payload.create({ collection: 'regions', data: { name, kind: 'city' }, locale: 'tg', context }))
    expect(region.slug).toMatch(/^kulob-[a-z0-9]+$/)
  })
})
