/** Newer/older links with "page N of M"; plain links, no client code. */
export function Pagination({
  page,
  totalPages,
  hrefFor,
  labels,
}: {
  page: number
  totalPages: number
  hrefFor: (page: number) => string
  labels: { nav: string; previous: string; next: string; pageOf: string }
}) {
  if (totalPages <= 1) return null
  return (
    <nav className="pagination" aria-label={labels.nav}>
      {page > 1 ? (
        <a href={hrefFor(page - 1)} rel="prev">
          <span aria-hidden="true">←</span> {labels.previous}
        </a>
      ) : (
        <span />
      )}
      <span className="page-of" aria-current="page">
        {labels.pageOf}
      </span>
      {page < totalPages ? (
        <a href={hrefFor(page + 1)} rel="next">
          {labels.next} <span aria-hidden="true">→</span>
        </a>
      ) : (
        <span />
      )}
    </nav>
  )
}
