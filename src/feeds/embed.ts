import { createHash } from 'node:crypto'

import { localeInfo, type Locale } from '@/i18n/locales'

import { escapeHtml } from './html'
import type { FeedDocument } from './model'

/*
 * The widget partners frame (`/embed/{locale}/{projects|regions}/{slug}`): one small HTML
 * document with inline CSS and a small script that reports its height to the page framing it.
 * It speaks two protocols to that page: our own (the loader, src/feeds/loader.ts, sizes the
 * iframe from it) and WordPress's embed protocol (wp-includes/js/wp-embed.js, which WordPress
 * loads for an oEmbed answer with a <blockquote> fallback, see src/feeds/oembed.ts). No framework
 * runtime, no web font, no images: it must cost a partner's page next to nothing.
 */

export type EmbedTheme = 'light' | 'dark'
export const embedThemes: readonly EmbedTheme[] = ['light', 'dark']

/** Widget options a partner can set in the URL (or as data-limit / data-theme on the loader). */
export interface EmbedOptions {
  limit: number
  theme: EmbedTheme
  /**
   * The tallest the widget may be (`?maxheight=`, from oEmbed's maxheight): its script shows as
   * many of the `limit` items as fit, at least one, at whatever width the iframe gets (a phone
   * wraps more lines). Null: all `limit` items.
   */
  maxHeight: number | null
}

export const EMBED_DEFAULT_LIMIT = 5
export const EMBED_MAX_LIMIT = 20

/** Words the widget shows, in its language. */
export interface EmbedTexts {
  latest: string
  more: string
  empty: string
  feed: string
  title: string
}

/** The message the widget posts to its parent window; the loader (src/feeds/loader.ts) listens for it. */
export const EMBED_MESSAGE_TYPE = 'newsroom:embed'

/*
 * The widget's script (ES5, like wp-embed.js; kept readable, a gzip of the page is what travels):
 * - height: posts ours ({type, height, title}) always, and WordPress's ({message: 'height', value,
 *   secret}) once the iframe's URL carries WordPress's `#?secret=…` (added by WordPress to the src,
 *   or later by wp-embed.js; re-read on hashchange and on WordPress's 'ready' message).
 * - links: inside WordPress the iframe is sandboxed with `allow-scripts` only, so a link cannot
 *   open a window or navigate the top page; a click posts ({message: 'link', value: href, secret})
 *   and wp-embed.js opens our page (it checks the host and that the iframe has focus). Without a
 *   secret (embed.js, a plain iframe), <base target="_blank"> opens links as before.
 * - maxheight: hides the last items while the page is taller than allowed (at least one stays),
 *   again whenever the width changes.
 */
const scriptSource = (maxHeight: number | null) =>
  `(function(){var p=window.parent;if(p===window)return;var d=document.documentElement,max=${maxHeight ?? 0},secret="",width=-1;` +
  `function readSecret(){var m=/[#&?]secret=([A-Za-z0-9]+)/.exec(location.hash);if(m)secret=m[1]}` +
  `function height(){return Math.ceil(d.getBoundingClientRect().height)}` +
  `function send(){var h=height();p.postMessage({type:"${EMBED_MESSAGE_TYPE}",height:h,title:document.title},"*");` +
  `if(secret)p.postMessage({message:"height",value:h,secret:secret},"*")}` +
  `function fit(){if(!max||window.innerWidth===width)return;width=window.innerWidth;var items=document.querySelectorAll("li"),i;` +
  `for(i=0;i<items.length;i++)items[i].hidden=false;for(i=items.length-1;i>0&&height()>max;i--)items[i].hidden=true}` +
  `function update(){fit();send()}` +
  `document.addEventListener("click",function(e){if(!secret||e.defaultPrevented||e.button!==0||e.altKey||e.ctrlKey||e.metaKey||e.shiftKey)return;` +
  `var a=e.target.closest?e.target.closest("a[href]"):null;if(!a)return;e.preventDefault();p.postMessage({message:"link",value:a.href,secret:secret},"*")});` +
  `window.addEventListener("message",function(e){if(e.source===p&&e.data&&e.data.message==="ready"){readSecret();send()}});` +
  `window.addEventListener("hashchange",function(){readSecret();send()});window.addEventListener("resize",update);` +
  `if(window.ResizeObserver)new ResizeObserver(send).observe(d);window.addEventListener("load",update);readSecret();update()})()`

