import { createHash } from 'node:crypto'

import { extractFromJson, extractFromXml } from '@extractus/feed-extractor'
import { parseAtomFeed, parseJsonFeed, parseRssFeed } from 'feedsmith'
import Parser from 'rss-parser'
import { beforeAll, describe, expect, it } from 'vitest'

import { paragraphsToLexical } from '@/cms/seed/lexical'
import { ornamentImage } from '@/cms/seed/images'
import { loadSyndication, loadTranslatedByKey, loadTranslatedBySlug, loadTranslatedList, loadTranslatedNews, type FeedScope } from '@/data/syndication'
import { embedCsp, renderEmbed } from '@/feeds/embed'
import { buildFeed, type FeedDocument } from '@/feeds/model'
import { newsJson, projectJson } from '@/feeds/json'
import { toAtom, toJsonFeed, toRss } from '@/feeds/serialize'
import type { Topic } from '@/data/views'
import { defaultLocale, locales, type Locale } from '@/i18n/locales'
import en from '../../messages/en.json'
import ru from '../../messages/ru.json'
import tg from '../../messages/tg.json'

import { context, databaseKind, payloadSuite, unique } from '../helpers/payload'

/*
 * Feeds, widgets and the public JSON API on the real database: what each language's partners
 * receive. Every feed is read back with independent, widely used feed readers (rss-parser and
 * @extractus/feed-extractor), and with feedsmith's parser, which is the same library that writes
 * them (so it counts as a schema check, not as an independent reader).
 */

const SITE = 'http://localhost:3000'
const messages = { en, ru, tg } as const
const texts = (locale: Locale) => ({
  newsTitle: messages[locale].syndication.newsTitle.replace('{site}', 'ASTI'),
  newsDescription: messages[locale].syndication.newsDescription,
  scopeDescription: (name: string) => messages[locale].syndication.scopeDescription.replace('{name}', name),
})
const topicLabel = (locale: Locale) => (topic: Topic) => messages[locale].topics[topic]

type PerLocale = Record<Locale, string>

