// Makes the site's web-font files: Noto Sans (variable weight 400–700) cut down to what our three
// languages use, in three unicode-range slices so a page downloads only the slices it shows.
// Run once after changing the ranges: `node scripts/subset-fonts.mjs`; the outputs are committed.
// Bump the -v1 suffix (here, in globals.css and in src/i18n/locales.ts) when they change: they are cached for a year.
import { readFile, writeFile } from 'node:fs/promises'
import subsetFont from 'subset-font'

const source = 'node_modules/@fontsource-variable/noto-sans/files'
const out = 'public/fonts'

const range = (from, to) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i)).join('')

const slices = {
  // Basic Latin, Latin-1 and the punctuation our texts use (dashes, quotes, ellipsis, №, €).
  latin: { file: 'noto-sans-latin-wght-normal.woff2', text: range(0x20, 0x7e) + range(0xa0, 0xff) + '–—‘’‚“”„…•›‹€№₽' },
  // Russian and Tajik share the basic Cyrillic block.
  cyrillic: { file: 'noto-sans-cyrillic-wght-normal.woff2', text: range(0x400, 0x45f) },
  // Tajik's six extra letters, both cases: Ғғ Ққ Ҳҳ Ҷҷ Ӣӣ Ӯӯ.
  tajik: { file: 'noto-sans-cyrillic-ext-wght-normal.woff2', text: 'ҒғҚқҲҳҶҷӢӣӮӯ' },
}

for (const [name, { file, text }] of Object.entries(slices)) {
  const input = await readFile(`${source}/${file}`)
  const output = await subsetFont(input, text, { targetFormat: 'woff2', variationAxes: { wght: { min: 400, max: 700 } } })
  await writeFile(`${out}/noto-sans-${name}-v1.woff2`, output)
  console.log(`${name}: ${input.length} -> ${output.length} bytes`)
}
