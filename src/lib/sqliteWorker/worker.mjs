// The SQLite side of src/lib/sqliteWorker/index.ts: a worker thread holding the real libSQL client.
// libSQL runs SQLite synchronously in the thread that calls it; here that thread is this worker,
// so the server's event loop keeps answering (cached pages, static files) while a query runs.
// Plain JavaScript, loaded by Node as it is (not bundled): it imports only @libsql/client.
import { parentPort, workerData } from 'node:worker_threads'

import { createClient } from '@libsql/client'

/** @type {{ config: import('@libsql/client').Config, busyTimeout: number, wal: { synchronous: string, journalSizeLimit: number } | null }} */
const { config, busyTimeout, wal } = workerData

/**
 * Settings SQLite keeps per connection. libSQL opens a fresh connection after every interactive
 * transaction (the old one stays with the transaction) and sets none of them on it, so they are
 * applied again on the next use (journal_mode=WAL itself is stored in the file).
 */
const perConnection = [
  ...(busyTimeout > 0 ? [`PRAGMA busy_timeout = ${Number(busyTimeout)}`] : []),
  ...(wal ? [`PRAGMA synchronous = ${String(wal.synchronous).replace(/[^A-Z]/gi, '')}`, `PRAGMA journal_size_limit = ${Number(wal.journalSizeLimit)}`] : []),
]

/** @type {import('@libsql/client').Client} */
let client
let freshConnection = true

/**
 * Applies the per-connection settings when the client's connection is new. libSQL's calls run
 * to completion before they return their promise, so all settings are in place before another
 * message can be handled.
 */
async function settled() {
  if (!freshConnection) return
  freshConnection = false
  await Promise.all(perConnection.map((sql) => client.execute(sql)))
}

/**
 * Opens the database (a failure is every call's answer, as it would be without the worker) and
 * puts it in write-ahead-log mode once, as @payloadcms/db-sqlite's connect does.
 */
async function setUp() {
  client = createClient(config)
  await settled()
  if (!wal) return
  const mode = await client.execute('PRAGMA journal_mode')
  if (mode.rows[0]?.journal_mode !== 'wal') await client.execute('PRAGMA journal_mode = WAL')
}

/** A result set as plain data (libSQL's rows are objects with hidden index properties, which do not survive a postMessage). */
const plain = (result) => ({
  columns: result.columns,
  columnTypes: result.columnTypes,
  rows: result.rows.map((row) => Array.from(row)),
  rowsAffected: result.rowsAffected,
  lastInsertRowid: result.lastInsertRowid,
})

/** Interactive transactions by the id the main thread gave them, each with the release of its write turn. */
const transactions = new Map()

/**
 * Write transactions take turns here instead of in SQLite: a second BEGIN IMMEDIATE would
 * otherwise wait for the lock synchronously (busy_timeout) and so stop this thread, including
 * the commit of the transaction it waits for. A turn is waited for at most busy_timeout (at
 * least 5 s); after that the BEGIN goes ahead and SQLite answers as it would without the queue.
 */
let writeTurn = Promise.resolve()
const turnTimeoutMs = Math.max(busyTimeout, 5000)

/**
 * Opens transaction `tx` in this process's order of write turns. SQLite's own BEGIN is sent with
 * the transaction's first statement, not now: a transaction that has run nothing holds no lock,
 * so a write outside it may still go first (Payload's forgot-password writes its rate limit right
 * after opening its own), and a BEGIN IMMEDIATE then takes the lock before the first read, so
 * the transaction never reads a snapshot that another server's commit makes stale
 * (SQLITE_BUSY_SNAPSHOT, seen with two servers on one file and deferred transactions).
 */
async function begin({ tx, mode }) {
  let releaseTurn = () => {}
  if (mode !== 'read') {
    const previous = writeTurn
    writeTurn = new Promise((resolve) => (releaseTurn = resolve))
    let timer
    await Promise.race([previous, new Promise((resolve) => (timer = setTimeout(resolve, turnTimeoutMs)))])
    clearTimeout(timer)
  }
  let markEnded = () => {}
  const ended = new Promise((resolve) => (markEnded = resolve))
  const release = () => {
    releaseTurn()
    markEnded()
  }
  transactions.set(tx, { mode, transaction: null, release, ended, closed: false })
}

