// @ts-check
// What the server refuses before Next sees a request, because Next or Payload would otherwise
// answer it with a 500 or read it without a bound:
//  - a path with a malformed percent-escape (`/en/%zz`, a cut `%D2`): Next's router throws a
//    URIError on it, for pages, the API, the admin, feeds and embeds alike; it is a 400 here;
//  - a request body larger than MAX_BODY_BYTES, or of unknown length (chunked), unless it is a
//    multipart upload: Payload reads JSON bodies whole into memory with no ceiling of its own.
//    Uploads (multipart/form-data) are bounded by Payload's own limits (payload.config.ts
//    `upload.limits.fileSize`, busboy's 1 MB per field).

/** The largest non-upload request body: a long article in one language is far below it. */
export const MAX_BODY_BYTES = 2 * 1024 * 1024

/** @typedef {{ status: number, message: string }} Refusal */

/**
 * Why `req` is refused, or null to let it through.
 * @param {{ method?: string, url?: string, headers: import('node:http').IncomingHttpHeaders }} req
 * @returns {Refusal | null}
 */
export function refusal(req) {
  const path = (req.url ?? '/').split('?')[0]
  try {
    decodeURIComponent(path)
  } catch {
    return { status: 400, message: 'The address contains a malformed percent-escape (a "%" not followed by two hexadecimal digits of valid UTF-8).' }
  }
  const type = String(req.headers['content-type'] ?? '')
  if (/^multipart\/form-data\b/i.test(type)) return null
  const length = req.headers['content-length']
  if (length !== undefined) {
    if (Number(length) > MAX_BODY_BYTES) return { status: 413, message: `The request body is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB.` }
    return null
  }
  if (req.headers['transfer-encoding'] !== undefined) {
    return { status: 411, message: 'A request body needs a Content-Length (chunked bodies are accepted for file uploads only).' }
  }
  return null
}

/**
 * Sends `refused` as the whole answer: JSON in Payload's error shape under /api, text elsewhere.
 * The body of a refused request is not read; the connection closes after the answer.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {Refusal} refused
 */
export function sendRefusal(req, res, refused) {
  const api = (req.url ?? '').startsWith('/api/')
  const body = api ? JSON.stringify({ errors: [{ message: refused.message }] }) : `${refused.message}\n`
  res.writeHead(refused.status, {
    'Content-Type': api ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'close',
  })
  res.end(body)
}
