import type { CollectionConfig } from 'payload'

import { draftedContentAccess } from '../../access/presets'
import { regionsField } from '../../fields/common'
import { editorialFields } from '../../fields/editorial'
import { importedFromField } from '../../fields/importedFrom'
import { l } from '../../fields/label'
import { previewAdmin } from '../../fields/preview'
import { topicsField } from '../../fields/topics'
import { contributorsSaveDrafts, hideWithdrawnTranslation } from '../../hooks/publication'
import { readersReadPublishedText } from '../../hooks/publicReads'
import { requireAltText } from '../../hooks/altText'
import { regionalEditorsDeleteOwnItems, regionalEditorsKeepToOwnItems } from '../../hooks/regionGuard'
import { syncListings } from '../../hooks/listings'
import { revalidateDocument } from '../../hooks/revalidate'
import { keepSearchIndex } from '../../hooks/searchIndex'
import { redirectOldSlug } from '../../hooks/slugRedirects'
import { routePatterns } from '@/lib/routes'

export const NEWS = 'news' as const

// A news item shows up in the news lists and on its project's and regions' pages.
const revalidation = revalidateDocument(NEWS, [
  routePatterns.newsIndex,
  routePatterns.newsPages,
  routePatterns.project,
  routePatterns.region,
])
// Site search holds what readers can read in each language.
const searchIndex = keepSearchIndex(NEWS)

/** News items: the site's main content, drafted, autosaved and versioned. */
export const News: CollectionConfig = {
  slug: NEWS,
  access: draftedContentAccess,
  labels: {
    singular: l('News item', 'Новость', 'Хабар'),
    plural: l('News', 'Новости', 'Хабарҳо'),
  },
  admin: {
    ...previewAdmin('news'),
    useAsTitle: 'title',
    defaultColumns: ['title', 'publishedAt', '_status', 'updatedAt'],
    listSearchableFields: ['title', 'summary', 'slug'],
    group: l('Content', 'Содержание', 'Мундариҷа'),
  },
  defaultSort: '-publishedAt',
  versions: {
    drafts: { autosave: { interval: 2000 }, schedulePublish: true, localizeStatus: true },
    maxPerDoc: 50,
  },
  fields: [
    ...editorialFields(['author']),
    {
      name: 'publishedAt',
      type: 'date',
      required: true,
      index: true,
      defaultValue: () => new Date().toISOString(),
      label: l('Publication date', 'Дата публикации', 'Санаи нашр'),
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd.MM.yyyy HH:mm' } },
    },
    regionsField,
    {
      name: 'project',
      type: 'relationship',
      relationTo: 'projects',
      label: l('Related project', 'Связанный проект', 'Лоиҳаи марбут'),
      admin: { position: 'sidebar' },
    },
    topicsField,
    {
      name: 'author',
      type: 'text',
      localized: true,
      maxLength: 200,
      label: l('Author (byline)', 'Автор (подпись)', 'Муаллиф'),
      admin: { position: 'sidebar' },
    },
    importedFromField,
  ],
  hooks: {
    beforeChange: [regionalEditorsKeepToOwnItems, requireAltText({ image: 'cover', text: 'body' })],
    beforeDelete: [regionalEditorsDeleteOwnItems],
    beforeOperation: [contributorsSaveDrafts, readersReadPublishedText],
    afterRead: [hideWithdrawnTranslation],
    // The listing index first: the pages revalidated next read it.
    afterChange: [syncListings.afterChange, revalidation.afterChange, searchIndex.afterChange, redirectOldSlug('news')],
    afterDelete: [syncListings.afterDelete, revalidation.afterDelete, searchIndex.afterDelete],
  },
}
