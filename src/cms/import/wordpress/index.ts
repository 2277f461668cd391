import { stat } from 'node:fs/promises'
import path from 'node:path'

import type { Payload, RequestContext } from 'payload'

import type { News } from '@/payload-types'

import { defaultLocale as siteDefaultLocale, locales, type Locale } from '@/i18n/locales'
import { routes } from '@/lib/routes'
import { decodeSegment } from '@/lib/segments'

import { acceptedMimeTypes } from '../../collections/Media'
import { normalizeRedirectPath } from '../../collections/Redirects'
import { topicOptions } from '../../fields/topics'

import { htmlToLexical, plainText, richTextEditorConfig, type LinkTarget } from './content'
import { groupTranslations, siteLocale, type TranslationGroup, type TranslationShape } from './translations'
import { parseWxr, type WxrItem } from './wxr'

export { WxrError } from './wxr'

/** What `importWordPress` did and what it could not map. */
export interface ImportReport {
  source: string
  shape: TranslationShape
  news: { created: number; updated: number }
  media: { created: number; updated: number }
  redirects: { created: number; updated: number; unchanged: number }
  /** Lines for staff: what was not imported, or only in part, and why. */
  unmapped: string[]
}

export interface ImportOptions {
  /** The WordPress site's `wp-content/uploads` folder (attachments are read from it, never downloaded). */
  uploadsDir?: string
  /** The language of posts in an export without Polylang or WPML data. */
  defaultLocale?: Locale
  log?: (message: string) => void
}

// Imports are system saves: no revalidation of a Next server (the site picks the news up on its
// next render of each page; `npm run import:wordpress` runs beside it, not inside it).
const context: RequestContext = { disableRevalidate: true }

const mimeTypes: Record<string, string> = { '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.png': 'image/png', '.webp': 'image/webp', '.avif': 'image/avif', '.pdf': 'application/pdf' }

/** A path and query of an address on the old site, as redirects store it; null for another site's. */
function oldSitePath(href: string, siteUrl: string): string | null {
  try {
    const site = new URL(siteUrl)
    const url = new URL(href, `${siteUrl}/`)
    if (url.host !== site.host) return null
    // Decoded, as the site looks redirects up (WordPress prints non-Latin slugs percent-encoded).
    const pathname = url.pathname.split('/').map(decodeSegment).join('/')
    return normalizeRedirectPath(`${pathname}${url.search}`)
  } catch {
    return null
  }
}

