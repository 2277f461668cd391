import type { NestedKeysStripped, TFunction } from '@payloadcms/translations'

import { en, type NewsroomMessages } from './newsroom/en'
import { ru } from './newsroom/ru'
import { tg as tgNewsroom } from './newsroom/tg'
import * as scheduler from './scheduler'
import { tgLexical } from './tg'

/**
 * Payload's `i18n.translations`: our own texts under the `newsroom` namespace in every admin
 * language, and the rich-text editor's Tajik. Payload sends the browser only its own keys of a
 * language, with these on top, so our keys reach client components in Tajik too.
 */
export const adminTranslations = {
  en: { newsroom: { ...en, ...scheduler.en } },
  ru: { newsroom: { ...ru, ...scheduler.ru } },
  tg: { lexical: tgLexical, newsroom: { ...tgNewsroom, ...scheduler.tg } },
}

/** Our texts as Payload's `useTranslation<NewsroomTranslations, NewsroomTranslationKeys>()` expects them. */
export type NewsroomTranslations = { newsroom: NewsroomMessages & scheduler.SchedulerTexts }

/** Every key of our texts, e.g. `newsroom:validation:slugTaken`. */
export type NewsroomTranslationKeys = NestedKeysStripped<NewsroomTranslations>

/**
 * `req.t` or a server component's `i18n.t`, typed for our keys too: Payload types `t` with its
 * own keys only, and its documentation casts it like this for custom translations.
 */
export function newsroomT<Keys extends string>(i18n: { t: TFunction<Keys> }): TFunction<Keys | NewsroomTranslationKeys> {
  return i18n.t as TFunction<Keys | NewsroomTranslationKeys>
}
