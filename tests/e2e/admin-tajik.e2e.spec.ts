import { expect, test, type Page } from '@playwright/test'

import { admin, fullyTranslated, publishedDocs } from '../helpers/e2e'

/*
 * Our own admin components in Tajik: the words come from Payload's i18n (namespace `newsroom`),
 * which sends the browser only Payload's own keys of a custom language unless ours are configured
 * as translations. The share panel is a client component, so its Tajik proves our keys reach the
 * browser; the others are server components. Screenshots go to the test's output folder.
 */

async function signInInTajik(page: Page, baseURL: string) {
  // What the account's language setting stores.
  await page.context().addCookies([{ name: 'payload-lng', value: 'tg', url: baseURL }])
  await page.goto('/admin/login')
  await page.locator('input[name="email"]').fill(admin.email)
  await page.locator('input[name="password"]').fill(admin.password)
  await page.locator('button[type="submit"]').click()
  await expect(page).toHaveURL(/\/admin\/?$/, { timeout: 30_000 })
  await expect(page.locator('html')).toHaveAttribute('lang', 'tg')
}

test.describe('our admin components in Tajik', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

  test('the translations view and its link in the navigation', async ({ page, baseURL }) => {
    await signInInTajik(page, baseURL!)
    // At this window width Payload starts with the navigation closed.
    await page.getByRole('button', { name: 'Кушодан Меню' }).click()
    const link = page.getByRole('link', { name: 'Тарҷумаҳо', exact: true })
    await expect(link).toHaveAttribute('href', '/admin/translations')
    await link.click()
    await expect(page.getByRole('heading', { level: 1, name: 'Тарҷумаҳо' })).toBeVisible({ timeout: 30_000 })
    await expect(page.getByText(/^Ҳуҷҷатҳое, ки тарҷумаашон нест ё аз тағйироти охирини матн бо забони «Англисӣ» кӯҳнатар аст/)).toBeVisible()
    await expect(page.getByRole('columnheader', { name: 'Русӣ: Тарҷума нест / Кӯҳна шудааст' })).toBeVisible()
    await expect(page.getByRole('rowheader', { name: 'Хабарҳо', exact: true })).toBeVisible()
    // The seed has untranslated documents: their links open the edit page in the missing language.
    const gap = page.getByRole('region', { name: /^Тоҷикӣ \(\d+\)$/ })
    await expect(gap.getByRole('columnheader', { name: 'Матн бо забони «Англисӣ» тағйир ёфт / тарҷума тағйир ёфт' })).toBeVisible()
    await expect(gap.getByRole('link').first()).toHaveAttribute('href', /^\/admin\/collections\/[a-z]+\/[^/?]+\?locale=tg$/)
    await page.screenshot({ path: test.info().outputPath('translations-tg.png'), fullPage: true })
  })

  test("a news item's recent changes", async ({ page, request, baseURL }) => {
    const news = fullyTranslated(await publishedDocs(request, 'news'))
    await signInInTajik(page, baseURL!)
    await page.goto(`/admin/collections/news/${news.id}`)
    const heading = page.getByRole('heading', { level: 3, name: 'Тағйироти охирин' })
    await expect(heading).toBeVisible({ timeout: 30_000 })
    const history = page.locator('.recent-changes').filter({ has: heading })
    await expect(history.getByRole('listitem').first()).toContainText(/нашр шуд \([A-Z, ]+\)|пешнавис|нигоҳдории худкор/)
    await expect(history.getByRole('link', { name: 'Муқоиса' }).first()).toHaveAttribute('href', new RegExp(`^/admin/collections/news/${news.id}/versions/[^/]+$`))
    await expect(history.getByRole('link', { name: 'Ҳамаи версияҳо' })).toHaveAttribute('href', `/admin/collections/news/${news.id}/versions`)
    await history.scrollIntoViewIfNeeded()
    await page.screenshot({ path: test.info().outputPath('recent-changes-tg.png') })
  })

  test('the share and embed panel, a client component', async ({ page, request, baseURL }) => {
    const project = fullyTranslated(await publishedDocs(request, 'projects'))
    await signInInTajik(page, baseURL!)
    await page.goto(`/admin/collections/projects/${project.id}`)
    const panel = page.getByTestId('share-embed')
    await expect(panel.getByText('Мубодила ва ҷойгиркунӣ', { exact: true })).toBeVisible({ timeout: 30_000 })
    await expect(panel.getByText('Бор шуда истодааст…')).toHaveCount(0, { timeout: 15_000 })
    await expect(panel.getByRole('group', { name: 'Забон' })).toBeVisible()
    await expect(panel.getByLabel('Тасмаи RSS', { exact: true })).toHaveValue(/\/rss\.xml$/)
    await panel.getByRole('button', { name: 'Нусха бардоштан: Тасмаи RSS', exact: true }).click()
    await expect(panel.getByTestId('share-embed-status')).toHaveText('Ба буфери мубодила нусха бардошта шуд: Тасмаи RSS')
    // The Tajik widget, previewed under its Tajik title.
    await panel.getByRole('button', { name: 'Тоҷикӣ', exact: true }).click()
    const preview = panel.locator('iframe')
    await expect(preview).toHaveAttribute('title', 'Пешнамоиши виҷети хабарҳо')
    await expect(preview.contentFrame().locator('html')).toHaveAttribute('lang', 'tg', { timeout: 15_000 })
    await expect(preview.contentFrame().getByRole('link').first()).toBeVisible()
    await panel.scrollIntoViewIfNeeded()
    await panel.screenshot({ path: test.info().outputPath('share-embed-tg.png') })
    // The preview apart: a frame below the window's fold is not painted in the panel's picture.
    await preview.scrollIntoViewIfNeeded()
    await preview.screenshot({ path: test.info().outputPath('share-embed-preview-tg.png') })
  })
})
