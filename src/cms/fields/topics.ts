import type { SelectField } from 'payload'

import { l } from './label'

/** The fixed list of topics (keys match `messages/*.json` -> topics). */
export const topicOptions = [
  { value: 'civil-society', label: l('Civil society', 'Гражданское общество', 'Ҷомеаи шаҳрвандӣ') },
  { value: 'education', label: l('Education', 'Образование', 'Маориф') },
  { value: 'youth', label: l('Youth', 'Молодёжь', 'Ҷавонон') },
  { value: 'peacebuilding', label: l('Peacebuilding', 'Миростроительство', 'Сулҳсозӣ') },
  { value: 'poverty-reduction', label: l('Poverty reduction', 'Снижение бедности', 'Паст кардани камбизоатӣ') },
  { value: 'gender', label: l('Gender equality', 'Гендерное равенство', 'Баробарии гендерӣ') },
  { value: 'environment', label: l('Environment', 'Экология', 'Муҳити зист') },
  { value: 'media', label: l('Media', 'СМИ', 'ВАО') },
  { value: 'governance', label: l('Good governance', 'Надлежащее управление', 'Идоракунии самаранок') },
]

/** Topics of a news item (several allowed). */
export const topicsField: SelectField = {
  name: 'topics',
  type: 'select',
  hasMany: true,
  options: topicOptions,
  label: l('Topics', 'Темы', 'Мавзӯъҳо'),
  admin: { position: 'sidebar' },
}
