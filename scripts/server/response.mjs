// @ts-check
// The HTTP response class of the Newsroom server, given to Node through the documented
// `http.createServer({ ServerResponse })` option. Next writes into it as into any response; it
//  - removes Next's scripts from HTML pages whose <head> asks for it (pageHead.mjs),
//  - compresses text bodies itself (br or gzip): once per ETag, kept in a bounded LRU, or as they
//    stream when there is no ETag (compression.mjs),
//  - sends the real Content-Length after both, and the same headers to HEAD as to GET,
//  - tells shared caches (CDN, proxy) to keep a page briefly instead of a year, and names what it
//    shows in Surrogate-Key / Cache-Tag (cacheControl.mjs),
//  - answers 503 with Retry-After, not a late 500, while the database is down (outage.mjs),
//  - keeps pages Next answered from its cache for a second and sends them again itself
//    (keptPages.mjs).
// Everything it does not change (admin, API, embeds, feeds, assets) goes through as Next wrote it.
import http from 'node:http'
import zlib from 'node:zlib'

import { setSharedCacheHeaders } from './cacheControl.mjs'
import { compressOnce, compressStream, isCompressible, MIN_COMPRESSIBLE_BYTES, negotiate } from './compression.mjs'
import { databaseDown, onlyFromDatabase, outageAnswer, watchDeadline } from './outage.mjs'
import { generation, keepPage, keyOf, keptPage, notModified } from './keptPages.mjs'
import { headEnd, readHead, withLang } from './pageHead.mjs'
import { refusal, sendRefusal } from './requestGuard.mjs'
import { ScriptStripper, stripScripts, withoutScriptPreloads } from './stripScripts.mjs'

/** @typedef {import('./compression.mjs').Encoding} Encoding */
/** @typedef {import('./pageHead.mjs').PageHead} PageHead */

/**
 * A body with a Content-Length up to this size is transformed whole (and its compressed form
 * kept by ETag); a larger one, or one of unknown length, is transformed as it streams.
 */
const WHOLE_BODY_LIMIT = 8 * 1024 * 1024

/** How much of a streamed HTML page is held to find its `</head>`; past it the page is sent as is. */
const HEAD_LIMIT = 512 * 1024

/**
 * @param {unknown} chunk
 * @param {unknown} encoding
 */
function toBuffer(chunk, encoding) {
  if (Buffer.isBuffer(chunk)) return chunk
  if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)
  if (typeof chunk === 'string') return Buffer.from(chunk, /** @type {BufferEncoding} */ (typeof encoding === 'string' ? encoding : 'utf8'))
  return Buffer.alloc(0)
}

/**
 * The ServerResponse subclass for `http.createServer`; `compress: false` (the dev server) leaves
 * compression out; `sharedCacheSeconds` is how long shared caches may keep a page (cacheControl.mjs).
 * @param {{ compress: boolean, sharedCacheSeconds?: number }} options
 */
