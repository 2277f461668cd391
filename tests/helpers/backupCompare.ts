/**
 * Compares two snapshots (tests/helpers/backupSnapshot.ts) of a backed-up and a restored
 * database after translating the old ids to the new ones (the map `npm run restore --id-map`
 * writes). Returns the differences, path by path; none means the restore is faithful.
 */
type Json = unknown
type Doc = Record<string, unknown>

/** What a restore changes on purpose, and so is not compared. */
const NOT_CARRIED = {
  // Versions and globals get new row ids; nothing refers to them.
  rowId: 'id',
  // Users sign in again after a restore (src/cms/backup/collections.ts).
  sessions: 'sessions',
}

/** Every string equal to an old document id becomes the new id (uuids and ObjectIds are unique). */
function translate(value: Json, ids: Map<string, string>): Json {
  if (typeof value === 'string') {
    if (ids.has(value)) return ids.get(value)
    // Ids inside text: paths such as /en/contacts/<id>.
    let out = value
    for (const match of value.match(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\b[0-9a-f]{24}\b/gi) ?? []) if (ids.has(match)) out = out.replace(match, ids.get(match)!)
    return out
  }
  if (Array.isArray(value)) return value.map((item) => translate(item, ids))
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, translate(inner, ids)]))
  return value
}

/**
 * Differences in how the two databases store the same thing, made equal before comparing:
 * - MongoDB leaves out a field that is null, and a version's `latest`, `snapshot` or
 *   `publishedLocale` that SQLite stores as false or null (Payload reads both alike);
 */
function sameStorage(value: Json): Json {
  if (Array.isArray(value)) return value.map(sameStorage)
  if (!value || typeof value !== 'object') return value
  const out: Doc = {}
  for (const [key, inner] of Object.entries(value)) {
    if (inner === null || inner === undefined) continue
    if ((key === 'latest' || key === 'snapshot') && inner === false) continue
    out[key] = sameStorage(inner)
  }
  return out
}

const byId = (docs: Doc[]): Record<string, Doc> => Object.fromEntries(docs.map((doc) => [String(doc.id), doc]))

/**
 * Search answers as a set: SQLite ranks by FTS5's score and MongoDB by matched words, so the same
 * documents may come in another order with other scores (and region ids in another order); which documents, and the counts, must match.
 */
function searchHits(page: Doc): Doc {
  const hits = (page.hits as { score?: number; doc: { path: string; regionIds?: string[] } }[]).map(({ score: _score, ...hit }) => ({
    ...hit,
    doc: { ...hit.doc, regionIds: [...(hit.doc.regionIds ?? [])].sort() },
  }))
  return { ...page, hits: hits.sort((a, b) => a.doc.path.localeCompare(b.doc.path)) }
}

/** A snapshot in a comparable shape: documents keyed by id, versions grouped by parent. */
function shape(snapshot: Doc): Doc {
  const collections = snapshot.collections as Record<string, Doc[]>
  const perLocale = snapshot.perLocale as Record<string, Doc[]>
  const versions = snapshot.versions as Record<string, Doc[]>
  const withoutSessions = (doc: Doc) => {
    const { [NOT_CARRIED.sessions]: _sessions, ...rest } = doc
    return rest
  }
  const grouped: Record<string, Record<string, Doc[]>> = {}
  for (const [slug, rows] of Object.entries(versions)) {
    grouped[slug] = {}
    for (const { [NOT_CARRIED.rowId]: _id, ...row } of rows) (grouped[slug][String(row.parent)] ??= []).push(row)
  }
  return {
    collections: Object.fromEntries(Object.entries(collections).map(([slug, docs]) => [slug, byId(docs.map(withoutSessions))])),
    // A read in one language without fallback of a document never saved in it: SQLite answers
    // `_status: 'draft'`, MongoDB (where the restore wrote null) no status; both mean unpublished,
    // and readers' pages (with fallback) are compared as they are.
    perLocale: Object.fromEntries(Object.entries(perLocale).map(([key, docs]) => [key, byId(docs.map((doc) => ({ ...withoutSessions(doc), _status: doc._status ?? 'draft' })))])),
    versions: grouped,
    globals: Object.fromEntries(Object.entries(snapshot.globals as Record<string, Doc>).map(([slug, { [NOT_CARRIED.rowId]: _id, ...doc }]) => [slug, doc])),
    files: snapshot.files,
    logins: snapshot.logins,
    pages: Object.fromEntries(Object.entries(snapshot.pages as Doc).map(([key, page]) => [key, key.startsWith('search/') ? searchHits(page as Doc) : page])),
  }
}

function differences(a: Json, b: Json, path: string, out: string[]): void {
  if (out.length >= 50) return
  if (a === b) return
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) out.push(`${path}: ${a.length} items, restored ${b.length}`)
    for (let i = 0; i < Math.min(a.length, b.length); i++) differences(a[i], b[i], `${path}[${i}]`, out)
    return
  }
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      if (!(key in a)) out.push(`${path}.${key}: missing, restored ${JSON.stringify((b as Doc)[key])?.slice(0, 120)}`)
      else if (!(key in b)) out.push(`${path}.${key}: ${JSON.stringify((a as Doc)[key])?.slice(0, 120)}, missing after restore`)
      else differences((a as Doc)[key], (b as Doc)[key], `${path}.${key}`, out)
    }
    return
  }
  out.push(`${path}: ${JSON.stringify(a)?.slice(0, 120)}, restored ${JSON.stringify(b)?.slice(0, 120)}`)
}

/** The differences between a backed-up and a restored snapshot (at most 50), old ids translated. */
export function compareSnapshots(before: Doc, after: Doc, idMap: Record<string, Record<string, string | number>>): string[] {
  const ids = new Map<string, string>()
  for (const map of Object.values(idMap)) for (const [old, next] of Object.entries(map)) ids.set(old, String(next))
  const out: string[] = []
  differences(sameStorage(shape(translate(before, ids) as Doc)), sameStorage(shape(after)), '', out)
  return out
}
