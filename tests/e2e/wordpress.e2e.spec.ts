import { execFileSync } from 'node:child_process'
import path from 'node:path'

import { devices, expect, request as playwrightRequest, type APIRequestContext, type Frame, type Page } from '@playwright/test'
import Parser from 'rss-parser'

import { fullyTranslated, locales, publishedDocs, test, type Locale } from '../helpers/e2e'

/*
 * A partner's real WordPress (Debian's `wordpress` package, scripts/wordpress.sh: PHP's built-in
 * server and a MariaDB of its own) embeds our project pages and reads our feeds, as issue 13 saw it.
 * WordPress reaches our server over HTTP: it fetches the pasted URL, discovers our oEmbed endpoint
 * and caches its answer in the post. Its "safe" HTTP calls refuse loopback hosts and unusual ports;
 * the test site's must-use plugin (scripts/wordpress/newsroom-local.php) allows loopback URLs on
 * any port. That is a setting of this throwaway test site only: a real partner site reaches us at
 * our public https address, which WordPress allows as it is.
 */

const basePort = Number(process.env.E2E_PORT ?? 3100)
const wpPort = basePort + 80
const wpUrl = `http://127.0.0.1:${wpPort}`
const wpEnv = { ...process.env, WP_PORT: String(wpPort), WP_DB_PORT: String(basePort + 81) }
const docroot = path.resolve(`.tmp/wordpress-${wpPort}/www`)
const tag = `e2e${Date.now().toString(36)}`

function wordpress(action: 'start' | 'stop'): string {
  // A first start on a bare machine installs Debian's packages (minutes).
  return execFileSync('bash', [path.resolve('scripts/wordpress.sh'), action], { env: wpEnv, encoding: 'utf8', timeout: 15 * 60_000 }).trim()
}

function php(script: string, args: string[]): string {
  return execFileSync('php', ['-d', 'display_errors=stderr', path.resolve('scripts/wordpress', script), docroot, ...args], { env: wpEnv, encoding: 'utf8', timeout: 120_000 })
}

/** What the block editor saves when a URL is pasted on an empty line: an embed block around it. */
function embedBlock(url: string): string {
  return (
    `<!-- wp:embed {"url":"${url}","type":"rich","providerNameSlug":"newsroom"} -->\n` +
    `<figure class="wp-block-embed is-type-rich is-provider-newsroom wp-block-embed-newsroom"><div class="wp-block-embed__wrapper">\n${url}\n</div></figure>\n` +
    `<!-- /wp:embed -->`
  )
}

let wp: APIRequestContext
let author = ''

test.beforeAll(async () => {
  test.setTimeout(16 * 60_000)
  expect(wordpress('start')).toBe(wpUrl)
  // An author (may publish, lacks unfiltered_html) with an Application Password (scripts/wordpress/check.php).
  const creds = JSON.parse(php('check.php', ['setup', tag])) as { author: { login: string; password: string } }
  author = `Basic ${Buffer.from(`${creds.author.login}:${creds.author.password}`).toString('base64')}`
  wp = await playwrightRequest.newContext({ baseURL: wpUrl })
})

test.afterAll(async () => {
  await wp?.dispose()
  // Removes the author, their posts (and the embeds cached in them) and the passwords.
  php('check.php', ['cleanup', tag])
  wordpress('stop')
})

/** The frame of an iframe element on the page. */
async function frameOf(page: Page, index: number): Promise<Frame> {
  const handle = await page.locator('iframe.wp-embedded-content').nth(index).elementHandle()
  const frame = await handle?.contentFrame()
  if (!frame) throw new Error(`iframe ${index} has no frame`)
  return frame
}

