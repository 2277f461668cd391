/** Minimal Lexical JSON for seed text: paragraphs, '## ' headings and '- ' bullet items. */

const base = { format: '', indent: 0, version: 1, direction: 'ltr' as const }

function text(value: string) {
  return { type: 'text', text: value, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }
}

type Node = Record<string, unknown>

/** Converts seed paragraphs to a Lexical editor state that Payload's richText field accepts. */
export function paragraphsToLexical(paragraphs: string[]) {
  const children: Node[] = []
  let list: Node[] | null = null
  for (const paragraph of paragraphs) {
    if (paragraph.startsWith('- ')) {
      if (!list) {
        list = []
        children.push({ ...base, type: 'list', listType: 'bullet', tag: 'ul', start: 1, children: list })
      }
      list.push({ ...base, type: 'listitem', value: list.length + 1, children: [text(paragraph.slice(2))] })
      continue
    }
    list = null
    if (paragraph.startsWith('## ')) {
      children.push({ ...base, type: 'heading', tag: 'h2', children: [text(paragraph.slice(3))] })
    } else {
      children.push({ ...base, type: 'paragraph', textFormat: 0, textStyle: '', children: [text(paragraph)] })
    }
  }
  return { root: { ...base, type: 'root', children } }
}
