import { unstable_cache } from 'next/cache'

import type { Locale } from '@/i18n/locales'
import { plainText } from '@/lib/plainText'
import { routes } from '@/lib/routes'
import type { SearchDoc } from '@/lib/search'
import type { Contact, News, Project, Region } from '@/payload-types'

import { cacheTags, SYNDICATION_TTL } from './cacheTags'
import { payloadClient, translatedRead, writtenIn } from './payload'
import { idOf, idsOf } from './reshape'

/*
 * What site search searches: every published document written in the reader's language (never
 * English fallback text), reduced to the fields a result shows and filters need. The site's
 * corpus is small (hundreds of documents), so the search itself runs in memory (lib/search.ts).
 */

/** Reads one collection in `locale` only (no fallback), published documents written in it. */
async function translated<C extends 'news' | 'projects' | 'regions' | 'contacts'>(collection: C, locale: Locale) {
  const payload = await payloadClient()
  const result = await payload.find({ collection, ...translatedRead(locale), where: writtenIn(collection), depth: 0, pagination: false })
  return result.docs
}

/** Every searchable document of the site in one language. */
export async function loadSearchDocs(locale: Locale): Promise<SearchDoc[]> {
  const [news, projects, regions, contacts] = await Promise.all([
    translated('news', locale) as Promise<News[]>,
    translated('projects', locale) as Promise<Project[]>,
    translated('regions', locale) as Promise<Region[]>,
    translated('contacts', locale) as Promise<Contact[]>,
  ])
  return [
    ...news.map((doc) => ({
      type: 'news' as const,
      id: doc.id,
      title: doc.title,
      summary: doc.summary ?? '',
      text: plainText(doc.body),
      path: routes.news(locale, doc.slug ?? doc.id),
      date: doc.publishedAt,
      regionIds: idsOf(doc.regions),
      projectId: idOf(doc.project),
    })),
    ...projects.map((doc) => ({
      type: 'projects' as const,
      id: doc.id,
      title: doc.title,
      summary: doc.summary ?? '',
      text: plainText(doc.body),
      path: routes.project(locale, doc.slug ?? doc.id),
      date: doc.startDate,
      regionIds: idsOf(doc.regions),
      projectId: doc.id,
    })),
    ...regions.map((doc) => ({
      type: 'regions' as const,
      id: doc.id,
      title: doc.name,
      summary: '',
      text: plainText(doc.intro),
      path: routes.region(locale, doc.slug ?? doc.id),
      date: null,
      regionIds: [doc.id],
      projectId: null,
    })),
    ...contacts.map((doc) => ({
      type: 'contacts' as const,
      id: doc.id,
      title: doc.name,
      summary: doc.description ?? '',
      text: doc.address ?? '',
      path: routes.contact(locale, doc.id),
      date: null,
      regionIds: idsOf(doc.regions),
      projectId: null,
    })),
  ]
}

/** Cached `loadSearchDocs`, expired with everything partners read when content changes. */
export const getSearchDocs = unstable_cache(loadSearchDocs, ['search-docs'], { tags: [cacheTags.syndication], revalidate: SYNDICATION_TTL })
