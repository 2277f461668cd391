import { expect, test } from '@playwright/test'

import { signIn, staffHeaders } from '../helpers/e2e'

test('an editor signs in to the admin and creates a news item', async ({ page, request }) => {
  test.setTimeout(120_000)
  await signIn(page)

  // In English explicitly: the admin remembers each user's last content language.
  await page.goto('/admin/collections/news/create?locale=en')
  const title = `Admin-made news about Khujand ${Date.now()}`
  const titleInput = page.getByRole('textbox', { name: /^Title \*/ })
  await expect(titleInput).toBeVisible({ timeout: 30_000 })
  // Payload creates the draft when the create page opens: it is this test's to delete.
  await expect(page).toHaveURL(/\/admin\/collections\/news\/[0-9a-f-]{36}/, { timeout: 30_000 })
  const id = /news\/([0-9a-f-]{36})/.exec(page.url())?.[1]
  try {
    await titleInput.fill(title)
    await page.getByRole('button', { name: 'Publish changes', exact: true }).click()
    await expect(page.getByText('Updated successfully.', { exact: true })).toBeVisible({ timeout: 20_000 })

    await expect
      .poll(async () => {
        const response = await request.get(`/api/news?where[title][equals]=${encodeURIComponent(title)}&locale=en`)
        return (await response.json()).totalDocs
      })
      .toBe(1)
    const slug = `admin-made-news-about-khujand-${title.split(' ').at(-1)}`
    await expect.poll(async () => (await request.get(`/en/news/${slug}`)).status(), { timeout: 15_000 }).toBe(200)
  } finally {
    if (id) await request.delete(`/api/news/${id}`, { headers: await staffHeaders(request) })
  }
})
