/** A stand-in origin: a path resolved against it must stay on it to be a path of this site. */
const HERE = 'https://same-site.invalid'

/**
 * `value` when it is a path of this site, else null. Refused: other origins, protocol-relative
 * `//host`, and anything a browser could read as such once it drops tabs and newlines and turns
 * `\` into `/` (`/\evil.example`, `/<tab>/evil.example`), control characters included.
 * With `siteUrl`, a full address on the site's own origin becomes its path.
 */
export function sameSitePath(value: string, siteUrl?: string): string | null {
  let path = value.trim()
  if (siteUrl && /^https?:\/\//i.test(path)) {
    try {
      const url = new URL(path)
      if (url.origin !== new URL(siteUrl).origin) return null
      path = `${url.pathname}${url.search}${url.hash}`
    } catch {
      return null
    }
  }
  if (!path.startsWith('/') || /[\\\u0000-\u001f\u007f]/.test(path) || path.startsWith('//')) return null
  try {
    return new URL(path, HERE).origin === HERE ? path : null
  } catch {
    return null
  }
}
