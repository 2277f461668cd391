import { createClient, type Client, type InStatement, type Row } from '@libsql/client'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'

import { locales, type Locale } from '@/i18n/locales'
import { createWorkerClient, isWorkerClient } from '@/lib/sqliteWorker'
import { matchesAsPrefix, searchTypes, terms, type SearchDoc, type SearchFilters, type SearchType } from '@/lib/search'

import { countsOf, indexedText, newestGroups, pageOfGroups, STANDING_TYPES, yearRange, type GroupReader, type SearchStore, type StoredHit } from './store'

/*
 * The search index on SQLite: SQLite's full-text engine FTS5 (which libSQL includes), ranked with
 * its BM25 (title weighs 4, summary 2, text 1) up to RANKED_MATCHES matches (data/searchIndex.ts),
 * title matches first and newest first beyond, in its own file beside the database
 * (`newsroom.db` -> `newsroom.search.db`).
 *
 * Why a file of its own: in development and tests Payload creates the main database's tables
 * from the config (drizzle-kit's push), which drops tables it does not know, and an FTS5 table
 * comes with five shadow tables push would try to drop; the committed migrations would not know
 * them either. The index is derived data: it can be deleted and rebuilt (npm run reindex) at any
 * time. The price: its writes are not part of the save's transaction (a save that fails after its
 * hooks ran leaves an entry the next save or rebuild corrects).
 *
 * The FTS tables (one per language) are contentless: they hold only the index of the folded
 * words; `entries` holds the original text that results and snippets show. `entry_keys` repeats
 * the few columns that counting and ranking read for every match (kind, date, project), so a
 * common word's tens of thousands of matches are joined to a table of a few megabytes, not to
 * the rows that hold the texts (at 100,000 news items, for a word nearly every item has: a
 * search page in 0.15 s instead of 0.9 s, `npm run bench:scale`).
 */

/** The search file that belongs to the database at `url` (a `file:` URL). */
export function searchFileOf(url: string): string {
  const [file, query] = url.slice('file:'.length).split('?')
  if (!file || file.startsWith(':memory:')) return 'file::memory:'
  return `file:${file.replace(/\.db$/, '')}.search.db${query ? `?${query}` : ''}`
}

const ftsTable = (locale: Locale) => {
  // Table names cannot be parameters: the language code is checked to be one of ours.
  if (!/^[a-z]{2,3}$/.test(locale)) throw new Error(`Not a language code: ${locale}`)
  return `fts_${locale}`
}

const schema = [
  `CREATE TABLE IF NOT EXISTS entries (
    id INTEGER PRIMARY KEY,
    locale TEXT NOT NULL, type TEXT NOT NULL, doc_id TEXT NOT NULL, date TEXT, project_id TEXT, stamp INTEGER NOT NULL,
    path TEXT NOT NULL, title TEXT NOT NULL, summary TEXT NOT NULL, body TEXT NOT NULL,
    UNIQUE (type, doc_id, locale)
  )`,
  'CREATE INDEX IF NOT EXISTS entries_by_date ON entries (locale, type, date)',
  'CREATE INDEX IF NOT EXISTS entries_by_project ON entries (locale, project_id, date)',
  'CREATE INDEX IF NOT EXISTS entries_by_stamp ON entries (stamp)',
  'CREATE TABLE IF NOT EXISTS entry_keys (id INTEGER PRIMARY KEY, type TEXT NOT NULL, date TEXT, project_id TEXT)',
  'CREATE INDEX IF NOT EXISTS entry_keys_by_type ON entry_keys (type)',
  'CREATE TABLE IF NOT EXISTS entry_regions (region_id TEXT NOT NULL, entry INTEGER NOT NULL, PRIMARY KEY (region_id, entry)) WITHOUT ROWID',
  'CREATE INDEX IF NOT EXISTS entry_regions_by_entry ON entry_regions (entry)',
  // Words are folded and split by lib/search before they get here; unicode61 only splits on spaces then.
  ...locales.map(
    (locale) =>
      `CREATE VIRTUAL TABLE IF NOT EXISTS ${ftsTable(locale)} USING fts5(title, summary, body, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0', prefix='2 3')`,
  ),
]

const entryId = '(SELECT id FROM entries WHERE type = ? AND doc_id = ? AND locale = ?)'

