import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'
import { describe, expect, it } from 'vitest'

import { searchSite } from '@/data/search'
import { rebuildSearchIndex, searchIndex, storeOf } from '@/data/searchIndex'
import { ftsQuery, openSearchFile, searchFileOf } from '@/data/searchStores/sqlite'
import { paragraphsToLexical } from '@/cms/seed/lexical'
import type { Locale } from '@/i18n/locales'
import { highlight, matchedTerms, MAX_QUERY_LENGTH, MAX_QUERY_TERMS, parseQuery, SEARCH_PAGE_SIZE, snippet, type SearchFilters } from '@/lib/search'
import { compareIn, compareTajik, foldForSearch } from '@/lib/text'

import { context, databaseKind, payloadSuite, unique } from '../helpers/payload'

describe('Tajik-aware text', () => {
  it('folds the six Tajik letters and ё to what a Russian keyboard types, one character for one', () => {
    expect(foldForSearch('Ғафуров Ӣ Қӯрғонтеппа Ҳисор Ҷиргатол Ёвон')).toBe('гафуров и кургонтеппа хисор чиргатол евон')
    const text = 'ҲУҶАНД, Хуҷанд!'
    expect(foldForSearch(text)).toHaveLength(text.length)
  })

  it('sorts Tajik by its own alphabet: ғ after г, ӣ after и, қ after к, ӯ after у, ҳ after х, ҷ after ч', () => {
    const names = ['Ҷиргатол', 'Ӯротеппа', 'Хуҷанд', 'Ғафуров', 'Уфа', 'Ишкошим', 'Ҳисор', 'Конибодом', 'Чкалов', 'Ӣсфара', 'Қайроққум', 'Гулистон', 'Йӯл', 'Исфара']
    expect([...names].sort(compareTajik)).toEqual([
      'Гулистон',
      'Ғафуров',
      'Исфара',
      'Ишкошим',
      'Ӣсфара',
      'Йӯл',
      'Конибодом',
      'Қайроққум',
      'Уфа',
      'Ӯротеппа',
      'Хуҷанд',
      'Ҳисор',
      'Чкалов',
      'Ҷиргатол',
    ])
    // ICU's root order (what Intl gives for "tg") would put Ӯротеппа among the У words: the check can fail.
    expect([...names].sort(new Intl.Collator('tg').compare).indexOf('Ӯротеппа')).not.toBe(9)
  })

  it('sorts Russian and English with the platform collator (ё with е, case-insensitive)', () => {
    expect(['Яван', 'ёлка', 'Ежевика', 'Душанбе', 'абрикос'].sort(compareIn('ru'))).toEqual(['абрикос', 'Душанбе', 'Ежевика', 'ёлка', 'Яван'])
    expect(['zebra', 'Apple', 'mango'].sort(compareIn('en'))).toEqual(['Apple', 'mango', 'zebra'])
  })
})