/** An upload's address without WordPress's size suffix (`photo-300x200.jpg` -> `photo.jpg`). */
function originalUpload(src: string): string {
  return src.replace(/-\d+x\d+(\.[a-z0-9]+)$/i, '$1').replace(/[?#].*$/, '')
}

type Topic = NonNullable<News['topics']>[number]

/** A topic of ours for a WordPress category or tag, matched by name in any language or by slug. */
function topicFor(name: string, slug: string): Topic | null {
  const wanted = [name.trim().toLowerCase(), slug.trim().toLowerCase()]
  for (const option of topicOptions) {
    const names = [option.value, ...Object.values(option.label as Record<string, string>)].map((value) => value.toLowerCase())
    if (wanted.some((value) => value && names.includes(value))) return option.value as Topic
  }
  return null
}

/**
 * Imports a WordPress export (WXR) into this site: posts become news (one item per group of
 * translations), categories and tags topics, attachments media; every old permalink of a
 * published post redirects to its new page in its language. Matching is by `importedFrom`, so
 * running it again updates what it made before. Drafts stay drafts in every language.
 */
export async function importWordPress(payload: Payload, xml: string, options: ImportOptions = {}): Promise<ImportReport> {
  const log = options.log ?? (() => undefined)
  const wxr = parseWxr(xml)
  const site = wxr.siteUrl
  const report: ImportReport = {
    source: site,
    shape: 'none',
    news: { created: 0, updated: 0 },
    media: { created: 0, updated: 0 },
    redirects: { created: 0, updated: 0, unchanged: 0 },
    unmapped: [],
  }
  const unmapped = (line: string) => {
    if (!report.unmapped.includes(line)) report.unmapped.push(line)
  }
  const describe = (item: WxrItem) => `${item.type} #${item.id} “${item.title}”`

  // Media first: covers and images in the text point at them.
  const mediaByAttachment = new Map<number, string>()
  const mediaByUrl = new Map<string, string>()
  for (const item of wxr.items.filter((candidate) => candidate.type === 'attachment')) {
    const id = await importAttachment(item)
    if (id === null) continue
    mediaByAttachment.set(item.id, id)
    for (const url of [item.attachmentUrl, item.guid]) if (url) mediaByUrl.set(originalUpload(url), id)
  }

  async function importAttachment(item: WxrItem): Promise<string | null> {
    const importedFrom = `wordpress ${site} attachment ${item.id}`
    const relative = item.meta._wp_attached_file || item.attachmentUrl.split('/wp-content/uploads/')[1] || ''
    const alt = (item.meta._wp_attachment_image_alt || item.title || path.basename(relative)).slice(0, 300)
    const caption = plainText(item.excerpt).slice(0, 300) || undefined
    const existing = await payload.find({ collection: 'media', where: { importedFrom: { equals: importedFrom } }, limit: 1, depth: 0, pagination: false, overrideAccess: true })
    // WordPress keeps one alternative text per image; every language gets it (staff translate it).
    const perLocale = { alt, caption }
    if (existing.docs[0]) {
      for (const locale of locales) await payload.update({ collection: 'media', id: existing.docs[0].id, locale, data: perLocale, context, overrideAccess: true })
      report.media.updated++
      return existing.docs[0].id
    }
    const mimetype = mimeTypes[path.extname(relative).toLowerCase()]
    if (!mimetype || !acceptedMimeTypes.includes(mimetype)) {
      unmapped(`${describe(item)}: file type of ${relative || item.attachmentUrl} is not accepted here (images and PDF only)`)
      return null
    }
    const file = options.uploadsDir && relative ? path.resolve(options.uploadsDir, relative) : null
    // The export names files; a name that leaves the uploads folder is not followed.
    if (!file || !file.startsWith(path.resolve(options.uploadsDir ?? '') + path.sep) || !(await stat(file).catch(() => null))?.isFile()) {
      unmapped(`${describe(item)}: ${relative || item.attachmentUrl} is not in the uploads folder${options.uploadsDir ? '' : ' (none given: --uploads)'}`)
      return null
    }
    try {
      const doc = await payload.create({ collection: 'media', locale: locales[0], data: { ...perLocale, importedFrom }, filePath: file, context, overrideAccess: true })
      for (const locale of locales.slice(1)) await payload.update({ collection: 'media', id: doc.id, locale, data: perLocale, context, overrideAccess: true })
      report.media.created++
      return doc.id
    } catch (error) {
      unmapped(`${describe(item)}: ${relative} was refused (${(error as Error).message})`)
      return null
    }
  }

  // Posts: translation groups; pages and other types are reported.
  const posts = wxr.items.filter((item) => item.type === 'post' && !['trash', 'auto-draft', 'inherit'].includes(item.status))
  const { shape, groups, unplaced } = groupTranslations(wxr, posts, options.defaultLocale ?? siteDefaultLocale)
  report.shape = shape
  if (shape === 'none' && groups.length > 0) {
    unmapped(`the export holds no Polylang or WPML language data: its ${groups.length} post(s) were imported as ${options.defaultLocale ?? siteDefaultLocale} (--language)`)
  }
  for (const { item, reason } of unplaced) unmapped(`${describe(item)} ${reason}: not imported`)
  const pages = groupTranslations(wxr, wxr.items.filter((item) => item.type === 'page' && !['trash', 'auto-draft'].includes(item.status)), options.defaultLocale ?? siteDefaultLocale)
  for (const group of pages.groups) {
    const languages = [...group.members.entries()].map(([locale, item]) => `${locale}: “${item.title}” ${item.link}`).join('; ')
    unmapped(`page #${group.key} (${languages}): this site has no free-form pages; not imported (recreate it as a project, region or contact, or add a redirect)`)
  }
  const skippedTypes = new Map<string, number>()
  for (const item of wxr.items) if (!['post', 'page', 'attachment'].includes(item.type)) skippedTypes.set(item.type, (skippedTypes.get(item.type) ?? 0) + 1)
  for (const [type, count] of skippedTypes) unmapped(`${count} item(s) of type “${type}”: not imported`)

  // Pass 1: a document for every group (an empty draft for a new one), so links can name them.
  const newsByGroup = new Map<number, string>()
  const groupOfPost = new Map<number, TranslationGroup>()
  for (const group of groups) {
    const importedFrom = `wordpress ${site} post ${group.key}`
    const found = await payload.find({ collection: 'news', where: { importedFrom: { equals: importedFrom } }, limit: 1, depth: 0, pagination: false, overrideAccess: true, draft: true })
    let id = found.docs[0]?.id
    if (id === undefined) {
      const [locale, first] = [...group.members.entries()][0]
      const shell = await payload.create({ collection: 'news', locale, draft: true, data: { title: first.title || `WordPress #${first.id}`, publishedAt: dateOf(first), importedFrom, _status: 'draft' }, context, overrideAccess: true })
      id = shell.id
      report.news.created++
    } else {
      report.news.updated++
    }
    newsByGroup.set(group.key, id)
    for (const item of group.members.values()) groupOfPost.set(item.id, group)
  }

  // Old addresses of every imported post: its permalink, its guid and ?p=<id>.
  const postByPath = new Map<string, number>()
  for (const item of posts) {
    for (const href of [item.link, item.guid, `/?p=${item.id}`]) {
      const oldPath = href ? oldSitePath(href, site) : null
      if (oldPath && oldPath !== '/') postByPath.set(oldPath, item.id)
    }
  }
  const linkFor = (href: string): LinkTarget => {
    const oldPath = oldSitePath(href, site)
    if (!oldPath) return null
    const url = new URL(oldPath, 'http://old.invalid')
    const byId = Number(url.searchParams.get('p') ?? url.searchParams.get('page_id') ?? NaN)
    const postId = postByPath.get(oldPath) ?? (Number.isFinite(byId) ? byId : undefined)
    const group = postId === undefined ? undefined : groupOfPost.get(postId)
    return group ? { relationTo: 'news', id: newsByGroup.get(group.key)! } : null
  }
  const linksToOldSite = (href: string) => oldSitePath(href, site) !== null

  // Pass 2: each language's text, status, and the shared fields.
  const editorConfig = richTextEditorConfig(payload, 'news', 'body')
  for (const group of groups) {
    const id = newsByGroup.get(group.key)!
    const first = [...group.members.values()][0]
    const topics = new Set<Topic>()
    for (const item of group.members.values()) {
      for (const term of item.terms.filter((candidate) => candidate.domain === 'category' || candidate.domain === 'post_tag')) {
        const topic = topicFor(term.name, term.nicename)
        if (topic) topics.add(topic)
        else if (term.nicename !== 'uncategorized') unmapped(`${term.domain === 'category' ? 'category' : 'tag'} “${term.name}”: no topic of this site matches; left out`)
      }
    }
    const thumbnail = [...group.members.values()].map((item) => Number(item.meta._thumbnail_id)).find((candidate) => candidate > 0)
    const cover = thumbnail ? mediaByAttachment.get(thumbnail) : undefined
    if (thumbnail && cover === undefined) unmapped(`${describe(first)}: its featured image (attachment #${thumbnail}) was not imported`)
    const shared = { publishedAt: dateOf(first), topics: [...topics], ...(cover !== undefined ? { cover } : {}), importedFrom: `wordpress ${site} post ${group.key}` }

    for (const [locale, item] of group.members) {
      const body = htmlToLexical(paragraphs(item.content), editorConfig, {
        mediaFor: (src) => {
          try {
            return mediaByUrl.get(originalUpload(new URL(src, `${site}/`).href)) ?? null
          } catch {
            return null
          }
        },
        linkFor: (href) => {
          const target = linkFor(href)
          if (!target && linksToOldSite(href)) unmapped(`${describe(item)}: link to ${href} on the old site leads to nothing imported; kept as it was`)
          return target
        },
        unmapped: (what) => unmapped(`${describe(item)}: ${what} is not among the imported media; left out`),
      })
      const author = wxr.authors.get(item.creator) ?? item.creator
      const text = { title: item.title || `WordPress #${item.id}`, summary: plainText(item.excerpt).slice(0, 600) || undefined, body, author: author.slice(0, 200) || undefined }
      if (item.status === 'publish') {
        await payload.update({ collection: 'news', id, locale, data: { ...shared, ...text, _status: 'published' }, context, overrideAccess: true })
      } else {
        // Anything not published in WordPress (draft, pending, private, scheduled) stays a draft here.
        await payload.update({ collection: 'news', id, locale, draft: true, data: { ...shared, ...text }, context, overrideAccess: true })
        if (item.status !== 'draft') unmapped(`${describe(item)}: status “${item.status}” imported as a draft`)
      }
    }
    log(`news ${id}: ${[...group.members.keys()].join(', ')} from WordPress #${[...group.members.values()].map((item) => item.id).join(', #')}`)
  }

  // Redirects: each published post's permalink to its page in its language. Drafts get none: a
  // redirect is public and would reveal an unpublished address.
  for (const group of groups) {
    const id = newsByGroup.get(group.key)!
    for (const [locale, item] of group.members) {
      if (item.status !== 'publish') continue
      const doc = await payload.findByID({ collection: 'news', id, locale, fallbackLocale: false, depth: 0, overrideAccess: true })
      if (!doc.slug) continue
      const to = routes.news(locale, doc.slug)
      for (const href of new Set([item.link, `/?p=${item.id}`])) {
        const from = oldSitePath(href, site)
        if (!from || from === '/' || from === to) continue
        await upsertRedirect(from, to)
      }
    }
  }

  async function upsertRedirect(from: string, to: string) {
    const found = await payload.find({ collection: 'redirects', where: { from: { equals: from } }, limit: 1, depth: 0, pagination: false, overrideAccess: true })
    const existing = found.docs[0]
    try {
      if (!existing) {
        await payload.create({ collection: 'redirects', data: { from, to }, context, overrideAccess: true })
        report.redirects.created++
      } else if (existing.to !== to) {
        await payload.update({ collection: 'redirects', id: existing.id, data: { to }, context, overrideAccess: true })
        report.redirects.updated++
      } else {
        report.redirects.unchanged++
      }
    } catch (error) {
      unmapped(`redirect ${from} → ${to}: refused (${(error as Error).message})`)
    }
  }

  return report
}

/** The publication date: WordPress's UTC date, else (drafts) its local date read as UTC. */
function dateOf(item: WxrItem): string {
  return item.dateGmt ?? (item.date ? `${item.date}.000Z` : new Date().toISOString())
}

/**
 * Classic-editor posts are stored without <p> (WordPress adds them when it shows a post, wpautop):
 * such text gets a paragraph per blank-line-separated block. Hand-written and far simpler than
 * wpautop, which only matters for text with no block markup at all.
 */
function paragraphs(html: string): string {
  if (/<(p|div|h[1-6]|ul|ol|figure|blockquote|table|pre)\b/i.test(html)) return html
  return html
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean)
    .map((block) => `<p>${block.replace(/\n/g, '<br>')}</p>`)
    .join('')
}

export { siteLocale }
