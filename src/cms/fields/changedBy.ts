import type { Field } from 'payload'

import { l } from './label'

/**
 * Who saved this version: the staff member's name and e-mail, written on every save (autosaves
 * included) so each version in the history and the comparison view names its author. A text
 * snapshot, not a relationship, so it stays readable after the account is gone and by staff
 * who may not read other users.
 */
export const changedByField: Field = {
  name: 'changedBy',
  type: 'text',
  // A name (120) and an e-mail address.
  maxLength: 400,
  label: l('Last changed by', 'Последние изменения внёс', 'Тағйироти охиринро ворид кард'),
  admin: { position: 'sidebar', readOnly: true },
  hooks: {
    beforeChange: [
      // Whatever a request sends is replaced by its signed-in user; system saves keep the old name.
      ({ previousValue, req, value }) => {
        const user = req.user as { name?: string | null; email?: string | null; collection?: string } | null
        if (user?.collection === 'users') return `${user.name ?? ''} <${user.email ?? ''}>`.trim()
        return value ?? previousValue ?? null
      },
    ],
  },
}
