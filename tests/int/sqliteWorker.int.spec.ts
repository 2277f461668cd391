import { mkdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import { threadId } from 'node:worker_threads'

import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import { sql } from '@payloadcms/db-sqlite/drizzle'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createWorkerClient, WorkerClient } from '@/lib/sqliteWorker'

import { databaseKind, testPayload } from '../helpers/payload'

// A query that keeps SQLite busy for about a second (far longer on a loaded machine): it counts to five million in SQL.
const SLOW_QUERY = 'WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 5000000) SELECT count(*) AS n FROM c'

/**
 * How often a 10 ms timer fired while `work` ran, and the longest pause between two firings.
 * On a blocked event loop the timer cannot fire: the pause is as long as the work.
 */
async function timerDuring<T>(work: () => Promise<T>) {
  let last = performance.now()
  let longestPause = 0
  let ticks = 0
  const timer = setInterval(() => {
    const now = performance.now()
    longestPause = Math.max(longestPause, now - last)
    last = now
    ticks++
  }, 10)
  const started = performance.now()
  const result = await work()
  const took = performance.now() - started
  clearInterval(timer)
  longestPause = Math.max(longestPause, performance.now() - last)
  return { result, took, ticks, longestPause }
}

describe.skipIf(databaseKind !== 'sqlite')('SQLite runs in a worker thread, not on the event loop', () => {
  it("Payload's SQLite client is the worker's: its queries run in another thread", async () => {
    const { client } = (await testPayload()).db as unknown as SQLiteAdapter
    expect(client).toBeInstanceOf(WorkerClient)
    expect((client as WorkerClient).threadId).not.toBe(threadId)
  })

  // Fails with SQLITE_WORKER=false (checked: the longest pause is the query's whole length).
  it("a slow query through Payload's Drizzle leaves the event loop free: a timer keeps firing while it runs", async () => {
    const { drizzle } = (await testPayload()).db as unknown as SQLiteAdapter
    const { result, took, ticks, longestPause } = await timerDuring(() => drizzle.all<{ n: number }>(sql.raw(SLOW_QUERY)))
    expect(result).toEqual([{ n: 5_000_000 }])
    // The query is slow enough to matter (it took the whole event loop before the worker)...
    expect(took).toBeGreaterThan(300)
    // ...and the timer went on firing meanwhile: no pause near the query's own length.
    expect(longestPause).toBeLessThan(took / 2)
    expect(ticks).toBeGreaterThan(5)
  }, 180_000)
})

