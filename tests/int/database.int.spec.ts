import { spawnSync } from 'node:child_process'

import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import { describe, expect, it } from 'vitest'

import { adaptToFerretDB } from '@/cms/database'

import { databaseKind, testPayload } from '../helpers/payload'

/** Runs `npm run migrate` (what `npm start` runs first) against a given database. */
function migrateWith(databaseUri: string) {
  // Without VITEST: Payload imports modules differently under Vitest.
  const { VITEST: _vitest, ...parentEnv } = process.env
  return spawnSync(process.execPath, ['scripts/cms.mjs', 'migrate'], {
    env: { ...parentEnv, DATABASE_URI: databaseUri, NODE_ENV: 'production', PAYLOAD_SECRET: 'a-test-secret-of-sufficient-length', PAYLOAD_DROP_DATABASE: '' },
    encoding: 'utf8',
    timeout: 60_000,
  })
}

// Start-up with a database that cannot be used, whatever this run's database is: on SQLite only.
describe.skipIf(databaseKind !== 'sqlite')('database failures are reported clearly at start', () => {
  it('an unreachable MongoDB stops the start with "cannot connect to MongoDB"', () => {
    // Port 1 on loopback: nothing listens there, the connection is refused at once.
    const result = migrateWith('mongodb://127.0.0.1:1/newsroom')
    expect(result.status).not.toBe(0)
    expect(`${result.stdout}${result.stderr}`).toContain('cannot connect to MongoDB')
  })

  it('an unsupported DATABASE_URI names the accepted forms', () => {
    const result = migrateWith('postgres://127.0.0.1/newsroom')
    expect(result.status).not.toBe(0)
    expect(result.stderr).toContain('DATABASE_URI must start with "mongodb://", "mongodb+srv://" or "file:"')
  })
})

describe(`the database's own settings (${databaseKind})`, () => {
  it('SQLite: write-ahead log, every commit synced, a busy timeout; MongoDB-wire: FerretDB\'s workarounds only on FerretDB', async () => {
    const payload = await testPayload()
    if (databaseKind === 'sqlite') {
      const { client } = payload.db as unknown as SQLiteAdapter
      const setting = async (name: string) => Object.values((await client.execute(`PRAGMA ${name}`)).rows[0] ?? {})[0]
      expect(await setting('journal_mode')).toBe('wal')
      expect(await setting('busy_timeout')).toBe(5000)
      // 2 = FULL.
      expect(await setting('synchronous')).toBe(2)
      return
    }
    const adapter = payload.db as unknown as MongooseAdapter
    // FerretDB 1.24 (our test server) says so in buildInfo: no $lookup joins, no index hints. It
    // runs without a replica set, so Payload itself turns transactions off; a MongoDB replica set
    // keeps them (Payload's default, which our settings no longer override).
    expect(adapter.useJoinAggregations).toBe(false)
    expect(adapter.disableIndexHints).toBe(true)
    expect(adapter.transactionOptions).toBe(false)
    // The same decision for a server that is MongoDB itself: nothing is switched off.
    const mongodb = { connection: { db: { admin: () => ({ command: async () => ({ version: '7.0.14' }) }) } }, useJoinAggregations: true, disableIndexHints: false }
    await adaptToFerretDB(mongodb as unknown as MongooseAdapter)
    expect(mongodb).toMatchObject({ useJoinAggregations: true, disableIndexHints: false })
  })
})
