import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

import { defaultLocale, locales, type Locale } from '@/i18n/locales'
import { plainText } from '@/lib/plainText'
import { alternatesOf, documentRoute, sectionRoute, type Section } from '@/lib/routes'
import type { Contact, Media, News, Project, Region, SeoMeta } from '@/payload-types'

import type { ContactView, DocumentBase, DocumentLink, ImageView, Languages, NewsView, OrganisationView, ProjectView, RegionView, RichTextValue, UploadView } from './views'

/*
 * Raw Payload documents -> view models (src/data/views.ts), in one place. Only src/data calls
 * these; the raw document never leaves src/data.
 */

/** A relationship as Payload returns it: an id at depth 0, the document deeper. */
type Related<T> = string | T | null | undefined

/** The id of a relationship, populated or not. */
export function idOf<T extends { id: string }>(value: Related<T>): string | null {
  if (!value) return null
  return typeof value === 'object' ? value.id : value
}

/** The ids of a has-many relationship. */
export function idsOf<T extends { id: string }>(values: Related<T>[] | null | undefined): string[] {
  return (values ?? []).map(idOf).filter((id): id is string => id !== null)
}

/** Populated related documents only (ids of documents the reader may not see are dropped). */
function populated<T>(values: Related<T>[] | null | undefined): T[] {
  return (values ?? []).filter((value): value is T => typeof value === 'object' && value !== null)
}

/** An upload inside a rich text: an image, a downloadable file, or null when unreadable. */
function uploadView(media: unknown): UploadView | null {
  if (!media || typeof media !== 'object') return null
  const image = imageView(media as Media)
  if (image) return image
  const file = media as Media
  return file.url ? { id: file.id, url: file.url, filename: file.filename ?? file.url, mimeType: file.mimeType ?? 'application/octet-stream' } : null
}

/** A copy of a Lexical node tree whose upload nodes carry view models instead of raw media documents. */
function reshapeNode(node: unknown): unknown {
  if (!node || typeof node !== 'object') return node
  const record = node as Record<string, unknown>
  const copy: Record<string, unknown> = { ...record }
  if (record.type === 'upload') copy.value = uploadView(record.value)
  if (Array.isArray(record.children)) copy.children = record.children.map(reshapeNode)
  return copy
}

/** A rich text value as the renderers take it (uploads as view models), or null when empty. */
export function richText(value: unknown): RichTextValue {
  if (!value || typeof value !== 'object' || !('root' in value)) return null
  const data = value as SerializedEditorState
  return { ...data, root: reshapeNode(data.root) as SerializedEditorState['root'] }
}

/** About `length` characters of `text`, cut at a word, with an ellipsis when cut. */
export function lead(text: string, length = 200): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > length ? `${flat.slice(0, length).replace(/\s+\S*$/, '')} …` : flat
}

/** An image from the media library (PDFs and files without an address are not images). */
export function imageView(media: Related<Media>): ImageView | null {
  if (!media || typeof media !== 'object' || !media.url || !media.mimeType?.startsWith('image/')) return null
  const variants = Object.values(media.sizes ?? {})
    .flatMap((size) =>
      size?.url && size.width
        ? [{ url: size.url, width: size.width, height: size.height ?? null, mimeType: size.mimeType ?? media.mimeType ?? 'image/webp', bytes: size.filesize ?? 0 }]
        : [],
    )
    .sort((a, b) => a.width - b.width)
  return {
    id: media.id,
    url: media.url,
    alt: media.alt ?? '',
    caption: media.caption ?? null,
    width: media.width ?? null,
    height: media.height ?? null,
    mimeType: media.mimeType,
    bytes: media.filesize ?? 0,
    variants,
  }
}

/** A document's title field: regions and contacts have a name instead. */
export const titleFieldOf = { news: 'title', projects: 'title', regions: 'name', contacts: 'name' } as const

/** Collections published per language (Payload's localized `_status`); the others are public once saved. */
export const publishedPerLanguage: ReadonlySet<string> = new Set(['news', 'projects'])

type LocaleValues = Partial<Record<Locale, string | null>>

/**
 * The document's slug in each language it is public in: titled there and, where publication is
 * per language, published there (or merely written there, for a staff preview of drafts).
 * `all` is a `locale: 'all'` read of the title, slug and status.
 */
export function publicSlugs(collection: Section, all: Record<string, unknown>, { includeDrafts = false } = {}): Partial<Record<Locale, string>> {
  const titles = (all[titleFieldOf[collection]] ?? {}) as LocaleValues
  const slugs = (all.slug ?? {}) as LocaleValues
  const status = (typeof all._status === 'object' && all._status !== null ? all._status : {}) as LocaleValues
  const result: Partial<Record<Locale, string>> = {}
  for (const locale of locales) {
    const published = includeDrafts || !publishedPerLanguage.has(collection) || status[locale] === 'published'
    const slug = slugs[locale]
    if (titles[locale] && slug && published) result[locale] = slug
  }
  return result
}

/**
 * The languages of a document shown in `locale`: its pages where it is public, whether this
 * language is one of them, and where the language switcher leads.
 */
