import type { Field, RelationshipField, UploadField } from 'payload'

import { hasRole, ownRegions } from '../access/roles'
import { l } from './label'

/** A required, localized title (the slug is generated from it). */
export const titleField: Field = {
  name: 'title',
  type: 'text',
  localized: true,
  required: true,
  maxLength: 200,
  label: l('Title', 'Заголовок', 'Сарлавҳа'),
}

/** A short localized summary for lists, feeds and search results. */
export const summaryField: Field = {
  name: 'summary',
  type: 'textarea',
  localized: true,
  maxLength: 600,
  label: l('Summary', 'Краткое описание', 'Мухтасар'),
  admin: {
    description: l(
      'One or two sentences shown in lists and shared links.',
      'Одно-два предложения для списков и ссылок в соцсетях.',
      'Як-ду ҷумла барои рӯйхатҳо ва пайвандҳо дар шабакаҳо.',
    ),
  },
}

/** The localized Lexical body (the editor itself is configured once in payload.config.ts). */
export const bodyField = (name = 'body'): Field => ({
  name,
  type: 'richText',
  localized: true,
  label: name === 'body' ? l('Text', 'Текст', 'Матн') : l('Introduction', 'Введение', 'Муқаддима'),
})

/** A cover image from the media library. */
export const coverField = (name = 'cover'): UploadField => ({
  name,
  type: 'upload',
  relationTo: 'media',
  label: name === 'logo' ? l('Logo', 'Логотип', 'Логотип') : l('Cover image', 'Обложка', 'Тасвири асосӣ'),
})

/** The regions a document belongs to. */
export const regionsField: RelationshipField = {
  name: 'regions',
  type: 'relationship',
  relationTo: 'regions',
  hasMany: true,
  label: l('Regions', 'Регионы', 'Минтақаҳо'),
  admin: { position: 'sidebar' },
  // A regional editor picks among their own regions only (access rules enforce it on save).
  filterOptions: ({ user }) => (hasRole(user, 'regionalEditor') ? { id: { in: ownRegions(user) } } : true),
}
