// @ts-check
// Compression for every response this server sends (next.config.mjs turns Next's own off, so each
// body is compressed once and after script removal). A response with an ETag is compressed once per
// encoding and kept in a bounded LRU; one without (a dynamic page, an API answer) is compressed
// as it streams.
import { promisify } from 'node:util'
import zlib from 'node:zlib'

import { LRUCache } from 'lru-cache'

/** @typedef {'br' | 'gzip'} Encoding */

const brotli = promisify(zlib.brotliCompress)
const gzip = promisify(zlib.gzip)

/**
 * Final bodies (scripts removed, compressed) kept in memory, keyed by encoding, path and ETag.
 * Bound: 64 MB (a compressed article is about 3 KB, a stripped one about 12 KB), least recently
 * used out first.
 */
const finalBodies = new LRUCache({ maxSize: 64 * 1024 * 1024, sizeCalculation: (/** @type {Buffer} */ body) => body.length || 1 })

/** @type {Map<string, Promise<Buffer>>} compressions under way, so a burst of misses compresses once */
const inFlight = new Map()

/** Bodies smaller than this gain nothing worth the bytes of a Content-Encoding header. */
export const MIN_COMPRESSIBLE_BYTES = 1024

/** Text types worth compressing (HTML, CSS, JS, JSON, XML feeds, SVG, RSC payloads). */
export function isCompressible(/** @type {string} */ contentType) {
  const type = contentType.split(';')[0].trim().toLowerCase()
  return (
    type.startsWith('text/') ||
    /^application\/(?:(?:[\w.-]+\+)?json|(?:[\w.-]+\+)?xml|javascript|ecmascript|x-javascript|manifest\+json)$/.test(type) ||
    type === 'image/svg+xml'
  ) && type !== 'text/event-stream'
}

/**
 * The encoding to answer with for an Accept-Encoding header: br, else gzip, else none; an
 * encoding refused with q=0 is never chosen.
 * @param {string | undefined} acceptEncoding
 * @returns {Encoding | null}
 */
export function negotiate(acceptEncoding) {
  if (!acceptEncoding) return null
  /** @type {Map<string, number>} */
  const accepted = new Map()
  for (const part of acceptEncoding.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';')
    const q = params.map((param) => /^\s*q=([\d.]+)\s*$/.exec(param)).find(Boolean)
    accepted.set(name.trim(), q ? Number(q[1]) : 1)
  }
  const quality = (/** @type {Encoding} */ name) => accepted.get(name) ?? (accepted.get('*') ?? 0)
  if (quality('br') > 0 && quality('br') >= quality('gzip')) return 'br'
  if (quality('gzip') > 0) return 'gzip'
  return null
}

/**
 * Compresses a whole body: at the highest ratio when the result is kept (once per page version
 * and encoding) and the body is at most 128 KB (a page); faster for larger ones (the admin's
 * scripts) and for bodies compressed on every request (no ETag).
 * @param {Buffer} body
 * @param {Encoding} encoding
 * @param {boolean} kept
 */
function compressWhole(body, encoding, kept) {
  const small = kept && body.length <= 128 * 1024
  if (encoding === 'br') {
    return brotli(body, {
      params: {
        [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
        [zlib.constants.BROTLI_PARAM_QUALITY]: small ? zlib.constants.BROTLI_MAX_QUALITY : 5,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    })
  }
  return gzip(body, { level: small ? zlib.constants.Z_BEST_COMPRESSION : 6 })
}

/**
 * The final body for `key` (encoding, path and ETag: the exact bytes Next sent) from the LRU, made
 * once on a miss: `transform()` (script removal), then compression unless `encoding` is null.
 * Without a key the body is made and not kept.
 * @param {string | null} key
 * @param {() => Buffer} transform
 * @param {Encoding | null} encoding
 * @returns {Promise<Buffer>}
 */
export async function compressOnce(key, transform, encoding) {
  const make = async () => (encoding ? compressWhole(transform(), encoding, key !== null) : transform())
  if (key === null) return make()
  const hit = finalBodies.get(key)
  if (hit) return hit
  let pending = inFlight.get(key)
  if (!pending) {
    pending = make()
      .then((result) => {
        finalBodies.set(key, result)
        return result
      })
      .finally(() => inFlight.delete(key))
    inFlight.set(key, pending)
  }
  return pending
}

/**
 * A streaming compressor for a body whose length is unknown (flushed on each `flush()` so a
 * streamed page still arrives progressively).
 * @param {Encoding} encoding
 */
export function compressStream(encoding) {
  if (encoding === 'br') {
    return zlib.createBrotliCompress({
      params: {
        [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
        [zlib.constants.BROTLI_PARAM_QUALITY]: 5,
      },
    })
  }
  return zlib.createGzip({ level: 6 })
}
