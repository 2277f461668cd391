import { expect, test } from '@playwright/test'

import { locales, publishedDocs } from '../helpers/e2e'

/*
 * Site search and the news filters, in every language: Tajik text found from Russian-keyboard
 * input, results only in the page's language, highlights, counts, pages, and a helpful page for
 * any input. Also alphabetical lists per language.
 */

test.describe('site search', () => {
  test('a query typed on a Russian keyboard finds Tajik text, highlighted, only in Tajik', async ({ page }) => {
    // The seed writes "Хуҷанд" (with ҷ) in Tajik; the reader types "хучанд".
    await page.goto('/tg/search?q=%D1%85%D1%83%D1%87%D0%B0%D0%BD%D0%B4')
    await expect(page.locator('html')).toHaveAttribute('lang', 'tg')
    const results = page.locator('.search-results > li')
    await expect(results.first()).toBeVisible()
    const count = await results.count()
    expect(count).toBeGreaterThan(0)
    const marks = await page.locator('.search-results mark').allTextContents()
    expect(marks.length).toBeGreaterThan(0)
    for (const mark of marks) expect(mark.toLowerCase()).toMatch(/^хуҷанд/)
    // Every result links to a Tajik page that exists.
    for (const href of await page.locator('.search-results h3 a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))) {
      expect(href.startsWith('/tg/')).toBe(true)
    }
    const firstHref = await page.locator('.search-results h3 a').first().getAttribute('href')
    expect((await page.request.get(firstHref ?? '')).status()).toBe(200)
    // The results heading states the count and the query.
    const heading = (await page.locator('#search-results').textContent()) ?? ''
    expect(heading).toContain('хучанд')
    expect(Number(/\d+/.exec(heading)?.[0])).toBeGreaterThanOrEqual(count)
  })

  test('results come from the page language only, with counts per kind and pages', async ({ page, request }) => {
    const news = await publishedDocs(request, 'news')
    const englishOnly = news.find((doc) => !doc.title.tg && doc.title.en)
    if (!englishOnly?.title.en) throw new Error('the seed has no news item without Tajik')
    const words = englishOnly.title.en.split(' ').slice(0, 3).join(' ')
    for (const locale of locales) {
      await page.goto(`/${locale}/search?q=${encodeURIComponent(words)}`)
      const titles = await page.locator('.search-results h3').allTextContents()
      if (locale === 'tg') expect(titles).not.toContain(englishOnly.title.en)
      if (locale === 'en') expect(titles).toContain(englishOnly.title.en)
    }
    // A common word: several kinds and more than one page in English.
    await page.goto('/en/search?q=ASTI')
    const kinds = page.locator('.search-types a')
    await expect(kinds).toHaveCount(5)
    await expect(kinds.first()).toHaveText(/\(\d+\)$/)
    const next = page.locator('.pagination a[rel="next"]')
    await expect(next).toHaveCount(1)
    await next.click()
    await expect(page).toHaveURL(/page=2/)
    await expect(page.locator('.search-results > li').first()).toBeVisible()
    const project = (await publishedDocs(request, 'projects')).find((doc) => doc.title.ru)
    const word = project?.title.ru?.split(' ')[0] ?? ''
    await page.goto(`/ru/search?q=${encodeURIComponent(word)}&type=projects`)
    await expect(page.locator('.search-meta').first()).toHaveText(/Проекты/)
    expect(await page.locator('.search-meta').allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/^Проекты/)]))
  })

  test('empty, very long and odd queries get a helpful page, never an error, in every language', async ({ request }) => {
    for (const locale of locales) {
      for (const query of ['', 'q=', 'q=%20%20', `q=${'%D0%B0'.repeat(1000)}`, 'q=%25%25%25', 'q=%3Cscript%3Ealert(1)%3C%2Fscript%3E', 'q=a&q=b', 'type=nope&region=nowhere&year=20x6', 'page=99999&q=asti', 'q=%E0%A4%A']) {
        const response = await request.get(`/${locale}/search?${query}`)
        expect(response.status(), `${locale} ${query}`).toBe(200)
        const html = await response.text()
        expect(html, query).toContain(`<html lang="${locale}"`)
        expect(html, query).not.toContain('<script>alert(1)')
      }
      const long = await (await request.get(`/${locale}/search?q=${'%D0%B0'.repeat(1000)}`)).text()
      expect(long).toContain('class="notice"')
      // A URL past Node's 16 KB header limit is refused by the HTTP server itself: a 4xx, never a 500.
      const huge = await request.get(`/${locale}/search?q=${'%D0%B0'.repeat(4000)}`)
      expect(huge.status()).toBe(431)
    }
  })

  test('the news list filters by region, project and year, in every language', async ({ page, request }) => {
    test.setTimeout(120_000)
    for (const locale of locales) {
      // A region and a project that have news in this language (the public API tells).
      const withNews = async (kind: 'regions' | 'projects', filter: 'region' | 'project') => {
        const { docs } = (await (await request.get(`/api/v1/${locale}/${kind}?limit=50`)).json()) as { docs: { slug: string; title?: string; name?: string }[] }
        for (const doc of docs) {
          const news = (await (await request.get(`/api/v1/${locale}/news?${filter}=${doc.slug}&limit=50`)).json()) as { totalDocs: number; docs: { url: string }[] }
          if (news.totalDocs > 0) return { slug: doc.slug, urls: news.docs.map((item) => new URL(item.url).pathname) }
        }
        throw new Error(`no ${kind} with news in ${locale}`)
      }
      for (const [select, kind, filter] of [['#filter-region', 'regions', 'region'], ['#filter-project', 'projects', 'project']] as const) {
        const target = await withNews(kind, filter)
        await page.goto(`/${locale}/news`)
        // The filters start folded on the news list (a <details>): open them as a reader would.
        await page.locator('.news-filters summary').click()
        await page.locator(select).selectOption(target.slug)
        await page.locator('.news-filters button[type="submit"]').click()
        await expect(page).toHaveURL(new RegExp(`/${locale}/search\\?type=news.*&${filter}=${target.slug}`))
        const links = await page.locator('.search-results h3 a').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''))
        // Exactly that region's (project's) news in this language, as the public API lists them.
        expect(links.sort(), `${locale} ${filter}`).toEqual(target.urls.slice(0, 10).sort())
        await expect(page.locator(`${select} option:checked`)).toHaveAttribute('value', target.slug)
      }

      await page.goto(`/${locale}/news`)
      await page.locator('.news-filters summary').click()
      const year = await page.locator('#filter-year option').nth(1).getAttribute('value')
      await page.locator('#filter-year').selectOption(year ?? '')
      await page.locator('.news-filters button[type="submit"]').click()
      const dates = await page.locator('.search-results time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''))
      expect(dates.length).toBeGreaterThan(0)
      for (const date of dates) expect(date.startsWith(String(year))).toBe(true)
    }
  })

  test('region and contact lists follow each language’s alphabet', async ({ page }) => {
    const collators = { en: new Intl.Collator('en'), ru: new Intl.Collator('ru') }
    const tajik = 'абвгғдеёжзиӣйкқлмнопрстуӯфхҳчҷшъэюя'
    const tajikKey = (name: string) => [...name.toLowerCase()].map((letter) => String.fromCharCode(0x100 + Math.max(tajik.indexOf(letter), 0))).join('')
    for (const locale of locales) {
      await page.goto(`/${locale}/regions`)
      const names = await page.locator('.region-group > h2 > a').allTextContents()
      expect(names.length).toBeGreaterThan(1)
      const sorted = [...names].sort(locale === 'tg' ? (a, b) => (tajikKey(a) < tajikKey(b) ? -1 : 1) : collators[locale].compare)
      expect(names).toEqual(sorted)
      await page.goto(`/${locale}/contacts`)
      const partners = await page.locator('#kind-partner + ul .contact-name').allTextContents()
      const sortedPartners = [...partners].sort(locale === 'tg' ? (a, b) => (tajikKey(a) < tajikKey(b) ? -1 : 1) : collators[locale].compare)
      expect(partners).toEqual(sortedPartners)
    }
  })
})
