import configPromise from '@payload-config'
import { initI18n, type AcceptedLanguages } from '@payloadcms/translations'
import { en } from '@payloadcms/translations/languages/en'
import { describe, expect, it } from 'vitest'

import { tg } from '@/cms/i18n/tg'
import { newsroomT } from '@/cms/i18n/translations'

type Tree = { [key: string]: string | Tree }

/** Every leaf of a translation tree, by dotted path. */
function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>()
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof value === 'string') out.set(path, value)
    else for (const [inner, text] of leaves(value, path)) out.set(inner, text)
  }
  return out
}

/** Words in Latin letters a Tajik interface may keep: names of formats and of the product. */
const allowedLatin = new Set(['API', 'CSV', 'GraphQL', 'ID', 'JSON', 'JWT', 'Payload', 'PDF', 'URL', 'Ctrl', 'Cmd', 'Esc', 'Enter', 'Shift', 'Tab', 'Alt'])

/** Proper names our own labels may keep (Site › Social networks). */
const brands = new Set(['Facebook', 'Instagram', 'Telegram', 'YouTube', 'X', 'LinkedIn'])

function latinWords(text: string): string[] {
  // Placeholders, numbered tags and HTML markup (the verification e-mail's links) are not words.
  const withoutPlaceholders = text.replace(/\{\{[^}]+\}\}/g, '').replace(/<\/?\d+\/?>/g, '').replace(/<\/?[a-z]+(\s[^>]*)?>/g, '')
  return (withoutPlaceholders.match(/[A-Za-z]+/g) ?? []).filter((word) => !allowedLatin.has(word))
}

describe('the admin in Tajik', () => {
  it('translates every key of Payload and of the rich-text editor, keeping every placeholder, in Cyrillic', async () => {
    const config = await configPromise
    const english = leaves({ ...(en.translations as unknown as Tree), lexical: (config.i18n.translations?.en as unknown as { lexical: Tree }).lexical })
    // The editor's Tajik comes through the config, as the browser gets it (tg.ts says why).
    const configured = (config.i18n.translations as unknown as Record<string, { lexical: Tree }>).tg
    const tajik = leaves({ ...(tg.translations as unknown as Tree), lexical: configured.lexical })
    const missing = [...english.keys()].filter((key) => !tajik.get(key)?.trim())
    expect(missing).toEqual([])
    expect(english.size).toBeGreaterThan(600)

    const brokenPlaceholders = [...english].filter(([key, text]) => {
      const wanted = (text.match(/\{\{[^}]+\}\}/g) ?? []).sort()
      const got: string[] = tajik.get(key)?.match(/\{\{[^}]+\}\}/g) ?? []
      return wanted.some((placeholder) => !got.includes(placeholder))
    })
    expect(brokenPlaceholders.map(([key]) => key)).toEqual([])

    const english_left = [...tajik].filter(([, text]) => latinWords(text).length > 0)
    expect(english_left).toEqual([])
    // The six Tajik letters are used, so this is Tajik and not Russian with another name.
    const all = [...tajik.values()].join(' ')
    for (const letter of 'ғӣқӯҳҷ') expect(all).toContain(letter)
  })

  it('labels every collection, global, field, option and description in English, Russian and Tajik', async () => {
    const config = await configPromise
    const problems: string[] = []
    const checkLabel = (where: string, label: unknown) => {
      if (label === undefined || label === false || typeof label === 'function') return
      if (typeof label === 'string') return problems.push(`${where}: a plain string "${label}"`)
      const byLanguage = label as Record<string, unknown>
      for (const language of ['en', 'ru', 'tg']) if (typeof byLanguage[language] !== 'string' || !byLanguage[language]) problems.push(`${where}: no ${language}`)
      // Example addresses (/ru/news/old-slug, https://) and the social networks' names stay as they are.
      const words = typeof byLanguage.tg === 'string' ? latinWords(byLanguage.tg.replace(/\S*[/:]\S*/g, '')).filter((word) => !brands.has(word)) : []
      if (words.length > 0) problems.push(`${where}: Latin words in Tajik "${byLanguage.tg}"`)
    }
    type AnyField = { name?: string; type: string; label?: unknown; admin?: { description?: unknown; hidden?: boolean }; options?: unknown[]; fields?: AnyField[]; hidden?: boolean }
    const walk = (where: string, fields: AnyField[]) => {
      for (const field of fields) {
        const here = `${where}.${field.name ?? field.type}`
        // Payload's own system fields (id, timestamps, auth, _status) come translated by Payload.
        if (field.hidden || field.admin?.hidden || !field.name || ['id', 'createdAt', 'updatedAt', '_status', 'email', 'salt', 'hash'].includes(field.name)) {
          if (field.fields) walk(here, field.fields)
          continue
        }
        if (!['row', 'collapsible', 'tabs', 'ui', 'join'].includes(field.type)) checkLabel(here, field.label)
        checkLabel(`${here} (description)`, field.admin?.description)
        for (const option of field.options ?? []) if (typeof option === 'object' && option) checkLabel(`${here} option`, (option as { label?: unknown }).label)
        if (field.fields) walk(here, field.fields)
      }
    }
    for (const collection of config.collections) {
      if (collection.slug.startsWith('payload-')) continue
      checkLabel(`${collection.slug} (singular)`, collection.labels.singular)
      checkLabel(`${collection.slug} (plural)`, collection.labels.plural)
      checkLabel(`${collection.slug} (group)`, collection.admin.group)
      walk(collection.slug, collection.fields as AnyField[])
    }
    for (const global of config.globals) {
      checkLabel(global.slug, global.label)
      walk(global.slug, global.fields as AnyField[])
    }
    expect(problems).toEqual([])
  })
})

