import { sql, type SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'

/**
 * SQLite checks each reference as a row is written, but a restore writes documents that name
 * documents written later (a region's parent region, a news item's project). On SQLite the checks
 * are switched off while `work` runs (on the adapter's one connection, through its documented
 * `payload.db.drizzle`) and every reference is then checked at once with `foreign_key_check`: a
 * restore that left one dangling fails. MongoDB has no such checks.
 */
export async function withReferencesCheckedAtEnd<T>(payload: Payload, work: () => Promise<T>): Promise<T> {
  if (payload.db.name !== 'sqlite') return work()
  const drizzle = (payload.db as unknown as SQLiteAdapter).drizzle
  await drizzle.run(sql`PRAGMA foreign_keys = OFF`)
  try {
    const result = await work()
    const broken = await drizzle.all<{ table: string; parent: string }>(sql`PRAGMA foreign_key_check`)
    if (broken.length > 0) {
      const tables = [...new Set(broken.map((row) => `${row.table} -> ${row.parent}`))].join(', ')
      throw new Error(`The restored database has ${broken.length} references to missing rows (${tables}).`)
    }
    return result
  } finally {
    await drizzle.run(sql`PRAGMA foreign_keys = ON`)
  }
}
