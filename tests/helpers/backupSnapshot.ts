/**
 * For tests/int/backup.int.spec.ts: run in its own process on the database DATABASE_URI names
 * (`node scripts/cms.mjs run tests/helpers/backupSnapshot.ts -- <out.json> [--extras]`), it writes
 * everything a backup must carry over, as that database and the site's data layer show it:
 * - every document of every backed-up collection and every global, all languages, hidden fields
 *   included (password hash and salt), read by the database adapter; and by the Local API in each
 *   language, drafts included;
 * - every version, per document in order, with its dates, `latest`, `autosave` and statuses;
 * - the SHA-256 of every media file the media documents name, read from media storage;
 * - whether each test account can sign in with its password (and not with a wrong one);
 * - what the data layer gives readers: each news item, project and region by slug, the news
 *   lists and a site search, in every language.
 * With --extras it first adds what the demo seed lacks: a user with a known password, a news
 * item published in English with a Russian draft and an autosave, rich text linking to other
 * documents and an upload, a slug change (automatic redirect), a redirect and a scheduled publish.
 */
import { writeFile } from 'node:fs/promises'

import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

import { backedUpCollections, filesOf } from '@/cms/backup/collections'
import { sha256 } from '@/cms/backup/archive'
import { mediaFilesFor } from '@/cms/backup/mediaFiles'
import { getNewsBySlug, getNewsPage } from '@/data/news'
import { getProjectBySlug } from '@/data/projects'
import { getRegionBySlug } from '@/data/regions'
import { searchSite } from '@/data/search'
import { locales } from '@/i18n/locales'
import { readEnv } from '@/lib/env'
import type { News } from '@/payload-types'

type Doc = Record<string, unknown>

/** The test account: a Tajik name and password, and a region to look after (a reference to remap). */
export const testAccount = { email: 'backup-test@example.org', password: 'Ҷӯйбори кӯҳна, ғалла ва ҳавз 2026' }

const context = { disableRevalidate: true }

async function addExtras(payload: Payload) {
  const one = async (collection: 'news' | 'regions' | 'media' | 'projects') =>
    (await payload.find({ collection, limit: 2, depth: 0, sort: 'createdAt', overrideAccess: true, draft: true })).docs as unknown as Doc[]
  const [region] = await one('regions')
  const [image] = await one('media')
  const [first, second] = await one('news')
  await payload.create({
    collection: 'users',
    overrideAccess: true,
    context,
    data: { email: testAccount.email, password: testAccount.password, name: 'Backup Тест', role: 'regionalEditor', regions: [region.id as string] },
  })
  const paragraph = (children: Doc[]) => ({ type: 'paragraph', format: '', indent: 0, version: 1, direction: 'ltr', textFormat: 0, children })
  const text = (value: string) => ({ type: 'text', text: value, format: 0, detail: 0, mode: 'normal', style: '', version: 1 })
  // Lexical's state as the editor stores it (Payload's generated type wants its literal unions).
  type RichText = NonNullable<News['body']>
  const body = (words: string): RichText => ({
    root: {
      type: 'root',
      format: '',
      indent: 0,
      version: 1,
      direction: 'ltr',
      children: [
        paragraph([
          text(words),
          { type: 'link', format: '', indent: 0, version: 3, direction: 'ltr', fields: { linkType: 'internal', doc: { relationTo: 'news', value: second.id }, newTab: false }, children: [text('→')] },
        ]),
        { type: 'upload', format: '', version: 3, relationTo: 'media', value: image.id, fields: null },
        { type: 'relationship', format: '', version: 2, relationTo: 'regions', value: region.id },
      ],
    },
  }) as unknown as RichText
  const item = await payload.create({
    collection: 'news',
    locale: 'en',
    overrideAccess: true,
    context,
    data: { title: 'Backup test: links to the first item', summary: 'Summary', body: body('See also '), cover: image.id as string, regions: [region.id as string], publishedAt: '2026-11-30T09:00:00.000Z', _status: 'published' } as News,
  })
  // Russian: a draft only (per-language status), then an autosave on top of it.
  await payload.update({ collection: 'news', id: item.id, locale: 'ru', draft: true, overrideAccess: true, context, data: { title: 'Проверка копии: черновик', body: body('Смотрите также ') } })
  await payload.update({ collection: 'news', id: item.id, locale: 'ru', draft: true, autosave: true, overrideAccess: true, context, data: { title: 'Проверка копии: автосохранение' } })
  // Tajik published, then its slug renamed: an automatic redirect from the old address.
  await payload.update({ collection: 'news', id: item.id, locale: 'tg', overrideAccess: true, context, data: { title: 'Санҷиши нусхаи эҳтиётӣ', summary: 'Хулоса', body: body('Инчунин нигаред ') , _status: 'published' } })
  await payload.update({ collection: 'news', id: item.id, locale: 'tg', overrideAccess: true, context, data: { slug: 'sanҷishi-nusxa-nav', _status: 'published' } })
  await payload.create({ collection: 'redirects', overrideAccess: true, context, data: { from: '/index.php?id=12', to: `/en/news/${(first.slug as string) ?? 'x'}` } })
  await payload.jobs.queue({ task: 'schedulePublish', queue: 'backup-test', waitUntil: new Date(Date.now() + 30 * 86_400_000), input: { type: 'publish', locale: 'ru', doc: { relationTo: 'news', value: item.id } } })
}