export function responseClass({ compress, sharedCacheSeconds = 60 }) {
  return class NewsroomResponse extends http.ServerResponse {
    /**
     * undecided: nothing written yet. pass: Next's bytes go straight out. whole: the body is
     * collected to its Content-Length, then sent once. sniff: an HTML page of unknown length is
     * held up to `</head>`. stream: each chunk is transformed and sent as it comes. outage: the
     * outage answer went out instead (outage.mjs); whatever Next still does is dropped.
     * @type {'undecided' | 'pass' | 'whole' | 'sniff' | 'stream' | 'outage'}
     */
    #mode = 'undecided'
    /** @type {Buffer[]} */
    #held = []
    #heldBytes = 0
    #isHtml = false
    /** @type {Encoding | null} */
    #encoding = null
    /** @type {ScriptStripper | null} */
    #stripper = null
    /** @type {zlib.BrotliCompress | zlib.Gzip | null} */
    #zip = null
    /** Next has called end() on a body this response transforms (a late write is ignored). */
    #ended = false
    /** Where the answer is kept once sent (keptPages.mjs), and the pages' generation when asked. */
    #keepKey = /** @type {string | null} */ (null)
    #generation = 0

    /**
     * Keep the answer under `key` once it is sent, if any reader may be sent it (keptPages.mjs).
     * @param {string} key
     */
    keepAs(key) {
      this.#keepKey = key
      this.#generation = generation()
    }

    /**
     * Sends a kept page as it was sent before, or 304 when the reader holds its ETag.
     * @param {import('./keptPages.mjs').KeptPage} page
     */
    sendKept(page) {
      this.#mode = 'pass'
      if (notModified(this.req, page)) {
        const { 'content-length': _length, 'content-encoding': _encoding, 'content-type': _type, ...headers } = page.headers
        super.writeHead(304, headers)
        return void super.end()
      }
      super.writeHead(page.status, page.headers)
      super.end(page.body)
    }

    /**
     * @param {number} statusCode
     * @param {string | http.OutgoingHttpHeaders | http.OutgoingHttpHeader[]} [reason]
     * @param {http.OutgoingHttpHeaders | http.OutgoingHttpHeader[]} [headers]
     */
    writeHead(statusCode, reason, headers) {
      if (this.#mode === 'outage') return this
      if (this.#mode !== 'undecided' || this.headersSent) {
        // Node's own implicit header (the first body bytes going out) comes through here too.
        return super.writeHead(statusCode, /** @type {string} */ (reason), headers)
      }
      const fields = typeof reason === 'string' ? headers : reason
      if (typeof reason === 'string') this.statusMessage = reason
      this.statusCode = statusCode
      if (Array.isArray(fields)) {
        for (let i = 0; i + 1 < fields.length; i += 2) this.setHeader(String(fields[i]), /** @type {string} */ (fields[i + 1]))
      } else if (fields) {
        for (const [name, value] of Object.entries(fields)) if (value !== undefined) this.setHeader(name, value)
      }
      if (this.#decide() === 'pass') return super.writeHead(this.statusCode)
      return this
    }

    /**
     * Sends the outage answer (outage.mjs) if nothing has been answered yet; from then on, what Next
     * writes is dropped. True if it was sent.
     */
    answerOutage() {
      if (this.#mode !== 'undecided' || this.headersSent) return false
      this.#mode = 'outage'
      const answer = outageAnswer(this.req)
      for (const name of this.getHeaderNames()) super.removeHeader(name)
      this.statusCode = answer.status
      this.statusMessage = 'Service Unavailable'
      for (const [name, value] of Object.entries(answer.headers)) super.setHeader(name, value)
      super.setHeader('Content-Length', Buffer.byteLength(answer.body))
      // Node's own writeHead: this class's drops every header written from now on.
      super.writeHead(answer.status)
      super.end(answer.body)
      return true
    }

    // Next may go on setting headers of the answer it was too late with: nothing to do then.
    /**
     * @param {string} name
     * @param {number | string | readonly string[]} value
     * @returns {this}
     */
    setHeader(name, value) {
      if (this.#mode !== 'outage') super.setHeader(name, value)
      return this
    }

    /**
     * @param {string} name
     * @param {string | readonly string[]} value
     * @returns {this}
     */
    appendHeader(name, value) {
      if (this.#mode !== 'outage') super.appendHeader(name, value)
      return this
    }

    /** @param {string} name */
    removeHeader(name) {
      if (this.#mode !== 'outage') super.removeHeader(name)
    }

    flushHeaders() {
      const mode = this.#mode === 'undecided' ? this.#decide() : this.#mode
      // A body still to be transformed sends its headers with its first bytes.
      if (mode === 'pass') super.flushHeaders()
    }

    /** Next calls this after each streamed chunk (the `compression` middleware's convention). */
    flush() {
      const zip = this.#zip
      if (!zip) return
      if (this.#encoding === 'gzip') zip.flush(zlib.constants.Z_SYNC_FLUSH)
      else zip.flush()
    }

    /**
     * @param {unknown} chunk
     * @param {unknown} [encoding]
     * @param {unknown} [callback]
     * @returns {boolean}
     */
    write(chunk, encoding, callback) {
      const mode = this.#mode === 'undecided' ? this.#decide() : this.#mode
      if (mode === 'outage') {
        const done = typeof encoding === 'function' ? encoding : callback
        if (typeof done === 'function') process.nextTick(done)
        return true
      }
      if (mode === 'pass') return super.write(/** @type {string} */ (chunk), /** @type {BufferEncoding} */ (encoding), /** @type {() => void} */ (callback))
      if (!this.#ended) this.#take(toBuffer(chunk, encoding))
      const done = typeof encoding === 'function' ? encoding : callback
      if (typeof done === 'function') process.nextTick(done)
      // False only when the socket is full: then Node emits 'drain' on this response.
      return !this.writableNeedDrain
    }

    /**
     * @param {unknown} [chunk]
     * @param {unknown} [encoding]
     * @param {unknown} [callback]
     */
    end(chunk, encoding, callback) {
      const done = [chunk, encoding, callback].find((argument) => typeof argument === 'function')
      const data = typeof chunk === 'function' ? null : chunk
      const mode = this.#mode === 'undecided' ? this.#decide(data ? toBuffer(data, encoding).length : 0) : this.#mode
      if (mode === 'outage') {
        if (typeof done === 'function') process.nextTick(done)
        return this
      }
      if (mode === 'pass') return super.end(data ?? undefined, /** @type {BufferEncoding} */ (typeof encoding === 'string' ? encoding : 'utf8'), /** @type {() => void} */ (done))
      if (this.#ended) return this
      this.#ended = true
      if (data) this.#take(toBuffer(data, encoding))
      this.#finish(/** @type {(() => void) | undefined} */ (done))
      return this
    }

    /**
     * Chooses what happens to the body, once the status and headers are known.
     * @param {number} [endingBytes] the whole body, when Next sends it in one `end()`
     * @returns {'pass' | 'whole' | 'sniff' | 'stream' | 'outage'} the mode chosen
     */
    #decide(endingBytes) {
      // Next's error (a query that failed, or one that timed out) while the database is down.
      if (this.statusCode >= 500 && databaseDown() && this.answerOutage()) return 'outage'
      setSharedCacheHeaders(this, sharedCacheSeconds)
      this.#mode = this.#choose(endingBytes)
      if (this.#mode === 'stream') this.#startStream(null)
      return this.#mode
    }

    /**
     * @param {number} [endingBytes]
     * @returns {'pass' | 'whole' | 'sniff' | 'stream'}
     */
    #choose(endingBytes) {
      const status = this.statusCode
      if (status === 304 || status === 204 || status < 200) return 'pass'
      const type = String(this.getHeader('content-type') ?? '')
      this.#isHtml = /^\s*text\/html\b/i.test(type)
      const compressible =
        compress &&
        isCompressible(type) &&
        status !== 206 &&
        !this.hasHeader('content-encoding') &&
        !this.hasHeader('content-range') &&
        !/\bno-transform\b/i.test(String(this.getHeader('cache-control') ?? ''))
      if (compressible) {
        const vary = String(this.getHeader('vary') ?? '')
        if (!/(?:^|,)\s*(?:accept-encoding|\*)\s*(?:,|$)/i.test(vary)) this.setHeader('Vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding')
        // The ETag stays as Next or the route set it (feeds promise theirs to partners), the same
        // for every encoding, as Next's own compression left it.
        this.#encoding = negotiate(/** @type {string | undefined} */ (this.req.headers['accept-encoding']))
      }
      const declared = this.getHeader('content-length')
      const length = declared === undefined ? endingBytes : Number(declared)
      if (this.hasHeader('content-encoding')) return 'pass'
      if (!this.#isHtml && (!this.#encoding || (length !== undefined && length < MIN_COMPRESSIBLE_BYTES))) return 'pass'
      if (length !== undefined && length <= WHOLE_BODY_LIMIT) return 'whole'
      return this.#isHtml ? 'sniff' : 'stream'
    }

    /** @param {Buffer} buffer */
    #take(buffer) {
      if (buffer.length === 0) return
      if (this.#mode === 'stream') return this.#send(buffer)
      if (this.#mode === 'pass') return void super.write(buffer)
      this.#held.push(buffer)
      this.#heldBytes += buffer.length
      if (this.#mode !== 'sniff') return
      // Look for `</head>` in what just arrived (and the few bytes before it, for a split tag).
      const all = this.#held.length > 1 ? Buffer.concat(this.#held) : buffer
      this.#held = [all]
      const end = headEnd(all, this.#heldBytes - buffer.length - 7)
      if (end !== -1 || this.#heldBytes > HEAD_LIMIT) this.#leaveSniff(end)
    }

    /**
     * The head of a streamed HTML page is known: decide on its scripts and go on streaming.
     * @param {number} end where the head ends in the held bytes, -1 if it was never found
     */
    #leaveSniff(end) {
      const held = Buffer.concat(this.#held)
      this.#held = []
      this.#heldBytes = 0
      const page = end === -1 ? null : readHead(held.subarray(0, end))
      const changed = Boolean(page && (page.clientRuntime === 'none' || page.lang))
      if (!changed && !this.#encoding) {
        this.#mode = 'pass'
        super.write(held)
        return
      }
      this.#startStream(page)
      this.#send(page?.lang ? Buffer.concat([withLang(held.subarray(0, end), page.lang), held.subarray(end)]) : held)
    }

    /**
     * Sets up the streaming transform: script removal if the page asked for it, then compression.
     * @param {PageHead | null} page
     */
    #startStream(page) {
      this.#mode = 'stream'
      if (page?.clientRuntime === 'none') {
        this.#stripper = new ScriptStripper()
        this.#dropScriptPreloadHeaders()
      }
      this.removeHeader('content-length')
      if (!this.#encoding) return
      this.setHeader('Content-Encoding', this.#encoding)
      const zip = compressStream(this.#encoding)
      this.#zip = zip
      zip.on('data', (/** @type {Buffer} */ data) => super.write(data))
      zip.on('error', (error) => this.destroy(error))
      this.once('close', () => zip.destroy())
    }

    /** @param {Buffer} buffer */
    #send(buffer) {
      const out = this.#stripper ? this.#stripper.push(buffer) : buffer
      if (out.length === 0) return
      if (this.#zip) this.#zip.write(out)
      else super.write(out)
    }

    /** @param {(() => void) | undefined} done */
    #finish(done) {
      if (this.#mode === 'sniff') this.#leaveSniff(-1)
      if (this.#mode === 'whole') return void this.#finishWhole(done)
      if (this.#mode === 'pass') return void super.end(done)
      const rest = this.#stripper?.end()
      const zip = this.#zip
      if (rest && rest.length > 0) {
        if (zip) zip.write(rest)
        else super.write(rest)
      }
      if (!zip) return void super.end(done)
      zip.once('end', () => super.end(done))
      zip.end()
    }

    /**
     * Sends a body collected whole: transformed once per ETag and encoding, then from the LRU.
     * @param {(() => void) | undefined} done
     */
    async #finishWhole(done) {
      const body = this.#held.length === 1 ? this.#held[0] : Buffer.concat(this.#held)
      this.#held = []
      const end = this.#isHtml ? headEnd(body) : -1
      const page = end === -1 ? null : readHead(body.subarray(0, end))
      const strip = page?.clientRuntime === 'none'
      const lang = page?.lang ?? null
      const encoding = body.length >= MIN_COMPRESSIBLE_BYTES ? this.#encoding : null
      const transform = () => {
        let result = lang ? Buffer.concat([withLang(body.subarray(0, end), lang), body.subarray(end)]) : body
        if (strip) result = stripScripts(result)
        return result
      }
      if (strip) this.#dropScriptPreloadHeaders()
      let result = body
      if (strip || lang || encoding) {
        const etag = this.getHeader('etag')
        // The ETag names Next's bytes, the path guards against two files sharing one (size + time).
        const key = typeof etag === 'string' ? `${encoding ?? 'identity'} ${(this.req.url ?? '').split('?')[0]} ${etag}` : null
        try {
          result = await compressOnce(key, transform, encoding)
          if (encoding) this.setHeader('Content-Encoding', encoding)
        } catch (error) {
          console.error('Could not compress a response; sending it uncompressed.', error)
          result = transform()
        }
      }
      if (this.destroyed) return
      this.setHeader('Content-Length', result.length)
      if (this.#keepKey) keepPage(this.#keepKey, { status: this.statusCode, headers: this.getHeaders(), body: result, generation: this.#generation })
      super.end(result, done)
    }

    #dropScriptPreloadHeaders() {
      const link = this.getHeader('link')
      if (link === undefined) return
      const kept = withoutScriptPreloads(link)
      if (kept.length > 0) this.setHeader('Link', kept.join(', '))
      else this.removeHeader('Link')
    }
  }
}

/**
 * An HTTP server whose responses are NewsroomResponses; requests requestGuard.mjs refuses never
 * reach the handler.
 * @param {(req: http.IncomingMessage, res: http.ServerResponse) => unknown} handler
 * @param {{ compress: boolean, sharedCacheSeconds?: number }} options
 */
export function createServer(handler, options) {
  return http.createServer({ ServerResponse: responseClass(options) }, (req, res) => {
    const refused = refusal(req)
    if (refused) return sendRefusal(req, res, refused)
    // Next answers HEAD with the length of the body it would send, before scripts are removed and
    // compression chosen. Asked for the body (GET), it lets the response measure the real one;
    // Node never sends a body to a HEAD request (the response was made for one).
    if (req.method === 'HEAD') req.method = 'GET'
    const response = /** @type {InstanceType<ReturnType<typeof responseClass>>} */ (res)
    // A page Next answered from its cache a moment ago goes out again as it was (keptPages.mjs).
    const key = options.compress ? keyOf(req, negotiate(/** @type {string | undefined} */ (req.headers['accept-encoding']))) : null
    if (key) {
      const page = keptPage(key)
      if (page) return response.sendKept(page)
      response.keepAs(key)
    }
    // Next decides by User-Agent whether a page's metadata goes in <head> (next.config.mjs's
    // htmlLimitedBots matches every agent) or streams into <body>; a request with no agent at all
    // (scripts, some feed readers) would get the streamed kind, which needs the scripts we remove.
    req.headers['user-agent'] ||= 'unknown'
    // While the database is down: the admin and Payload's API at once (never cached), anything
    // else when Next has not answered within the deadline (outage.mjs).
    if (databaseDown() && onlyFromDatabase(req) && response.answerOutage()) return
    watchDeadline(res, () => response.answerOutage())
    // Like a proxy, append the address this connection comes from to X-Forwarded-For: the last
    // entry is then always one a client cannot choose, and login throttling counts by it, or by
    // the entry TRUSTED_PROXIES hops before it (src/lib/clientAddress.ts). Next itself fills the
    // header only when it is absent, keeping whatever a client sent.
    const peer = req.socket.remoteAddress
    if (peer) {
      const forwarded = req.headers['x-forwarded-for']
      const previous = Array.isArray(forwarded) ? forwarded.join(', ') : forwarded
      req.headers['x-forwarded-for'] = previous ? `${previous}, ${peer}` : peer
    }
    return handler(req, res)
  })
}
