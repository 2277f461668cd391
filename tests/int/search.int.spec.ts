import { describe, expect, it } from 'vitest'

import { loadSearchDocs } from '@/data/search'
import { highlight, MAX_QUERY_LENGTH, parseQuery, search, snippet, type SearchDoc } from '@/lib/search'
import { compareIn, compareTajik, foldForSearch } from '@/lib/text'

import { context, databaseKind, payloadSuite, unique } from '../helpers/payload'

const doc = (fields: Partial<SearchDoc> & Pick<SearchDoc, 'id' | 'title'>): SearchDoc => ({
  type: 'news',
  summary: '',
  text: '',
  path: `/tg/news/${fields.id}`,
  date: '2026-01-01T00:00:00.000Z',
  regionIds: [],
  projectId: null,
  ...fields,
})

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
  const docs = [
    doc({ id: 'a', title: 'Вохӯрии ҷавонон дар Хуҷанд', summary: 'Ҷавонони Суғд ҷамъ омаданд.', date: '2026-03-01T00:00:00.000Z' }),
    doc({ id: 'b', title: 'Семинар дар Бохтар', text: 'Иштирокчиён аз Хуҷанд ва Қӯрғонтеппа омаданд.', date: '2025-05-01T00:00:00.000Z', regionIds: ['khatlon'] }),
    doc({ id: 'c', title: 'Ёвар барои деҳқонон', type: 'projects', date: null }),
    doc({ id: 'd', title: 'Маркази Ҳисор', type: 'contacts', date: null }),
  ]

  it('finds Tajik text from a query typed on a Russian keyboard, case-insensitively, title matches first', () => {
    const result = search(docs, parseQuery('ХУЧАНД').words, {})
    expect(result.hits.map((hit) => hit.doc.id)).toEqual(['a', 'b'])
    expect(result.counts).toEqual({ news: 2, projects: 0, regions: 0, contacts: 0 })
    expect(search(docs, parseQuery('кургонтеппа').words, {}).hits.map((hit) => hit.doc.id)).toEqual(['b'])
    expect(search(docs, parseQuery('евар').words, {}).hits.map((hit) => hit.doc.id)).toEqual(['c'])
    expect(search(docs, parseQuery('хисор').words, { type: 'contacts' }).hits.map((hit) => hit.doc.id)).toEqual(['d'])
    // Every word must match; a word that nowhere occurs gives nothing.
    expect(search(docs, parseQuery('хучанд самарканд').words, {}).total).toBe(0)
  })

  it('matches word beginnings (Tajik and Russian endings) and filters by region and year', () => {
    expect(search(docs, parseQuery('чавон').words, {}).hits.map((hit) => hit.doc.id)).toEqual(['a'])
    expect(search(docs, parseQuery('хучанд').words, { regionId: 'khatlon' }).hits.map((hit) => hit.doc.id)).toEqual(['b'])
    expect(search(docs, [], { year: 2026, type: 'news' }).hits.map((hit) => hit.doc.id)).toEqual(['a'])
  })

  it('highlights the original letters of matched words and cuts snippets around the first match', () => {
    const [hit] = search(docs, parseQuery('хучанд').words, {}).hits
    expect(highlight(hit.doc.title, hit.matched)).toEqual([
      { text: 'Вохӯрии ҷавонон дар ', match: false },
      { text: 'Хуҷанд', match: true },
    ])
    const long = `${'Сатр. '.repeat(80)}Дар Хуҷанд семинар баргузор шуд. ${'Охир. '.repeat(80)}`
    const cut = snippet(long, ['хучанд'], 120)
    expect(cut).toContain('Хуҷанд')
    expect(cut.startsWith('… ')).toBe(true)
    expect(cut.length).toBeLessThanOrEqual(130)
  })

  it('turns odd input into something searchable or into nothing, never an error', () => {
    expect(parseQuery(undefined)).toEqual({ text: '', truncated: false, words: [] })
    expect(parseQuery(['  Хуҷанд  ', 'x'])).toEqual({ text: 'Хуҷанд', truncated: false, words: ['хучанд'] })
    expect(parseQuery('%%% *** ///').words).toEqual([])
    const long = parseQuery('а'.repeat(5000))
    expect(long.truncated).toBe(true)
    expect(long.text).toHaveLength(MAX_QUERY_LENGTH)
    expect(parseQuery('<script>alert(1)</script>').words).toEqual(['script', 'alert', '1', 'script'])
    expect(search(docs, parseQuery('((( [[[ ').words, {}).hits.map((hit) => hit.doc.id)).toEqual(['a', 'b'])
  })
})

describe(`search documents from the database (${databaseKind})`, () => {
  const suite = payloadSuite()

  it('holds only published documents written in the language, never fallback text', async () => {
    const both = suite.docs.add(
      'news',
      await suite.payload.create({ collection: 'news', locale: 'en', context, data: { title: unique('Khujand water forum'), publishedAt: '2026-11-20T09:00:00.000Z', _status: 'published' } }),
    )
    const tajikTitle = unique('Форуми об дар Хуҷанд')
    await suite.payload.update({ collection: 'news', id: both.id, locale: 'tg', context, data: { title: tajikTitle, _status: 'published' } })
    const englishOnly = suite.docs.add(
      'news',
      await suite.payload.create({ collection: 'news', locale: 'en', context, data: { title: unique('English only Khujand'), publishedAt: '2026-11-20T09:00:00.000Z', _status: 'published' } }),
    )
    const draft = suite.docs.add(
      'news',
      await suite.payload.create({ collection: 'news', locale: 'en', context, draft: true, data: { title: unique('Draft Khujand'), publishedAt: '2026-11-20T09:00:00.000Z', _status: 'draft' } }),
    )
    const tajik = await loadSearchDocs('tg')
    expect(tajik.find((item) => item.id === both.id)?.title).toBe(tajikTitle)
    expect(tajik.some((item) => item.id === englishOnly.id)).toBe(false)
    expect(tajik.some((item) => item.id === draft.id)).toBe(false)
    expect((await loadSearchDocs('en')).some((item) => item.id === draft.id)).toBe(false)
    const found = search(tajik, parseQuery('форуми хучанд').words, {})
    expect(found.hits.map((hit) => hit.doc.id)).toContain(both.id)
  })
})
