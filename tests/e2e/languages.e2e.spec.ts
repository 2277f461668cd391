import { expect, test } from '@playwright/test'

import { publishedDocs } from '../helpers/e2e'

test.describe('language negotiation', () => {
  test('`/` follows Accept-Language', async ({ request }) => {
    for (const [header, expected] of [
      ['ru-RU,ru;q=0.9,en;q=0.5', '/ru'],
      ['tg,ru;q=0.8', '/tg'],
      ['de-DE,de;q=0.9', '/en'],
    ] as const) {
      const response = await request.get('/', { headers: { 'Accept-Language': header }, maxRedirects: 0 })
      expect(response.status(), header).toBe(307)
      expect(new URL(response.headers().location, 'http://x').pathname, header).toBe(expected)
      // Shared caches keep one answer per language preference, never one reader's for all.
      expect(response.headers().vary, header).toMatch(/accept-language/i)
      expect(response.headers()['set-cookie'], header).toBeUndefined()
    }
  })

  test('a browser set to Tajik lands on /tg', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'tg-TJ' })
    const page = await context.newPage()
    await page.goto('/')
    expect(new URL(page.url()).pathname).toBe('/tg')
    await context.close()
  })

  // No cookie remembers the choice (public pages stay shared-cacheable): the address does. The
  // switcher leads to the same page in the other language, and `/` keeps following the browser.
  test('the switcher leads to the page in the chosen language and sets no cookie', async ({ browser }) => {
    // A browser set to Russian (Chromium sends Accept-Language from its locale).
    const context = await browser.newContext({ locale: 'ru-RU' })
    const page = await context.newPage()
    await page.goto('/en/news')
    await page.locator('.lang-switcher a[data-locale="tg"]').click()
    await expect(page).toHaveURL(/\/tg\/news$/)
    expect(await context.cookies()).toEqual([])
    await page.goto('/')
    await expect(page).toHaveURL(/\/ru$/)
    await context.close()
  })

  test('an unknown locale is a 404', async ({ request }) => {
    for (const path of ['/de', '/de/news', '/uz/regions']) {
      const response = await request.get(path, { maxRedirects: 5 })
      expect(response.status(), path).toBe(404)
    }
  })

  test('unknown paths and slugs get a translated 404', async ({ page }) => {
    for (const [path, heading, lang] of [
      ['/en/no-such-page', 'Page not found', 'en'],
      ['/ru/news/no-such-news-item', 'Страница не найдена', 'ru'],
      ['/tg/regions/no-such-region', 'Саҳифа ёфт нашуд', 'tg'],
    ] as const) {
      const response = await page.goto(path)
      expect(response?.status(), path).toBe(404)
      await expect(page.locator('html')).toHaveAttribute('lang', lang)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading)
    }
  })

  test('/admin and /api are never locale-prefixed', async ({ request }) => {
    const api = await request.get('/api/news?limit=1', { maxRedirects: 0 })
    expect(api.status()).toBe(200)
    expect(api.headers()['content-type']).toContain('application/json')
    const adminPage = await request.get('/admin/login', { maxRedirects: 0 })
    expect(adminPage.status()).toBe(200)
  })
})

test.describe('fallback when a translation is missing', () => {
  test('an untranslated news item shows the English text with a note in the reader\'s language', async ({ page, request }) => {
    const news = await publishedDocs(request, 'news')
    const untranslated = news.find((doc) => doc.title.en && !doc.title.tg)
    expect(untranslated, 'the seed leaves some news untranslated into Tajik').toBeTruthy()
    const response = await page.goto(`/tg/news/${untranslated!.slug.en}`)
    expect(response?.status()).toBe(200)
    await expect(page.locator('html')).toHaveAttribute('lang', 'tg')
    await expect(page.locator('.fallback-note')).toHaveText('Ин мавод ҳанӯз ба забони тоҷикӣ тарҷума нашудааст. Дар поён матни англисӣ оварда шудааст.')
    const h1 = page.getByRole('heading', { level: 1 })
    await expect(h1).toHaveText(untranslated!.title.en!)
    await expect(h1).toHaveAttribute('lang', 'en')
    await expect(page.locator('.document-main')).toHaveAttribute('lang', 'en')
    // The switcher leads to the translations that exist, and to the Tajik news list for Tajik.
    await expect(page.locator('.lang-switcher a[data-locale="en"]')).toHaveAttribute('href', `/en/news/${untranslated!.slug.en}`)
    await expect(page.locator('.lang-switcher a[data-locale="tg"]')).toHaveAttribute('href', '/tg/news')
    // In a list, the untranslated card carries its own language too.
    const card = page.locator('.news-card', { hasText: untranslated!.title.en! })
    // Walk the Tajik list (newest first) to the page that shows it.
    await page.goto('/tg/news')
    while ((await card.count()) === 0) {
      const older = page.locator('.pagination a[rel="next"]')
      await expect(older, 'the untranslated item is on some page of the Tajik list').toHaveCount(1)
      await older.click()
    }
    await expect(card.first()).toHaveAttribute('lang', 'en')
  })

  test('a translated page has no note and no foreign lang attribute', async ({ page, request }) => {
    const news = await publishedDocs(request, 'news')
    const translated = news.find((doc) => doc.title.tg)!
    await page.goto(`/tg/news/${translated.slug.tg}`)
    await expect(page.locator('.fallback-note')).toHaveCount(0)
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveAttribute('lang', /.+/)
  })

  test('the English slug of a translated item redirects to its own slug', async ({ page, request }) => {
    const news = await publishedDocs(request, 'news')
    const translated = news.find((doc) => doc.slug.ru && doc.slug.ru !== doc.slug.en)!
    await page.goto(`/ru/news/${translated.slug.en}`)
    await expect(page).toHaveURL(new RegExp(`/ru/news/${translated.slug.ru}$`))
  })
})
