import { isLocale, type Locale } from '@/i18n/locales'

import type { Wxr, WxrItem } from './wxr'

/** How an export says which posts translate each other. */
export type TranslationShape = 'polylang' | 'wpml' | 'none'

/** Posts (or pages) that are one text in several languages: they become one document. */
export interface TranslationGroup {
  /** Stable across exports of the same site: the lowest WordPress id among the members. */
  key: number
  members: Map<Locale, WxrItem>
}

/** A member the importer could not place, and why (goes into the report). */
export interface Unplaced {
  item: WxrItem
  reason: string
}

// Codes that are not `language` or `language_TERRITORY` of ours but mean one of our languages
// (WPML lets sites pick codes; "tj" is Tajikistan's country code, used by some for Tajik).
const aliases: Record<string, Locale> = { tj: 'tg' }

/** Our locale for a WordPress language code or locale (`ru`, `ru_RU`, `tg`, `tg-TJ`), or null. */
export function siteLocale(code: string): Locale | null {
  const first = code.trim().toLowerCase().split(/[-_]/)[0] ?? ''
  if (isLocale(first)) return first
  return aliases[first] ?? null
}

/** The `locale` in a Polylang language term's description (a PHP-serialized array). */
function polylangLocale(description: string): string | null {
  // Hand-written: one string entry of a PHP serialize() array, s:6:"locale";s:5:"ru_RU";
  return /s:6:"locale";s:\d+:"([^"]*)"/.exec(description)?.[1] ?? null
}

/** Which plugin's data the export holds. */
export function translationShape(wxr: Wxr): TranslationShape {
  if (wxr.items.some((item) => item.terms.some((term) => term.domain === 'language'))) return 'polylang'
  if (wxr.items.some((item) => '_wpml_import_language_code' in item.meta)) return 'wpml'
  return 'none'
}

/**
 * Groups posts of one type into translation groups:
 * - Polylang: each post's `language` term (its locale in the term's description, else its slug)
 *   and its `post_translations` term (one per group).
 * - WPML (its "Export and Import" add-on's meta): `_wpml_import_language_code` and
 *   `_wpml_import_translation_group` (WPML's trid).
 * - Neither: every post is its own group, in `defaultLocale`.
 */
export function groupTranslations(
  wxr: Wxr,
  items: WxrItem[],
  defaultLocale: Locale,
): { shape: TranslationShape; groups: TranslationGroup[]; unplaced: Unplaced[] } {
  const shape = translationShape(wxr)
  const languageLocales = new Map<string, string>()
  for (const term of wxr.terms) if (term.taxonomy === 'language') languageLocales.set(term.slug, polylangLocale(term.description) ?? term.slug)

  const byKey = new Map<string, WxrItem[]>()
  const languageOf = new Map<WxrItem, string>()
  for (const item of items) {
    let language = ''
    let groupKey = `post:${item.id}`
    if (shape === 'polylang') {
      const term = item.terms.find((candidate) => candidate.domain === 'language')
      language = term ? (languageLocales.get(term.nicename) ?? term.nicename) : ''
      const group = item.terms.find((candidate) => candidate.domain === 'post_translations')
      if (group) groupKey = `group:${group.nicename}`
    } else if (shape === 'wpml') {
      language = item.meta._wpml_import_language_code ?? ''
      const trid = item.meta._wpml_import_translation_group
      if (trid) groupKey = `group:${trid}`
    } else {
      language = defaultLocale
    }
    languageOf.set(item, language)
    byKey.set(groupKey, [...(byKey.get(groupKey) ?? []), item])
  }

  const groups: TranslationGroup[] = []
  const unplaced: Unplaced[] = []
  for (const members of byKey.values()) {
    const group: TranslationGroup = { key: Math.min(...members.map((item) => item.id)), members: new Map() }
    for (const item of [...members].sort((a, b) => a.id - b.id)) {
      const language = languageOf.get(item) ?? ''
      const locale = siteLocale(language)
      if (!language) unplaced.push({ item, reason: 'has no language' })
      else if (!locale) unplaced.push({ item, reason: `is in a language this site does not have (${language})` })
      else if (group.members.has(locale)) unplaced.push({ item, reason: `is a second ${locale} translation in its group (kept #${group.members.get(locale)?.id})` })
      else group.members.set(locale, item)
    }
    if (group.members.size > 0) groups.push(group)
  }
  groups.sort((a, b) => a.key - b.key)
  return { shape, groups, unplaced }
}
