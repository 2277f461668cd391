// Adds BENCH_ITEMS generated news items to a freshly seeded database, straight into Payload's own
// tables (SQLite) or collections (MongoDB): the Local API would take hours for 100,000 items, bulk
// inserts take minutes. Run by bench/scale.mjs through Payload's CLI
// (`node scripts/cms.mjs run bench/scale/generate.mjs`), which loads the config.
//
// Each item: in English, ~75 % also in Tajik, ~50 % also in Russian, ~540 words per language,
// published in every language it has, spread over 15 years, in 1-3 seeded regions, ~70 % in a
// seeded project, 1-3 topics, a seeded cover. Every item gets its document and one version (the
// latest, as Payload's admin list reads drafts from the versions). Slugs end in the item's number,
// so they are unique per language. Writes a manifest (BENCH_MANIFEST) the benchmark reads.
import { randomUUID } from 'node:crypto'
import { writeFileSync } from 'node:fs'

import config from '@payload-config'
import { sql } from '@payloadcms/db-sqlite'
import { getPayload } from 'payload'

import { slugify } from '../../src/lib/slugify.ts'
import { lexicalOf, lexicalText, randomOf, textModel } from './text.mjs'

const total = Number(process.env.BENCH_ITEMS ?? 100_000)
const manifestFile = process.env.BENCH_MANIFEST
const YEARS = 15
const WORDS = 540
const topicValues = ['civil-society', 'education', 'youth', 'peacebuilding', 'poverty-reduction', 'gender', 'environment', 'media', 'governance']

const payload = await getPayload({ config })
// The seeded documents (a database this script already filled is seeded again first, not read whole).
const read = (collection) => payload.find({ collection, locale: 'all', depth: 0, limit: 200, sort: 'createdAt', overrideAccess: true })
const [seededNews, regions, projects] = await Promise.all([read('news'), read('regions'), read('projects')])
const random = randomOf(20261201)
const pick = (list) => list[Math.floor(random() * list.length)]
const some = (list, max) => [...new Set(Array.from({ length: 1 + Math.floor(random() * max) }, () => pick(list)))]

// One text model per language, learned from the seeded news (titles, summaries, bodies).
const models = {}
for (const locale of ['en', 'ru', 'tg']) {
  const texts = seededNews.docs.flatMap((doc) => [doc.title?.[locale], doc.summary?.[locale], lexicalText(doc.body?.[locale])]).filter(Boolean)
  models[locale] = textModel(texts, random)
}
const authors = Object.fromEntries(['en', 'ru', 'tg'].map((l) => [l, [...new Set(seededNews.docs.map((d) => d.author?.[l]).filter(Boolean))]]))
const covers = [...new Set(seededNews.docs.map((doc) => doc.cover).filter(Boolean))]
const now = Date.now()
const span = YEARS * 365.25 * 24 * 3600 * 1000

/** The i-th generated item, independent of the database (ids are the writer's). */
function item(i) {
  const languages = ['en', ...(random() < 0.75 ? ['tg'] : []), ...(random() < 0.5 ? ['ru'] : [])]
  const publishedAt = new Date(now - random() * span)
  const texts = {}
  for (const locale of languages) {
    const model = models[locale]
    const title = model.title()
    texts[locale] = {
      title,
      summary: model.sentence(30).text,
      body: lexicalOf(model.paragraphs(WORDS)),
      slug: `${slugify(title)}-${i.toString(36)}`,
      author: authors[locale].length ? pick(authors[locale]) : null,
    }
  }
  return {
    languages,
    texts,
    publishedAt,
    regions: some(regions.docs, 3).map((doc) => doc.id),
    project: random() < 0.7 ? pick(projects.docs).id : null,
    topics: some(topicValues, 3),
    cover: covers.length ? pick(covers) : null,
  }
}

/** SQLite: multi-row inserts into every table Payload reads a news item and its latest version from. */
async function sqliteWriter() {
  const { drizzle, tables } = payload.db
  // Payload's Drizzle tables name columns in JavaScript; rows here use the database's names. JSON
  // columns (the body) take the object: Drizzle stringifies it.
  const insert = async (tx, name, rows) => {
    const table = tables[name]
    if (!table) throw new Error(`Payload has no table ${name}; its schema changed, so update bench/scale/generate.mjs.`)
    const keyOf = Object.fromEntries(Object.entries(table).filter(([, column]) => column?.name && column.columnType).map(([key, column]) => [column.name, key]))
    const converted = rows.map((row) => Object.fromEntries(Object.entries(row).map(([column, value]) => {
      if (!keyOf[column]) throw new Error(`${name} has no column ${column}`)
      return [keyOf[column], value]
    })))
    // SQLite takes at most 32,766 variables per statement.
    const perStatement = Math.floor(30_000 / Object.keys(rows[0]).length)
    for (let start = 0; start < converted.length; start += perStatement) await tx.insert(table).values(converted.slice(start, start + perStatement))
  }
  return async (batch) => {
    const rows = { news: [], news_locales: [], news_rels: [], news_topics: [], _news_v: [], _news_v_locales: [], _news_v_rels: [], _news_v_version_topics: [] }
    for (const it of batch) {
      const id = randomUUID()
      const versionId = randomUUID()
      const at = it.publishedAt.toISOString()
      rows.news.push({ id, cover_id: it.cover, published_at: at, project_id: it.project, updated_at: at, created_at: at })
      rows._news_v.push({ id: versionId, parent_id: id, version_cover_id: it.cover, version_published_at: at, version_project_id: it.project, version_updated_at: at, version_created_at: at, created_at: at, updated_at: at, snapshot: true, latest: true, autosave: false })
      for (const locale of it.languages) {
        const t = it.texts[locale]
        rows.news_locales.push({ _locale: locale, _parent_id: id, title: t.title, summary: t.summary, body: t.body, slug: t.slug, author: t.author, text_changed_at: at, _status: 'published' })
        rows._news_v_locales.push({ _locale: locale, _parent_id: versionId, version_title: t.title, version_summary: t.summary, version_body: t.body, version_slug: t.slug, version_author: t.author, version_text_changed_at: at, version__status: 'published' })
      }
      it.regions.forEach((region, n) => {
        rows.news_rels.push({ order: n + 1, parent_id: id, path: 'regions', regions_id: region })
        rows._news_v_rels.push({ order: n + 1, parent_id: versionId, path: 'version.regions', regions_id: region })
      })
      it.topics.forEach((value, n) => {
        rows.news_topics.push({ order: n + 1, parent_id: id, value, id: randomUUID() })
        rows._news_v_version_topics.push({ order: n + 1, parent_id: versionId, value, id: randomUUID() })
      })
    }
    await drizzle.transaction(async (tx) => {
      // A 512 MB page cache (each transaction has its own libSQL connection): random UUID keys touch
      // every part of the indexes, and the default 2 MB cache slows the inserts as the file grows.
      await tx.run(sql`PRAGMA cache_size = -524288`)
      for (const [name, list] of Object.entries(rows)) if (list.length) await insert(tx, name, list)
    })
  }
}