/** Checks every embed on a WordPress post page fits its content, within WordPress's 1000 px. */
async function expectEmbedsFit(page: Page, expected: { locale: Locale; pageUrl: string }[]) {
  const iframes = page.locator('iframe.wp-embedded-content')
  await expect(iframes).toHaveCount(expected.length)
  const viewport = page.viewportSize()?.width ?? 0
  for (const [index, { locale, pageUrl }] of expected.entries()) {
    const iframe = iframes.nth(index)
    // WordPress's fallback: a link to our page, hidden by wp-embed.js once the widget has spoken
    // (which also removes the iframe's clip style).
    const blockquote = page.locator('blockquote.wp-embedded-content').nth(index)
    await expect(blockquote.locator('a')).toHaveAttribute('href', pageUrl)
    await expect(blockquote).toBeHidden()
    await expect(iframe).not.toHaveAttribute('style', /clip/)
    await expect(iframe).toHaveAttribute('sandbox', 'allow-scripts')
    await expect(iframe).toHaveAttribute('src', new RegExp(`/embed/${locale}/projects/[^?#]+\\?maxheight=\\d+#\\?secret=[A-Za-z0-9]{10}$`))
    const frame = await frameOf(page, index)
    await expect(frame.locator('html')).toHaveAttribute('lang', locale)
    // Settled: the iframe is as tall as the widget says it is (WordPress's minimum is 200 px).
    await expect
      .poll(async () => {
        const content = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height))
        return Number(await iframe.getAttribute('height')) === Math.max(200, content)
      }, { timeout: 15_000 })
      .toBe(true)
    const inside = await frame.evaluate(() => ({
      innerHeight: window.innerHeight,
      scrollHeight: document.documentElement.scrollHeight,
      footerBottom: document.querySelector('footer')?.getBoundingClientRect().bottom ?? Infinity,
      items: [...document.querySelectorAll('li')].filter((item) => !item.hidden).length,
    }))
    const box = await iframe.boundingBox()
    const summary = `${locale} embed: ${JSON.stringify({ ...inside, box })}`
    // Nothing cut off: the whole widget, its footer link included, is inside the iframe.
    expect(inside.scrollHeight, summary).toBeLessThanOrEqual(inside.innerHeight)
    expect(inside.footerBottom, summary).toBeLessThanOrEqual(inside.innerHeight)
    expect(inside.innerHeight, summary).toBeLessThanOrEqual(1000)
    expect(inside.items, summary).toBeGreaterThanOrEqual(1)
    expect(box?.width ?? Infinity, summary).toBeLessThanOrEqual(viewport)
    console.log(`${viewport}px wide: ${summary}`)
  }
}

