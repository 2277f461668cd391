import type { UIField } from 'payload'

import { l } from './label'

/**
 * "Recent changes" in the sidebar of news and projects: the latest versions with who saved them,
 * when, what kind of save it was, and a link to compare each with the current document
 * (src/cms/components/History). Payload's own Versions tab has the full list and restores.
 */
export const historyField: UIField = {
  name: 'recentChanges',
  type: 'ui',
  label: l('Recent changes', 'Последние изменения', 'Тағйироти охирин'),
  admin: {
    position: 'sidebar',
    components: { Field: '@/cms/components/History#History' },
  },
}
