import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { TransactionMode } from '@libsql/client'
import type { Connect, DatabaseAdapterObj } from 'payload'

import { createWorkerClient } from '@/lib/sqliteWorker'

import { claimSQLiteJobsOnce } from './jobClaims'

/**
 * The libSQL transaction mode for the adapter's `transactionOptions.behavior`. Drizzle's libSQL
 * session ignores the option and opens every transaction with libSQL's default (`write`, BEGIN
 * IMMEDIATE); the client here opens them as the option says.
 */
function transactionModeOf(adapter: SQLiteAdapter): TransactionMode {
  const behavior = (adapter.transactionOptions as { behavior?: string } | undefined)?.behavior
  return behavior === 'immediate' || behavior === 'exclusive' ? 'write' : 'deferred'
}

/**
 * Payload's SQLite adapter as we run it:
 * - queries in a worker thread (src/lib/sqliteWorker; `enabled`, SQLITE_WORKER), so a slow query
 *   never stops the server's event loop. The adapter's `connect` opens a libSQL client only when it
 *   has none and builds its Drizzle instance on `this.client`; this gives it the worker's client
 *   first, which applies the adapter's own settings (busy timeout, WAL and its sync level) in the
 *   worker, on every connection libSQL opens;
 * - transactions opened in the mode `transactionOptions.behavior` names (see transactionModeOf);
 * - scheduled jobs claimed atomically (./jobClaims).
 */
export function inWorkerThread(enabled: boolean, adapter: DatabaseAdapterObj<SQLiteAdapter>): DatabaseAdapterObj<SQLiteAdapter> {
  return {
    ...adapter,
    init: (args) => {
      const db = adapter.init(args)
      claimSQLiteJobsOnce(db)
      const connect = db.connect
      if (!connect) return db
      db.connect = async function connectInWorker(this: SQLiteAdapter, options) {
        const transactionMode = transactionModeOf(this)
        if (enabled) this.client ??= createWorkerClient(this.clientConfig, { busyTimeout: this.busyTimeout, wal: this.wal || null, transactionMode })
        await connect.call(this, options)
        if (!enabled) {
          const transaction = this.client.transaction.bind(this.client)
          this.client.transaction = (mode?: TransactionMode) => transaction(mode ?? transactionMode)
        }
      } satisfies Connect
      return db
    },
  }
}