test('a project URL pasted into a WordPress post embeds the widget, fitted to its content, whose links open our page', async ({ page, browser, request, site }, testInfo) => {
  test.setTimeout(240_000)
  const project = fullyTranslated(await publishedDocs(request, 'projects'))
  // The Tajik one is pasted with the English slug: discovery follows our redirect to the Tajik page.
  const pasted: Record<Locale, string> = Object.fromEntries(
    locales.map((locale) => [locale, `${site}/${locale}/projects/${locale === 'tg' ? project.slug.en : project.slug[locale]}`]),
  ) as Record<Locale, string>
  const expected = locales.map((locale) => ({ locale, pageUrl: `${site}/${locale}/projects/${encodeURIComponent(project.slug[locale] ?? '')}` }))
  // Warm our pages and oEmbed answers first: WordPress caches a failed (timed-out) embed in the post.
  for (const locale of locales) {
    const found = await request.get(pasted[locale])
    expect(found.status(), pasted[locale]).toBe(200)
    expect((await request.get(`/oembed?url=${encodeURIComponent(found.url())}&format=json&maxwidth=500&maxheight=750`)).status()).toBe(200)
  }
  const content = locales.map((locale) => `<!-- wp:paragraph -->\n<p>${locale}:</p>\n<!-- /wp:paragraph -->\n\n${embedBlock(pasted[locale])}`).join('\n\n')
  const created = await wp.post('/wp-json/wp/v2/posts', {
    headers: { Authorization: author },
    data: { title: `Лоиҳаҳои шарикон ${tag}`, content, status: 'publish' },
  })
  expect(created.status(), await created.text()).toBe(201)
  const { link } = (await created.json()) as { link: string }

  // Desktop: WordPress asks for 500 × 750 (its defaults without a theme content width).
  await page.goto(link)
  await expectEmbedsFit(page, expected)
  await page.screenshot({ path: testInfo.outputPath('wordpress-desktop.png'), fullPage: true })

  // A phone: narrower, so more lines per item; the widget shows fewer items, still all of each.
  const phone = await browser.newContext({ ...devices['Pixel 5'] })
  try {
    const phonePage = await phone.newPage()
    await phonePage.goto(link)
    await expectEmbedsFit(phonePage, expected)
    await phonePage.screenshot({ path: testInfo.outputPath('wordpress-phone.png'), fullPage: true })
  } finally {
    await phone.close()
  }

  // A link inside the Tajik widget opens our Tajik page in the reader's tab (WordPress's link message).
  const frame = await frameOf(page, locales.indexOf('tg'))
  const first = frame.locator('li h2 a').first()
  const href = (await first.getAttribute('href')) ?? ''
  expect(href.startsWith(`${site}/tg/news/`), href).toBe(true)
  // wp-embed.js follows the link only while the iframe is the host page's active element. A reader's
  // press focuses it before the click; in one CI run under load the click's message was handled
  // without that (cause not confirmed, the page never left). So the frame is focused first, and a
  // click that led nowhere within 15 s is repeated, as a reader would.
  await expect(async () => {
    if (page.url() === href) return
    await page.locator('iframe.wp-embedded-content').nth(locales.indexOf('tg')).focus({ timeout: 5_000 })
    await first.click({ timeout: 5_000 })
    await page.waitForURL(href, { waitUntil: 'commit', timeout: 15_000 })
  }).toPass({ timeout: 60_000 })
  await expect(page.locator('html')).toHaveAttribute('lang', 'tg')
  // And the footer's link to the project's page.
  await page.goBack()
  await expect(page.locator('blockquote.wp-embedded-content').nth(locales.indexOf('ru'))).toBeHidden()
  const footer = (await frameOf(page, locales.indexOf('ru'))).locator('footer a').first()
  await expect(footer).toHaveAttribute('href', expected[locales.indexOf('ru')].pageUrl)
  await expect(async () => {
    if (page.url() === expected[locales.indexOf('ru')].pageUrl) return
    await page.locator('iframe.wp-embedded-content').nth(locales.indexOf('ru')).focus({ timeout: 5_000 })
    await footer.click({ timeout: 5_000 })
    await page.waitForURL(expected[locales.indexOf('ru')].pageUrl, { waitUntil: 'commit', timeout: 15_000 })
  }).toPass({ timeout: 60_000 })
})

test("WordPress's fetch_feed() reads our RSS and Atom feeds in every language, Tajik letters intact", async ({ request, site }) => {
  test.setTimeout(180_000)
  const parser = new Parser()
  const urls = locales.flatMap((locale) => [`${site}/${locale}/news/rss.xml`, `${site}/${locale}/news/atom.xml`])
  const read = JSON.parse(php('feed.php', urls)) as Record<string, { error?: string; title: string; language: string; items: { title: string; link: string }[] }>
  for (const locale of locales) {
    for (const url of urls.filter((candidate) => candidate.startsWith(`${site}/${locale}/`))) {
      const feed = read[url]
      expect(feed.error, url).toBeUndefined()
      // What WordPress read is what we serve: every title and link, character for character.
      const ours = await parser.parseString(await (await request.get(url)).text())
      expect(feed.items.length, url).toBeGreaterThan(0)
      expect(feed.items.map((item) => item.title), url).toEqual(ours.items.map((item) => item.title))
      expect(feed.items.map((item) => item.link), url).toEqual(ours.items.map((item) => item.link))
      if (url.endsWith('rss.xml')) expect(feed.language, url).toBe(locale)
    }
  }
  const tajik = read[`${site}/tg/news/rss.xml`].items.map((item) => item.title).join(' ')
  expect(tajik).toMatch(/[ғӣқӯҳҷ]/)
  // No replacement characters, entities or UTF-8 read as Latin-1 (Ð, Ñ).
  expect(tajik).not.toMatch(/\uFFFD|&#|Ð|Ñ/)
})
