import type { ReactNode } from 'react'

/** A section heading with an optional "see all" link on the right. */
export function SectionHeader({ id, title, more }: { id: string; title: ReactNode; more?: { href: string; label: string } }) {
  return (
    <div className="section-header">
      <h2 id={id}>{title}</h2>
      {more ? (
        <a className="more-link" href={more.href}>
          {more.label} <span aria-hidden="true">→</span>
        </a>
      ) : null}
    </div>
  )
}
