import { mkdirSync } from 'node:fs'
import path from 'node:path'

import { mongooseAdapter, type MongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter, type SQLiteSchemaHook } from '@payloadcms/db-sqlite'
import { index } from '@payloadcms/db-sqlite/drizzle/sqlite-core'
import type { DatabaseAdapterObj } from 'payload'

import type { Env } from '@/lib/env'
import { isFerretDB } from '@/lib/mongoIndexes'

import { claimMongoJobsOnce } from './jobClaims'
import { migrations } from './migrations'
import { inWorkerThread } from './sqliteWorker'

/**
 * Committed SQLite migrations, for `payload migrate` (npm run migrate) and `migrate:create`.
 * Resolved from the project root (every script runs there) because this file is also bundled.
 */
export const migrationDir = path.resolve(process.cwd(), 'src/cms/migrations')

/**
 * MongoDB timeouts, short so that an outage is an answer, not a wait (the driver's defaults: 30 s to
 * find a server, 10 s between health checks; mongoose's 10 s of buffering while disconnected):
 * - an operation waits at most 1.5 s for a reachable server, then fails (a page answers 503);
 * - a new connection gets 3 s (a TLS handshake to a hosted cluster takes well under one);
 * - the driver checks the server every 2 s, so an outage and the recovery are noticed within that;
 * - a query on an open connection may take 30 s (a large admin list, a migration).
 */
const MONGO_TIMEOUTS = { serverSelectionTimeoutMS: 1500, connectTimeoutMS: 3000, heartbeatFrequencyMS: 2000, socketTimeoutMS: 30_000 }

/**
 * Where this process says whether its database answers, for the web server
 * (scripts/server/outage.mjs), which answers 503 instead of waiting or failing while it does not.
 * A registered symbol on globalThis: the server's plain JavaScript and Next's bundle of this file
 * share the process but no module. `available` is false only while the driver knows no reachable
 * server; before the first connection it is unset (nothing is known).
 */
const DATABASE_STATE = Symbol.for('newsroom.database')

/** Marks the database reachable or not, for the web server (see DATABASE_STATE). */
export function reportDatabase(available: boolean): void {
  const state = { available, since: Date.now() }
  const previous = (globalThis as Record<symbol, { available: boolean } | undefined>)[DATABASE_STATE]
  if (previous?.available === available) return
  ;(globalThis as Record<symbol, unknown>)[DATABASE_STATE] = state
  if (previous) console[available ? 'log' : 'error'](available ? 'Database reachable again.' : 'Database unreachable: answering 503 until it is back.')
}

/**
 * Follows the driver's view of the servers (its documented SDAM events): the database is
 * unavailable while no server of the deployment is known to be up.
 */
function watchMongo(adapter: MongooseAdapter): void {
  const client = adapter.connection.getClient()
  reportDatabase(true)
  client.on('topologyDescriptionChanged', (event) => reportDatabase(event.newDescription.hasKnownServers))
}

/**
 * Indexes Payload's SQLite schema lacks, added through its documented `afterSchemaInit` hook:
 * - every `<table>_locales._parent_id`: reads join each row to its translations by parent, and
 *   Payload's own unique index starts with the language, so without this a list of 10 news items
 *   among 100,000 scanned the translations table (5 s; 2 ms with it);
 * - the drafts table of news (`_news_v`) by latest version and publication date: the admin's news
 *   list and Payload's draft reads sort and filter there.
 * - the news listing index (collections/Listings) by list and date, ending in the row's id (the
 *   tie-break Payload adds to every sort) and item: a page deep in a list is then read from the
 *   index alone (page 10,000 of 100,000 items: 0.6-1.5 s through the table, 40 ms so). Payload's
 *   compound indexes cannot name the id. The year index gets the id too: without it SQLite took
 *   the list index for a probe within one year (it orders fully) and walked every older row when
 *   the year had none (17 s for the sitemap's months).
 * The committed migrations create the same indexes for production.
 */
