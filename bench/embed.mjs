// What the widget costs a partner's page: bytes on the wire of the loader (/embed.js), of the
// widget document, and of the feeds; and the time from a partner page's start to a rendered,
// correctly sized widget, in Debian's Chromium at a phone viewport. Figures, not pass/fail.
// Usage: start the site (`npm run demo`), then `node bench/embed.mjs` (or `npm run bench`).
// BENCH_URL defaults to http://localhost:3000; BENCH_RUNS (default 15) loads per language.
import http from 'node:http'
import zlib from 'node:zlib'

import { chromium } from '@playwright/test'

const base = process.env.BENCH_URL ?? 'http://localhost:3000'
const runs = Number(process.env.BENCH_RUNS ?? 15)
const locales = ['en', 'ru', 'tg']
const flags = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']

/** Raw and compressed (as a browser asking for br/gzip receives it) size of one URL. */
function wireSize(path) {
  return new Promise((resolve, reject) => {
    http
      .get(`${base}${path}`, { headers: { 'Accept-Encoding': 'br, gzip' } }, (response) => {
        const chunks = []
        response.on('data', (chunk) => chunks.push(chunk))
        response.on('end', () => {
          const wire = Buffer.concat(chunks)
          const encoding = response.headers['content-encoding']
          const raw = encoding === 'br' ? zlib.brotliDecompressSync(wire) : encoding === 'gzip' ? zlib.gunzipSync(wire) : wire
          if (response.statusCode !== 200) reject(new Error(`${path}: ${response.statusCode}`))
          else resolve({ wire: wire.length, raw: raw.length, encoding: encoding ?? 'identity' })
        })
      })
      .on('error', reject)
  })
}

async function sample() {
  const response = await fetch(`${base}/api/v1/en/projects?limit=50`)
  const { docs } = await response.json()
  // The project's slug in each language, through the public API of each language.
  for (const doc of docs) {
    const slugs = {}
    for (const locale of locales) {
      const translated = await fetch(`${base}/api/v1/${locale}/projects?limit=50`).then((r) => r.json())
      const match = translated.docs.find((other) => other.id === doc.id)
      if (match) slugs[locale] = match.slug
    }
    if (locales.every((locale) => slugs[locale])) return slugs
  }
  throw new Error('no project translated into every language')
}

function partnerServer(snippet) {
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' })
    res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Partner</title></head><body><h1>Partner page</h1>${snippet}</body></html>`)
  })
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)))
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const kb = (bytes) => (bytes / 1024).toFixed(1)

const slugs = await sample()

console.log(`\nWidget and feed weight (${base}); KB on the wire (raw)\n`)
const loader = await wireSize('/embed.js')
console.log(`loader /embed.js            ${kb(loader.wire).padStart(6)} KB ${loader.encoding.padEnd(8)} (${kb(loader.raw)} KB raw)`)
for (const locale of locales) {
  const widget = await wireSize(`/embed/${locale}/projects/${encodeURIComponent(slugs[locale])}`)
  console.log(`widget ${locale} (5 items)         ${kb(widget.wire).padStart(6)} KB ${widget.encoding.padEnd(8)} (${kb(widget.raw)} KB raw)`)
}
for (const [name, file] of [['RSS', 'rss.xml'], ['Atom', 'atom.xml'], ['JSON Feed', 'feed.json']]) {
  const feed = await wireSize(`/en/news/${file}`)
  console.log(`feed /en/news ${name.padEnd(10)}   ${kb(feed.wire).padStart(6)} KB ${feed.encoding.padEnd(8)} (${kb(feed.raw)} KB raw, 30 items with full text)`)
}

console.log(`\nTime to a rendered, sized widget on a partner page (Chromium, 412 px wide, ${runs} cold loads per language; median ms)\n`)
console.log('lang  loader run  iframe loaded  sized  bytes from us (loader + widget, headers included)')
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: flags })
try {
  for (const locale of locales) {
    const server = await partnerServer(`<script src="${base}/embed.js" data-project="${slugs[locale]}" data-locale="${locale}" async></script>`)
    const partner = `http://127.0.0.1:${server.address().port}/`
    const times = { inserted: [], loaded: [], sized: [], bytes: [] }
    for (let run = 0; run < runs; run += 1) {
      const context = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true })
      const page = await context.newPage()
      // Playwright sees the cross-origin iframe's requests too (a CDP session on the page would not).
      const sizes = []
      page.on('requestfinished', (request) => {
        if (request.url().startsWith(base)) sizes.push(request.sizes().then((size) => size.responseHeadersSize + size.responseBodySize))
      })
      // Records, in the partner page's clock, when the iframe appears, loads and gets its height.
      await page.addInitScript(() => {
        const marks = (window.__widget = {})
        new MutationObserver((_mutations, observer) => {
          const frame = document.querySelector('iframe')
          if (!frame) return
          observer.disconnect()
          marks.inserted = performance.now()
          frame.addEventListener('load', () => (marks.loaded = performance.now()))
          new MutationObserver(() => {
            if (marks.sized === undefined && frame.style.height && frame.style.height !== '360px') marks.sized = performance.now()
          }).observe(frame, { attributes: true, attributeFilter: ['style'] })
        }).observe(document, { childList: true, subtree: true })
      })
      await page.goto(partner)
      await page.waitForFunction(() => window.__widget.sized !== undefined && window.__widget.loaded !== undefined, null, { timeout: 15_000 })
      await page.waitForLoadState('networkidle')
      const marks = await page.evaluate(() => window.__widget)
      const bytes = (await Promise.all(sizes)).reduce((sum, size) => sum + size, 0)
      times.inserted.push(marks.inserted)
      times.loaded.push(marks.loaded)
      times.sized.push(marks.sized)
      times.bytes.push(bytes)
      await context.close()
    }
    server.close()
    console.log(
      `${locale.padEnd(4)}  ${median(times.inserted).toFixed(0).padStart(10)}  ${median(times.loaded).toFixed(0).padStart(13)}  ${median(times.sized).toFixed(0).padStart(5)}  ${kb(median(times.bytes)).padStart(10)} KB`,
    )
  }
} finally {
  await browser.close()
}
console.log('\n"loader run": the iframe is in the page; "iframe loaded": the widget document has loaded;')
console.log('"sized": the iframe has taken the height the widget reported. Times from navigation start.')
