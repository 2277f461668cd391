import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { importWordPress, type ImportReport } from '@/cms/import/wordpress'
import { groupTranslations, siteLocale } from '@/cms/import/wordpress/translations'
import { parseWxr, WxrError } from '@/cms/import/wordpress/wxr'
import { getNewsBySlug } from '@/data/news'
import { loadRedirect } from '@/data/redirects'
import { loadTranslatedNews } from '@/data/syndication'
import type { Locale } from '@/i18n/locales'
import type { News } from '@/payload-types'

import { context, databaseKind, payloadSuite } from '../helpers/payload'

/**
 * The WordPress import on exports made by WordPress 6.1 itself (Debian's package, export_wp()):
 * tests/fixtures/wordpress/{polylang,wpml}.xml and the site's uploads folder, made by
 * scripts/wordpress-import-fixture.sh (see there). The same site in both shapes: a post in
 * English, Russian and Tajik with a cover; one whose Tajik translation is a draft, with links to
 * the first and an image in its text; a draft in two languages; an English-only post; a page.
 */
const fixtures = path.resolve('tests/fixtures/wordpress')
const uploadsDir = path.join(fixtures, 'uploads')
const site = 'http://127.0.0.1:3900'

type Body = { root: { children: Node[] } }
type Node = { type?: string; text?: string; children?: Node[]; fields?: { linkType?: string; url?: string; doc?: { relationTo: string; value: unknown } }; relationTo?: string; value?: unknown }

function nodes(body: unknown): Node[] {
  const all: Node[] = []
  const walk = (node: Node) => {
    all.push(node)
    for (const child of node.children ?? []) walk(child)
  }
  for (const child of (body as Body | null)?.root?.children ?? []) walk(child)
  return all
}
const textOf = (body: unknown) => nodes(body).map((node) => node.text ?? '').join('')
const idOf = (value: unknown) => String(typeof value === 'object' && value ? (value as { id: unknown }).id : value)

describe('WordPress export reader', () => {
  it('refuses a file that is not a WordPress export, saying why', () => {
    expect(() => parseWxr('<html><body>not an export</body></html>')).toThrow(WxrError)
    expect(() => parseWxr('<rss><channel><title>A feed</title></channel></rss>')).toThrow(/not a WordPress export/)
    expect(() => parseWxr('<rss><channel><wp:wxr_version>1.2</wp:wxr_version>')).toThrow(WxrError)
  })

  it('maps WordPress language codes and locales to ours', () => {
    expect(['en_US', 'ru_RU', 'ru', 'tg', 'tg_TJ', 'tg-TJ', 'tj', 'uz_UZ', ''].map(siteLocale)).toEqual(['en', 'ru', 'ru', 'tg', 'tg', 'tg', 'tg', null, null])
  })

  it('reads an export without Polylang or WPML data as one language, one post per item', async () => {
    const xml = await readFile(path.join(fixtures, 'polylang.xml'), 'utf8')
    // The same export as if Polylang had never been installed.
    const plain = parseWxr(xml.replace(/<category domain="(language|post_translations)"[^\n]*<\/category>/g, ''))
    const posts = plain.items.filter((item) => item.type === 'post')
    const { shape, groups } = groupTranslations(plain, posts, 'ru')
    expect(shape).toBe('none')
    expect(groups).toHaveLength(posts.length)
    expect(posts.length).toBe(9)
    expect(groups.every((group) => [...group.members.keys()].join() === 'ru')).toBe(true)
    // With Polylang's data: four groups, in three languages.
    const grouped = groupTranslations(parseWxr(xml), parseWxr(xml).items.filter((item) => item.type === 'post'), 'ru')
    expect(grouped.groups.map((group) => [...group.members.keys()].join())).toEqual(['en,ru,tg', 'en,ru,tg', 'en,ru', 'en'])
  })
})