/** The statements that put one entry in (or replace it). */
function upsert(type: SearchType, id: string, locale: Locale, doc: SearchDoc, stamp: number): InStatement[] {
  const key = [type, id, locale]
  const text = indexedText(doc)
  const fts = ftsTable(locale)
  return [
    {
      sql: `INSERT INTO entries (locale, type, doc_id, title, summary, body, path, date, project_id, stamp) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (type, doc_id, locale) DO UPDATE SET title = excluded.title, summary = excluded.summary, body = excluded.body,
        path = excluded.path, date = excluded.date, project_id = excluded.project_id, stamp = excluded.stamp`,
      args: [locale, type, id, doc.title, doc.summary, text, doc.path, doc.date, doc.projectId, stamp],
    },
    { sql: `INSERT OR REPLACE INTO entry_keys (id, type, date, project_id) SELECT id, type, date, project_id FROM entries WHERE type = ? AND doc_id = ? AND locale = ?`, args: key },
    { sql: `DELETE FROM ${fts} WHERE rowid = ${entryId}`, args: key },
    {
      sql: `INSERT INTO ${fts} (rowid, title, summary, body) VALUES (${entryId}, ?, ?, ?)`,
      args: [...key, terms(doc.title).join(' '), terms(doc.summary).join(' '), terms(text).join(' ')],
    },
    { sql: `DELETE FROM entry_regions WHERE entry = ${entryId}`, args: key },
    ...doc.regionIds.map((region) => ({ sql: `INSERT OR IGNORE INTO entry_regions (region_id, entry) VALUES (?, ${entryId})`, args: [region, ...key] })),
  ]
}

/** The statements that remove the entries `where` selects in `locale`. */
function removal(locale: Locale, where: string, args: (string | number)[]): InStatement[] {
  const ids = `SELECT id FROM entries WHERE locale = ? AND ${where}`
  return [
    { sql: `DELETE FROM ${ftsTable(locale)} WHERE rowid IN (${ids})`, args: [locale, ...args] },
    { sql: `DELETE FROM entry_regions WHERE entry IN (${ids})`, args: [locale, ...args] },
    { sql: `DELETE FROM entry_keys WHERE id IN (${ids})`, args: [locale, ...args] },
    { sql: `DELETE FROM entries WHERE locale = ? AND ${where}`, args: [locale, ...args] },
  ]
}

/** An FTS5 query: every word must match, as a word beginning where `matchesAsPrefix` says so. */
export function ftsQuery(words: string[]): string {
  // Words are letters and digits only (lib/search), so quoting them is safe.
  return words.map((word, index) => `"${word}"${matchesAsPrefix(word, index, words.length) ? '*' : ''}`).join(' ')
}

/** True when filters other than the kind narrow the results. */
const narrowed = (filters: SearchFilters) => Boolean(filters.projectId || filters.regionId || filters.year)

/** SQL conditions on `e` (a row of entries or entry_keys) for the filters. */
function conditions(filters: SearchFilters): { sql: string; args: (string | number)[] } {
  const parts: string[] = []
  const args: (string | number)[] = []
  const add = (sql: string, ...values: (string | number)[]) => {
    parts.push(sql)
    args.push(...values)
  }
  if (filters.type) add('e.type = ?', filters.type)
  if (filters.projectId) add('e.project_id = ?', filters.projectId)
  if (filters.regionId) add('e.id IN (SELECT entry FROM entry_regions WHERE region_id = ?)', filters.regionId)
  if (filters.year) add('e.date >= ? AND e.date < ?', ...yearRange(filters.year))
  return { sql: parts.map((part) => ` AND ${part}`).join(''), args }
}

/** The matching entries as `FROM … WHERE …`: without words, or matching an FTS5 query. */
function matching(locale: Locale, query: string | null, filters: SearchFilters): { from: string; args: (string | number)[] } {
  const where = conditions(filters)
  if (query === null) return { from: `entries e WHERE e.locale = ?${where.sql}`, args: [locale, ...where.args] }
  const fts = ftsTable(locale)
  return { from: `${fts} JOIN entry_keys e ON e.id = ${fts}.rowid WHERE ${fts} MATCH ?${where.sql}`, args: [query, ...where.args] }
}

/** The FTS5 query for `words`, or null for none. */
const queryOf = (words: string[]) => (words.length > 0 ? ftsQuery(words) : null)

