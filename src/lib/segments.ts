/**
 * A path segment decoded once. Next hands some params over already decoded, so a segment whose
 * `%` is no longer an escape (`/news/%25E0` arrives as `%E0`), or a malformed escape, is kept as
 * it is: it then matches no slug and the page is a 404, not a URIError and a 500.
 */
export function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}
