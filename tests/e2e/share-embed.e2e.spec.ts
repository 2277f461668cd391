import { expect, test, type Page } from '@playwright/test'

import { admin, fullyTranslated, locales, publishedDocs } from '../helpers/e2e'

/*
 * The admin's "Share and embed" panel on projects and regions: per language, the feed URLs, the
 * widget snippets with working copy buttons, and a live preview of the widget.
 */

const SITE = 'http://localhost:3100'

async function signIn(page: Page) {
  await page.goto('/admin/login')
  await page.locator('input[name="email"]').fill(admin.email)
  await page.locator('input[name="password"]').fill(admin.password)
  await page.locator('button[type="submit"]').click()
  await expect(page).toHaveURL(/\/admin\/?$/, { timeout: 30_000 })
}

test.describe('Share and embed panel', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

  test('a project shows feeds, snippets and a preview for each language, and copies them', async ({ page, request }) => {
    test.setTimeout(120_000)
    const project = fullyTranslated(await publishedDocs(request, 'projects'))
    await signIn(page)
    await page.goto(`/admin/collections/projects/${project.id}`)
    const panel = page.getByTestId('share-embed')
    await expect(panel).toBeVisible({ timeout: 30_000 })
    for (const locale of locales) {
      const slug = project.slug[locale] ?? ''
      await panel.getByRole('button', { name: { en: 'English', ru: 'Русский', tg: 'Тоҷикӣ' }[locale], exact: true }).click()
      await expect(panel.locator(`[data-locale="${locale}"]`)).toBeVisible()
      await expect(panel.getByLabel('RSS feed', { exact: true })).toHaveValue(`${SITE}/${locale}/projects/${slug}/rss.xml`)
      await expect(panel.getByLabel('Atom feed', { exact: true })).toHaveValue(`${SITE}/${locale}/projects/${slug}/atom.xml`)
      await expect(panel.getByLabel('JSON Feed', { exact: true })).toHaveValue(`${SITE}/${locale}/projects/${slug}/feed.json`)
      const script = `<script src="${SITE}/embed.js" data-project="${slug}" data-locale="${locale}" async></script>`
      await expect(panel.getByLabel('Widget: script snippet', { exact: true })).toHaveValue(script)
      await expect(panel.locator('iframe')).toHaveAttribute('src', `${SITE}/embed/${locale}/projects/${slug}`)
      // The live preview renders the widget in that language.
      await expect(page.frameLocator('[data-testid="share-embed"] iframe').locator('html')).toHaveAttribute('lang', locale)

      await panel.getByRole('button', { name: 'Copy: Widget: script snippet' }).click()
      await expect(panel.getByTestId('share-embed-status')).toHaveText('Copied to the clipboard: Widget: script snippet')
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(script)
    }
  })

  test('a region gets data-region snippets; an untranslated language says so', async ({ page, request }) => {
    test.setTimeout(120_000)
    const region = fullyTranslated(await publishedDocs(request, 'regions'))
    const untranslated = (await publishedDocs(request, 'projects')).find((doc) => !doc.title.tg)
    if (!untranslated) throw new Error('the seed has no project without Tajik')
    await signIn(page)

    await page.goto(`/admin/collections/regions/${region.id}`)
    const panel = page.getByTestId('share-embed')
    await expect(panel).toBeVisible({ timeout: 30_000 })
    await panel.getByRole('button', { name: 'Тоҷикӣ', exact: true }).click()
    await expect(panel.getByLabel('Widget: script snippet', { exact: true })).toHaveValue(
      `<script src="${SITE}/embed.js" data-region="${region.slug.tg}" data-locale="tg" async></script>`,
    )
    await expect(panel.getByLabel('RSS feed', { exact: true })).toHaveValue(`${SITE}/tg/regions/${region.slug.tg}/rss.xml`)

    await page.goto(`/admin/collections/projects/${untranslated.id}`)
    const projectPanel = page.getByTestId('share-embed')
    await expect(projectPanel).toBeVisible({ timeout: 30_000 })
    await projectPanel.getByRole('button', { name: 'Тоҷикӣ', exact: true }).click()
    await expect(projectPanel.getByTestId('share-embed-untranslated')).toHaveText('Not translated into this language yet, so it has no feed or widget here.')
    await expect(projectPanel.getByLabel('RSS feed', { exact: true })).toHaveCount(0)
    await projectPanel.getByRole('button', { name: 'English', exact: true }).click()
    await expect(projectPanel.getByLabel('RSS feed', { exact: true })).toHaveValue(`${SITE}/en/projects/${untranslated.slug.en}/rss.xml`)
  })
})
