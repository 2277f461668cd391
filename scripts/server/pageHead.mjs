// @ts-check
// What a page says about itself in its <head>, read by the server before it sends the page on: the
// page decides whether it ships Next's client runtime, so the server needs no list of routes or
// languages and no knowledge of Next's cookies.
import { attribute } from './stripScripts.mjs'

const HEAD_CLOSE = Buffer.from('</head>')

/**
 * `<meta name="newsroom-client-runtime" content="none">`: rendered by the public layout, so the
 * server removes Next's scripts; `content="keep"` (a staff draft preview) wins over it.
 */
export const CLIENT_RUNTIME_META = 'newsroom-client-runtime'

/**
 * `<meta name="newsroom-lang" content="ru">`: the page's language, declared through the metadata
 * API. It reaches even Next's error shell (see `needsLang`), which the layout never renders.
 */
export const LANG_META = 'newsroom-lang'

const LANGUAGE_TAG = /^[a-z]{2,8}(?:-[a-z0-9]{1,8})*$/

/**
 * Where the document's `<head>` ends (just after `</head>`), or -1 if not within `buffer`.
 * @param {Buffer} buffer
 * @param {number} [from] where to start looking
 */
export function headEnd(buffer, from = 0) {
  const at = buffer.indexOf(HEAD_CLOSE, Math.max(0, from))
  return at === -1 ? -1 : at + HEAD_CLOSE.length
}

/**
 * @typedef {object} PageHead
 * @property {'none' | 'keep' | null} clientRuntime what the page says about its scripts (null:
 *   nothing, so not ours to change: admin, embeds, Next's error shell)
 * @property {string | null} lang the language the page declares, to put on an `<html>` without one
 */

/**
 * Reads the page's declarations from the document up to `</head>`.
 * @param {Buffer} head
 * @returns {PageHead}
 */
export function readHead(head) {
  const text = head.toString('latin1')
  /** @type {PageHead} */
  const page = { clientRuntime: null, lang: null }
  for (const [tag] of text.matchAll(/<meta\b[^>]*>/gi)) {
    const name = attribute(tag, 'name')
    const content = attribute(tag, 'content')
    if (name === CLIENT_RUNTIME_META && content === 'keep') page.clientRuntime = 'keep'
    else if (name === CLIENT_RUNTIME_META && content === 'none' && page.clientRuntime === null) page.clientRuntime = 'none'
    else if (name === LANG_META && content && LANGUAGE_TAG.test(content)) page.lang = content
  }
  const html = /<html\b[^>]*>/i.exec(text)
  if (html && attribute(html[0], 'lang') !== null) page.lang = null
  return page
}

/**
 * Workaround for vercel/next.js#62228 (open in Next 16.4.6): a page that calls notFound() is sent
 * as an error shell, `<html>` without `lang` and an empty body that Next's client runtime fills
 * in. The shell keeps its scripts (nothing else draws it); this gives it the language its
 * metadata declares, so validators and screen readers know it before the scripts run.
 * @param {Buffer} head the document up to `</head>`
 * @param {string} lang
 */
export function withLang(head, lang) {
  const at = head.indexOf('<html')
  if (at === -1) return head
  const end = at + '<html'.length
  return Buffer.concat([head.subarray(0, end), Buffer.from(` lang="${lang}"`), head.subarray(end)])
}
