import { localeInfo, type Locale } from '@/i18n/locales'

/*
 * Language-aware text: folding for search (a Russian keyboard has no ғ ӣ қ ӯ ҳ ҷ, and many
 * writers type е for ё) and sorting by each language's alphabet.
 */

/** Tajik letters a Russian keyboard lacks, and ё, mapped to what people type instead. */
const searchFolds: Record<string, string> = { ғ: 'г', ӣ: 'и', қ: 'к', ӯ: 'у', ҳ: 'х', ҷ: 'ч', ё: 'е' }

/**
 * Lower-cases and folds text for matching: "Қӯрғонтеппа" and "кургантеппа" fold alike. One
 * character in, one character out, so positions in the folded text are positions in the original.
 */
export function foldForSearch(text: string): string {
  let folded = ''
  for (const char of text) {
    const lower = char.toLowerCase()
    const single = lower.length === char.length ? lower : char
    folded += searchFolds[single] ?? single
  }
  return folded
}

/**
 * Compares text by an alphabet of its own (each letter with a macron or descender is a letter of
 * its own), the platform collator deciding between letters the alphabet does not list.
 */
export function alphabetComparator(alphabet: string, lang: string): (a: string, b: string) => number {
  const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true })
  const rank = new Map([...alphabet].map((letter, index) => [letter, index]))
  return (a, b) => {
    const left = [...a.toLowerCase()]
    const right = [...b.toLowerCase()]
    for (let index = 0; index < Math.min(left.length, right.length); index += 1) {
      const x = left[index]
      const y = right[index]
      if (x === y) continue
      const rankX = rank.get(x)
      const rankY = rank.get(y)
      if (rankX !== undefined && rankY !== undefined) return rankX - rankY
      const byCollator = collator.compare(left.slice(index).join(''), right.slice(index).join(''))
      if (byCollator !== 0) return byCollator
      break
    }
    return left.length - right.length || collator.compare(a, b)
  }
}

/**
 * Compares Tajik text by the Tajik alphabet. ICU has no Tajik tailoring: its root order treats ӣ
 * and ӯ as и and у with an accent, so "Ӯротеппа" would sort among the У words.
 */
export const compareTajik = alphabetComparator(localeInfo.tg.alphabet ?? '', 'tg')

/** A comparator that sorts names in `locale`'s alphabetical order (its own alphabet where ICU has none). */
export function compareIn(locale: Locale): (a: string, b: string) => number {
  const { alphabet, htmlLang } = localeInfo[locale]
  if (alphabet) return alphabetComparator(alphabet, htmlLang)
  const collator = new Intl.Collator(htmlLang, { numeric: true })
  return (a, b) => collator.compare(a, b)
}