/** MongoDB: insertMany into the collection and its versions collection, shaped like a seeded pair. */
async function mongoWriter() {
  const news = payload.db.collections.news.collection
  const versions = payload.db.versions.news.collection
  // The driver's ObjectId class, taken from a seeded document (no import of the driver needed).
  const ObjectId = (await news.findOne({}))._id.constructor
  // Ids of related documents, as the database stores them (ObjectIds).
  const idOf = (id) => (id == null ? null : new ObjectId(String(id)))
  return async (batch) => {
    const docs = []
    const versionDocs = []
    for (const it of batch) {
      const localized = (field) => Object.fromEntries(it.languages.map((l) => [l, it.texts[l][field]]))
      const fields = {
        title: localized('title'),
        summary: localized('summary'),
        body: localized('body'),
        slug: localized('slug'),
        author: localized('author'),
        textChangedAt: Object.fromEntries(it.languages.map((l) => [l, it.publishedAt])),
        _status: Object.fromEntries(it.languages.map((l) => [l, 'published'])),
        publishedAt: it.publishedAt,
        regions: it.regions.map(idOf),
        project: idOf(it.project),
        topics: it.topics,
        cover: idOf(it.cover),
        changedBy: null,
        meta: { title: {}, description: {}, image: {} },
        createdAt: it.publishedAt,
        updatedAt: it.publishedAt,
      }
      const _id = new ObjectId()
      docs.push({ _id, ...fields, __v: 0 })
      versionDocs.push({ _id: new ObjectId(), parent: _id, version: fields, createdAt: it.publishedAt, updatedAt: it.publishedAt, latest: true, snapshot: true, autosave: false, __v: 0 })
    }
    await Promise.all([news.insertMany(docs, { ordered: false }), versions.insertMany(versionDocs, { ordered: false })])
  }
}

const mongo = payload.db.name === 'mongoose'
const write = mongo ? await mongoWriter() : await sqliteWriter()
// SQLite writes one transaction at a time; a MongoDB server takes two smaller batches at once (a
// FerretDB insert of 500 items takes longer than the adapter's 30 s socket timeout).
const BATCH = mongo ? 100 : 500
const parallel = mongo ? 2 : 1
const inFlight = new Set()
const counts = { en: 0, ru: 0, tg: 0 }
for (const doc of seededNews.docs) for (const l of Object.keys(counts)) if (doc.title?.[l]) counts[l]++
let sample = null
const started = Date.now()
for (let start = 0; start < total; start += BATCH) {
  const batch = Array.from({ length: Math.min(BATCH, total - start) }, (_, n) => item(start + n))
  for (const it of batch) for (const l of it.languages) counts[l]++
  sample ??= batch.find((it) => it.languages.length === 3)
  const writing = write(batch).finally(() => inFlight.delete(writing))
  inFlight.add(writing)
  if (inFlight.size >= parallel) await Promise.race(inFlight)
  const done = start + batch.length
  if (done % 10_000 === 0 || done === total) {
    const seconds = (Date.now() - started) / 1000
    console.log(`  ${done} / ${total} items, ${Math.round(done / seconds)} items/s`)
  }
}
await Promise.all(inFlight)
const seconds = (Date.now() - started) / 1000
const allLanguages = (doc, field) => ['en', 'ru', 'tg'].every((l) => doc[field]?.[l] && doc.slug?.[l])
const manifest = {
  items: total,
  counts,
  seconds: Math.round(seconds),
  itemsPerSecond: Math.round(total / seconds),
  news: { slug: sample ? Object.fromEntries(sample.languages.map((l) => [l, sample.texts[l].slug])) : seededNews.docs.find((d) => allLanguages(d, 'title')).slug },
  project: { slug: projects.docs.find((d) => allLanguages(d, 'title')).slug },
  region: { slug: regions.docs.find((d) => allLanguages(d, 'name')).slug },
  searchWords: Object.fromEntries(Object.entries(models).map(([l, m]) => [l, m.words.filter((w) => w.length >= 6).slice(0, 40)])),
}
if (manifestFile) writeFileSync(manifestFile, JSON.stringify(manifest, null, 2))
console.log(`Generated ${total} news items in ${manifest.seconds} s (${manifest.itemsPerSecond} items/s): ${counts.en} in English, ${counts.tg} in Tajik, ${counts.ru} in Russian.`)
process.exit(0)