describe('site search (pure)', () => {
  it('highlights the original letters of matched words and cuts snippets around the first match', () => {
    const title = 'Вохӯрии ҷавонон дар Хуҷанд'
    const matched = matchedTerms({ title, summary: '', text: '' }, parseQuery('хуча').words)
    expect(matched).toEqual(['хучанд'])
    expect(highlight(title, matched)).toEqual([
      { text: 'Вохӯрии ҷавонон дар ', match: false },
      { text: 'Хуҷанд', match: true },
    ])
    const long = `${'Сатр. '.repeat(80)}Дар Хуҷанд семинар баргузор шуд. ${'Охир. '.repeat(80)}`
    const cut = snippet(long, ['хучанд'], 120)
    expect(cut).toContain('Хуҷанд')
    expect(cut.startsWith('… ')).toBe(true)
    expect(cut.length).toBeLessThanOrEqual(130)
  })

  it('matches short words whole and long or last words as beginnings, in highlights and in FTS5 queries', () => {
    const doc = { title: 'Дарё дар Душанбе', summary: '', text: '' }
    expect(matchedTerms(doc, parseQuery('дар душ').words).sort()).toEqual(['дар', 'душанбе'])
    expect(matchedTerms(doc, parseQuery('дар').words).sort()).toEqual(['дар', 'дарё'.replace('ё', 'е')])
    expect(ftsQuery(parseQuery('Дар ХУЧАНД ва').words)).toBe('"дар" "хучанд"* "ва"*')
  })

  it('turns odd input into something searchable or into nothing, never an error', () => {
    expect(parseQuery(undefined)).toEqual({ text: '', truncated: false, words: [] })
    expect(parseQuery(['  Хуҷанд  ', 'x'])).toEqual({ text: 'Хуҷанд', truncated: false, words: ['хучанд'] })
    expect(parseQuery('%%% *** ///').words).toEqual([])
    const long = parseQuery('а'.repeat(5000))
    expect(long.truncated).toBe(true)
    expect(long.text).toHaveLength(MAX_QUERY_LENGTH)
    expect(parseQuery('<script>alert(1)</script>').words).toEqual(['script', 'alert', '1', 'script'])
    // Quotes and FTS5 operators are not words: they never reach a query.
    expect(parseQuery('"a" OR b* NEAR(c) -d ^e').words).toEqual(['a', 'or', 'b', 'near', 'c', 'd', 'e'])
    expect(parseQuery('w '.repeat(50)).words).toHaveLength(MAX_QUERY_TERMS)
  })

  it('keeps the SQLite search index in a file of its own beside the database', () => {
    expect(searchFileOf('file:./data/newsroom.db')).toBe('file:./data/newsroom.search.db')
    expect(searchFileOf('file:/srv/site.sqlite')).toBe('file:/srv/site.sqlite.search.db')
    expect(searchFileOf('file::memory:')).toBe('file::memory:')
  })

  it('gives a search file indexed before entry_keys existed the keys of its entries when it is opened', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'search-file-'))
    const url = `file:${path.join(folder, 'old.search.db')}`
    try {
      // The shape of the file before: entries and their words, no entry_keys, user_version 0.
      const old = createClient({ url })
      await old.batch([
        `CREATE TABLE entries (id INTEGER PRIMARY KEY, locale TEXT NOT NULL, type TEXT NOT NULL, doc_id TEXT NOT NULL, date TEXT, project_id TEXT, stamp INTEGER NOT NULL,
          path TEXT NOT NULL, title TEXT NOT NULL, summary TEXT NOT NULL, body TEXT NOT NULL, UNIQUE (type, doc_id, locale))`,
        `CREATE VIRTUAL TABLE fts_tg USING fts5(title, summary, body, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0', prefix='2 3')`,
        `INSERT INTO entries VALUES (7, 'tg', 'news', 'n7', '2026-03-01', 'p1', 1, '/tg/news/n7', 'Ҳисобот', '', 'Матн')`,
        `INSERT INTO fts_tg (rowid, title, summary, body) VALUES (7, 'хисобот', '', 'матн')`,
      ])
      old.close()
      const db = await openSearchFile(url, false)
      const keys = await db.execute('SELECT id, type, date, project_id FROM entry_keys')
      expect(keys.rows.map((row) => ({ ...row }))).toEqual([{ id: 7, type: 'news', date: '2026-03-01', project_id: 'p1' }])
      const found = await db.execute({ sql: 'SELECT e.type AS type FROM fts_tg JOIN entry_keys e ON e.id = fts_tg.rowid WHERE fts_tg MATCH ?', args: [ftsQuery(['хисобот'])] })
      expect(found.rows.map((row) => row.type)).toEqual(['news'])
      db.close()
    } finally {
      rmSync(folder, { recursive: true, force: true })
    }
  })
})

