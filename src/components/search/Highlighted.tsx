import { highlight } from '@/lib/search'

/** Text with the words that matched a search marked (`<mark>`), Tajik letters folded as in search. */
export function Highlighted({ text, matched }: { text: string; matched: string[] }) {
  return (
    <>
      {highlight(text, matched).map((segment, index) => (segment.match ? <mark key={index}>{segment.text}</mark> : segment.text))}
    </>
  )
}
