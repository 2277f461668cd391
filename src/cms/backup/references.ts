import type { FlattenedBlock, FlattenedField, SanitizedConfig } from 'payload'

/** Document ids are strings on SQLite (uuid) and MongoDB (ObjectId); a numeric SQLite has numbers. */
export type DocId = string | number

/** Old id -> new id, per collection. */
export type IdMap = Map<string, Map<string, DocId>>

type Json = Record<string, unknown>

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Rewrites every reference a document holds from the ids of the backed-up database to those of
 * the restored one, by the collection's field definitions: relationship and upload fields (one or
 * many, to one collection or several, localized or not, inside groups, tabs, arrays and blocks),
 * and in rich text (Lexical) and JSON fields every `{ relationTo, value }` node: upload,
 * relationship and internal link nodes, and job inputs such as a scheduled publish's document.
 * Join fields are computed from the other side and are dropped. A reference to a document that no
 * longer exists (an old version naming deleted media) becomes null and is counted in `dangling`.
 */
export class ReferenceMapper {
  dangling = 0

  constructor(
    private readonly ids: IdMap,
    private readonly config: SanitizedConfig,
    private readonly locales: readonly string[],
  ) {}

  /** The new id of a document, or undefined when the backup does not hold it. */
  id(collection: string, old: unknown): DocId | undefined {
    if (isObject(old)) return this.id(collection, old.id) // a populated document
    if (typeof old !== 'string' && typeof old !== 'number') return undefined
    return this.ids.get(collection)?.get(String(old))
  }

  /** A copy of `data` with every reference its fields hold rewritten. */
  document(fields: FlattenedField[], data: Json): Json {
    const out: Json = { ...data }
    for (const field of fields) {
      if (!('name' in field) || !(field.name in out)) continue
      if (field.type === 'join') {
        delete out[field.name]
        continue
      }
      const value = out[field.name]
      if (value === null || value === undefined) continue
      // A localized field holds one value per language (`locale: 'all'` reads and writes).
      out[field.name] =
        'localized' in field && field.localized && isObject(value) && Object.keys(value).every((key) => this.locales.includes(key))
          ? Object.fromEntries(Object.entries(value).map(([locale, inner]) => [locale, this.value(field, inner)]))
          : this.value(field, value)
    }
    return out
  }

  private value(field: FlattenedField, value: unknown): unknown {
    if (value === null || value === undefined) return value
    switch (field.type) {
      case 'relationship':
      case 'upload': {
        const one = (item: unknown): unknown => {
          if (Array.isArray(field.relationTo)) return isObject(item) && typeof item.relationTo === 'string' ? this.polymorphic(item) : item
          return this.single(field.relationTo, item)
        }
        if (Array.isArray(value)) return value.map(one).filter((item) => item !== null)
        return one(value)
      }
      case 'group':
      case 'tab':
        return isObject(value) ? this.document(field.flattenedFields, value) : value
      case 'array':
        return Array.isArray(value) ? value.map((row) => (isObject(row) ? this.document(field.flattenedFields, row) : row)) : value
      case 'blocks':
        return Array.isArray(value) ? value.map((row) => (isObject(row) ? this.block(field.blocks, field.blockReferences, row) : row)) : value
      case 'richText':
      case 'json':
        return this.json(value)
      default:
        return value
    }
  }

  private block(blocks: FlattenedBlock[], references: (FlattenedBlock | string)[] | undefined, row: Json): Json {
    const all = [...blocks, ...(references ?? []).map((ref) => (typeof ref === 'string' ? this.config.blocks?.find((block) => block.slug === ref) : ref))]
    const block = all.find((candidate) => candidate?.slug === row.blockType)
    return block ? this.document(block.flattenedFields, row) : row
  }

  private single(collection: string, old: unknown): DocId | null {
    const id = this.id(collection, old)
    if (id === undefined) {
      this.dangling++
      return null
    }
    return id
  }

  private polymorphic(item: Json): Json | null {
    const id = this.single(item.relationTo as string, item.value)
    return id === null ? null : { ...item, value: id }
  }

  /** Rich text and JSON: every `{ relationTo: <a collection>, value }` object is a reference. */
  private json(value: unknown): unknown {
    if (Array.isArray(value)) return value.map((item) => this.json(item))
    if (!isObject(value)) return value
    const out: Json = {}
    for (const [key, inner] of Object.entries(value)) out[key] = this.json(inner)
    if (typeof out.relationTo === 'string' && this.ids.has(out.relationTo) && 'value' in out && out.value !== null) {
      const id = this.id(out.relationTo, out.value)
      if (id === undefined) this.dangling++
      out.value = id ?? null
    }
    return out
  }
}
