import slugifyLib from '@sindresorhus/slugify'

/**
 * Tajik's six extra Cyrillic letters. `@sindresorhus/slugify` knows Russian but turns them into
 * nothing or a hyphen ("Фарғона" -> "far-ona"); these replacements follow the common Latin
 * spelling of Tajik names (Ғафуров -> Ghafurov, Қӯрғонтеппа -> Qurghonteppa, Ҷумҳурӣ -> Jumhuri).
 */
const tajikReplacements: [string, string][] = [
  ['ғ', 'gh'],
  ['Ғ', 'Gh'],
  ['ӣ', 'i'],
  ['Ӣ', 'I'],
  ['қ', 'q'],
  ['Қ', 'Q'],
  ['ӯ', 'u'],
  ['Ӯ', 'U'],
  ['ҳ', 'h'],
  ['Ҳ', 'H'],
  ['ҷ', 'j'],
  ['Ҷ', 'J'],
]

/** Longest slug we generate; editors may still type a longer one by hand. */
export const SLUG_MAX_LENGTH = 80

/** Turns a title in English, Russian or Tajik into a lowercase ASCII URL slug. */
export function slugify(text: string): string {
  const slug = slugifyLib(text, {
    customReplacements: tajikReplacements,
    decamelize: false,
  })
  if (slug.length <= SLUG_MAX_LENGTH) return slug
  // Cut at a word boundary so a slug never ends in half a word.
  const cut = slug.slice(0, SLUG_MAX_LENGTH + 1)
  const lastHyphen = cut.lastIndexOf('-')
  return (lastHyphen > 20 ? cut.slice(0, lastHyphen) : slug.slice(0, SLUG_MAX_LENGTH)).replace(/-+$/, '')
}

/** What a hand-typed slug must look like: lowercase ASCII words joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
