import { describe, expect, it } from 'vitest'

import { slugify, SLUG_MAX_LENGTH, SLUG_PATTERN } from '@/lib/slugify'

describe('slugify', () => {
  it.each([
    ['Фарғона', 'farghona'],
    ['Хуҷанд', 'khujand'],
    ['Қӯрғонтеппа', 'qurghonteppa'],
    ['Ҳисор', 'hisor'],
    ['Ҷумҳурии Тоҷикистон', 'jumhurii-tojikiston'],
    ['Бобоҷон Ғафуров', 'bobojon-ghafurov'],
    ['ӢӮ ҒАФУРОВ', 'iu-ghafurov'],
  ])('transliterates the Tajik letters ғ ӣ қ ӯ ҳ ҷ: %s -> %s', (input, expected) => {
    expect(slugify(input)).toBe(expected)
  })

  it.each([
    ['Ферганская долина', 'ferganskaya-dolina'],
    ['Тренинг по журналистике в Гулистоне', 'trening-po-zhurnalistike-v-gulistone'],
    ['Съезд, ёлка и объём', 'syezd-yolka-i-obyom'],
  ])('transliterates Russian: %s -> %s', (input, expected) => {
    expect(slugify(input)).toBe(expected)
  })

  it('keeps English readable and drops punctuation', () => {
    expect(slugify("UPSHIFT: Youth Innovation Lab's first 4-day training!")).toBe('upshift-youth-innovation-labs-first-4-day-training')
  })

  it('cuts long titles at a word boundary', () => {
    const slug = slugify('Ассотсиатсияи зиёиёни илмӣ-техникӣ '.repeat(6))
    expect(slug.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH)
    expect(slug).toMatch(SLUG_PATTERN)
    expect(slug.endsWith('-')).toBe(false)
  })

  it('returns an empty string when nothing is left to transliterate', () => {
    expect(slugify('!!! ???')).toBe('')
  })
})
