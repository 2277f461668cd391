import type { Language } from '@payloadcms/translations'

import authentication from './tg/authentication.json'
import dashboard from './tg/dashboard.json'
import error from './tg/error.json'
import fields from './tg/fields.json'
import folder from './tg/folder.json'
import general from './tg/general.json'
import lexical from './tg/lexical.json'
import localization from './tg/localization.json'
import operators from './tg/operators.json'
import upload from './tg/upload.json'
import validation from './tg/validation.json'
import version from './tg/version.json'

/**
 * Tajik for the admin panel, which Payload does not ship: every key of Payload's English
 * translation (tests/int/adminLanguage.int.spec.ts checks that none is missing); the rich-text
 * editor's are `tgLexical` below. Dates use the Russian date-fns locale, the nearest one date-fns has, and the admin
 * shows dates as numbers (payload.config.ts), so no Russian month name appears.
 */
export const tg: Language = {
  dateFNSKey: 'ru',
  translations: {
    authentication,
    dashboard,
    error,
    fields,
    folder,
    general,
    localization,
    operators,
    upload,
    validation,
    version,
  } as unknown as Language['translations'],
}

/**
 * The rich-text editor's texts in Tajik. They go into `i18n.translations.tg` (payload.config.ts)
 * and not into the language above: Payload sends the browser only its own keys from a language,
 * and adds the configured translations on top.
 */
export const tgLexical = lexical
