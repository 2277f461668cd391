import { createHash } from 'node:crypto'

/*
 * HTTP for everything partners fetch (feeds, widgets, oEmbed, the public JSON API): validators
 * (ETag, Last-Modified), 304 answers to conditional requests, shared-cache headers, and errors
 * as short messages with a 4xx status.
 */

/** Shared caches may keep an answer five minutes, then serve it stale for a day while refetching. */
export const PUBLIC_CACHE = 'public, max-age=300, s-maxage=300, stale-while-revalidate=86400'

/** A strong ETag of a body: its SHA-1, base64url. */
export function etagOf(body: string): string {
  return `"${createHash('sha1').update(body).digest('base64url')}"`
}

/** True when the request's validators show the client already has this version. */
export function isNotModified(request: Request, etag: string, lastModified: Date | null): boolean {
  const ifNoneMatch = request.headers.get('if-none-match')
  if (ifNoneMatch) {
    // If-None-Match wins over If-Modified-Since (RFC 9110, 13.2.2); a weak match is enough for GET.
    return ifNoneMatch
      .split(',')
      .map((tag) => tag.trim().replace(/^W\//, ''))
      .some((tag) => tag === etag || tag === '*')
  }
  const ifModifiedSince = request.headers.get('if-modified-since')
  if (ifModifiedSince && lastModified) {
    const since = Date.parse(ifModifiedSince)
    // HTTP dates have whole seconds.
    return !Number.isNaN(since) && Math.floor(lastModified.getTime() / 1000) <= Math.floor(since / 1000)
  }
  return false
}

/** Options of a cacheable answer. */
export interface CacheableOptions {
  contentType: string
  /** The body's ETag when it is known already (etagOf), saving a hash of the body. */
  etag?: string
  lastModified?: Date | null
  headers?: Record<string, string>
  cacheControl?: string
}

/** A 200 with validators and cache headers, or a 304 when the client's copy is current. */
export function cacheable(request: Request, body: string, options: CacheableOptions): Response {
  const etag = options.etag ?? etagOf(body)
  const lastModified = options.lastModified ?? null
  const headers = new Headers(options.headers)
  headers.set('ETag', etag)
  headers.set('Cache-Control', options.cacheControl ?? PUBLIC_CACHE)
  if (lastModified) headers.set('Last-Modified', lastModified.toUTCString())
  if (isNotModified(request, etag, lastModified)) return new Response(null, { status: 304, headers })
  headers.set('Content-Type', options.contentType)
  return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers })
}

/** The newest of some ISO dates, or null. */
export function newest(dates: (string | null | undefined)[]): Date | null {
  const times = dates.filter((date): date is string => Boolean(date)).map((date) => Date.parse(date))
  const valid = times.filter((time) => !Number.isNaN(time))
  return valid.length > 0 ? new Date(Math.max(...valid)) : null
}

/** A short plain-text error (feeds, widgets); never cached for long. */
export function textError(status: number, message: string, headers: Record<string, string> = {}): Response {
  return new Response(`${message}\n`, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'public, max-age=60', ...headers },
  })
}

/** A JSON error `{ "error": message }` (oEmbed, public API). */
export function jsonError(status: number, message: string, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify({ error: message, status }), {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'public, max-age=60', ...headers },
  })
}

/** Parses an optional whole-number query parameter within bounds; a string explains a bad value. */
export function intParam(value: string | null, name: string, min: number, max: number, fallback: number): number | string {
  if (value === null || value === '') return fallback
  if (!/^\d{1,6}$/.test(value)) return `"${name}" must be a whole number from ${min} to ${max}.`
  const number = Number(value)
  if (number < min || number > max) return `"${name}" must be a whole number from ${min} to ${max}.`
  return number
}
