import type { CollectionConfig, PayloadRequest } from 'payload'

import { routePatterns } from '@/lib/routes'

import { draftedContentAccess } from '../../access/presets'
import { regionsField } from '../../fields/common'
import { editorialFields } from '../../fields/editorial'
import { l } from '../../fields/label'
import { previewAdmin } from '../../fields/preview'
import { shareEmbedField } from '../../fields/shareEmbed'
import { contributorsSaveDrafts, hideWithdrawnTranslation } from '../../hooks/publication'
import { readersReadPublishedText } from '../../hooks/publicReads'
import { requireAltText } from '../../hooks/altText'
import { regionalEditorsDeleteOwnItems, regionalEditorsKeepToOwnItems } from '../../hooks/regionGuard'
import { revalidateDocument } from '../../hooks/revalidate'
import { keepSearchIndex } from '../../hooks/searchIndex'
import { redirectOldSlug } from '../../hooks/slugRedirects'
import { newsroomT } from '../../i18n/translations'

export const PROJECTS = 'projects' as const

// A project is listed on the home page, the projects list, region pages and its news items.
const revalidation = revalidateDocument(PROJECTS, [
  routePatterns.projectsIndex,
  routePatterns.region,
  routePatterns.news,
])
// Site search holds what readers can read in each language.
const searchIndex = keepSearchIndex(PROJECTS)

const contactsField = (name: 'donors' | 'partners') =>
  ({
    name,
    type: 'relationship',
    relationTo: 'contacts',
    hasMany: true,
    label: name === 'donors' ? l('Donors', 'Доноры', 'Донорҳо') : l('Partners', 'Партнёры', 'Шарикон'),
  }) as const

/** Donor-funded projects, with drafts and versions. */
export const Projects: CollectionConfig = {
  slug: PROJECTS,
  access: draftedContentAccess,
  labels: {
    singular: l('Project', 'Проект', 'Лоиҳа'),
    plural: l('Projects', 'Проекты', 'Лоиҳаҳо'),
  },
  admin: {
    ...previewAdmin('projects'),
    useAsTitle: 'title',
    defaultColumns: ['title', 'status', 'startDate', '_status'],
    group: l('Content', 'Содержание', 'Мундариҷа'),
  },
  defaultSort: '-startDate',
  versions: { drafts: { schedulePublish: true, localizeStatus: true }, maxPerDoc: 50 },
  fields: [
    ...editorialFields([]),
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'ongoing',
      options: [
        { value: 'planned', label: l('Planned', 'Планируется', 'Ба нақша гирифта шудааст') },
        { value: 'ongoing', label: l('Ongoing', 'Идёт', 'Идома дорад') },
        { value: 'completed', label: l('Completed', 'Завершён', 'Анҷом ёфтааст') },
      ],
      label: l('Status', 'Статус', 'Ҳолат'),
      admin: { position: 'sidebar' },
    },
    {
      type: 'row',
      fields: [
        { name: 'startDate', type: 'date', required: true, index: true, label: l('Start date', 'Дата начала', 'Санаи оғоз'), admin: { date: { displayFormat: 'dd.MM.yyyy' } } },
        {
          name: 'endDate',
          type: 'date',
          label: l('End date', 'Дата окончания', 'Санаи анҷом'),
          admin: { date: { displayFormat: 'dd.MM.yyyy' } },
          validate: (value: Date | string | null | undefined, { req, siblingData }: { req: PayloadRequest; siblingData: { startDate?: string | null } }) => {
            if (value && siblingData.startDate && new Date(value) < new Date(siblingData.startDate)) return newsroomT(req)('newsroom:validation:endBeforeStart')
            return true
          },
        },
      ],
    },
    contactsField('donors'),
    contactsField('partners'),
    regionsField,
    shareEmbedField('projects'),
  ],
  hooks: {
    beforeChange: [regionalEditorsKeepToOwnItems, requireAltText({ image: 'cover', text: 'body' })],
    beforeDelete: [regionalEditorsDeleteOwnItems],
    beforeOperation: [contributorsSaveDrafts, readersReadPublishedText],
    afterRead: [hideWithdrawnTranslation],
    afterChange: [revalidation.afterChange, searchIndex.afterChange, redirectOldSlug('projects')],
    afterDelete: [revalidation.afterDelete, searchIndex.afterDelete],
  },
}
