import path from 'node:path'
import { Worker } from 'node:worker_threads'

import {
  LibsqlError,
  type Client,
  type Config,
  type InArgs,
  type InStatement,
  type Replicated,
  type ResultSet,
  type Row,
  type Transaction,
  type TransactionMode,
  type Value,
} from '@libsql/client'

/*
 * A libSQL client whose SQLite runs in a worker thread (worker.mjs beside this file).
 *
 * @libsql/client with a `file:` URL runs every query synchronously in the calling thread: on the
 * server's main thread, one slow query (a cold list page, a search, the admin) froze every other
 * request, cached pages included, for as long as it ran. This client has the same interface
 * (execute, batch, migrate, transaction, executeMultiple, sync, close) and hands each call to
 * the worker, which holds the real client; the main thread only waits for the answer.
 * Hand-written because no maintained package does this for @libsql/client (libsql's own
 * `libsql/promise` and better-sqlite3 are synchronous too).
 */

/** The settings @payloadcms/db-sqlite would apply on connect, applied in the worker instead (and again on each new connection). */
export type WorkerClientOptions = {
  busyTimeout: number
  wal: { synchronous: string; journalSizeLimit: number } | null
  /** The mode of `transaction()` called without one (libSQL's default: 'write', BEGIN IMMEDIATE). */
  transactionMode?: TransactionMode
}

/**
 * Resolved from the project root (every script and the server run there), like the migrations:
 * the worker is loaded by Node as it is, not bundled.
 */
const workerFile = path.resolve(process.cwd(), 'src/lib/sqliteWorker/worker.mjs')

type PlainResult = { columns: string[]; columnTypes: string[]; rows: Value[][]; rowsAffected: number; lastInsertRowid: bigint | undefined }
type PlainError = { name?: string; message: string; code?: string; rawCode?: number }
type Reply = { id: number; ok: boolean; value?: unknown; error?: PlainError; closed: boolean }
type Waiting = { resolve: (reply: Reply) => void; reject: (error: Error) => void }

const VALUES = Symbol('values')

/**
 * Rows as libSQL builds them: column names as enumerable properties (the first of equal names
 * wins), positions and `length` readable but not enumerable. The positions are getters on one
 * prototype per result, so a row costs one object and its named properties.
 */
function rowsOf({ columns, rows }: PlainResult): Row[] {
  const prototype: object = Object.create(Object.prototype)
  Object.defineProperty(prototype, 'length', { get: () => columns.length })
  columns.forEach((_, i) => Object.defineProperty(prototype, i, { get(this: { [VALUES]: Value[] }) { return this[VALUES][i] } }))
  const unique = columns.map((name, i) => columns.indexOf(name) === i)
  return rows.map((values) => {
    const row = Object.create(prototype) as Row & { [VALUES]: Value[] }
    Object.defineProperty(row, VALUES, { value: values })
    for (let i = 0; i < columns.length; i++) if (unique[i]) row[columns[i]] = values[i]
    return row
  })
}

/** A result set from the worker's plain data (with libSQL's toJSON). */
function resultOf(plain: PlainResult): ResultSet {
  const rows = rowsOf(plain)
  return {
    columns: plain.columns,
    columnTypes: plain.columnTypes,
    rows,
    rowsAffected: plain.rowsAffected,
    lastInsertRowid: plain.lastInsertRowid,
    toJSON: () => ({
      columns: plain.columns,
      columnTypes: plain.columnTypes,
      rows: plain.rows.map((values) => values.map((v) => (typeof v === 'bigint' ? String(v) : v instanceof ArrayBuffer ? Buffer.from(v).toString('base64') : v))),
      rowsAffected: plain.rowsAffected,
      lastInsertRowid: plain.lastInsertRowid === undefined ? null : String(plain.lastInsertRowid),
    }),
  }
}

/** The worker's error as the main thread's: a LibsqlError keeps its code (Payload reads SQLITE_CONSTRAINT_UNIQUE). */
function errorOf(plain: PlainError): Error {
  if (plain.name === 'LibsqlError' && plain.code) {
    const prefix = `${plain.code}: `
    return new LibsqlError(plain.message.startsWith(prefix) ? plain.message.slice(prefix.length) : plain.message, plain.code, plain.rawCode)
  }
  return Object.assign(new Error(plain.message), plain.code ? { code: plain.code } : {})
}

/** A reply's value, or its error thrown. */
function valueOf(reply: Reply): unknown {
  if (!reply.ok) throw errorOf(reply.error ?? { message: 'Unknown SQLite worker error' })
  return reply.value
}

const statement = (stmtOrSql: InStatement, args?: InArgs): InStatement =>
  typeof stmtOrSql === 'string' ? { sql: stmtOrSql, args: args ?? [] } : stmtOrSql

/** One worker and the calls waiting for it; a worker that stopped is replaced on the next call. */
class Connection {
  private worker: Worker | null = null
  private readonly waiting = new Map<number, Waiting>()
  private nextId = 1

  constructor(
    private readonly config: Config,
    private readonly options: WorkerClientOptions,
  ) {}

  /** The worker's thread id (for the test that shows queries run there). */
  get threadId(): number {
    return this.start().threadId
  }