describe('the worker client on its own database file', () => {
  // One folder per run: the SQLite and MongoDB-wire runs go side by side (scripts/test.sh).
  const folder = path.resolve(`.tmp/int-sqlite-worker-${process.pid}`)
  rmSync(folder, { recursive: true, force: true })
  mkdirSync(folder, { recursive: true })
  const client = createWorkerClient({ url: `file:${folder}/worker.db` }, { busyTimeout: 5000, wal: { synchronous: 'FULL', journalSizeLimit: 1 << 20 } })
  beforeAll(async () => {
    await client.executeMultiple('CREATE TABLE items (id INTEGER PRIMARY KEY, title TEXT, data BLOB); CREATE UNIQUE INDEX items_title ON items (title)')
    await client.execute({ sql: 'INSERT INTO items (title) VALUES (?)', args: ['Тоҷикистон'] })
  })
  afterAll(() => {
    client.close()
    rmSync(folder, { recursive: true, force: true })
  })
  const setting = async (name: string) => Object.values((await client.execute(`PRAGMA ${name}`)).rows[0] ?? {})[0]

  it('rows read as libSQL builds them: by column name (enumerable), by position and length (not enumerable)', async () => {
    const inserted = await client.execute({ sql: 'INSERT INTO items (title, data) VALUES (?, ?)', args: ['Ҳуҷҷат ғӯқ', new Uint8Array([1, 2, 3])] })
    expect(inserted.rowsAffected).toBe(1)
    const { rows, columns } = await client.execute({ sql: 'SELECT id, title, data, title AS title FROM items WHERE id = ?', args: [inserted.lastInsertRowid ?? 0] })
    expect(columns).toEqual(['id', 'title', 'data', 'title'])
    const [row] = rows
    expect(Object.keys(row)).toEqual(['id', 'title', 'data'])
    expect(Array.prototype.slice.call(row)).toEqual([Number(inserted.lastInsertRowid), 'Ҳуҷҷат ғӯқ', new Uint8Array([1, 2, 3]).buffer, 'Ҳуҷҷат ғӯқ'])
    expect(row.length).toBe(4)
  })

  it("SQLite's errors keep their code (Payload turns SQLITE_CONSTRAINT_UNIQUE into a validation error)", async () => {
    const failed = await client.execute({ sql: 'INSERT INTO items (title) VALUES (?)', args: ['Тоҷикистон'] }).catch((error: unknown) => error)
    expect(failed).toMatchObject({ name: 'LibsqlError', code: 'SQLITE_CONSTRAINT_UNIQUE' })
    expect(String((failed as Error).message)).toMatch(/^SQLITE_CONSTRAINT_UNIQUE: UNIQUE constraint failed: items\.title/)
  })

  it('write transactions take turns: a second one waits for the first instead of failing with SQLITE_BUSY', async () => {
    const first = await client.transaction('write')
    // Asked for while the first holds the write lock: without the turns, its BEGIN would wait
    // for the lock inside the worker, so the first could never commit, and fail after 5 s.
    const second = client.transaction('write')
    await first.execute({ sql: 'INSERT INTO items (title) VALUES (?)', args: ['first'] })
    await first.commit()
    expect(first.closed).toBe(true)
    const next = await second
    await next.execute({ sql: 'INSERT INTO items (title) VALUES (?)', args: ['second'] })
    await next.rollback()
    const titles = (await client.execute("SELECT title FROM items WHERE title IN ('first', 'second')")).rows.map((row) => row.title)
    expect(titles).toEqual(['first'])
  })

  it('a write outside a transaction waits for an open one that has written, instead of failing with SQLITE_BUSY', async () => {
    const open = await client.transaction('deferred')
    await open.execute({ sql: 'INSERT INTO items (title) VALUES (?)', args: ['inside'] })
    // Without the wait, this INSERT would wait for SQLite's lock inside the worker (busy_timeout):
    // the transaction could not commit, and the INSERT would fail after 5 s (seen in the admin).
    const started = performance.now()
    const outside = client.execute({ sql: 'INSERT INTO items (title) VALUES (?)', args: ['outside'] })
    await open.commit()
    await outside
    expect(performance.now() - started).toBeLessThan(2000)
    const titles = (await client.execute("SELECT title FROM items WHERE title IN ('inside', 'outside') ORDER BY id")).rows.map((row) => row.title)
    expect(titles).toEqual(['inside', 'outside'])
  })

  it('a write outside a transaction goes ahead while an open one has run nothing yet (forgot-password writes so)', async () => {
    const open = await client.transaction('deferred')
    const started = performance.now()
    await client.execute({ sql: 'INSERT INTO items (title) VALUES (?)', args: ['before the first statement'] })
    expect(performance.now() - started).toBeLessThan(2000)
    await open.execute({ sql: 'INSERT INTO items (title) VALUES (?)', args: ['after it'] })
    await open.commit()
    expect((await client.execute("SELECT count(*) AS n FROM items WHERE title IN ('before the first statement', 'after it')")).rows[0]?.n).toBe(2)
  })

  it('two servers on one file: a transaction that reads and then writes never meets a snapshot the other made stale', async () => {
    const other = createWorkerClient({ url: `file:${folder}/worker.db` }, { busyTimeout: 5000, wal: { synchronous: 'FULL', journalSizeLimit: 1 << 20 } })
    try {
      const open = await client.transaction('write')
      await open.execute('SELECT count(*) FROM items')
      // The other server writes between this transaction's read and its write: it waits for the
      // lock BEGIN IMMEDIATE took with the first statement, and both writes land in that order.
      // (Two production servers saving at once on one file got SQLITE_BUSY with deferred
      // transactions, tests/e2e/instances.e2e.spec.ts; this two-client case passed either way.)
      const foreign = other.execute({ sql: 'INSERT INTO items (title) VALUES (?)', args: ['from the other server'] })
      await new Promise((resolve) => setTimeout(resolve, 200))
      await open.execute({ sql: 'INSERT INTO items (title) VALUES (?)', args: ['from this server'] })
      await open.commit()
      await foreign
      const titles = (await client.execute("SELECT title FROM items WHERE title LIKE 'from % server' ORDER BY id")).rows.map((row) => row.title)
      expect(titles).toEqual(['from this server', 'from the other server'])
    } finally {
      other.close()
    }
  })

  it('the busy timeout, WAL and FULL sync hold on the connection libSQL opens after a transaction', async () => {
    const transaction = await client.transaction('write')
    await transaction.commit()
    expect(await setting('journal_mode')).toBe('wal')
    expect(await setting('busy_timeout')).toBe(5000)
    // 2 = FULL.
    expect(await setting('synchronous')).toBe(2)
  })
})