/** Words our own texts keep in every language: names of formats, products and keys. */
const sameInEveryLanguage = new Set(['RSS', 'Atom', 'JSON', 'Feed', 'oEmbed', 'WordPress', 'iframe', 'URL', 'slug', 'Mac', 'Ctrl'])

/** The Latin words of a text that are not placeholders, web addresses, letter ranges or key combinations. */
function untranslatedWords(text: string): string[] {
  const bare = text
    .replace(/\{\{[^}]+\}\}/g, '')
    .replace(/https?:\/\/\S*/g, '')
    .replace(/\b[a-z]–[a-z]\b/g, '')
    .replace(/(Ctrl\+|⌘)[A-Z]\b/g, 'Ctrl')
  return (bare.match(/[A-Za-z]+/g) ?? []).filter((word) => !sameInEveryLanguage.has(word))
}

const placeholders = (text: string) => (text.match(/\{\{[^}]+\}\}/g) ?? []).sort()

describe('our own admin texts (namespace newsroom)', () => {
  const languages = ['en', 'ru', 'tg'] as const

  async function newsroomTexts(): Promise<Record<(typeof languages)[number], Map<string, string>>> {
    const config = await configPromise
    const translations = config.i18n.translations as unknown as Record<string, { newsroom?: Tree }>
    const texts = (language: string) => leaves(translations[language]?.newsroom ?? {})
    return { en: texts('en'), ru: texts('ru'), tg: texts('tg') }
  }

  it('has every key in English, Russian and Tajik, with the same placeholders, and nothing left in English', async () => {
    const texts = await newsroomTexts()
    expect(texts.en.size).toBeGreaterThan(40)
    for (const language of ['ru', 'tg'] as const) {
      expect([...texts[language].keys()].sort(), language).toEqual([...texts.en.keys()].sort())
      const problems: string[] = []
      for (const [key, english] of texts.en) {
        const text = texts[language].get(key) ?? ''
        if (!text.trim()) problems.push(`${key}: empty`)
        if (placeholders(text).join() !== placeholders(english).join()) problems.push(`${key}: placeholders ${placeholders(text).join()} instead of ${placeholders(english).join()}`)
        if (text === english) problems.push(`${key}: the English text`)
        const latin = untranslatedWords(text)
        if (latin.length > 0) problems.push(`${key}: English words ${latin.join(' ')}`)
        if (!/[А-Яа-яЁё]/.test(text)) problems.push(`${key}: no Cyrillic`)
      }
      expect(problems, language).toEqual([])
    }
    // Tajik, not Russian under another name: its own letters appear.
    const tajik = [...texts.tg.values()].join(' ')
    for (const letter of 'ғӣқӯҳҷ') expect(tajik).toContain(letter)
  })

  it('reaches the browser in every admin language, Tajik included', async () => {
    // The admin's pages and client components get Payload's client translations of the request's
    // language; for a custom language such as Tajik Payload keeps only its own keys there, so
    // ours must come through `i18n.translations` (payload.config.ts).
    const config = await configPromise
    const texts = await newsroomTexts()
    for (const language of languages) {
      // Payload's type lists only the languages it ships; Tajik is ours.
      const t = newsroomT(await initI18n({ config: config.i18n, context: 'client', language: language as AcceptedLanguages }))
      expect(t('newsroom:shareEmbed:title'), language).toBe(texts[language].get('shareEmbed.title'))
      expect(t('newsroom:validation:slugTaken', { slug: 'water', locale: 'ru' }), language).toBe(
        texts[language].get('validation.slugTaken')?.replace('{{slug}}', 'water').replace('{{locale}}', 'ru'),
      )
    }
  })
})
