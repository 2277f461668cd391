import config from '@payload-config'
import { REST_POST } from '@payloadcms/next/routes'
import { beforeAll, describe, expect, it } from 'vitest'

import { DESCRIPTION_SUGGESTION_MAX } from '@/cms/plugins/seo'
import { ornamentImage } from '@/cms/seed/images'
import { readEnv } from '@/lib/env'

import { context, databaseKind, payloadSuite, unique } from '../helpers/payload'

/*
 * @payloadcms/plugin-seo on news, projects and regions: a `meta` group whose title, description
 * and image are kept per language, and suggestions the admin asks for through the plugin's
 * endpoints (called here exactly as the server mounts them, with a real editor's token).
 */

const post = REST_POST(config)

type Tree = { [key: string]: string | Tree }

/** A Lexical document of plain paragraphs. */
function lexical(...paragraphs: string[]) {
  return {
    root: {
      type: 'root',
      direction: 'ltr' as const,
      format: '' as const,
      indent: 0,
      version: 1,
      children: paragraphs.map((text) => ({
        type: 'paragraph',
        direction: 'ltr' as const,
        format: '' as const,
        indent: 0,
        version: 1,
        textFormat: 0,
        children: [{ type: 'text', text, detail: 0, format: 0, mode: 'normal', style: '', version: 1 }],
      })),
    },
  }
}

