import { expect, type Page } from '@playwright/test'

import { fullyTranslated, localeInfo, locales, publishedDocs, signIn, test, type Locale } from '../helpers/e2e'

/*
 * The admin's "Share and embed" panel on projects and regions: per language, the feed URLs, the
 * widget snippets with working copy buttons, and a live preview of the widget. Every expected
 * address starts with the server's `site` origin.
 */

/** The panel's language buttons name each language in itself. */
const languageName = (locale: Locale) => localeInfo[locale].label

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Opens a document's edit page and returns its panel once it has read the document. */
async function openPanel(page: Page, collection: 'projects' | 'regions', id: string) {
  await page.goto(`/admin/collections/${collection}/${id}`)
  const panel = page.getByTestId('share-embed')
  await expect(panel).toBeVisible({ timeout: 30_000 })
  await expect(panel.getByText('Loading…')).toHaveCount(0, { timeout: 15_000 })
  return panel
}

test.describe('Share and embed panel', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

  test('a project shows feeds, snippets and a preview for each language, and copies them', async ({ page, request, site }) => {
    test.setTimeout(120_000)
    const project = fullyTranslated(await publishedDocs(request, 'projects'))
    await signIn(page)
    const panel = await openPanel(page, 'projects', project.id)
    await expect(panel.getByTestId('share-embed-unpublished')).toHaveCount(0)

    for (const locale of locales) {
      const slug = encodeURIComponent(project.slug[locale] ?? '')
      const languageButton = panel.getByRole('button', { name: languageName(locale), exact: true })
      await languageButton.click()
      await expect(languageButton).toHaveAttribute('aria-pressed', 'true')
      await expect(panel.locator(`[data-locale="${locale}"]`)).toBeVisible()

      await expect(panel.getByLabel('RSS feed', { exact: true })).toHaveValue(`${site}/${locale}/projects/${slug}/rss.xml`)
      await expect(panel.getByLabel('Atom feed', { exact: true })).toHaveValue(`${site}/${locale}/projects/${slug}/atom.xml`)
      await expect(panel.getByLabel('JSON Feed', { exact: true })).toHaveValue(`${site}/${locale}/projects/${slug}/feed.json`)
      await expect(panel.getByLabel('Page address (paste it into WordPress to embed the widget)', { exact: true })).toHaveValue(
        `${site}/${locale}/projects/${slug}`,
      )
      const script = `<script src="${site}/embed.js" data-project="${slug}" data-locale="${locale}" async></script>`
      await expect(panel.getByLabel('Widget: script snippet', { exact: true })).toHaveValue(script)
      await expect(panel.getByLabel('Widget: iframe snippet', { exact: true })).toHaveValue(
        new RegExp(`^${escapeRegExp(`<iframe src="${site}/embed/${locale}/projects/${slug}" title="`)}[^"]+" width="100%" height="400" style="border:0" loading="lazy"></iframe>$`),
      )

      const preview = panel.locator('iframe')
      await expect(preview).toHaveAttribute('src', `${site}/embed/${locale}/projects/${slug}`)
      await expect(preview).toHaveAttribute('title', 'Preview of the news widget')
      // The live preview renders the widget in that language.
      await expect(preview.contentFrame().locator('html')).toHaveAttribute('lang', locale, { timeout: 15_000 })

      await panel.getByRole('button', { name: 'Copy: Widget: script snippet', exact: true }).click()
      await expect(panel.getByTestId('share-embed-status')).toHaveText('Copied to the clipboard: Widget: script snippet')
      await expect(panel.getByRole('button', { name: 'Copied: Widget: script snippet', exact: true })).toBeVisible()
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(script)
    }
  })

  test('a region gets data-region snippets', async ({ page, request, site }) => {
    test.setTimeout(120_000)
    const region = fullyTranslated(await publishedDocs(request, 'regions'))
    const slug = encodeURIComponent(region.slug.tg ?? '')
    await signIn(page)
    const panel = await openPanel(page, 'regions', region.id)

    await panel.getByRole('button', { name: languageName('tg'), exact: true }).click()
    const script = `<script src="${site}/embed.js" data-region="${slug}" data-locale="tg" async></script>`
    await expect(panel.getByLabel('Widget: script snippet', { exact: true })).toHaveValue(script)
    await expect(panel.getByLabel('RSS feed', { exact: true })).toHaveValue(`${site}/tg/regions/${slug}/rss.xml`)
    await expect(panel.locator('iframe')).toHaveAttribute('src', `${site}/embed/tg/regions/${slug}`)

    await panel.getByRole('button', { name: 'Copy: RSS feed', exact: true }).click()
    await expect(panel.getByTestId('share-embed-status')).toHaveText('Copied to the clipboard: RSS feed')
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${site}/tg/regions/${slug}/rss.xml`)
  })

  test('a project not translated into Tajik says so there, and still offers its other languages', async ({ page, request, site }) => {
    test.setTimeout(120_000)
    const untranslated = (await publishedDocs(request, 'projects')).find((doc) => !doc.title.tg && doc.title.en && doc.slug.en)
    if (!untranslated) throw new Error('the seed has no published project without a Tajik translation')
    await signIn(page)
    const panel = await openPanel(page, 'projects', untranslated.id)

    await panel.getByRole('button', { name: languageName('tg'), exact: true }).click()
    await expect(panel.getByTestId('share-embed-untranslated')).toHaveText(/^Not translated into this language yet/)
    await expect(panel.getByLabel('RSS feed', { exact: true })).toHaveCount(0)
    await expect(panel.locator('iframe')).toHaveCount(0)

    await panel.getByRole('button', { name: languageName('en'), exact: true }).click()
    await expect(panel.getByTestId('share-embed-untranslated')).toHaveCount(0)
    await expect(panel.getByLabel('RSS feed', { exact: true })).toHaveValue(`${site}/en/projects/${encodeURIComponent(untranslated.slug.en ?? '')}/rss.xml`)
  })
})
