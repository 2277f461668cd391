// @ts-check
// Removes executable scripts from an HTML stream: every <script> element except JSON-LD (data, not
// code) and every script preload (<link rel="preload" as="script">, <link rel="modulepreload">).
// Everything else passes byte for byte. It scans Buffers with indexOf, so a chunk without a
// script costs two searches and no copy; a tag cut by a chunk boundary is held until it is whole.

const SCRIPT_OPEN = Buffer.from('<script')
const SCRIPT_CLOSE = Buffer.from('</script')
const LINK_OPEN = Buffer.from('<link')
const LT = 0x3c
const GT = 0x3e

/**
 * A start tag longer than this is not one Next or React writes; it is passed on as it came rather
 * than held in memory (the bound on what one response can make this server buffer).
 */
const MAX_TAG_BYTES = 256 * 1024

/** Whether the byte after a tag name ends the name (`<script>`, `<script src`, not `<scripts`). */
const endsName = (/** @type {number | undefined} */ byte) =>
  byte === undefined || byte === GT || byte === 0x2f || byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0c || byte === 0x0d

/**
 * Where the start tag beginning at `from` ends (the index of its `>`), skipping quoted attribute
 * values; -1 when the buffer ends first.
 * @param {Buffer} buffer
 * @param {number} from
 */
function tagEnd(buffer, from) {
  let quote = 0
  for (let i = from; i < buffer.length; i++) {
    const byte = buffer[i]
    if (quote) {
      if (byte === quote) quote = 0
    } else if (byte === 0x22 || byte === 0x27) {
      quote = byte
    } else if (byte === GT) {
      return i
    }
  }
  return -1
}

/**
 * The value of an attribute in a start tag, lower-cased; null when absent.
 * @param {string} tag
 * @param {string} name
 */
