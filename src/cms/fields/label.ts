/** An admin label in the three staff languages (keys are admin UI languages, not content locales). */
export type Label = { en: string; ru: string; tg: string }

/** Builds a three-language admin label: `l('Title', 'Заголовок', 'Сарлавҳа')`. */
export function l(en: string, ru: string, tg: string): Label {
  return { en, ru, tg }
}
