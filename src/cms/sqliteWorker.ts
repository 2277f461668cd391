import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { Connect, DatabaseAdapterObj } from 'payload'

import { createWorkerClient } from '@/lib/sqliteWorker'

/**
 * Payload's SQLite adapter with its queries in a worker thread (src/lib/sqliteWorker), so a slow
 * query never stops the server's event loop. The adapter's `connect` opens a libSQL client only
 * when it has none and builds its Drizzle instance on `this.client`; this gives it the worker's
 * client first, which applies the adapter's own settings (busy timeout, WAL and its sync level)
 * in the worker, on every connection libSQL opens.
 */
export function inWorkerThread(enabled: boolean, adapter: DatabaseAdapterObj<SQLiteAdapter>): DatabaseAdapterObj<SQLiteAdapter> {
  if (!enabled) return adapter
  return {
    ...adapter,
    init: (args) => {
      const db = adapter.init(args)
      const connect = db.connect
      if (!connect) return db
      db.connect = async function connectInWorker(this: SQLiteAdapter, options) {
        this.client ??= createWorkerClient(this.clientConfig, { busyTimeout: this.busyTimeout, wal: this.wal || null })
        return connect.call(this, options)
      } satisfies Connect
      return db
    },
  }
}