export function attribute(tag, name) {
  let pattern = attributePatterns.get(name)
  if (!pattern) {
    pattern = new RegExp(`[\\s/]${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i')
    attributePatterns.set(name, pattern)
  }
  const match = pattern.exec(tag)
  return match ? (match[1] ?? match[2] ?? match[3] ?? '').trim().toLowerCase() : null
}

/** @type {Map<string, RegExp>} */
const attributePatterns = new Map()

/** @param {string} tag a `<script ...>` start tag */
const isJsonLd = (tag) => attribute(tag, 'type') === 'application/ld+json'

/** @param {string} tag a `<link ...>` start tag */
function isScriptPreload(tag) {
  const rel = (attribute(tag, 'rel') ?? '').split(/\s+/)
  const as = attribute(tag, 'as')
  if (rel.includes('modulepreload')) return as === null || as === 'script'
  return rel.includes('preload') && as === 'script'
}

/**
 * Streaming script remover. `push` each chunk and write what it returns; `end` returns the rest.
 * The concatenated output is the same whatever the chunk boundaries.
 */
export class ScriptStripper {
  /** @type {Buffer} input not yet decided: a tag cut by the chunk boundary, or the tail of one */
  #pending = Buffer.alloc(0)
  /** Inside a removed script's text (until its `</script>`). */
  #dropping = false
  /** Inside a kept (JSON-LD) script's text. */
  #keeping = false

  /**
   * @param {Buffer} chunk
   * @returns {Buffer} the output decided so far (possibly empty)
   */
  push(chunk) {
    const input = this.#pending.length > 0 ? Buffer.concat([this.#pending, chunk]) : chunk
    this.#pending = Buffer.alloc(0)
    /** @type {Buffer[]} */
    const out = []
    let pos = 0
    let script = input.indexOf(SCRIPT_OPEN)
    let link = input.indexOf(LINK_OPEN)
    while (pos < input.length) {
      if (this.#dropping || this.#keeping) {
        // The script's text ends at `</script` followed by a space, `/` or `>` (HTML's rule).
        let close = input.indexOf(SCRIPT_CLOSE, pos)
        while (close !== -1 && close + SCRIPT_CLOSE.length < input.length && !endsName(input[close + SCRIPT_CLOSE.length])) {
          close = input.indexOf(SCRIPT_CLOSE, close + 1)
        }
        const end = close === -1 ? -1 : input.indexOf(GT, close + SCRIPT_CLOSE.length)
        if (end === -1) {
          // Hold back what could be the start of `</script` cut by the boundary.
          const hold = close === -1 ? Math.max(pos, input.length - (SCRIPT_CLOSE.length - 1)) : close
          if (this.#keeping) out.push(input.subarray(pos, hold))
          this.#pending = input.subarray(hold)
          pos = input.length
          break
        }
        if (this.#keeping) out.push(input.subarray(pos, end + 1))
        this.#dropping = this.#keeping = false
        pos = end + 1
        continue
      }
      // Each search runs again only once `pos` has passed what it found.
      if (script !== -1 && script < pos) script = input.indexOf(SCRIPT_OPEN, pos)
      if (link !== -1 && link < pos) link = input.indexOf(LINK_OPEN, pos)
      const start = script === -1 ? link : link === -1 ? script : Math.min(script, link)
      if (start === -1) {
        // Hold back a trailing `<` that could begin a tag completed by the next chunk.
        const lt = input.lastIndexOf(LT)
        const hold = lt >= pos && input.length - lt < SCRIPT_OPEN.length ? lt : input.length
        out.push(input.subarray(pos, hold))
        this.#pending = input.subarray(hold)
        pos = input.length
        break
      }
      const isScript = start === script
      const nameEnd = start + (isScript ? SCRIPT_OPEN.length : LINK_OPEN.length)
      if (nameEnd >= input.length) {
        out.push(input.subarray(pos, start))
        this.#pending = input.subarray(start)
        pos = input.length
        break
      }
      if (!endsName(input[nameEnd])) {
        out.push(input.subarray(pos, nameEnd))
        pos = nameEnd
        continue
      }
      const end = tagEnd(input, nameEnd)
      if (end === -1) {
        if (input.length - start > MAX_TAG_BYTES) {
          out.push(input.subarray(pos))
        } else {
          out.push(input.subarray(pos, start))
          this.#pending = input.subarray(start)
        }
        pos = input.length
        break
      }
      out.push(input.subarray(pos, start))
      const tag = input.toString('latin1', start, end + 1)
      if (isScript) {
        if (isJsonLd(tag)) {
          out.push(input.subarray(start, end + 1))
          this.#keeping = true
        } else {
          this.#dropping = true
        }
      } else if (!isScriptPreload(tag)) {
        out.push(input.subarray(start, end + 1))
      }
      pos = end + 1
    }
    if (this.#pending.length > 0) this.#pending = Buffer.from(this.#pending)
    return out.length === 1 ? out[0] : Buffer.concat(out)
  }

  /** @returns {Buffer} whatever was held back (an unfinished tag is passed on as it came) */
  end() {
    const rest = this.#dropping ? Buffer.alloc(0) : this.#pending
    this.#pending = Buffer.alloc(0)
    this.#dropping = this.#keeping = false
    return rest
  }
}

/**
 * Removes executable scripts and script preloads from a whole HTML document.
 * @param {Buffer} html
 */
export function stripScripts(html) {
  const stripper = new ScriptStripper()
  const body = stripper.push(html)
  const rest = stripper.end()
  return rest.length > 0 ? Buffer.concat([body, rest]) : body
}

/**
 * The links of a Link header that are not script preloads (`<…>; rel=preload; as="script"`,
 * `rel=modulepreload`): the header form of what `ScriptStripper` removes from the body.
 * @param {string | number | string[] | undefined} value
 */
export function withoutScriptPreloads(value) {
  const links = (Array.isArray(value) ? value : [String(value ?? '')]).flatMap((line) => line.match(/<[^>]*>[^,<]*/g) ?? [])
  const kept = links.filter((link) => {
    const params = link.toLowerCase()
    const rel = /;\s*rel="?([^";]*)"?/.exec(params)?.[1]?.split(/\s+/) ?? []
    const as = /;\s*as="?([^";]*)"?/.exec(params)?.[1]
    return !(rel.includes('modulepreload') && (as === undefined || as === 'script')) && !(rel.includes('preload') && as === 'script')
  })
  return kept.map((link) => link.trim().replace(/,$/, '').trim())
}
