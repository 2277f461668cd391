// Page-weight and Lighthouse benchmark for every public page type in every language.
// Usage: start the site (`npm run demo`), then `npm run bench`, which first installs Lighthouse
// into bench/node_modules (kept out of the project's lock file: its dependency on a `latest`
// tag breaks `npm ci`). BENCH_URL defaults to
// http://localhost:3000). Prints a table; budgets: JS <= 120 KB and page <= 250 KB transferred,
// Lighthouse mobile performance >= 98. Figures, not pass/fail: this is not a test.
import { chromium } from '@playwright/test'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'

import { pageTypesOf } from '../tests/helpers/pageTypes.mjs'

const base = process.env.BENCH_URL ?? 'http://localhost:3000'
const chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const flags = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
const skipLighthouse = process.env.BENCH_LIGHTHOUSE === '0'

async function json(path) {
  const response = await fetch(`${base}${path}`)
  if (!response.ok) throw new Error(`${path}: ${response.status}`)
  return response.json()
}

/**
 * One document of each kind, published in every language, to visit at its own slug. Readers ask
 * for one language at a time (`locale=all` is refused them), without English fallback.
 */
async function samplePaths() {
  const pick = async (collection, field) => {
    const byId = new Map()
    for (const locale of ['en', 'ru', 'tg']) {
      const { docs } = await json(`/api/${collection}?locale=${locale}&fallback-locale=none&depth=0&limit=100`)
      for (const doc of docs) {
        const merged = byId.get(doc.id) ?? { id: doc.id, slug: {}, [field]: {} }
        byId.set(doc.id, merged)
        merged.slug[locale] = doc.slug
        merged[field][locale] = doc[field]
      }
    }
    return [...byId.values()].find((doc) => ['en', 'ru', 'tg'].every((l) => doc[field][l] && doc.slug[l]))
  }
  const [news, project, region] = await Promise.all([pick('news', 'title'), pick('projects', 'title'), pick('regions', 'name')])
  return pageTypesOf({ news, project, region })
}

/**
 * Bytes on the wire per resource type for one page load at a phone's viewport: what the first
 * screen loads, then (`scrolled`) everything once a reader has scrolled to the end (lazy images).
 */
async function weigh(browser, url) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true })
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Network.enable')
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
  const types = new Map()
  const totals = { js: 0, css: 0, font: 0, image: 0, html: 0, other: 0 }
  cdp.on('Network.responseReceived', ({ requestId, type }) => types.set(requestId, type))
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
    const type = types.get(requestId)
    const key = type === 'Script' ? 'js' : type === 'Stylesheet' ? 'css' : type === 'Font' ? 'font' : type === 'Image' ? 'image' : type === 'Document' ? 'html' : 'other'
    totals[key] += encodedDataLength
  })
  await page.goto(url, { waitUntil: 'networkidle' })
  const initial = { ...totals }
  // Scroll to the bottom so lazy images count too (a reader who reads the whole page).
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += 600) {
      window.scrollTo(0, y)
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  })
  await page.waitForLoadState('networkidle')
  await context.close()
  return { initial, scrolled: Object.values(totals).reduce((a, b) => a + b, 0) }
}

async function lighthouseScore(port, url) {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] })
  const c = result.lhr.categories
  return { perf: Math.round(c.performance.score * 100), a11y: Math.round(c.accessibility.score * 100), bp: Math.round(c['best-practices'].score * 100), seo: Math.round(c.seo.score * 100) }
}

const kb = (bytes) => (bytes / 1024).toFixed(1)
const paths = await samplePaths()
const browser = await chromium.launch({ executablePath: chromePath, args: flags.slice(1) })
const chrome = skipLighthouse ? null : await chromeLauncher.launch({ chromePath, chromeFlags: flags })
// One throwaway Lighthouse run first: the first audit in a fresh Chrome pays its start-up costs.
if (chrome) await lighthouseScore(chrome.port, `${base}${paths('en').contacts}`)
const rows = []
for (const locale of ['en', 'ru', 'tg']) {
  for (const [kind, path] of Object.entries(paths(locale))) {
    const { initial: w, scrolled } = await weigh(browser, `${base}${path}`)
    const total = Object.values(w).reduce((a, b) => a + b, 0)
    const lh = chrome ? await lighthouseScore(chrome.port, `${base}${path}`) : null
    rows.push({ locale, page: kind, 'JS KB': kb(w.js), 'CSS KB': kb(w.css), 'font KB': kb(w.font), 'img KB': kb(w.image), 'HTML KB': kb(w.html), 'total KB': kb(total), 'scrolled KB': kb(scrolled), ...(lh ? { 'LH perf': lh.perf, 'LH a11y': lh.a11y, 'LH bp': lh.bp, 'LH seo': lh.seo } : {}) })
    process.stderr.write('.')
  }
}
await browser.close()
await chrome?.kill()
process.stderr.write('\n')
console.table(rows)
const max = (key) => Math.max(...rows.map((row) => Number(row[key])))
const min = (key) => Math.min(...rows.map((row) => Number(row[key])))
console.log(`max JS ${max('JS KB')} KB (budget 120) · max page ${max('total KB')} KB (budget 250; ${max('scrolled KB')} KB scrolled to the end)${chrome ? ` · min Lighthouse performance ${min('LH perf')} (budget 98), accessibility ${min('LH a11y')}` : ''}`)