describe(`feeds, widgets and public JSON (${databaseKind})`, () => {
  const suite = payloadSuite()
  const ids: { region: string; project: string; full: string; englishOnly: string; draft: string } = { region: '', project: '', full: '', englishOnly: '', draft: '' }
  const slugs: { region: Partial<PerLocale>; project: Partial<PerLocale>; full: Partial<PerLocale> } = { region: {}, project: {}, full: {} }
  const titles: { full: PerLocale; englishOnly: string; draft: string; region: PerLocale } = {
    full: { en: unique('Water users of Isfara <meet>'), ru: unique('Водопользователи Исфары встретились'), tg: unique('Обистифодабарандагони Исфара ҷамъ омаданд') },
    englishOnly: unique('Only in English'),
    draft: unique('Unpublished plan'),
    region: { en: unique('Isfara'), ru: unique('Исфара'), tg: unique('Исфара ноҳия') },
  }

  /** Creates in the default language (English), then adds the other languages' fields (each a separate save). */
  async function localized<C extends 'news' | 'projects' | 'regions'>(
    collection: C,
    data: Record<Locale, Record<string, unknown>>,
    shared: Record<string, unknown> = {},
    draft = false,
  ): Promise<string> {
    const doc = suite.docs.add(
      collection,
      await suite.payload.create({ collection, locale: defaultLocale, context, draft, data: { ...shared, ...data[defaultLocale] } as never }),
    )
    for (const locale of locales.filter((code) => code !== defaultLocale)) {
      if (Object.keys(data[locale]).length > 0) {
        // Publication is per language: a translation goes public with its own `_status`.
        const status = '_status' in shared ? { _status: shared._status } : {}
        await suite.payload.update({ collection, id: doc.id, locale, context, draft, data: { ...data[locale], ...status } as never })
      }
    }
    return String(doc.id)
  }

  async function slugsOf(collection: 'news' | 'projects' | 'regions', id: string): Promise<Partial<PerLocale>> {
    const doc = await suite.payload.findByID({ collection, id, locale: 'all', depth: 0 })
    return doc.slug as unknown as Partial<PerLocale>
  }

  beforeAll(async () => {
    const image = await ornamentImage('syndication-test')
    const cover = suite.docs.add(
      'media',
      await suite.payload.create({
        collection: 'media',
        locale: 'en',
        context,
        data: { alt: 'Canal near Isfara' },
        file: { data: image, name: `isfara-${Date.now()}.png`, mimetype: 'image/png', size: image.length },
      }),
    )
    await suite.payload.update({ collection: 'media', id: cover.id, locale: 'ru', context, data: { alt: 'Канал возле Исфары' } })
    // An image appears in a language's published text only with an alternative text in it.
    await suite.payload.update({ collection: 'media', id: cover.id, locale: 'tg', context, data: { alt: 'Канал дар назди Исфара' } })

    ids.region = await localized('regions', { en: { name: titles.region.en }, ru: { name: titles.region.ru }, tg: { name: titles.region.tg } }, { kind: 'district', order: 990 })
    ids.project = await localized(
      'projects',
      { en: { title: unique('Water for Isfara'), summary: 'Irrigation with water user associations.' }, ru: { title: unique('Вода для Исфары'), summary: 'Орошение вместе с ассоциациями водопользователей.' }, tg: {} },
      { status: 'ongoing', startDate: '2025-03-01T00:00:00.000Z', regions: [ids.region], _status: 'published' },
    )
    const newsShared = { project: ids.project, regions: [ids.region], topics: ['youth'], cover: cover.id, _status: 'published' }
    ids.full = await localized(
      'news',
      {
        en: { title: titles.full.en, summary: 'Farmers & officials agreed on a schedule.', body: paragraphsToLexical(['The English body of the item.']) },
        ru: { title: titles.full.ru, summary: 'Фермеры и чиновники договорились о графике.', body: paragraphsToLexical(['Русский текст новости.']) },
        tg: { title: titles.full.tg, summary: 'Деҳқонон ва масъулон дар бораи ҷадвал мувофиқа карданд.', body: paragraphsToLexical(['Матни тоҷикии хабар: ғ ӣ қ ӯ ҳ ҷ.']) },
      },
      { ...newsShared, publishedAt: '2026-11-20T09:00:00.000Z' },
    )
    ids.englishOnly = await localized('news', { en: { title: titles.englishOnly, summary: 'Not translated.' }, ru: {}, tg: {} }, { ...newsShared, publishedAt: '2026-11-21T09:00:00.000Z' })
    ids.draft = await localized(
      'news',
      { en: { title: titles.draft }, ru: { title: unique('Неопубликованный план') }, tg: { title: unique('Нақшаи нашрнашуда') } },
      { ...newsShared, _status: 'draft', publishedAt: '2026-11-22T09:00:00.000Z' },
      true,
    )
    slugs.region = await slugsOf('regions', ids.region)
    slugs.project = await slugsOf('projects', ids.project)
    slugs.full = await slugsOf('news', ids.full)
  })

  async function feedFor(locale: Locale, scope: FeedScope): Promise<FeedDocument | null> {
    const data = await loadSyndication(locale, scope, 30)
    if (!data) return null
    return buildFeed({ locale, siteUrl: SITE, siteName: data.siteName, owner: data.owner, items: data.items, texts: texts(locale), topicLabel: topicLabel(locale) })
  }

  /** Parses a feed with every reader that handles its format; returns the item titles each saw. */
  async function readAll(feed: FeedDocument) {
    const rss = toRss(feed)
    const atom = toAtom(feed)
    const json = toJsonFeed(feed)
    const rssParser = new Parser()
    const readers = {
      'rss-parser (RSS)': (await rssParser.parseString(rss)).items.map((item) => ({ title: item.title, link: item.link, id: item.guid, date: item.isoDate })),
      'rss-parser (Atom)': (await rssParser.parseString(atom)).items.map((item) => ({ title: item.title, link: item.link, id: item.id, date: item.isoDate })),
      'feed-extractor (RSS)': (extractFromXml(rss)?.entries ?? []).map((entry) => ({ title: entry.title, link: entry.link, id: entry.id, date: entry.published })),
      'feed-extractor (Atom)': (extractFromXml(atom)?.entries ?? []).map((entry) => ({ title: entry.title, link: entry.link, id: entry.id, date: entry.published })),
      'feed-extractor (JSON Feed)': (extractFromJson(JSON.parse(json))?.entries ?? []).map((entry) => ({ title: entry.title, link: entry.link, id: entry.id, date: entry.published })),
      'feedsmith (RSS)': (parseRssFeed(rss).items ?? []).map((item) => ({ title: item.title, link: item.link, id: item.guid?.value, date: item.pubDate })),
      'feedsmith (Atom)': (parseAtomFeed(atom).entries ?? []).map((entry) => ({ title: entry.title?.value, link: entry.links?.[0]?.href, id: entry.id, date: entry.published })),
      'feedsmith (JSON Feed)': (parseJsonFeed(JSON.parse(json)).items ?? []).map((item) => ({ title: item.title, link: item.url, id: item.id, date: item.date_published })),
    }
    return { rss, atom, json, readers }
  }

  it('project feeds carry only items published in that language, in every format and reader', async () => {
    for (const locale of ['en', 'ru'] as const) {
      const feed = await feedFor(locale, { kind: 'projects', slug: slugs.project[locale] ?? '' })
      expect(feed, locale).not.toBeNull()
      if (!feed) continue
      const { readers } = await readAll(feed)
      const fullUpdatedAt = feed.entries.find((entry) => entry.title === titles.full[locale])?.updated
      expect(fullUpdatedAt).toMatch(/^\d{4}-/)
      const expected = locale === 'en' ? [titles.englishOnly, titles.full.en] : [titles.full.ru]
      for (const [reader, items] of Object.entries(readers)) {
        expect(items.map((item) => item.title?.trim()), `${reader} ${locale}`).toEqual(expected)
        const full = items.find((item) => item.title === titles.full[locale])
        expect(full?.link, `${reader} ${locale}`).toBe(`${SITE}/${locale}/news/${slugs.full[locale]}`)
        expect(full?.id, `${reader} ${locale}`).toBe(`tag:localhost:3000,2026:news/${ids.full}/${locale}`)
        // feed-extractor reports an Atom entry's <updated> as its date; the others its publication date.
        const expectedDate = reader === 'feed-extractor (Atom)' ? fullUpdatedAt : '2026-11-20T09:00:00.000Z'
        expect(new Date(String(full?.date)).toISOString(), `${reader} ${locale}`).toBe(expectedDate)
      }
      // Drafts never appear, whatever their language.
      expect(JSON.stringify(readers)).not.toContain(titles.draft)
    }
  })

  it('a project not written in Tajik has no Tajik feed (never an English feed under a Tajik URL)', async () => {
    expect(await feedFor('tg', { kind: 'projects', slug: slugs.project.en ?? '' })).toBeNull()
    expect(await loadTranslatedBySlug('projects', 'tg', slugs.project.en ?? '')).toBeNull()
  })

  it('a widget or feed addressed by a slug in another language, or by id, answers in the language asked for', async () => {
    // /embed/ru/projects/<English slug> shows the Russian project, as the page redirects there.
    for (const key of [slugs.project.en ?? '', ids.project]) {
      const data = await loadSyndication('ru', { kind: 'projects', slug: key }, 30)
      expect(data?.owner.kind, key).toBe('projects')
      if (data?.owner.kind !== 'projects') continue
      expect(data.owner.doc.slug).toBe(slugs.project.ru)
      expect(data.owner.doc.lang).toBe('ru')
      expect(data.items.map((item) => item.title)).toEqual([titles.full.ru])
    }
    const region = await loadTranslatedByKey('regions', 'tg', slugs.region.ru ?? '')
    expect(region?.slug).toBe(slugs.region.tg)
    expect(region?.title).toBe(titles.region.tg)
    // Still only what is written in that language: the project has no Tajik text, by any key.
    expect(await loadTranslatedByKey('projects', 'tg', ids.project)).toBeNull()
    expect(await loadTranslatedByKey('projects', 'tg', slugs.project.ru ?? '')).toBeNull()
    expect(await loadTranslatedByKey('projects', 'ru', 'no-such-project')).toBeNull()
  })

  it('region and all-news feeds in Tajik hold the Tajik item with its Tajik text, categories and cover', async () => {
    const feed = await feedFor('tg', { kind: 'regions', slug: slugs.region.tg ?? '' })
    expect(feed).not.toBeNull()
    if (!feed) return
    expect(feed.entries.map((entry) => entry.title)).toEqual([titles.full.tg])
    const { rss, atom, json } = await readAll(feed)

    const rssChannel = parseRssFeed(rss)
    expect(rssChannel.language).toBe('tg')
    const item = rssChannel.items?.[0]
    expect(item?.content?.encoded).toContain('Матни тоҷикии хабар: ғ ӣ қ ӯ ҳ ҷ.')
    expect(item?.categories?.map((category) => category.name)).toEqual(expect.arrayContaining([titles.region.tg, 'Ҷавонон']))
    expect(item?.enclosures?.[0]?.url).toMatch(/^http:\/\/localhost:3000\/api\/media\/file\/.+\.webp$/)
    expect(item?.enclosures?.[0]?.type).toBe('image/webp')
    expect(Number(item?.enclosures?.[0]?.length)).toBeGreaterThan(0)

    const atomFeed = parseAtomFeed(atom)
    expect(atom).toContain('xml:lang="tg"')
    expect(atomFeed.links?.find((link) => link.rel === 'self')?.href).toBe(`${SITE}/tg/regions/${slugs.region.tg}/atom.xml`)
    expect(atomFeed.entries?.[0]?.content?.value).toContain('ғ ӣ қ ӯ ҳ ҷ')

    const jsonFeed = JSON.parse(json) as { version: string; language: string; feed_url: string; items: { content_html: string; tags: string[]; image: string }[] }
    expect(jsonFeed.version).toBe('https://jsonfeed.org/version/1.1')
    expect(jsonFeed.language).toBe('tg')
    expect(jsonFeed.feed_url).toBe(`${SITE}/tg/regions/${slugs.region.tg}/feed.json`)
    expect(jsonFeed.items[0]?.tags).toContain(titles.region.tg)

    const all = await feedFor('tg', { kind: 'news' })
    const allTitles = all?.entries.map((entry) => entry.title) ?? []
    expect(allTitles).toContain(titles.full.tg)
    expect(allTitles).not.toContain(titles.englishOnly)
    expect(allTitles.join(' ')).not.toContain(titles.draft)
  })

  it('titles with markup characters stay text in every format', async () => {
    const feed = await feedFor('en', { kind: 'projects', slug: slugs.project.en ?? '' })
    if (!feed) throw new Error('no feed')
    const { readers } = await readAll(feed)
    for (const [reader, items] of Object.entries(readers)) {
      expect(items.map((item) => item.title?.trim()), reader).toContain(titles.full.en)
    }
  })

  it('the widget lists the latest items in its language, escaped, with links back and a height reporter', async () => {
    const feed = await feedFor('ru', { kind: 'regions', slug: slugs.region.ru ?? '' })
    if (!feed) throw new Error('no feed')
    const html = renderEmbed(feed, { limit: 5, theme: 'dark', maxHeight: null }, { latest: 'Последние новости', more: 'Ещё', empty: 'Пусто', feed: 'RSS', title: 'Виджет' })
    expect(html).toContain('<html lang="ru" data-theme="dark">')
    expect(html).toContain(`href="${SITE}/ru/news/${slugs.full.ru}"`)
    expect(html).toContain(titles.full.ru)
    expect(html).not.toContain(titles.englishOnly)
    expect(html).toContain('<base target="_blank">')
    expect(html).toContain('newsroom:embed')
    const english = await feedFor('en', { kind: 'regions', slug: slugs.region.en ?? '' })
    if (!english) throw new Error('no feed')
    const one = renderEmbed(english, { limit: 1, theme: 'light', maxHeight: null }, { latest: 'Latest', more: 'More', empty: 'None', feed: 'RSS', title: 'Widget' })
    expect(one.match(/<li>/g)).toHaveLength(1)
    // The newest item only, and its title's markup characters escaped.
    expect(one).toContain(titles.englishOnly)
    // The script and style run under the widget's CSP by their hashes (no 'unsafe-inline'); with
    // maxheight, the script fits the items into it.
    const fitted = renderEmbed(english, { limit: 5, theme: 'light', maxHeight: 700 }, { latest: '', more: '', empty: '', feed: '', title: '' })
    const script = /<script>(.*)<\/script>/.exec(fitted)?.[1] ?? ''
    const style = /<style>(.*)<\/style>/.exec(fitted)?.[1] ?? ''
    expect(script).toContain('max=700')
    expect(script).toContain('message:"height"')
    const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`
    expect(embedCsp(700)).toContain(`script-src ${sha(script)};`)
    expect(embedCsp(700)).toContain(`style-src ${sha(style)};`)
    expect(embedCsp(null)).not.toContain(sha(script))
    expect(embedCsp(700)).not.toContain('unsafe-inline')
    expect(renderEmbed(english, { limit: 5, theme: 'light', maxHeight: 700 }, { latest: '', more: '', empty: '', feed: '', title: '' })).toContain(
      titles.full.en.replace('<', '&#60;').replace('>', '&#62;'),
    )
  })

  it('the public JSON lists and items hold only published text of that language and no internal fields', async () => {
    const apiContext = { locale: 'ru' as const, siteUrl: SITE, topicLabel: topicLabel('ru') }
    const news = await loadTranslatedNews('ru', { projectId: ids.project, limit: 50 })
    expect(news.items.map((doc) => doc.title)).toEqual([titles.full.ru])
    const item = newsJson(news.items[0], apiContext, true)
    expect(Object.keys(item).sort()).toEqual(
      ['author', 'cover', 'html', 'id', 'language', 'project', 'publishedAt', 'regions', 'slug', 'summary', 'title', 'topics', 'updatedAt', 'url'].sort(),
    )
    expect(item.html).toContain('Русский текст новости.')
    expect(item.cover?.alt).toBe('Канал возле Исфары')
    expect(item.regions.map((region) => region.name)).toEqual([titles.region.ru])
    expect(item.topics).toEqual([{ key: 'youth', label: 'Молодёжь' }])

    const projects = await loadTranslatedList('projects', 'tg', { limit: 100 })
    expect(projects.items.map((doc) => doc.id)).not.toContain(ids.project)
    const ruProjects = await loadTranslatedList('projects', 'ru', { limit: 100 })
    const project = ruProjects.items.find((doc) => doc.id === ids.project)
    expect(project && projectJson(project, apiContext).news).toBe(`${SITE}/api/v1/ru/news?project=${encodeURIComponent(slugs.project.ru ?? '')}`)
  })
})