export function languagesOf(section: Section, locale: Locale, slugs: Partial<Record<Locale, string>>): Languages {
  const paths: Partial<Record<Locale, string>> = {}
  for (const code of locales) {
    const slug = slugs[code]
    if (slug) paths[code] = documentRoute(section, code, slug)
  }
  const translated = Boolean(paths[locale])
  return {
    lang: translated ? locale : defaultLocale,
    translated,
    paths,
    alternates: alternatesOf((code) => paths[code] ?? sectionRoute(section, code)),
  }
}

/** Where a document read in `locale` lives there: its own slug, or the fallback text's slug. */
function address(section: Section, locale: Locale, slugs: Partial<Record<Locale, string>>, doc: { id: string; slug?: string | null }) {
  const slug = slugs[locale] ?? doc.slug ?? doc.id
  return { slug, path: documentRoute(section, locale, slug) }
}

/**
 * A related document read in `locale` as a link, or null when it has no title there (read
 * without fallback, a related document not written in that language is left out).
 */
function linkTo(section: Section, locale: Locale, doc: { id: string; slug?: string | null }, title: string | null | undefined): DocumentLink | null {
  if (!title) return null
  const slug = doc.slug ?? doc.id
  return { id: doc.id, title, slug, path: documentRoute(section, locale, slug) }
}

function regionLinks(regions: Related<Region>[] | null | undefined, locale: Locale): DocumentLink[] {
  return populated(regions).flatMap((region) => linkTo('regions', locale, region, region.name) ?? [])
}

/** What every document view shares, from the fields named alike in every collection. */
function documentBase<S extends Section>(
  section: S,
  locale: Locale,
  slugs: Partial<Record<Locale, string>>,
  doc: { id: string; slug?: string | null; cover?: Related<Media>; updatedAt: string; meta?: SeoMeta | null },
  text: { title: string; summary: string | null | undefined; body: unknown },
): DocumentBase<S> {
  const cover = imageView(doc.cover)
  return {
    ...languagesOf(section, locale, slugs),
    ...address(section, locale, slugs, doc),
    id: doc.id,
    section,
    title: text.title,
    summary: text.summary ?? null,
    body: richText(text.body),
    cover,
    meta: {
      title: doc.meta?.title?.trim() || text.title,
      description: doc.meta?.description?.trim() || text.summary || null,
      image: imageView(doc.meta?.image) ?? cover,
    },
    updatedAt: doc.updatedAt,
  }
}

/** A news item read in `locale`, given its public slugs (`publicSlugs`). */
export function newsView(doc: News, locale: Locale, slugs: Partial<Record<Locale, string>>): NewsView {
  const project = doc.project && typeof doc.project === 'object' ? doc.project : null
  return {
    ...documentBase('news', locale, slugs, doc, { title: doc.title, summary: doc.summary, body: doc.body }),
    publishedAt: doc.publishedAt,
    author: doc.author ?? null,
    project: project ? linkTo('projects', locale, project, project.title) : null,
    regions: regionLinks(doc.regions, locale),
    topics: doc.topics ?? [],
  }
}

function organisations(contacts: Related<Contact>[] | null | undefined): OrganisationView[] {
  return populated(contacts).map((contact) => ({ id: contact.id, name: contact.name, website: contact.website ?? null, isPerson: contact.kind === 'person' }))
}

/** A project read in `locale`. */
export function projectView(doc: Project, locale: Locale, slugs: Partial<Record<Locale, string>>): ProjectView {
  return {
    ...documentBase('projects', locale, slugs, doc, { title: doc.title, summary: doc.summary, body: doc.body }),
    status: doc.status,
    startDate: doc.startDate,
    endDate: doc.endDate ?? null,
    donors: organisations(doc.donors),
    partners: organisations(doc.partners),
    regions: regionLinks(doc.regions, locale),
  }
}

/** A region read in `locale`: its name is the title, its introduction the body and the start of it the summary. */
export function regionView(doc: Region, locale: Locale, slugs: Partial<Record<Locale, string>>): RegionView {
  const parent = doc.parent && typeof doc.parent === 'object' ? doc.parent : null
  const intro = plainText(doc.intro)
  return {
    ...documentBase('regions', locale, slugs, doc, { title: doc.name, summary: intro ? lead(intro) : null, body: doc.intro }),
    kind: doc.kind,
    parent: parent ? linkTo('regions', locale, parent, parent.name) : null,
    latitude: typeof doc.latitude === 'number' ? doc.latitude : null,
    longitude: typeof doc.longitude === 'number' ? doc.longitude : null,
  }
}

/** A contact (read in the reader's language). */
export function contactView(doc: Contact): ContactView {
  return {
    id: doc.id,
    kind: doc.kind,
    name: doc.name,
    description: doc.description ?? null,
    address: doc.address ?? null,
    phones: (doc.phones ?? []).map((phone) => ({ number: phone.number, note: phone.note ?? null })),
    emails: (doc.emails ?? []).map((email) => email.address),
    website: doc.website ?? null,
    regionIds: idsOf(doc.regions),
  }
}
