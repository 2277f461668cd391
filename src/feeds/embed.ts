import { localeInfo, type Locale } from '@/i18n/locales'

import { escapeHtml } from './html'
import type { FeedDocument } from './model'

/*
 * The widget partners frame (`/embed/{locale}/{projects|regions}/{slug}`): one small HTML
 * document with inline CSS and a 300-byte script that reports its height to the page framing it
 * (the loader, src/feeds/loader.ts, sizes the iframe from that). No framework runtime, no web font, no images:
 * it must cost a partner's page next to nothing.
 */

export type EmbedTheme = 'light' | 'dark'
export const embedThemes: readonly EmbedTheme[] = ['light', 'dark']

/** Widget options a partner can set in the URL (or as data-limit / data-theme on the loader). */
export interface EmbedOptions {
  limit: number
  theme: EmbedTheme
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

// Reports the document's height (and title) to the framing page whenever it changes.
const resizeScript =
  `(function(){var p=window.parent;if(p===window)return;var d=document.documentElement;` +
  `function s(){p.postMessage({type:"${EMBED_MESSAGE_TYPE}",height:Math.ceil(d.getBoundingClientRect().height),title:document.title},"*")}` +
  `if(window.ResizeObserver)new ResizeObserver(s).observe(d);window.addEventListener("load",s);s()})()`

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
    `</main><script>${resizeScript}</script></body></html>`
  )
}

/** Content-Security-Policy of the widget: frameable by any site, able to load nothing else. */
export const EMBED_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors *"