/*
 * The index in the database, on both adapters: what is published and written in a language is
 * found there, nothing else; saves keep it up to date; the rebuild writes it afresh. Every test
 * searches for a word of its own (`tag`), so seed content and other tests never interfere.
 * On MongoDB the queries use the index { locale, terms }; FerretDB (our MongoDB-wire server) has
 * no `$text` and uses no indexes, so there the same queries scan the collection, same results.
 */
describe(`search index in the database (${databaseKind})`, () => {
  const suite = payloadSuite()
  const tagOf = () => unique('x').split(' ')[1]
  const find = (locale: Locale, query: string, filters: SearchFilters = {}, page = 1) => searchSite(locale, parseQuery(query).words, filters, page)
  const ids = async (locale: Locale, query: string, filters: SearchFilters = {}) => (await find(locale, query, filters)).hits.map((hit) => hit.doc.id)

  const news = async (locale: Locale, data: Record<string, unknown>, options: { draft?: boolean; skipIndex?: boolean } = {}) =>
    suite.docs.add(
      'news',
      await suite.payload.create({
        collection: 'news',
        locale,
        draft: options.draft,
        context: options.skipIndex ? { ...context, skipSearchIndex: true } : context,
        data: { publishedAt: '2026-11-20T09:00:00.000Z', _status: options.draft ? 'draft' : 'published', ...data } as never,
      }),
    )

  it('finds what is published and written in the language, never drafts or English fallback text', async () => {
    const tag = tagOf()
    const both = await news('en', { title: `Khujand water forum ${tag}` })
    const tajikTitle = `Форуми об дар Хуҷанд ${tag}`
    await suite.payload.update({ collection: 'news', id: both.id, locale: 'tg', context, data: { title: tajikTitle, _status: 'published' } })
    const englishOnly = await news('en', { title: `English only Khujand ${tag}` })
    const draft = await news('en', { title: `Draft Khujand ${tag}` }, { draft: true })
    // A Tajik draft of a document published in English is not Tajik text readers can read.
    await suite.payload.update({ collection: 'news', id: englishOnly.id, locale: 'tg', draft: true, context, data: { title: `Пешнавис ${tag}` } })

    const tajik = await find('tg', `хучанд ${tag}`)
    expect(tajik.hits.map((hit) => [hit.doc.id, hit.doc.title, hit.doc.path.startsWith('/tg/news/')])).toEqual([[both.id, tajikTitle, true]])
    expect(await ids('tg', tag)).toEqual([both.id])
    expect((await ids('en', tag)).sort()).toEqual([both.id, englishOnly.id].sort())
    expect(await ids('ru', tag)).toEqual([])
    expect(await ids('en', `draft ${tag}`)).toEqual([])
    expect(draft.id).toBeTruthy()
  })

  it('indexes a long article whole: each of its thousand different words finds it', async () => {
    // On FerretDB (the MongoDB-wire test server) an index over the array of words is one
    // PostgreSQL B-tree row per entry, refused past 2,704 bytes; MongoDB indexes it word by word.
    const tag = tagOf()
    const words = Array.from({ length: 1000 }, (_, n) => `${tag}w${n.toString(36)}x`)
    const paragraphs = Array.from({ length: 20 }, (_, n) => words.slice(n * 50, n * 50 + 50).join(' '))
    const long = await news('en', { title: `Annual report ${tag}`, body: paragraphsToLexical(paragraphs) })
    expect(await ids('en', words[0]!)).toEqual([long.id])
    expect(await ids('en', words.at(-1)!)).toEqual([long.id])
  })

  it('withdrawing a translation removes it from that language only; unpublishing and deleting remove it everywhere', async () => {
    const tag = tagOf()
    const doc = await news('en', { title: `Isfara water users ${tag}` })
    await suite.payload.update({ collection: 'news', id: doc.id, locale: 'tg', context, data: { title: `Обистифодабарандагони Исфара ${tag}`, _status: 'published' } })
    await suite.payload.update({ collection: 'news', id: doc.id, locale: 'ru', context, data: { title: `Водопользователи Исфары ${tag}`, _status: 'published' } })
    expect(await ids('tg', tag)).toEqual([doc.id])
    expect(await ids('ru', tag)).toEqual([doc.id])

    await suite.payload.update({ collection: 'news', id: doc.id, locale: 'tg', context, data: { _status: 'draft' } })
    expect(await ids('tg', tag)).toEqual([])
    expect(await ids('ru', tag)).toEqual([doc.id])
    expect(await ids('en', tag)).toEqual([doc.id])

    // An edit of the published English text is found by its new words, not its old ones.
    await suite.payload.update({ collection: 'news', id: doc.id, locale: 'en', context, data: { title: `Isfara irrigation meeting ${tag}` } })
    expect(await ids('en', `water ${tag}`)).toEqual([])
    expect(await ids('en', `irrigation ${tag}`)).toEqual([doc.id])

    await suite.payload.update({ collection: 'news', id: doc.id, locale: 'en', context, unpublishAllLocales: true, data: {} })
    for (const locale of ['en', 'ru', 'tg'] as const) expect(await ids(locale, tag)).toEqual([])

    const other = await news('en', { title: `Deleted soon ${tag}` })
    expect(await ids('en', tag)).toEqual([other.id])
    await suite.payload.delete({ collection: 'news', id: other.id, context })
    expect(await ids('en', tag)).toEqual([])
  })

  it('folds Tajik letters, matches word beginnings, ranks title matches first and highlights them', async () => {
    const tag = tagOf()
    const inBody = await news('tg', {
      title: `Семинар дар Бохтар ${tag}`,
      body: paragraphsToLexical(['Иштирокчиён аз Хуҷанд ва Қӯрғонтеппа омаданд.']),
      publishedAt: '2026-12-01T09:00:00.000Z',
    })
    const inTitle = await news('tg', { title: `Вохӯрии ҷавонон дар Хуҷанд ${tag}`, summary: 'Ҷавонони Суғд ҷамъ омаданд.', publishedAt: '2025-03-01T09:00:00.000Z' })
    // The title match comes first although it is older.
    const result = await find('tg', `ХУЧАНД ${tag}`)
    expect(result.hits.map((hit) => hit.doc.id)).toEqual([inTitle.id, inBody.id])
    expect(result.hits[0].matched).toContain('хучанд')
    expect(highlight(result.hits[0].doc.title, result.hits[0].matched).filter((part) => part.match).map((part) => part.text)).toEqual(['Хуҷанд', tag])
    expect(snippet(`${result.hits[1].doc.summary} ${result.hits[1].doc.text}`, result.hits[1].matched)).toContain('Хуҷанд')
    expect(await ids('tg', `кургонтеппа ${tag}`)).toEqual([inBody.id])
    // Four letters or more match as beginnings ("чавон" -> "ҷавонон"); every word must match.
    expect(await ids('tg', `чавон ${tag}`)).toEqual([inTitle.id])
    expect(await ids('tg', `хучанд самарканд ${tag}`)).toEqual([])
    expect(await ids('tg', `${tag} хуча`)).toEqual([inTitle.id, inBody.id])
  })

  it('counts per kind, filters by kind, region, project and year, and pages by ten', async () => {
    const tag = tagOf()
    const region = suite.docs.add('regions', await suite.payload.create({ collection: 'regions', locale: 'en', context, data: { name: `Region ${tag}`, kind: 'district' } }))
    const project = suite.docs.add(
      'projects',
      await suite.payload.create({ collection: 'projects', locale: 'en', context, data: { title: `Project ${tag}`, startDate: '2024-01-01T00:00:00.000Z', regions: [region.id], _status: 'published' } as never }),
    )
    const contact = suite.docs.add('contacts', await suite.payload.create({ collection: 'contacts', locale: 'en', context, data: { name: `Contact ${tag}`, kind: 'partner', address: 'Khujand', regions: [region.id] } }))
    const items = []
    for (let n = 0; n < 12; n += 1) {
      items.push(
        await news('en', {
          title: `News ${n} ${tag}`,
          publishedAt: `${n < 3 ? 2024 : 2025}-0${(n % 9) + 1}-15T09:00:00.000Z`,
          ...(n < 5 ? { regions: [region.id] } : {}),
          ...(n % 2 === 0 ? { project: project.id } : {}),
        }),
      )
    }
    const all = await find('en', tag)
    expect(all.counts).toEqual({ news: 12, projects: 1, regions: 1, contacts: 1 })
    expect(all.total).toBe(15)
    expect(all.hits).toHaveLength(SEARCH_PAGE_SIZE)
    expect(all.totalPages).toBe(2)
    const second = await find('en', tag, {}, 2)
    expect(second.hits).toHaveLength(5)
    expect(new Set([...all.hits, ...second.hits].map((hit) => `${hit.doc.type}:${hit.doc.id}`)).size).toBe(15)
    // A page past the end shows the last one.
    expect((await find('en', tag, {}, 99)).page).toBe(2)

    expect(await ids('en', tag, { type: 'contacts' })).toEqual([contact.id])
    expect(await ids('en', tag, { type: 'regions' })).toEqual([region.id])
    expect((await find('en', tag, { type: 'news' })).total).toBe(12)
    const inRegion = await find('en', tag, { type: 'news', regionId: region.id })
    expect(inRegion.hits.map((hit) => hit.doc.id).sort()).toEqual(items.slice(0, 5).map((item) => item.id).sort())
    expect(inRegion.counts).toEqual({ news: 5, projects: 1, regions: 1, contacts: 1 })
    expect((await ids('en', tag, { type: 'news', projectId: project.id })).sort()).toEqual(items.filter((_, n) => n % 2 === 0).map((item) => item.id).sort())
    expect((await ids('en', tag, { type: 'news', year: 2024 })).sort()).toEqual(items.slice(0, 3).map((item) => item.id).sort())
    expect(await ids('en', tag, { type: 'news', year: 2024, regionId: region.id, projectId: project.id })).toEqual([items[2].id, items[0].id])

    // Without words: the filtered news, newest first (the news list's filters).
    const listed = await find('en', '', { type: 'news', regionId: region.id })
    expect(listed.hits.map((hit) => hit.doc.date)).toEqual([...listed.hits.map((hit) => hit.doc.date)].sort().reverse())
    expect(listed.hits.every((hit) => hit.doc.type === 'news' && hit.doc.regionIds.includes(region.id))).toBe(true)
    expect(listed.total).toBeGreaterThanOrEqual(5)

    // Contacts and regions have no drafts: a save is public at once, a deletion removes them.
    await suite.payload.update({ collection: 'contacts', id: contact.id, locale: 'ru', context, data: { name: `Контакт ${tag}` } })
    expect(await ids('ru', tag)).toEqual([contact.id])
    await suite.payload.delete({ collection: 'contacts', id: contact.id, context })
    expect(await ids('ru', tag)).toEqual([])
    expect(await ids('en', tag, { type: 'contacts' })).toEqual([])
  })

  it('orders the matches of a word most items have title matches first, then newest, across pages and filters', async () => {
    // What a search with more than RANKED_MATCHES matches asks of the store (a common word at
    // 100,000 items): no match scored, the same order on SQLite and MongoDB.
    const tag = tagOf()
    const oldTitle = await news('en', { title: `Irrigation ${tag} report`, publishedAt: '2024-02-01T09:00:00.000Z' })
    const newTitle = await news('en', { title: `Water users ${tag}`, publishedAt: '2025-02-01T09:00:00.000Z' })
    const newBody = await news('en', { title: 'Seminar in Bokhtar', summary: `About ${tag} and more`, publishedAt: '2026-02-01T09:00:00.000Z' })
    const oldBody = await news('en', { title: 'Forum in Isfara', body: paragraphsToLexical([`The ${tag} forum met.`]), publishedAt: '2023-02-01T09:00:00.000Z' })
    // Pages without a date: a region named by the word comes before the news titled with it, a
    // contact that mentions it before the news that do.
    const region = suite.docs.add('regions', await suite.payload.create({ collection: 'regions', locale: 'en', context, data: { name: `Upper ${tag}`, kind: 'district' } }))
    const contact = suite.docs.add('contacts', await suite.payload.create({ collection: 'contacts', locale: 'en', context, data: { name: 'Water office', description: `Advice on ${tag}`, kind: 'partner' } }))
    // Regions before contacts, on every store.
    const office = suite.docs.add('contacts', await suite.payload.create({ collection: 'contacts', locale: 'en', context, data: { name: `${tag} office`, kind: 'partner' } }))
    const store = await storeOf(suite.payload)
    const page = async (offset: number, limit: number, filters: SearchFilters = {}) =>
      (await store.page('en', parseQuery(tag).words, filters, offset, limit, 'newest')).map((hit) => hit.doc.id)
    expect(await page(0, 10)).toEqual([region.id, office.id, newTitle.id, oldTitle.id, contact.id, newBody.id, oldBody.id])
    // Pages that start in one group and end in another, and one past them all.
    expect(await page(1, 2)).toEqual([office.id, newTitle.id])
    expect(await page(3, 3)).toEqual([oldTitle.id, contact.id, newBody.id])
    expect(await page(6, 2)).toEqual([oldBody.id])
    expect(await page(7, 2)).toEqual([])
    expect(await page(1, 2, { type: 'news', year: 2024 })).toEqual([])
    expect(await page(0, 10, { type: 'news', year: 2026 })).toEqual([newBody.id])
    expect(await page(0, 10, { type: 'news' })).toEqual([newTitle.id, oldTitle.id, newBody.id, oldBody.id])
    expect(await page(0, 10, { type: 'contacts' })).toEqual([office.id, contact.id])
    expect(await page(2, 10, { type: 'contacts' })).toEqual([])
    expect(await page(0, 10, { regionId: String(region.id) })).toEqual([region.id])

    // Past the number of matches ranked by relevance, a search takes that order: here the older
    // title says the word three times (BM25 puts it first on SQLite), the newer once.
    const wordy = await news('en', { title: `${tag} ${tag} ${tag} forum`, summary: `${tag} again`, publishedAt: '2020-02-01T09:00:00.000Z' })
    const search = async (rankedMatches: number) => (await searchIndex(suite.payload, 'en', parseQuery(tag).words, {}, 1, rankedMatches)).hits.map((hit) => hit.doc.id)
    expect(await search(2)).toEqual([region.id, office.id, newTitle.id, oldTitle.id, wordy.id, contact.id, newBody.id, oldBody.id])
    // Within the number, SQLite ranks by BM25; MongoDB has one order.
    if (databaseKind === 'sqlite') expect((await search(100))[0]).toBe(wordy.id)
  })

  it('the rebuild indexes what saves did not and drops what is gone', async () => {
    const tag = tagOf()
    const missed = await news('en', { title: `Bulk import ${tag}` }, { skipIndex: true })
    const stale = await news('en', { title: `Removed behind the index ${tag}` })
    await suite.payload.delete({ collection: 'news', id: stale.id, context: { ...context, skipSearchIndex: true } })
    expect(await ids('en', tag)).toEqual([stale.id])

    const before = await find('en', '', { type: 'news' })
    // Small batches: the rebuild reads on from the last id of each batch, past every document.
    const written = await rebuildSearchIndex(suite.payload, { batch: 3 })
    expect(written.en).toBeGreaterThan(3)
    expect(await ids('en', tag)).toEqual([missed.id])
    expect(await ids('tg', tag)).toEqual([])
    expect((await find('en', '', { type: 'news' })).total).toBe(before.total)
  })
})
