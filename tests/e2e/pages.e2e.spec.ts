import { expect, test, type Page } from '@playwright/test'

import { fullyTranslated, locales, publishedDocs, type Locale } from '../helpers/e2e'

const sectionName: Record<Locale, { news: string; projects: string; regions: string; contacts: string }> = {
  en: { news: 'News', projects: 'Projects', regions: 'Regions', contacts: 'Contacts' },
  ru: { news: 'Новости', projects: 'Проекты', regions: 'Регионы', contacts: 'Контакты' },
  tg: { news: 'Хабарҳо', projects: 'Лоиҳаҳо', regions: 'Минтақаҳо', contacts: 'Тамос' },
}

/** Visits a page and checks the status, `<html lang>` and the main heading. */
async function visit(page: Page, path: string, locale: Locale, heading?: string | RegExp) {
  const response = await page.goto(path)
  expect(response?.status(), path).toBe(200)
  await expect(page.locator('html')).toHaveAttribute('lang', locale)
  const h1 = page.getByRole('heading', { level: 1 })
  await expect(h1).toHaveCount(1)
  if (heading) await expect(h1).toHaveText(heading)
}

/** The language switcher's link for `target`. */
const switcherLink = (page: Page, target: Locale) => page.locator(`.lang-switcher a[data-locale="${target}"]`)

for (const locale of locales) {
  test.describe(`pages in ${locale}`, () => {
    test('home shows news, projects, regions and a word about us', async ({ page }) => {
      await visit(page, `/${locale}`, locale)
      await expect(page.locator('main .news-card').first()).toBeVisible()
      await expect(page.locator('main .project-card').first()).toBeVisible()
      await expect(page.locator('main .region-card').first()).toBeVisible()
      await expect(page.locator('main .about .prose p').first()).not.toBeEmpty()
      for (const other of locales) await expect(switcherLink(page, other)).toHaveAttribute('href', `/${other}`)
    })

    test('news list is paginated, newest first', async ({ page }) => {
      await visit(page, `/${locale}/news`, locale, sectionName[locale].news)
      const dates = await page.locator('main .news-card time').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('datetime') ?? ''))
      expect(dates.length).toBe(10)
      expect([...dates].sort().reverse()).toEqual(dates)
      await page.locator('.pagination a[rel="next"]').click()
      await expect(page).toHaveURL(new RegExp(`/${locale}/news/page/2$`))
      await expect(page.locator('main .news-card').first()).toBeVisible()
      const next = await page.locator('main .news-card time').first().getAttribute('datetime')
      expect(next! <= dates.at(-1)!).toBe(true)
      await expect(switcherLink(page, 'en')).toHaveAttribute('href', '/en/news/page/2')
    })

    test('a news item in its own language, with the switcher leading to its translations', async ({ page, request }) => {
      const doc = fullyTranslated(await publishedDocs(request, 'news'))
      await visit(page, `/${locale}/news/${doc.slug[locale]}`, locale, doc.title[locale]!)
      await expect(page.locator('.fallback-note')).toHaveCount(0)
      await expect(page.locator('main .prose p').first()).not.toBeEmpty()
      for (const other of locales) await expect(switcherLink(page, other)).toHaveAttribute('href', `/${other}/news/${doc.slug[other]}`)
      await expect(page.locator('main time').first()).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/)
    })

    test('projects list and a project page with its latest news', async ({ page, request }) => {
      await visit(page, `/${locale}/projects`, locale, sectionName[locale].projects)
      await expect(page.locator('main .project-card').first()).toBeVisible()
      const doc = fullyTranslated(await publishedDocs(request, 'projects'))
      await visit(page, `/${locale}/projects/${doc.slug[locale]}`, locale, doc.title[locale]!)
      await expect(page.locator('#project-news')).toBeVisible()
      for (const other of locales) await expect(switcherLink(page, other)).toHaveAttribute('href', `/${other}/projects/${doc.slug[other]}`)
    })

    test('regions list and a region landing page', async ({ page, request }) => {
      await visit(page, `/${locale}/regions`, locale, sectionName[locale].regions)
      const regions = await publishedDocs(request, 'regions')
      const sughd = regions.find((region) => region.title.en === 'Sughd') ?? fullyTranslated(regions)
      await visit(page, `/${locale}/regions/${sughd.slug[locale]}`, locale, sughd.title[locale]!)
      await expect(page.locator('#region-news')).toBeVisible()
      await expect(page.locator('#region-projects')).toBeVisible()
      await expect(page.locator('#region-people')).toBeVisible()
      await expect(page.locator('main .news-card').first()).toBeVisible()
      for (const other of locales) await expect(switcherLink(page, other)).toHaveAttribute('href', `/${other}/regions/${sughd.slug[other]}`)
    })

    test('contacts page groups offices, partners and donors', async ({ page }) => {
      await visit(page, `/${locale}/contacts`, locale, sectionName[locale].contacts)
      await expect(page.locator('#kind-office')).toBeVisible()
      await expect(page.locator('main a[href^="mailto:"]').first()).toBeVisible()
    })
  })
}

test('dates are formatted in each language, Tajik included', async ({ page, request }) => {
  const doc = fullyTranslated(await publishedDocs(request, 'news'))
  const dates: Record<string, string> = {}
  for (const locale of locales) {
    await page.goto(`/${locale}/news/${doc.slug[locale]}`)
    dates[locale] = (await page.locator('.page-header time').first().textContent()) ?? ''
  }
  expect(dates.en).toMatch(/^[A-Z][a-z]+ \d{1,2}, \d{4}$/)
  expect(dates.ru).toMatch(/^\d{1,2} [а-я]+ \d{4} г\.$/)
  // CLDR's Tajik month names, e.g. "24 Ноябр 2026".
  expect(dates.tg).toMatch(/^\d{1,2} [А-ЯҒӢҚӮҲҶа-яғӣқӯҳҷ]+ \d{4}$/)
  expect(dates.tg).not.toBe(dates.ru)
})
