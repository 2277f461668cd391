import { XMLParser, XMLValidator } from 'fast-xml-parser'

/** A category, tag or custom-taxonomy term an item carries (`<category domain nicename>`). */
export interface WxrItemTerm {
  domain: string
  nicename: string
  name: string
}

/** One `<item>` of a WordPress export: a post, page or attachment (other types are kept as such). */
export interface WxrItem {
  id: number
  type: string
  status: string
  title: string
  /** The permalink WordPress printed at export time. */
  link: string
  guid: string
  /** `post_name`, percent-decoded (WordPress stores non-Latin slugs encoded). */
  slug: string
  content: string
  excerpt: string
  /** UTC publication time as ISO 8601, or null (drafts have none in WordPress). */
  dateGmt: string | null
  /** The site's local time of `post_date`, as ISO 8601 without a zone. */
  date: string | null
  /** The author's login (`dc:creator`). */
  creator: string
  parentId: number
  attachmentUrl: string
  terms: WxrItemTerm[]
  meta: Record<string, string>
}

/** A term of the export's header (`<wp:category>`, `<wp:tag>`, `<wp:term>`). */
export interface WxrTerm {
  taxonomy: string
  slug: string
  name: string
  description: string
}

/** What the importer needs from a WXR file. */
export interface Wxr {
  /** The site's address (`wp:base_blog_url`), without a trailing slash. */
  siteUrl: string
  generator: string
  /** Author login -> display name. */
  authors: Map<string, string>
  terms: WxrTerm[]
  items: WxrItem[]
}

/** Elements that may repeat; fast-xml-parser makes them arrays even when there is one. */
const repeated = new Set(['item', 'category', 'wp:postmeta', 'wp:author', 'wp:category', 'wp:tag', 'wp:term'])

type Node = Record<string, unknown>

const text = (value: unknown): string => {
  if (value === undefined || value === null) return ''
  if (typeof value === 'object') return text((value as Node)['#text'])
  return String(value)
}

const list = (value: unknown): Node[] => (Array.isArray(value) ? (value as Node[]) : [])

/** WordPress writes "0000-00-00 00:00:00" for "no date". */
function isoDate(value: string, utc: boolean): string | null {
  const match = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2})$/.exec(value.trim())
  if (!match || match[1].startsWith('0000')) return null
  return `${match[1]}T${match[2]}${utc ? '.000Z' : ''}`
}

function decodeSlug(slug: string): string {
  try {
    return decodeURIComponent(slug)
  } catch {
    return slug
  }
}

/** Thrown for a file that is not a WordPress export; the message says what was wrong. */
export class WxrError extends Error {}

/**
 * Reads a WordPress eXtended RSS export (any version WordPress writes: 1.0–1.2) with
 * fast-xml-parser. Text stays text (no number parsing: ids and slugs such as "0012" keep their form).
 */
export function parseWxr(xml: string): Wxr {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    processEntities: true,
    htmlEntities: true,
    isArray: (name) => repeated.has(name),
  })
  // The parser is lenient (an export cut short still parses): the validator finds that first.
  const valid = XMLValidator.validate(xml)
  if (valid !== true) throw new WxrError(`not a well-formed XML file: ${valid.err.msg} (line ${valid.err.line})`)
  let root: Node
  try {
    root = parser.parse(xml) as Node
  } catch (error) {
    throw new WxrError(`not a readable XML file: ${(error as Error).message}`)
  }
  const channel = (root.rss as Node | undefined)?.channel as Node | undefined
  if (!channel || !('wp:wxr_version' in channel)) throw new WxrError('not a WordPress export (no <rss><channel> with <wp:wxr_version>)')

  const authors = new Map<string, string>()
  for (const author of list(channel['wp:author'])) {
    const login = text(author['wp:author_login'])
    if (login) authors.set(login, text(author['wp:author_display_name']) || login)
  }

  const terms: WxrTerm[] = [
    ...list(channel['wp:category']).map((term) => ({
      taxonomy: 'category',
      slug: decodeSlug(text(term['wp:category_nicename'])),
      name: text(term['wp:cat_name']),
      description: text(term['wp:category_description']),
    })),
    ...list(channel['wp:tag']).map((term) => ({
      taxonomy: 'post_tag',
      slug: decodeSlug(text(term['wp:tag_slug'])),
      name: text(term['wp:tag_name']),
      description: text(term['wp:tag_description']),
    })),
    ...list(channel['wp:term']).map((term) => ({
      taxonomy: text(term['wp:term_taxonomy']),
      slug: decodeSlug(text(term['wp:term_slug'])),
      name: text(term['wp:term_name']),
      description: text(term['wp:term_description']),
    })),
  ]

  const items: WxrItem[] = list(channel.item).map((item) => {
    const meta: Record<string, string> = {}
    for (const entry of list(item['wp:postmeta'])) meta[text(entry['wp:meta_key'])] = text(entry['wp:meta_value'])
    return {
      id: Number(text(item['wp:post_id'])),
      type: text(item['wp:post_type']),
      status: text(item['wp:status']),
      title: text(item.title),
      link: text(item.link),
      guid: text(item.guid),
      slug: decodeSlug(text(item['wp:post_name'])),
      content: text(item['content:encoded']),
      excerpt: text(item['excerpt:encoded']),
      dateGmt: isoDate(text(item['wp:post_date_gmt']), true),
      date: isoDate(text(item['wp:post_date']), false),
      creator: text(item['dc:creator']),
      parentId: Number(text(item['wp:post_parent']) || 0),
      attachmentUrl: text(item['wp:attachment_url']),
      terms: list(item.category).map((term) => ({ domain: text(term['@domain']), nicename: decodeSlug(text(term['@nicename'])), name: text(term) })),
      meta,
    }
  })

  const generator = text(channel.generator)
  const siteUrl = (text(channel['wp:base_blog_url']) || text(channel.link)).replace(/\/+$/, '')
  return { siteUrl, generator, authors, terms, items }
}