  private start(): Worker {
    if (this.worker) return this.worker
    const { url, intMode, encryptionKey } = this.config
    const worker = new Worker(workerFile, { workerData: { config: { url, intMode, encryptionKey }, ...this.options } })
    // Like a socket: it keeps the process alive only while a call waits for it.
    worker.unref()
    worker.on('message', (reply: Reply) => {
      const waiting = this.waiting.get(reply.id)
      if (!waiting) return
      this.waiting.delete(reply.id)
      if (!this.waiting.size) worker.unref()
      waiting.resolve(reply)
    })
    const stopped = (error: Error) => {
      if (this.worker === worker) this.worker = null
      for (const { reject } of this.waiting.values()) reject(error)
      this.waiting.clear()
    }
    worker.on('error', (error) => stopped(new Error(`The SQLite worker failed: ${error.message}`, { cause: error })))
    worker.on('exit', (code) => stopped(new Error(`The SQLite worker stopped (exit code ${code})`)))
    this.worker = worker
    return worker
  }

  /** Sends one operation; resolves with the worker's reply (an error included), rejects if the worker stops. */
  call(op: string, args: Record<string, unknown> = {}): Promise<Reply> {
    const worker = this.start()
    const id = this.nextId++
    return new Promise<Reply>((resolve, reject) => {
      if (!this.waiting.size) worker.ref()
      this.waiting.set(id, { resolve, reject })
      worker.postMessage({ id, op, ...args })
    })
  }

  /** Closes the database in the worker, then ends the worker. */
  close(): void {
    const worker = this.worker
    if (!worker) return
    void this.call('close')
      .catch(() => {})
      .finally(() => {
        this.worker = null
        void worker.terminate()
      })
  }
}

/** An interactive transaction held by the worker under `tx`. */
class WorkerTransaction implements Transaction {
  closed = false

  constructor(
    private readonly connection: Connection,
    private readonly tx: number,
  ) {}

  private async call(op: string, args: Record<string, unknown> = {}): Promise<unknown> {
    if (this.closed) throw new LibsqlError('The transaction is closed', 'TRANSACTION_CLOSED')
    const reply = await this.connection.call(op, { tx: this.tx, ...args }).catch((error: unknown) => {
      this.closed = true
      throw error
    })
    // SQLite ends a transaction itself on some errors: the worker says whether it is still open.
    this.closed = reply.closed
    return valueOf(reply)
  }

  async execute(stmtOrSql: InStatement, args?: InArgs): Promise<ResultSet> {
    return resultOf((await this.call('txExecute', { stmt: statement(stmtOrSql, args) })) as PlainResult)
  }

  async batch(stmts: InStatement[]): Promise<ResultSet[]> {
    return ((await this.call('txBatch', { stmts })) as PlainResult[]).map(resultOf)
  }

  async executeMultiple(sql: string): Promise<void> {
    await this.call('txExecuteMultiple', { sql })
  }

  async commit(): Promise<void> {
    await this.call('txCommit')
  }

  async rollback(): Promise<void> {
    if (this.closed) return
    await this.call('txRollback')
  }

  close(): void {
    if (this.closed) return
    this.closed = true
    void this.connection.call('txClose', { tx: this.tx }).catch(() => {})
  }
}

/** A libSQL client whose queries run in a worker thread; `file:` URLs only. */
export class WorkerClient implements Client {
  closed = false
  readonly protocol = 'file'
  /** Marks this client where `instanceof` may not hold (one class per bundle): isWorkerClient. */
  readonly inWorkerThread = true
  private readonly connection: Connection
  private readonly defaultTransactionMode: TransactionMode
  private nextTx = 1

  constructor(config: Config, { transactionMode = 'write', ...options }: WorkerClientOptions) {
    if (!config.url.startsWith('file:')) throw new Error(`The SQLite worker opens file: URLs only, not ${config.url.split(':')[0]}:`)
    this.connection = new Connection(config, options)
    this.defaultTransactionMode = transactionMode
  }

  /** The id of the thread that runs the queries (not the main thread's 0). */
  get threadId(): number {
    return this.connection.threadId
  }

  private async call(op: string, args: Record<string, unknown> = {}): Promise<unknown> {
    if (this.closed) throw new LibsqlError('The client is closed', 'CLIENT_CLOSED')
    return valueOf(await this.connection.call(op, args))
  }

  async execute(stmtOrSql: InStatement, args?: InArgs): Promise<ResultSet> {
    return resultOf((await this.call('execute', { stmt: statement(stmtOrSql, args) })) as PlainResult)
  }

  async batch(stmts: InStatement[], mode: TransactionMode = 'deferred'): Promise<ResultSet[]> {
    return ((await this.call('batch', { stmts, mode })) as PlainResult[]).map(resultOf)
  }

  async migrate(stmts: InStatement[]): Promise<ResultSet[]> {
    return ((await this.call('migrate', { stmts })) as PlainResult[]).map(resultOf)
  }

  async transaction(mode: TransactionMode = this.defaultTransactionMode): Promise<Transaction> {
    const tx = this.nextTx++
    await this.call('transaction', { tx, mode })
    return new WorkerTransaction(this.connection, tx)
  }

  async executeMultiple(sql: string): Promise<void> {
    await this.call('executeMultiple', { sql })
  }

  async sync(): Promise<Replicated> {
    return (await this.call('sync')) as Replicated
  }

  close(): void {
    if (this.closed) return
    this.closed = true
    this.connection.close()
  }
}

/** Whether a libSQL client is a WorkerClient (from any copy of this module). */
export function isWorkerClient(client: unknown): client is WorkerClient {
  return typeof client === 'object' && client !== null && (client as { inWorkerThread?: unknown }).inWorkerThread === true
}

/** A client like @libsql/client's `createClient(config)`, with its queries in a worker thread. */
export function createWorkerClient(config: Config, options: WorkerClientOptions = { busyTimeout: 0, wal: null }): WorkerClient {
  return new WorkerClient(config, options)
}