/** Kinds as an SQL list (kinds are our own constants). */
const sqlList = (types: readonly string[]) => types.map((type) => `'${type}'`).join(', ')
const otherKinds = sqlList(searchTypes.filter((type) => type !== 'news'))
const standingKinds = sqlList(STANDING_TYPES)

/** Rows of `type, n` (a count per kind) as countsOf takes them. */
const perKind = (rows: Row[]) => rows.map((row) => ({ type: String(row.type), n: Number(row.n) }))

const text = (row: Row, column: string) => (row[column] === null || row[column] === undefined ? null : String(row[column]))

function hitOf(row: Row): StoredHit {
  return {
    score: Number(row.score ?? 0),
    doc: {
      type: String(row.type) as SearchType,
      id: String(row.doc_id),
      title: String(row.title),
      summary: String(row.summary),
      text: String(row.body),
      path: String(row.path),
      date: text(row, 'date'),
      regionIds: (text(row, 'region_ids') ?? '').split(' ').filter(Boolean),
      projectId: text(row, 'project_id'),
    },
  }
}

/**
 * The entries `ranked` selects (`id`, `score`, `date`; a page at most), read whole, in its order.
 * Ranking reads only the narrow columns (the texts are stored last in a row, so sorting many
 * matches never reads them); only the page's rows are read whole. Scores are stored as BM25
 * gives them, negative and better lower: readers get them positive.
 */
async function readWhole(db: Client, ranked: string, args: (string | number)[]): Promise<StoredHit[]> {
  const { rows } = await db.execute({
    sql: `WITH ranked AS (${ranked})
      SELECT e.*, ranked.score AS score, (SELECT group_concat(region_id, ' ') FROM entry_regions WHERE entry = e.id) AS region_ids
      FROM ranked JOIN entries e ON e.id = ranked.id ORDER BY ranked.score, ranked.date DESC, e.id DESC`,
    args,
  })
  return rows.map(hitOf).map((hit) => ({ ...hit, score: -hit.score }))
}

/**
 * The `newest` order (store.ts), as MongoDB ranks: entries whose title has every word, then the
 * rest; standing pages, then newest first within each; no match is scored. At 98,000 matches of
 * a common word: 20 ms for a page of title matches, 65 ms past them, where BM25 over every match
 * took 125 ms.
 */
function newestFirst(db: Client, locale: Locale, query: string, filters: SearchFilters, offset: number, limit: number): Promise<StoredHit[]> {
  const inTitle = `{title} : (${query})`
  const fts = ftsTable(locale)
  const groups = newestGroups(filters).map(({ inTitle: titled, kind, score }): GroupReader => {
    const { from, args } = matching(locale, titled ? inTitle : `(${query}) NOT ${inTitle}`, filters)
    // The few standing pages picked out as the matches go by (as in `count`); the rest are nearly
    // every match, each already joined to its kind.
    const where = kind ? `${from} AND +${fts}.rowid IN (SELECT id FROM entry_keys WHERE type IN (${sqlList([kind])}))` : `${from} AND e.type NOT IN (${standingKinds})`
    return {
      count: async () => Number((await db.execute({ sql: `SELECT count(*) AS n FROM ${where}`, args })).rows[0]?.n ?? 0),
      read: (skip, n) => readWhole(db, `SELECT e.id AS id, ${-score} AS score, e.date AS date FROM ${where} ORDER BY e.date DESC, e.id DESC LIMIT ? OFFSET ?`, [...args, n, skip]),
    }
  })
  return pageOfGroups(groups, offset, limit)
}

const clients = new Map<string, Promise<Client>>()

/**
 * The libSQL client of a search file, its tables created (once per process and file); in a
 * worker thread, as the database's own client is (a search then never stops the event loop).
 */
export function openSearchFile(url: string, inWorker: boolean): Promise<Client> {
  let client = clients.get(url)
  if (!client) {
    client = (async () => {
      const db = inWorker ? createWorkerClient({ url }) : createClient({ url })
      // WAL: readers never wait for a writer (the server searches while `npm run reindex` writes).
      if (url !== 'file::memory:') await db.execute('PRAGMA journal_mode = WAL')
      await db.execute('PRAGMA busy_timeout = 5000')
      // With WAL, NORMAL is safe against corruption; a power cut may lose the last writes, which
      // `npm run reindex` restores (the index is derived data).
      await db.execute('PRAGMA synchronous = NORMAL')
      await db.batch(schema, 'write')
      // A file indexed before entry_keys existed (user_version 0) gets its keys from its entries, once.
      if (Number((await db.execute('PRAGMA user_version')).rows[0]?.user_version ?? 0) < 1) {
        await db.batch(['INSERT OR REPLACE INTO entry_keys (id, type, date, project_id) SELECT id, type, date, project_id FROM entries', 'PRAGMA user_version = 1'], 'write')
      }
      return db
    })().catch((error: unknown) => {
      clients.delete(url)
      throw error
    })
    clients.set(url, client)
  }
  return client
}

