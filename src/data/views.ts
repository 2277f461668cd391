import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

import type { Locale } from '@/i18n/locales'
import type { Alternates, Section } from '@/lib/routes'
import type { Contact, News, Project, Region, Site } from '@/payload-types'

/*
 * The view models src/data hands out: pages, cards, feeds, widgets and the JSON API receive these
 * ready objects and never a raw Payload document. Everything a consumer would otherwise work out
 * again (which slug, which image size, title or name, is it public, which languages) is decided
 * once, in src/data/reshape.ts.
 */

/** A rich text (Lexical) value, rendered by components/RichText or feeds/html. */
export type RichTextValue = SerializedEditorState | null

/** One generated size of an image (Payload's `imageSizes`). */
export interface ImageVariant {
  url: string
  width: number
  height: number | null
  mimeType: string
  bytes: number
}

/** An image from the media library, with its alternative text in the reader's language. */
export interface ImageView {
  id: string
  /** The stored original (already converted to WebP on upload). */
  url: string
  alt: string
  caption: string | null
  width: number | null
  height: number | null
  mimeType: string
  bytes: number
  /** The generated sizes, narrowest first. */
  variants: ImageVariant[]
}

/** A file from the media library that is not an image (a PDF), as a rich text links to it. */
export interface FileView {
  id: string
  url: string
  filename: string
  mimeType: string
}

/**
 * The value of an upload inside a rich text once src/data has read it: an image or a file
 * (`null` when the reader may not see it).
 */
export type UploadView = ImageView | FileView

/** Whether an upload is an image (else a downloadable file). */
export function isImage(upload: UploadView): upload is ImageView {
  return 'variants' in upload
}

/**
 * What a `width`-pixel slot should load: the smallest generated size at least that wide, else the
 * largest generated size, else the original (an image too small for any generated size).
 */
export function imageAt(image: ImageView, width: number): Pick<ImageVariant, 'url' | 'width' | 'height' | 'mimeType' | 'bytes'> {
  const fit = image.variants.find((variant) => variant.width >= width) ?? image.variants.at(-1)
  return fit ?? { url: image.url, width: image.width ?? width, height: image.height, mimeType: image.mimeType, bytes: image.bytes }
}

/** The languages of a document as a page in `locale` shows it. */
export interface Languages {
  /** The language the text is in: the page's own, or the default language when shown as fallback. */
  lang: Locale
  /** False when the page's language has no published translation and the default text is shown. */
  translated: boolean
  /** The document's page in each language it is published in (its hreflang set). */
  paths: Partial<Record<Locale, string>>
  /** Where the language switcher leads: its own page where translated, else that language's section page. */
  alternates: Alternates
}

/** A link to a related document (a news item's project, a project's regions), in the reader's language. */
export interface DocumentLink {
  id: string
  title: string
  slug: string
  path: string
  /** Set when the title is a fallback in another language. */
  lang?: Locale
}

/** What every document view has. */
export interface DocumentBase<S extends Section> extends Languages {
  id: string
  section: S
  /** The title (news, projects) or name (regions). */
  title: string
  /** Its slug in the reader's language (the default language's while untranslated). */
  slug: string
  /** The page of the document in the reader's language. */
  path: string
  summary: string | null
  body: RichTextValue
  cover: ImageView | null
  /** What search engines and shared links show: staff's own SEO fields, else the title, summary and cover. */
  meta: { title: string; description: string | null; image: ImageView | null }
  updatedAt: string
}

/** A topic a news item is tagged with (its label comes from messages/*.json `topics`). */
export type Topic = NonNullable<News['topics']>[number]

/** A news item. */
export interface NewsView extends DocumentBase<'news'> {
  publishedAt: string
  author: string | null
  project: DocumentLink | null
  regions: DocumentLink[]
  topics: Topic[]
}

/** An organisation named on a project (donor or partner). */
export interface OrganisationView {
  id: string
  name: string
  website: string | null
  /** People are never shown to partners (the JSON API leaves them out). */
  isPerson: boolean
}

/** A project. */
export interface ProjectView extends DocumentBase<'projects'> {
  status: Project['status']
  startDate: string
  endDate: string | null
  donors: OrganisationView[]
  partners: OrganisationView[]
  regions: DocumentLink[]
}

/** A region (its introduction is the `body`, its first sentences the `summary`). */
export interface RegionView extends DocumentBase<'regions'> {
  kind: Region['kind']
  parent: DocumentLink | null
  latitude: number | null
  longitude: number | null
}

/** Any document with a page of its own. */
export type DocumentView = NewsView | ProjectView | RegionView

/** An office, partner, donor, network member or person. */
export interface ContactView {
  id: string
  kind: Contact['kind']
  name: string
  description: string | null
  address: string | null
  phones: { number: string; note: string | null }[]
  emails: string[]
  website: string | null
  regionIds: string[]
}

/** One entry of the main navigation. */
export interface NavigationItem {
  key: NonNullable<Site['navigation']>[number]['target']
  label: string
  href: string
}

/** The site itself: names, the home page's text, navigation and footer. */
export interface SiteView {
  name: string
  /** The short name ("ASTI"), when staff set one. */
  shortName: string | null
  tagline: string | null
  about: RichTextValue
  navigation: NavigationItem[]
  footerContacts: ContactView[]
  social: { network: string; url: string }[]
}

/** Everything the page frame (header, footer, preview bar) shows around a page. */
export interface PageFrame {
  site: SiteView
  /** True only for a signed-in member of staff previewing drafts. */
  preview: boolean
}

/** One page of a list. */
export interface ListPage<T> {
  items: T[]
  page: number
  totalPages: number
  totalDocs: number
}

/** A project or region a list can be narrowed to (the news filters' choices). */
export interface FilterOption {
  id: string
  slug: string
  title: string
}

/** The choices of the news filters: regions and projects written in the language (alphabetical), and the years with news. */
export interface NewsFilterOptions {
  regions: FilterOption[]
  projects: FilterOption[]
  years: number[]
}

/** The result of looking a slug up: the document, the path it now lives at, or nothing. */
export type SlugLookup<T> = { found: T } | { redirectTo: string } | null