describe(`SEO fields (${databaseKind})`, () => {
  const suite = payloadSuite()
  let token = ''

  beforeAll(async () => {
    const email = `seo-editor-${unique('u').split(' ')[1]}@example.org`
    suite.docs.add('users', await suite.payload.create({ collection: 'users', data: { email, password: 'a-long-password', name: 'SEO editor', role: 'editor' }, context }))
    token = (await suite.payload.login({ collection: 'users', data: { email, password: 'a-long-password' } })).token ?? ''
  })

  /** What the admin's "auto-generate" links get back from the plugin's endpoint `kind`. */
  async function suggest(kind: 'title' | 'description' | 'image' | 'url', body: Record<string, unknown>, withToken = true): Promise<Response> {
    const request = new Request(`http://localhost:3000/api/plugin-seo/generate-${kind}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(withToken ? { Authorization: `JWT ${token}` } : {}) },
      body: JSON.stringify(body),
    })
    return post(request, { params: Promise.resolve({ slug: ['plugin-seo', `generate-${kind}`] }) })
  }

  async function suggestion(kind: 'title' | 'description' | 'image' | 'url', body: Record<string, unknown>): Promise<unknown> {
    const response = await suggest(kind, body)
    expect(response.status, await response.clone().text()).toBe(200)
    return ((await response.json()) as { result: unknown }).result
  }

  it('news, projects and regions have a meta group of a localized title, description and share image', async () => {
    const resolved = await config
    for (const slug of ['news', 'projects', 'regions']) {
      const collection = resolved.collections.find((item) => item.slug === slug)
      const meta = collection?.fields.find((field) => 'name' in field && field.name === 'meta')
      expect(meta?.type, slug).toBe('group')
      const inner = meta && 'fields' in meta ? meta.fields : []
      const shape = inner.filter((field) => field.type !== 'ui').map((field) => ['name' in field ? field.name : '', field.type, 'localized' in field && field.localized === true])
      expect(shape, slug).toEqual([
        ['title', 'text', true],
        ['description', 'textarea', true],
        ['image', 'upload', true],
      ])
      expect(meta && 'label' in meta ? meta.label : null, slug).toEqual(expect.objectContaining({ tg: expect.stringMatching(/[ҷҳӯ]/) }))
    }
  })

  it('keeps a separate meta title, description and image in each language', async () => {
    const { payload } = suite
    const image = await ornamentImage('seo-meta')
    const media = suite.docs.add(
      'media',
      await payload.create({ collection: 'media', data: { alt: 'Canal in Isfara' }, file: { data: image, name: `seo-${Date.now()}.png`, mimetype: 'image/png', size: image.length }, context }),
    )
    const news = suite.docs.add(
      'news',
      await payload.create({
        collection: 'news',
        locale: 'en',
        context,
        data: {
          title: unique('Canal repaired'),
          publishedAt: '2026-11-20T09:00:00.000Z',
          _status: 'published',
          meta: { title: 'Canal repaired in Isfara', description: 'Farmers have water again.', image: media.id },
        },
      }),
    )
    await payload.update({
      collection: 'news',
      id: news.id,
      locale: 'ru',
      context,
      data: { title: unique('Канал отремонтирован'), _status: 'published', meta: { title: 'Канал в Исфаре отремонтирован', description: 'У фермеров снова есть вода.' } },
    })
    const read = (locale: 'en' | 'ru' | 'tg') => payload.findByID({ collection: 'news', id: news.id, locale, fallbackLocale: false, depth: 0 })
    const [en, ru, tg] = await Promise.all([read('en'), read('ru'), read('tg')])
    expect([en.meta?.title, en.meta?.description, en.meta?.image]).toEqual(['Canal repaired in Isfara', 'Farmers have water again.', media.id])
    expect([ru.meta?.title, ru.meta?.description, ru.meta?.image ?? null]).toEqual(['Канал в Исфаре отремонтирован', 'У фермеров снова есть вода.', null])
    expect(tg.meta?.title ?? null).toBeNull()
  })

  it('suggests a title and description from the document, in the language being edited', async () => {
    const title = await suggestion('title', { collectionSlug: 'news', locale: 'ru', doc: { title: '  Водные   комитеты обучены ', summary: 'Сорок членов ассоциаций.' } })
    expect(title).toBe('Водные комитеты обучены')
    expect(await suggestion('description', { collectionSlug: 'news', locale: 'ru', doc: { title: 'x', summary: ' Сорок членов\nассоциаций. ' } })).toBe('Сорок членов ассоциаций.')
    // Without a summary, the start of the text; a long one is cut at a word with an ellipsis.
    const long = 'Обучение прошло в Исфаре и Канибадаме, где водопользователи обсуждали ремонт каналов, графики полива и сбор взносов на обслуживание насосных станций летом'
    const cut = (await suggestion('description', { collectionSlug: 'news', locale: 'ru', doc: { title: 'x', body: lexical(long, 'Второй абзац.') } })) as string
    expect(cut.length).toBeLessThanOrEqual(DESCRIPTION_SUGGESTION_MAX)
    expect(cut).toMatch(/^Обучение прошло в Исфаре .*[а-я] …$/)
    expect(long.startsWith(cut.slice(0, -2))).toBe(true)

    // Regions: the name and the introduction.
    expect(await suggestion('title', { collectionSlug: 'regions', locale: 'tg', doc: { name: 'Вилояти Суғд' } })).toBe('Вилояти Суғд')
    expect(await suggestion('description', { collectionSlug: 'regions', locale: 'tg', doc: { name: 'Вилояти Суғд', intro: lexical('Вилояти шимолии Тоҷикистон.') } })).toBe('Вилояти шимолии Тоҷикистон.')
    expect(await suggestion('title', { collectionSlug: 'projects', locale: 'en', doc: { title: 'Clean water for Khatlon' } })).toBe('Clean water for Khatlon')
  })

  it('suggests the cover as share image and previews the public address in the language being edited', async () => {
    expect(await suggestion('image', { collectionSlug: 'projects', locale: 'en', doc: { title: 'x', cover: 'cover-id' } })).toBe('cover-id')
    expect(await suggestion('url', { collectionSlug: 'news', locale: 'tg', doc: { title: 'x', slug: 'obi-toza' } })).toBe(`${readEnv().siteUrl}/tg/news/obi-toza`)
  })

  it('gives suggestions to signed-in staff only', async () => {
    expect((await suggest('title', { collectionSlug: 'news', locale: 'en', doc: { title: 'Secret' } }, false)).status).toBe(401)
  })

  it("has Tajik for every one of the plugin's own strings, placeholders kept", async () => {
    const translations = (await config).i18n.translations as unknown as Record<string, Tree>
    const english = translations.en['plugin-seo'] as Record<string, string>
    const tajik = translations.tg['plugin-seo'] as Record<string, string>
    expect(Object.keys(tajik).sort()).toEqual(Object.keys(english).sort())
    for (const [key, text] of Object.entries(english)) {
      const placeholders = (value: string) => (value.match(/\{\{[^}]+\}\}/g) ?? []).sort()
      expect(placeholders(tajik[key]), key).toEqual(placeholders(text))
      expect(tajik[key].replace(/\{\{[^}]+\}\}/g, ''), key).not.toMatch(/[A-Za-z]/)
    }
  })
})