async function snapshot(payload: Payload): Promise<Doc> {
  const db = payload.db
  const collections: Record<string, Doc[]> = {}
  const perLocale: Record<string, Doc[]> = {}
  const versions: Record<string, Doc[]> = {}
  const files: Record<string, string | null> = {}
  const media = mediaFilesFor(readEnv())
  for (const collection of backedUpCollections(payload)) {
    const slug = collection.slug
    const { docs } = await db.find({ collection: slug, locale: 'all', limit: 0, pagination: false, sort: 'id' })
    collections[slug] = docs as Doc[]
    for (const locale of locales) {
      const read = await payload.find({ collection: slug, locale, fallbackLocale: false, depth: 0, limit: 0, pagination: false, draft: true, overrideAccess: true, showHiddenFields: true, sort: 'id' })
      perLocale[`${slug}/${locale}`] = read.docs as unknown as Doc[]
    }
    if (collection.upload) for (const doc of docs) for (const name of filesOf(doc as Doc)) files[name] = await media.read(name).then((data) => (data ? sha256(data) : null))
    if (collection.versions) {
      const all: Doc[] = []
      for (const doc of docs) {
        const found = await db.findVersions({ collection: slug, locale: 'all', where: { parent: { equals: doc.id } }, sort: ['updatedAt', 'createdAt'], limit: 0, pagination: false })
        all.push(...(found.docs as unknown as Doc[]))
      }
      versions[slug] = all
    }
  }
  const globals: Record<string, Doc> = {}
  for (const global of payload.config.globals) {
    globals[global.slug] = (await db.findGlobal({ slug: global.slug, locale: 'all' })) as Doc
    for (const locale of locales) globals[`${global.slug}/${locale}`] = (await payload.findGlobal({ slug: global.slug, locale, fallbackLocale: false, depth: 0, overrideAccess: true })) as unknown as Doc
  }
  const logins: Record<string, boolean> = {}
  for (const [label, password] of [['right', testAccount.password], ['wrong', `${testAccount.password}!`]] as const) {
    logins[label] = await payload.login({ collection: 'users', data: { email: testAccount.email, password } }).then(
      (result) => Boolean(result.token),
      () => false,
    )
  }
  const pages: Record<string, unknown> = {}
  for (const locale of locales) {
    for (const doc of collections.news) {
      const slug = (doc.slug as Record<string, string | null> | null)?.[locale]
      if (slug) pages[`news/${locale}/${slug}`] = await getNewsBySlug(locale, slug)
    }
    for (const doc of collections.projects) {
      const slug = (doc.slug as Record<string, string | null> | null)?.[locale]
      if (slug) pages[`projects/${locale}/${slug}`] = await getProjectBySlug(locale, slug)
    }
    for (const doc of collections.regions) {
      const slug = (doc.slug as Record<string, string | null> | null)?.[locale]
      if (slug) pages[`regions/${locale}/${slug}`] = await getRegionBySlug(locale, slug)
    }
    pages[`news-list/${locale}`] = await getNewsPage(locale, 1, 100)
    pages[`search/${locale}`] = await searchSite(locale, [{ en: 'water', ru: 'вода', tg: 'об' }[locale] ?? 'water'], {})
  }
  return { adapter: db.name, collections, perLocale, versions, globals, files, logins, pages }
}

const [out, ...flags] = process.argv.slice(2)
if (!out) throw new Error('Usage: payload run tests/helpers/backupSnapshot.ts -- <out.json> [--extras]')
const payload = await getPayload({ config })
if (flags.includes('--extras')) await addExtras(payload)
await writeFile(out, JSON.stringify(await snapshot(payload)))
process.exit(0)
