import type { Field } from 'payload'

import { changedByField } from './changedBy'
import { bodyField, coverField, summaryField, titleField } from './common'
import { historyField } from './history'
import { slugField } from './slug'
import { textChangedAtField } from './textChangedAt'

/**
 * The fields every drafted, published-per-language document starts with (news, projects): title,
 * summary, text and cover; its slug; who changed it, its recent history, and when each
 * language's text last changed (`textFields` are the fields that count as its text).
 */
export function editorialFields(textFields: string[]): Field[] {
  return [
    titleField,
    summaryField,
    bodyField(),
    coverField(),
    slugField('title'),
    changedByField,
    historyField,
    textChangedAtField(['title', 'summary', 'body', ...textFields]),
  ]
}