/** The FTS5 search index beside this Payload's SQLite database. */
export async function sqliteStore(payload: Payload): Promise<SearchStore> {
  const adapter = payload.db as unknown as SQLiteAdapter
  const db = await openSearchFile(searchFileOf(String(adapter.clientConfig.url)), isWorkerClient(adapter.client))
  return {
    async write(documents, stamp) {
      const statements = documents.flatMap(({ type, id, entries }) =>
        locales.flatMap((locale) => {
          const doc = entries[locale]
          return doc ? upsert(type, id, locale, doc, stamp) : removal(locale, 'type = ? AND doc_id = ?', [type, id])
        }),
      )
      // One transaction for the lot: a document is never half indexed, and a rebuild writes fast.
      await db.batch(statements, 'write')
    },
    async removeOlderThan(stamp) {
      await db.batch(
        locales.flatMap((locale) => removal(locale, 'stamp < ?', [stamp])),
        'write',
      )
    },
    async count(locale, words, filters) {
      if (words.length > 0 && !narrowed(filters)) {
        // Words alone: all matches counted in the index itself, and the few that are not news
        // picked out as the matches go by (a list of a few dozen ids) and counted by kind: a
        // common word matches most news items, and joining each match to its kind took 60 ms
        // at 98,000 matches, this 15 ms.
        const fts = ftsTable(locale)
        const query = ftsQuery(words)
        const [all, others] = await db.batch(
          [
            { sql: `SELECT count(*) AS n FROM ${fts} WHERE ${fts} MATCH ?`, args: [query] },
            {
              // `+rowid`: the list filters the matches; as a constraint on the index, each of its
              // ids would be a search of the index of its own (1 s).
              sql: `WITH hits AS MATERIALIZED (SELECT rowid AS id FROM ${fts} WHERE ${fts} MATCH ? AND +rowid IN (SELECT id FROM entry_keys WHERE type IN (${otherKinds})))
                SELECT e.type AS type, count(*) AS n FROM hits JOIN entry_keys e ON e.id = hits.id GROUP BY e.type`,
              args: [query],
            },
          ],
          'read',
        )
        const rest = perKind(others.rows)
        const news = Number(all.rows[0]?.n ?? 0) - rest.reduce((sum, { n }) => sum + n, 0)
        return countsOf([...rest, { type: 'news', n: news }], searchTypes)
      }
      const { from, args } = matching(locale, queryOf(words), filters)
      const { rows } = await db.execute({ sql: `SELECT e.type AS type, count(*) AS n FROM ${from} GROUP BY e.type`, args })
      return countsOf(perKind(rows), searchTypes)
    },
    async page(locale, words, filters, offset, limit, order) {
      if (words.length > 0 && order === 'newest') return newestFirst(db, locale, ftsQuery(words), filters, offset, limit)
      const fts = ftsTable(locale)
      // Words alone: ranked in the index itself; equal scores by entry id, not by date.
      const alone = words.length > 0 && !narrowed(filters) && !filters.type
      const { from, args } = alone ? { from: `${fts} WHERE ${fts} MATCH ?`, args: [ftsQuery(words)] } : matching(locale, queryOf(words), filters)
      const score = words.length > 0 ? `bm25(${fts}, 4.0, 2.0, 1.0)` : '0'
      const date = alone ? 'NULL' : 'e.date'
      const id = alone ? `${fts}.rowid` : 'e.id'
      const ranking = `${words.length > 0 ? 'score, ' : ''}${alone ? '' : 'e.date DESC, '}${id} DESC`
      return readWhole(db, `SELECT ${id} AS id, ${score} AS score, ${date} AS date FROM ${from} ORDER BY ${ranking} LIMIT ? OFFSET ?`, [...args, limit, offset])
    },
  }
}
