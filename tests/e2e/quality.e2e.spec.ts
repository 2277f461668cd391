import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import AxeBuilder from '@axe-core/playwright'
import { expect, test, type APIRequestContext } from '@playwright/test'
import { HtmlValidate } from 'html-validate'

import { fullyTranslated, locales, publishedDocs, type Locale } from '../helpers/e2e'
import { pageTypesOf } from '../helpers/pageTypes.mjs'

/*
 * Every page type in every language: zero axe violations (WCAG 2.2 A/AA), valid HTML (html-validate
 * and the W3C Nu Html Checker, which knows rules html-validate misses), the keyboard basics (skip link, visible focus), and the self-hosted font drawing every Tajik letter.
 */

type PageTypes = Record<string, string>

/** One page of each type in a language, at its own slug. */
async function pageTypes(request: APIRequestContext): Promise<(locale: Locale) => PageTypes> {
  const [news, project, region] = await Promise.all([
    publishedDocs(request, 'news').then(fullyTranslated),
    publishedDocs(request, 'projects').then(fullyTranslated),
    publishedDocs(request, 'regions').then(fullyTranslated),
  ])
  const types = pageTypesOf({ news, project, region })
  return (locale) => ({
    ...types(locale),
    search: `/${locale}/search?q=ASTI`,
    'search help': `/${locale}/search`,
    widget: `/embed/${locale}/regions/${region.slug[locale]}`,
    'not found': `/${locale}/no-such-page`,
  })
}

