// Real-looking text for the scale benchmark: a word-pair (Markov) chain learned from the seeded
// news of one language, so generated English, Russian and Tajik read like the site's own words
// (Tajik with ғ ӣ қ ӯ ҳ ҷ) and search finds them. Seeded (reproducible) and fast: about 540 words
// per body, a few hundred thousand bodies per run.

/** A small, fast, seeded random generator (mulberry32); returns numbers in [0, 1). */
export function randomOf(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** The plain text of a Lexical document (every text node, paragraph by paragraph). */
export function lexicalText(node) {
  if (!node || typeof node !== 'object') return ''
  if (node.type === 'text') return node.text ?? ''
  const children = node.root ? [node.root] : (node.children ?? [])
  return children.map(lexicalText).join(node.type === 'root' ? '\n' : ' ')
}

const sentenceEnd = /[.!?…]["»”)]?$/

/**
 * Learns a word chain from `texts` (one language). Returns `sentence(words)` and `paragraphs(total)`;
 * `words` lists the vocabulary by frequency (for search queries that find something).
 */
export function textModel(texts, random) {
  const next = new Map()
  const starts = []
  const counts = new Map()
  for (const text of texts) {
    const tokens = text.split(/\s+/).filter(Boolean)
    for (let i = 0; i < tokens.length; i++) {
      const word = tokens[i]
      if (i === 0 || sentenceEnd.test(tokens[i - 1])) if (/^[\p{Lu}]/u.test(word)) starts.push(word)
      const bare = word.toLowerCase().replace(/[^\p{L}-]/gu, '')
      if (bare.length > 3) counts.set(bare, (counts.get(bare) ?? 0) + 1)
      if (i + 1 < tokens.length) {
        if (!next.has(word)) next.set(word, [])
        next.get(word).push(tokens[i + 1])
      }
    }
  }
  if (starts.length === 0) throw new Error('No text to learn from: the database holds no seeded news in this language.')
  const pick = (list) => list[Math.floor(random() * list.length)]

  /** One sentence of at most `max` words, from a sentence start to a full stop. */
  function sentence(max = 40) {
    const out = [pick(starts)]
    while (out.length < max) {
      const last = out[out.length - 1]
      if (sentenceEnd.test(last) && out.length > 4) break
      const followers = next.get(last)
      out.push(followers ? pick(followers) : pick(starts))
    }
    let text = out.join(' ')
    if (!sentenceEnd.test(text)) text = `${text.replace(/[,;:–—-]+$/, '')}.`
    return { text, words: out.length }
  }

  /** Paragraphs of about `total` words (3 to 6 sentences each). */
  function paragraphs(total) {
    const result = []
    let written = 0
    while (written < total) {
      const parts = []
      const sentences = 3 + Math.floor(random() * 4)
      for (let i = 0; i < sentences && written < total; i++) {
        const { text, words } = sentence()
        parts.push(text)
        written += words
      }
      result.push(parts.join(' '))
    }
    return result
  }

  /** A headline: the first 5 to 11 words of a sentence, without its closing punctuation. */
  function title() {
    const words = sentence(11).text.split(' ').slice(0, 5 + Math.floor(random() * 7))
    // Not ending on a short word ("… successes in"), nor on punctuation.
    while (words.length > 3 && words[words.length - 1].replace(/[\p{P}]/gu, '').length < 4) words.pop()
    return words.join(' ').replace(/[\p{P}]+$/u, '')
  }

  const words = [...counts].sort((a, b) => b[1] - a[1]).map(([word]) => word)
  return { sentence, paragraphs, title, words }
}

/** Paragraphs as a Lexical document, the shape Payload's rich-text field stores. */
export function lexicalOf(paragraphs) {
  return {
    root: {
      type: 'root',
      format: '',
      indent: 0,
      version: 1,
      direction: 'ltr',
      children: paragraphs.map((text) => ({
        type: 'paragraph',
        format: '',
        indent: 0,
        version: 1,
        direction: 'ltr',
        textFormat: 0,
        textStyle: '',
        children: [{ type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }],
      })),
    },
  }
}