const addMissingIndexes: SQLiteSchemaHook = ({ schema, extendTable }) => {
  for (const [name, table] of Object.entries(schema.tables)) {
    if (!name.endsWith('_locales') || !('_parentID' in table)) continue
    extendTable({ table, extraConfig: (t) => ({ [`${name}_parent_idx`]: index(`${name}_parent_idx`).on(t._parentID) }) })
  }
  const newsVersions = schema.tables._news_v
  if (newsVersions && 'latest' in newsVersions) {
    extendTable({
      table: newsVersions,
      extraConfig: (t) => ({ _news_v_latest_published_idx: index('_news_v_latest_published_idx').on(t.latest, t.version_publishedAt, t.createdAt) }),
    })
  }
  const listings = schema.tables.listings
  if (listings && 'publishedAt' in listings) {
    extendTable({
      table: listings,
      extraConfig: (t) => ({
        listings_list_covering_idx: index('listings_list_covering_idx').on(t.locale, t.scope, t.publishedAt, t.id, t.doc),
        listings_translated_covering_idx: index('listings_translated_covering_idx').on(t.locale, t.scope, t.translated, t.publishedAt, t.id, t.doc),
        listings_year_covering_idx: index('listings_year_covering_idx').on(t.locale, t.scope, t.translated, t.year, t.publishedAt, t.id),
      }),
    })
  }
  return schema
}

/**
 * FerretDB, our MongoDB-wire test server, has no `$lookup` and refuses index hints. When the
 * server says it is FerretDB (its buildInfo names a `ferretdbVersion`), the adapter does without
 * both; real MongoDB keeps Payload's defaults (joins by `$lookup`, index hints).
 */
export async function adaptToFerretDB(adapter: MongooseAdapter): Promise<void> {
  const db = adapter.connection.db
  if (!db || !(await isFerretDB(db))) return
  adapter.useJoinAggregations = false
  adapter.disableIndexHints = true
}

/**
 * Chooses the adapter from DATABASE_URI: MongoDB for `mongodb://` and `mongodb+srv://`, the
 * embedded SQLite file otherwise. One data model serves SQLite, FerretDB and real MongoDB alike;
 * only FerretDB's missing features are worked around, and only on FerretDB.
 */
export function databaseAdapter(env: Env): DatabaseAdapterObj {
  if (env.databaseKind === 'mongodb') {
    return mongooseAdapter({
      url: env.databaseUri,
      connectOptions: {
        ...MONGO_TIMEOUTS,
        // Mongoose would otherwise hold each query while disconnected, up to 10 s, instead of
        // letting the driver fail it after the server-selection timeout above.
        bufferCommands: false,
      },
      // Transactions stay Payload's default: on with a replica set (MongoDB Atlas, any production
      // cluster), switched off by Payload itself on a server without one (FerretDB included).
      afterOpenConnection: async (adapter) => {
        await adaptToFerretDB(adapter)
        claimMongoJobsOnce(adapter)
        watchMongo(adapter)
      },
    })
  }
  // libSQL creates a missing database file but not its folder (e.g. a fresh `data/`).
  const file = env.databaseUri.slice('file:'.length)
  if (file && !file.startsWith(':memory:')) mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
  // Queries run in a worker thread, not on the event loop (./sqliteWorker; SQLITE_WORKER=false: on
  // it); transactions in the mode set below; jobs claimed once (./jobClaims).
  return inWorkerThread(env.sqliteWorker, sqliteAdapter({
    client: { url: env.databaseUri },
    // Write-ahead log: readers never wait for a writer, and a process killed mid-write leaves the
    // last committed state (FULL syncs each commit, so a power cut loses none; writes are rare).
    wal: { synchronous: 'FULL' },
    // A write lock held by another process (a seed, `npm run reindex`, a second server) is waited
    // for, up to 5 s, instead of failing the request at once with SQLITE_BUSY.
    busyTimeout: 5000,
    // Every write of Payload's (a document with its translations, versions and relations) in one
    // transaction, so a process killed mid-publish leaves the previous state, not a half-written
    // one; Payload's SQLite adapter runs without transactions unless this is set. Immediate: the
    // write lock is taken before the transaction's first read, so a second server's commit cannot
    // make its snapshot stale (SQLITE_BUSY_SNAPSHOT). The worker sends the BEGIN with the first
    // statement, as Payload itself writes outside a transaction it has just opened
    // (forgot-password's rate limit), and holds Payload's other writes outside transactions
    // until a begun one ends (src/lib/sqliteWorker/worker.mjs). Jobs are claimed atomically
    // without one (./jobClaims).
    transactionOptions: { behavior: 'immediate' },
    idType: 'uuid',
    afterSchemaInit: [addMissingIndexes],
    migrationDir,
    // Development and tests create tables from the config. In production Payload applies the
    // committed migrations itself when it connects (server start, seed), so `npm start` needs no
    // separate step; they are imported, not read from .ts files at run time.
    push: !env.isProduction,
    prodMigrations: migrations,
  }))
}