test.describe('accessibility and correctness of every page type', () => {
  test('axe finds no WCAG 2.2 A/AA violation (nor best-practice issue) on any page type, in any language', async ({ page, request }) => {
    test.setTimeout(240_000)
    const paths = await pageTypes(request)
    for (const locale of locales) {
      for (const [name, path] of Object.entries(paths(locale))) {
        await page.goto(path)
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze()
        const summary = results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(', ')}`)
        expect(summary, `${name} (${path})`).toEqual([])
        // The rules did run (a check that cannot fail would be worthless).
        expect(results.passes.length, path).toBeGreaterThan(10)
      }
    }
  })

  test('every page type is valid HTML in every language', async ({ request }) => {
    test.setTimeout(120_000)
    const validator = new HtmlValidate({ extends: ['html-validate:standard'] })
    const paths = await pageTypes(request)
    for (const locale of locales) {
      for (const [name, path] of Object.entries(paths(locale))) {
        const response = await request.get(path)
        expect(response.status(), path).toBe(name === 'not found' ? 404 : 200)
        const report = await validator.validateString(await response.text(), path)
        const messages = report.results.flatMap((result) => result.messages.map((message) => `${message.ruleId} ${message.line}:${message.column} ${message.message}`))
        expect(messages, `${name} (${path})`).toEqual([])
      }
    }
  })

  test('the W3C Nu Html Checker (vnu.jar) finds no error on any page type, in any language', async ({ request }) => {
    test.setTimeout(180_000)
    const paths = await pageTypes(request)
    const dir = mkdtempSync(path.join(tmpdir(), 'newsroom-vnu-'))
    const labels = new Map<string, string>()
    try {
      for (const locale of locales) {
        for (const [name, pagePath] of Object.entries(paths(locale))) {
          const response = await request.get(pagePath)
          expect(response.status(), pagePath).toBe(name === 'not found' ? 404 : 200)
          const file = path.join(dir, `${labels.size}.html`)
          writeFileSync(file, await response.text())
          labels.set(`file:${file}`, `${name} (${pagePath})`)
        }
      }
      // A control the checker must refuse (what it once found on the contacts page: a <dl> mixing a
      // <div> group with a bare <dt>/<dd>), so a checker that checks nothing cannot pass.
      const control = path.join(dir, 'control.html')
      writeFileSync(control, '<!doctype html><html lang="en"><title>control</title><dl><div><dt>a</dt><dd>b</dd></div><dt>c</dt><dd>d</dd></dl></html>')
      // One Java process for every page (vnu-jar from npm; needs `java` on the PATH).
      const jar = path.resolve('node_modules/vnu-jar/build/dist/vnu.jar')
      const run = spawnSync('java', ['-jar', jar, '--format', 'json', '--stdout', ...[...labels.keys()].map((url) => url.slice('file:'.length)), control], {
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      })
      expect(run.error, 'java could not be started').toBeUndefined()
      const { messages } = JSON.parse(run.stdout) as { messages: { type: string; subType?: string; url?: string; lastLine?: number; message: string }[] }
      const errors = messages.filter((message) => message.type === 'error' || message.type === 'non-document-error')
      const controlErrors = errors.filter((message) => message.url === `file:${control}`)
      expect(controlErrors.map((message) => message.message).join('\n')).toContain('dl')
      const pageErrors = errors.filter((message) => message.url !== `file:${control}`).map((message) => `${labels.get(message.url ?? '') ?? message.url} ${message.lastLine}: ${message.message}`)
      expect(pageErrors).toEqual([])
      expect(labels.size).toBe(locales.length * Object.keys(paths(locales[0])).length)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  test('keyboard: the skip link comes first and moves focus to the content; focus is visible', async ({ page }) => {
    for (const locale of locales) {
      await page.goto(`/${locale}/news`)
      await page.keyboard.press('Tab')
      const skip = page.locator('.skip-link')
      await expect(skip).toBeFocused()
      await expect(skip).toBeVisible()
      const outline = await skip.evaluate((element) => getComputedStyle(element).outlineStyle)
      expect(outline).not.toBe('none')
      await page.keyboard.press('Enter')
      await expect(page.locator('main#main')).toBeFocused()
      // The next Tab lands on a link inside the content, drawn with a visible focus ring.
      await page.keyboard.press('Tab')
      const focused = page.locator(':focus')
      await expect(focused).toHaveCount(1)
      const ring = await focused.evaluate((element) => {
        const style = getComputedStyle(element)
        return { outline: style.outlineStyle, width: parseFloat(style.outlineWidth), inMain: Boolean(element.closest('main')) }
      })
      expect(ring.inMain).toBe(true)
      expect(ring.outline).not.toBe('none')
      expect(ring.width).toBeGreaterThanOrEqual(2)
    }
  })

  test('reduced motion is respected: no transitions or animations when the reader asks for none', async ({ browser }) => {
    const context = await browser.newContext({ reducedMotion: 'reduce' })
    const page = await context.newPage()
    await page.goto('/tg')
    const moving = await page.evaluate(() =>
      [...document.querySelectorAll('*')].filter((element) => {
        const style = getComputedStyle(element)
        const seconds = (value: string) => Math.max(...value.split(',').map((part) => parseFloat(part) || 0))
        return seconds(style.transitionDuration) > 0.01 || (style.animationName !== 'none' && seconds(style.animationDuration) > 0.01)
      }).length,
    )
    expect(moving).toBe(0)
    await context.close()
  })

  test('the self-hosted Noto Sans, not a fallback font, draws every Tajik letter', async ({ page }) => {
    await page.goto('/tg')
    await page.evaluate(() => document.fonts.ready)
    // font-display: optional uses the web font from the second view on (it is cached by then).
    await page.reload()
    await page.evaluate(async () => {
      const probe = document.createElement('p')
      probe.id = 'tajik-probe'
      probe.textContent = 'ҒғӢӣҚқӮӯҲҳҶҷ'
      document.querySelector('main')?.append(probe)
      await document.fonts.load('16px "Noto Sans"', probe.textContent)
      await document.fonts.ready
    })
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('DOM.enable')
    await cdp.send('CSS.enable')
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 })
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: '#tajik-probe' })
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId })
    // Every one of the 12 glyphs comes from the web font; no system font filled in.
    expect(fonts).toEqual([expect.objectContaining({ familyName: 'Noto Sans', isCustomFont: true, glyphCount: 12 })])
  })
})