for (const shape of ['polylang', 'wpml'] as const) {
  describe(`WordPress import, ${shape} (${databaseKind})`, () => {
    const suite = payloadSuite()
    let xml = ''
    let first: ImportReport
    /** WordPress post id -> its permalink, from the export itself. */
    const permalinks = new Map<string, { id: number; link: string; status: string }>()

    async function imported(): Promise<News[]> {
      const { docs } = await suite.payload.find({ collection: 'news', where: { importedFrom: { like: `wordpress ${site} post` } }, draft: true, depth: 0, limit: 50, overrideAccess: true, locale: 'en' })
      return docs
    }
    async function byTitle(title: string, locale: Locale = 'en'): Promise<News> {
      const { docs } = await suite.payload.find({ collection: 'news', where: { title: { equals: title } }, draft: true, locale, fallbackLocale: false, depth: 0, limit: 5, overrideAccess: true })
      expect(docs, `one news item titled ${title} in ${locale}`).toHaveLength(1)
      return docs[0]
    }
    async function inLocale(id: string, locale: Locale, draft = false): Promise<News> {
      return suite.payload.findByID({ collection: 'news', id, locale, fallbackLocale: false, draft, depth: 0, overrideAccess: true })
    }
    /** What a reader of `locale` gets at the page of `slug`. */
    async function reader(locale: Locale, slug: string) {
      const result = await getNewsBySlug(locale, slug)
      return result && 'found' in result ? result.found : null
    }

    beforeAll(async () => {
      xml = await readFile(path.join(fixtures, `${shape}.xml`), 'utf8')
      for (const item of parseWxr(xml).items) permalinks.set(item.title, { id: item.id, link: item.link, status: item.status })
      first = await importWordPress(suite.payload, xml, { uploadsDir })
    })

    afterAll(async () => {
      // Everything this import made: its news, media and the redirects to and from them.
      const news = await imported()
      const { docs: media } = await suite.payload.find({ collection: 'media', where: { importedFrom: { like: `wordpress ${site} attachment` } }, depth: 0, limit: 50, overrideAccess: true })
      const { docs: redirects } = await suite.payload.find({ collection: 'redirects', where: { or: [{ to: { like: '/news/' } }] }, depth: 0, limit: 500, overrideAccess: true })
      const paths = new Set<string>()
      for (const doc of news) for (const locale of ['en', 'ru', 'tg'] as const) {
        const slug = (await inLocale(doc.id, locale, true)).slug
        if (slug) paths.add(`/${locale}/news/${slug}`)
      }
      for (const redirect of redirects) if (paths.has(redirect.to)) await suite.payload.delete({ collection: 'redirects', id: redirect.id, overrideAccess: true, context })
      for (const doc of news) await suite.payload.delete({ collection: 'news', id: doc.id, overrideAccess: true, context })
      for (const doc of media) await suite.payload.delete({ collection: 'media', id: doc.id, overrideAccess: true, context })
    })

    it('reads the export as WordPress wrote it', () => {
      expect(xml).toContain('<!-- generator="WordPress/6.1')
      expect(first.shape).toBe(shape)
      expect(first.source).toBe(site)
    })

    it('makes one news item per group of translations, with its English, Russian and Tajik text', async () => {
      // Four posts in WordPress (nine translations), one page: four news items.
      expect(first.news).toEqual({ created: 4, updated: 0 })
      expect((await imported()).map((doc) => doc.title).sort()).toEqual(['Annual meeting', 'Clean water for Isfara', 'Draft: youth forum programme', 'Teachers trained in Khujand'])
      const teachers = await byTitle('Teachers trained in Khujand')
      expect((await inLocale(teachers.id, 'ru')).title).toBe('Учителя прошли обучение в Худжанде')
      const tajik = await inLocale(teachers.id, 'tg')
      expect(tajik.title).toBe('Омӯзгорон дар Хуҷанд омӯзиш гузаштанд')
      expect(textOf(tajik.body)).toBe('Чил нафар омӯзгорон курси маҳоратҳои рақамиро хатм карданд: ғ ӣ қ ӯ ҳ ҷ.')
      expect(tajik.summary).toBe('Чил омӯзгор курсро хатм карданд.')
      // The English text keeps its structure: bold, a heading.
      const english = nodes((await inLocale(teachers.id, 'en')).body)
      expect(english.filter((node) => node.type === 'heading').map((node) => textOf({ root: { children: [node] } }))).toEqual(['What comes next'])
      // Readers of each language get that language's page.
      for (const [locale, title] of [['en', 'Teachers trained in Khujand'], ['ru', 'Учителя прошли обучение в Худжанде'], ['tg', 'Омӯзгорон дар Хуҷанд омӯзиш гузаштанд']] as const) {
        const page = await reader(locale, (await inLocale(teachers.id, locale)).slug!)
        expect(page?.title, locale).toBe(title)
        expect(page?.translated, locale).toBe(true)
      }
    })

    it('keeps dates and authors, and maps categories and tags to topics', async () => {
      const teachers = await byTitle('Teachers trained in Khujand')
      expect(teachers.publishedAt).toBe('2024-05-14T10:30:00.000Z')
      expect(teachers.author).toBe('Dilnoza Karimova')
      expect((await inLocale(teachers.id, 'tg')).author).toBe('Dilnoza Karimova')
      // Education / Образование / Маориф and the tag Youth / Молодёжь.
      expect([...(teachers.topics ?? [])].sort()).toEqual(['education', 'youth'])
      const water = await byTitle('Clean water for Isfara')
      expect(water.publishedAt).toBe('2024-06-02T09:15:00.000Z')
      expect(water.author).toBe('admin')
      expect(water.topics).toEqual(['environment'])
      expect((await byTitle('Annual meeting')).publishedAt).toBe('2023-12-20T15:00:00.000Z')
    })

    it('never publishes what was a draft, in any language', async () => {
      const water = await byTitle('Clean water for Isfara')
      // English and Russian published; the Tajik draft is there for staff, not for readers.
      expect((await inLocale(water.id, 'tg', true)).title).toBe('Оби тоза барои Исфара')
      const tajikReader = await reader('tg', water.slug!)
      expect(tajikReader?.title).toBe('Clean water for Isfara')
      expect(tajikReader?.translated).toBe(false)
      expect(Object.keys(tajikReader?.paths ?? {}).sort()).toEqual(['en', 'ru'])
      // The draft group: staff see both languages, readers nothing.
      const draft = await byTitle('Draft: youth forum programme')
      expect((await inLocale(draft.id, 'ru', true)).title).toBe('Черновик: программа молодёжного форума')
      for (const locale of ['en', 'ru', 'tg'] as const) {
        const { docs } = await suite.payload.find({ collection: 'news', where: { id: { equals: draft.id } }, locale, overrideAccess: false, depth: 0 })
        expect(docs, locale).toEqual([])
      }
      expect(await reader('en', draft.slug!)).toBeNull()
      // Lists and feeds (the listing index, kept by Payload's hooks during the import) agree.
      const tajikList = (await loadTranslatedNews('tg', { limit: 50 })).items.map((item) => item.title)
      expect(tajikList).toContain('Омӯзгорон дар Хуҷанд омӯзиш гузаштанд')
      expect(tajikList).not.toContain('Оби тоза барои Исфара')
      const englishList = (await loadTranslatedNews('en', { limit: 50 })).items.map((item) => item.title)
      expect(englishList).toEqual(expect.arrayContaining(['Teachers trained in Khujand', 'Clean water for Isfara', 'Annual meeting']))
      expect(englishList).not.toContain('Draft: youth forum programme')
    })

    it('brings covers and images in the text as media, with their files', async () => {
      expect(first.media).toEqual({ created: 2, updated: 0 })
      const teachers = await byTitle('Teachers trained in Khujand')
      const cover = await suite.payload.findByID({ collection: 'media', id: idOf(teachers.cover), locale: 'tg', depth: 0, overrideAccess: true })
      expect(cover.alt).toBe('Pupils in front of a school in Khujand')
      expect(cover.width).toBe(640)
      const file = await stat(path.resolve(process.env.MEDIA_DIR ?? 'data/media', cover.filename!))
      expect(file.size).toBeGreaterThan(0)
      const water = await byTitle('Clean water for Isfara')
      const uploads = nodes(water.body).filter((node) => node.type === 'upload')
      expect(uploads.map((node) => [node.relationTo, idOf(node.value)])).toEqual([['media', idOf(water.cover)]])
      expect((await suite.payload.findByID({ collection: 'media', id: idOf(water.cover), depth: 0, overrideAccess: true })).alt).toBe('The Syr Darya river at dawn')
    })

    it('rewrites links between imported posts to the new pages, and keeps other links', async () => {
      const teachers = await byTitle('Teachers trained in Khujand')
      const water = await byTitle('Clean water for Isfara')
      const links = (body: unknown) => nodes(body).filter((node) => node.type === 'link').map((node) => node.fields)
      // English: a pretty permalink; Russian: the ?p=<id> form; Tajik (draft): a permalink.
      expect(links(water.body)).toEqual([
        expect.objectContaining({ linkType: 'internal', doc: { relationTo: 'news', value: teachers.id } }),
        expect.objectContaining({ linkType: 'custom', url: 'https://example.com/report' }),
      ])
      expect(links((await inLocale(water.id, 'ru')).body)).toEqual([expect.objectContaining({ linkType: 'internal', doc: { relationTo: 'news', value: teachers.id } })])
      expect(links((await inLocale(water.id, 'tg', true)).body)).toEqual([expect.objectContaining({ linkType: 'internal', doc: { relationTo: 'news', value: teachers.id } })])
      expect(links((await byTitle('Annual meeting')).body)).toEqual([expect.objectContaining({ linkType: 'internal', doc: { relationTo: 'news', value: water.id } })])
      expect(links(water.body)[0]?.url).toBeUndefined()
    })

    it('redirects every old permalink of a published post to its new page in its language', async () => {
      const teachers = await byTitle('Teachers trained in Khujand')
      for (const [locale, title] of [['en', 'Teachers trained in Khujand'], ['ru', 'Учителя прошли обучение в Худжанде'], ['tg', 'Омӯзгорон дар Хуҷанд омӯзиш гузаштанд']] as const) {
        const old = permalinks.get(title)!
        // The path as the site looks it up: decoded (WordPress prints Cyrillic slugs encoded).
        const from = decodeURIComponent(new URL(old.link).pathname).replace(/\/$/, '')
        expect(from).toMatch(/^\/2024\/05\//)
        const slug = (await inLocale(teachers.id, locale)).slug
        expect(await loadRedirect([from]), `${locale} ${from}`).toEqual({ to: `/${locale}/news/${slug}` })
        expect(await loadRedirect([`/?p=${old.id}`])).toEqual({ to: `/${locale}/news/${slug}` })
      }
      expect(decodeURIComponent(permalinks.get('Омӯзгорон дар Хуҷанд омӯзиш гузаштанд')!.link)).toContain('/омӯзгорон-дар-хуҷанд-омӯзиш-гузаштан')
      // A draft's address leads nowhere: a redirect would reveal the unpublished page.
      const tajikDraft = permalinks.get('Оби тоза барои Исфара')!
      expect(tajikDraft.status).toBe('draft')
      expect(await loadRedirect([`/?p=${tajikDraft.id}`])).toBeNull()
      expect(await loadRedirect([`/?p=${permalinks.get('Draft: youth forum programme')!.id}`])).toBeNull()
    })

    it('reports what it could not map', () => {
      expect(first.unmapped).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^page #\d+ \(en: “About us” .*; ru: “О нас” .*\): this site has no free-form pages/),
          'category “Announcements”: no topic of this site matches; left out',
          'tag “Khujand”: no topic of this site matches; left out',
        ]),
      )
      expect(first.unmapped.filter((line) => line.startsWith('page '))).toHaveLength(1)
      expect(first.unmapped.join('\n')).not.toMatch(/Education|Образование|Маориф|Youth|Молодёжь|Environment/)
    })

    it('a second run updates what the first made, and duplicates nothing', async () => {
      const before = await byTitle('Teachers trained in Khujand')
      const changed = xml.replace('<title><![CDATA[Teachers trained in Khujand]]></title>', '<title><![CDATA[Teachers trained in Khujand and Isfara]]></title>').replace('Чил нафар', 'Панҷоҳ нафар')
      expect(changed).not.toBe(xml)
      const second = await importWordPress(suite.payload, changed, { uploadsDir })
      expect(second.news).toEqual({ created: 0, updated: 4 })
      expect(second.media).toEqual({ created: 0, updated: 2 })
      expect(second.redirects.created).toBe(0)
      expect(await imported()).toHaveLength(4)
      const after = await inLocale(before.id, 'en')
      expect(after.title).toBe('Teachers trained in Khujand and Isfara')
      expect(textOf((await inLocale(before.id, 'tg')).body)).toContain('Панҷоҳ нафар омӯзгорон')
      // The English permalink now leads to the renamed page.
      const old = permalinks.get('Teachers trained in Khujand')!
      expect(await loadRedirect([new URL(old.link).pathname.replace(/\/$/, '')])).toEqual({ to: `/en/news/${after.slug}` })
      const { totalDocs } = await suite.payload.find({ collection: 'media', where: { importedFrom: { like: `wordpress ${site} attachment` } }, depth: 0, limit: 1, overrideAccess: true })
      expect(totalDocs).toBe(2)
      // Still no draft published.
      const draft = await byTitle('Draft: youth forum programme')
      expect(await reader('en', draft.slug!)).toBeNull()
      expect((await reader('tg', (await byTitle('Clean water for Isfara')).slug!))?.translated).toBe(false)
    })
  })
}
