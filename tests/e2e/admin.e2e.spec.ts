import { expect, test } from '@playwright/test'

import { admin } from '../helpers/e2e'

test('an editor signs in to the admin and creates a news item', async ({ page, request }) => {
  test.setTimeout(120_000)
  await page.goto('/admin/login')
  await page.locator('input[name="email"]').fill(admin.email)
  await page.locator('input[name="password"]').fill(admin.password)
  await page.locator('button[type="submit"]').click()
  await expect(page).toHaveURL(/\/admin\/?$/, { timeout: 30_000 })

  await page.goto('/admin/collections/news/create')
  const title = `Admin-made news about Khujand ${Date.now()}`
  const titleInput = page.locator('input[name="title"]')
  await expect(titleInput).toBeVisible({ timeout: 30_000 })
  await titleInput.fill(title)
  await page.getByRole('button', { name: /publish/i }).first().click()
  await expect(page.locator('.payload-toast-container')).toContainText(/success|updated|published/i, { timeout: 20_000 })

  await expect
    .poll(async () => {
      const response = await request.get(`/api/news?where[title][equals]=${encodeURIComponent(title)}&locale=en`)
      return (await response.json()).totalDocs
    })
    .toBe(1)
  const slug = `admin-made-news-about-khujand-${title.split(' ').at(-1)}`
  await expect.poll(async () => (await request.get(`/en/news/${slug}`)).status(), { timeout: 15_000 }).toBe(200)
})