/** What a transaction that never ran a statement answers: there is nothing to commit or roll back. */
const notBegun = { commit: async () => {}, rollback: async () => {}, close: () => {} }

/**
 * The transaction `tx`, begun in SQLite now if this is its first statement; forgotten (and its
 * turn released) once it has ended. `first` is false for commit, rollback and close, which do not
 * begin one.
 */
async function during(tx, work, first = true) {
  const entry = transactions.get(tx)
  if (!entry || entry.closed) throw Object.assign(new Error('The transaction is closed'), { code: 'TRANSACTION_CLOSED' })
  const end = () => {
    if (entry.transaction ? !entry.transaction.closed : !entry.closed) return
    entry.closed = true
    transactions.delete(tx)
    entry.release()
  }
  try {
    if (!entry.transaction && first) {
      await settled()
      entry.transaction = await client.transaction(entry.mode)
      freshConnection = true
    }
    if (entry.transaction) return await work(entry.transaction)
    entry.closed = true
    return await work(notBegun)
  } finally {
    end()
  }
}

/** Whether a statement may write: anything but a SELECT or an EXPLAIN counts, PRAGMAs included. */
const writes = (stmt) => !/^\s*(select|explain)\b/i.test(typeof stmt === 'string' ? stmt : stmt.sql)

/**
 * A write outside any transaction (Payload makes some: the admin's document locks, preferences,
 * forgot-password's rate limit) while a transaction of this process has begun in SQLite waits
 * for that transaction to end: it holds the write lock (BEGIN IMMEDIATE), and waiting for it in
 * SQLite instead (busy_timeout) would stop this thread and so the transaction it waits for. A
 * transaction that has run nothing yet has not begun (see begin). Waits at most as long as a
 * write turn, then goes ahead.
 */
async function quietTransactions() {
  const deadline = Date.now() + turnTimeoutMs
  for (;;) {
    const busy = [...transactions.values()].find((entry) => entry.transaction)
    const left = deadline - Date.now()
    // After busy_timeout (at least 5 s) it goes ahead and SQLite answers as it would without this.
    if (!busy || left <= 0) return
    let timer
    await Promise.race([busy.ended, new Promise((resolve) => (timer = setTimeout(resolve, left)))])
    clearTimeout(timer)
  }
}

const operations = {
  execute: async ({ stmt }) => (writes(stmt) && (await quietTransactions()), await settled(), plain(await client.execute(stmt))),
  batch: async ({ stmts, mode }) => (stmts.some(writes) && (await quietTransactions()), await settled(), (await client.batch(stmts, mode)).map(plain)),
  migrate: async ({ stmts }) => (await quietTransactions(), await settled(), (await client.migrate(stmts)).map(plain)),
  executeMultiple: async ({ sql }) => (await quietTransactions(), await settled(), await client.executeMultiple(sql)),
  sync: async () => client.sync(),
  transaction: begin,
  txExecute: ({ tx, stmt }) => during(tx, async (t) => plain(await t.execute(stmt))),
  txBatch: ({ tx, stmts }) => during(tx, async (t) => (await t.batch(stmts)).map(plain)),
  txExecuteMultiple: ({ tx, sql }) => during(tx, (t) => t.executeMultiple(sql)),
  txCommit: ({ tx }) => during(tx, (t) => t.commit(), false),
  txRollback: ({ tx }) => during(tx, (t) => t.rollback(), false),
  txClose: ({ tx }) => during(tx, async (t) => t.close(), false),
  close: async () => {
    for (const { transaction, release } of transactions.values()) {
      transaction?.close()
      release()
    }
    transactions.clear()
    client.close()
  },
}

/** What crosses back to the main thread of an error: libSQL's code and raw code with the message. */
const failure = (error) => ({
  name: error?.name,
  message: error?.message ?? String(error),
  code: error?.code,
  rawCode: error?.rawCode,
  stack: error?.stack,
})

/** Whether the transaction a message was about has ended (SQLite may end one itself, on some errors). */
const closed = (tx) => tx !== undefined && !transactions.has(tx)

const ready = setUp()
parentPort.on('message', async ({ id, op, ...args }) => {
  try {
    await ready
    const value = await operations[op](args)
    parentPort.postMessage({ id, ok: true, value, closed: closed(args.tx) })
  } catch (error) {
    parentPort.postMessage({ id, ok: false, error: failure(error), closed: closed(args.tx) })
  }
})
