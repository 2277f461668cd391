import type { Field } from 'payload'

import { isStaff } from '../access/isStaff'
import { l } from './label'

/**
 * Where an imported document came from (`wordpress <site> post <id>`): the importer finds the
 * document again by it, so a second import updates instead of duplicating. Set only by the
 * importer (read-only in the admin); readers never see it.
 */
export const importedFromField: Field = {
  name: 'importedFrom',
  type: 'text',
  index: true,
  maxLength: 500,
  label: l('Imported from', 'Импортировано из', 'Ворид шуда аз'),
  access: { read: isStaff },
  admin: { position: 'sidebar', readOnly: true, condition: (data) => Boolean(data?.importedFrom) },
}