/** A CSP source for one inline script or style: its SHA-256 (so nothing else inline runs). */
function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text).digest('base64')}'`
}

const styles = `
:root{color-scheme:light;--bg:#fff;--fg:#1a2326;--muted:#4d5b60;--link:#0b5566;--line:#d5dfe1;--focus:#b34700}
[data-theme=dark]{color-scheme:dark;--bg:#10191c;--fg:#eef3f4;--muted:#b7c4c8;--link:#8fd3e0;--line:#2c3c41;--focus:#ffb066}
html,body{margin:0;background:var(--bg);color:var(--fg)}
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif}
main{padding:14px 16px;border:1px solid var(--line);border-radius:8px}
a{color:var(--link)}
a:focus-visible{outline:3px solid var(--focus);outline-offset:2px;border-radius:2px}
.k{margin:0;font-size:12px;letter-spacing:.04em;text-transform:uppercase;color:var(--muted)}
h1{margin:2px 0 10px;font-size:18px;line-height:1.3}
h1 a{color:inherit}
ul{list-style:none;margin:0;padding:0}
li{padding:9px 0;border-top:1px solid var(--line)}
h2{margin:0;font-size:15px;line-height:1.35}
h2 a{display:inline-block;min-height:24px}
p{margin:3px 0 0}
.m{font-size:13px;color:var(--muted)}
.s{font-size:14px}
footer{display:flex;flex-wrap:wrap;gap:4px 16px;margin-top:10px;padding-top:9px;border-top:1px solid var(--line);font-size:14px}
footer a{display:inline-block;min-height:24px;line-height:24px}
@media (prefers-reduced-motion:no-preference){a{transition:color .15s}}
`.replace(/\n/g, '')

/** A date in the widget's language (Tajik month names included). */
function formatDate(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(localeInfo[locale].htmlLang, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'Asia/Dushanbe' }).format(
    new Date(iso),
  )
}

/** The widget's HTML for a feed (its latest `options.limit` entries). */
export function renderEmbed(feed: FeedDocument, options: EmbedOptions, texts: EmbedTexts): string {
  const locale = feed.language
  const entries = feed.entries.slice(0, options.limit)
  const items = entries
    .map(
      (entry) =>
        `<li><article><h2><a href="${escapeHtml(entry.url)}">${escapeHtml(entry.title)}</a></h2>` +
        `<p class="m"><time datetime="${escapeHtml(entry.published.slice(0, 10))}">${escapeHtml(formatDate(entry.published, locale))}</time></p>` +
        (entry.summary ? `<p class="s">${escapeHtml(entry.summary)}</p>` : '') +
        `</article></li>`,
    )
    .join('')
  const list = entries.length > 0 ? `<ul>${items}</ul>` : `<p>${escapeHtml(texts.empty)}</p>`
  return (
    `<!doctype html><html lang="${localeInfo[locale].htmlLang}" data-theme="${options.theme}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex">` +
    `<title>${escapeHtml(texts.title)}</title><base target="_blank"><style>${styles}</style></head>` +
    `<body><main><p class="k">${escapeHtml(texts.latest)}</p>` +
    `<h1><a href="${escapeHtml(feed.homeUrl)}">${escapeHtml(feed.name)}</a></h1>${list}` +
    `<footer><a href="${escapeHtml(feed.homeUrl)}">${escapeHtml(texts.more)}</a>` +
    `<a href="${escapeHtml(feed.feedUrls.rss)}" type="application/rss+xml">${escapeHtml(texts.feed)}</a></footer>` +
    `</main><script>${scriptSource(options.maxHeight)}</script></body></html>`
  )
}

/**
 * Content-Security-Policy of a widget page: frameable by any site (WordPress's sandboxed iframe
 * included: `frame-ancestors *` matches its http(s) page), able to load nothing, and running only
 * our own inline style and the script for this `maxheight` (hashes, not 'unsafe-inline').
 * Error pages (no script, no style) get it with `maxHeight` null.
 */
export function embedCsp(maxHeight: number | null): string {
  return (
    `default-src 'none'; style-src ${cspHash(styles)}; script-src ${cspHash(scriptSource(maxHeight))}; ` +
    `base-uri 'none'; form-action 'none'; frame-ancestors *`
  )
}
