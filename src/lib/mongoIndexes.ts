import type { mongo } from 'mongoose'

/** An index as the driver's createIndexes takes it, named (the name is how it is found again). */
export type NamedIndex = mongo.IndexDescription & { name: string }

/**
 * Creates the indexes of `collection` that do not exist yet (by name), and drops those named in
 * `drop` that do. Only the missing ones:
 * FerretDB 1.24 drops the connection (an internal panic) when asked to create an index that
 * exists, where MongoDB would accept it.
 */
export async function createMissingIndexes<T extends mongo.Document>(collection: mongo.Collection<T>, indexes: NamedIndex[], { drop = [] as string[] } = {}): Promise<void> {
  const existing = new Set((await collection.listIndexes().toArray().catch(() => [])).map((index) => String(index.name)))
  const missing = indexes.filter((index) => !existing.has(index.name))
  if (missing.length > 0) await collection.createIndexes(missing)
  // Indexes the code no longer makes (by name), once the ones replacing them exist.
  for (const name of drop) if (existing.has(name)) await collection.dropIndex(name)
}

const ferretDB = new WeakMap<mongo.Db, Promise<boolean>>()

/**
 * Whether the server is FerretDB, our MongoDB-wire test server (its buildInfo names a
 * `ferretdbVersion`); asked once per database handle.
 */
export function isFerretDB(db: mongo.Db): Promise<boolean> {
  let answer = ferretDB.get(db)
  if (!answer) {
    answer = db
      .admin()
      .command({ buildInfo: 1 })
      .then((info) => 'ferretdbVersion' in info)
      .catch((error: unknown) => {
        // Not remembered: the next caller asks again (the server may be back).
        ferretDB.delete(db)
        throw error
      })
    ferretDB.set(db, answer)
  }
  return answer
}
