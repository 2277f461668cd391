import type { Field } from 'payload'

import { l } from './label'

/**
 * When the text in this language last changed (a localized date). The translation overview
 * compares it across languages: a translation older than the English text is "outdated".
 * `watched` are the localized fields that make up the text.
 */
export const textChangedAtField = (watched: string[]): Field => ({
  name: 'textChangedAt',
  type: 'date',
  localized: true,
  index: true,
  label: l('Text in this language last changed', 'Текст на этом языке изменён', 'Матн бо ин забон тағйир ёфт'),
  admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd.MM.yyyy HH:mm' } },
  hooks: {
    beforeChange: [
      ({ data, operation, originalDoc, previousValue, value }) => {
        const changed =
          operation === 'create' ||
          watched.some((name) => JSON.stringify(data?.[name] ?? null) !== JSON.stringify(originalDoc?.[name] ?? null))
        if (changed && watched.some((name) => data?.[name])) return new Date().toISOString()
        return previousValue ?? value ?? null
      },
    ],
  },
})
