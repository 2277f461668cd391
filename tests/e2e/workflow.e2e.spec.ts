import { expect, test, type APIRequestContext, type Page } from '@playwright/test'

import { admin, staffHeaders } from '../helpers/e2e'

/**
 * The editorial workflow as staff live it: an editor writes, previews and publishes in English,
 * a Tajik translation follows later; a contributor cannot publish; a regional editor for Sughd
 * cannot touch Khatlon; the admin speaks Tajik and asks nothing of other sites.
 */
const password = 'e2e-staff-password'
const stamp = Date.now().toString(36)
const staff = {
  editor: { email: `editor-${stamp}@example.org`, role: 'editor', name: 'Malika Rahimova' },
  contributor: { email: `contributor-${stamp}@example.org`, role: 'contributor', name: 'Farrukh Nazarov' },
  regional: { email: `sughd-${stamp}@example.org`, role: 'regionalEditor', name: 'Dilnoza Karimova' },
} as const

async function regionId(request: APIRequestContext, slug: string): Promise<string> {
  const body = await (await request.get(`/api/regions?where[slug][equals]=${slug}&locale=en&depth=0`)).json()
  return String(body.docs[0].id)
}

async function token(request: APIRequestContext, email: string): Promise<string> {
  const response = await request.post('/api/users/login', { data: { email, password } })
  expect(response.ok()).toBe(true)
  return ((await response.json()) as { token: string }).token
}

async function signIn(page: Page, email: string) {
  await page.goto('/admin/login')
  await page.locator('input[name="email"]').fill(email)
  await page.locator('input[name="password"]').fill(password)
  await page.locator('button[type="submit"]').click()
  await expect(page).toHaveURL(/\/admin\/?$/, { timeout: 30_000 })
}

/** A news item tied to `regions` only, published, made by the admin through REST. */
async function newsIn(request: APIRequestContext, regions: string[], title: string): Promise<string> {
  const response = await request.post('/api/news', {
    headers: await staffHeaders(request),
    data: { title, publishedAt: new Date().toISOString(), regions, _status: 'published' },
  })
  expect(response.ok()).toBe(true)
  return String(((await response.json()) as { doc: { id: string } }).doc.id)
}

test.beforeAll(async ({ request }) => {
  const headers = await staffHeaders(request)
  const sughd = await regionId(request, 'sughd-province')
  for (const person of Object.values(staff)) {
    const response = await request.post('/api/users', {
      headers,
      data: { ...person, password, regions: person.role === 'regionalEditor' ? [sughd] : [] },
    })
    // A retried worker runs this again: an account that exists already is fine.
    if (!response.ok()) expect(await response.text()).toMatch(/already|unique|registered/i)
  }
})

test('an editor writes a news item in English, previews it, publishes it; the Tajik translation follows later', async ({ page, request, baseURL }) => {
  test.setTimeout(180_000)
  await signIn(page, staff.editor.email)
  await page.goto('/admin/collections/news/create')
  const title = `Water committees trained in Isfara ${stamp}`
  await page.locator('input[name="title"]').fill(title)
  // Autosave creates the draft and moves to its edit page.
  await expect(page).toHaveURL(/\/admin\/collections\/news\/[0-9a-f-]{36}/, { timeout: 30_000 })
  const id = page.url().match(/news\/([0-9a-f-]{36})/)![1]
  const headers = { Authorization: `JWT ${await token(request, staff.editor.email)}` }
  const slug = `water-committees-trained-in-isfara-${stamp}`
  // The slug comes with the next autosave.
  await expect
    .poll(async () => (await (await request.get(`/api/news/${id}?draft=true&locale=en&depth=0`, { headers })).json()).slug, { timeout: 20_000 })
    .toBe(slug)

  // The preview shows the draft in the real design, marked as a preview; readers get a 404.
  const [preview] = await Promise.all([page.waitForEvent('popup'), page.locator('#preview-button').click()])
  await expect(preview).toHaveURL(new RegExp(`/en/news/${slug}$`), { timeout: 30_000 })
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText(title)
  await expect(preview.locator('.preview-bar')).toContainText('latest draft')
  await preview.screenshot({ path: test.info().outputPath('preview-en.png') })
  await preview.close()

  // Live preview: the real page beside the form follows each autosave.
  await page.locator('#live-preview-toggler').click()
  const frame = page.frameLocator('#live-preview-iframe')
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText(title, { timeout: 30_000 })
  const summary = `Forty members of water user associations took part ${stamp}`
  await page.locator('textarea[name="summary"]').fill(summary)
  await expect(frame.locator('main')).toContainText(summary, { timeout: 30_000 })
  await page.screenshot({ path: test.info().outputPath('live-preview-en.png') })
  await page.locator('#live-preview-toggler').click()
  expect((await request.get(`/en/news/${slug}`)).status()).toBe(404)
  expect((await request.get(`/preview?collection=news&id=${id}&locale=en&secret=wrong`)).status()).toBe(401)

  await page.getByRole('button', { name: /^publish/i }).first().click()
  await expect(page.locator('.payload-toast-container')).toContainText(/success|published/i, { timeout: 20_000 })
  await expect.poll(async () => (await request.get(`/en/news/${slug}`)).status(), { timeout: 20_000 }).toBe(200)
  await expect((await request.get(`/en/news/${slug}`)).text()).resolves.toContain(title)
  // Not yet translated: Tajik readers see the English text as fallback.
  const fallback = await (await request.get(`/tg/news/${slug}`)).text()
  expect(fallback).toContain(title)
  expect(fallback).not.toContain('<link rel="alternate" hrefLang="tg"')

  // A week later: the Tajik translation, published on its own.
  const tajik = `Кумитаҳои об дар Исфара омӯзиш гирифтанд ${stamp}`
  await page.goto(`/admin/collections/news/${id}?locale=tg`)
  const titleInput = page.locator('input[name="title"]')
  await expect(titleInput).toBeVisible({ timeout: 30_000 })
  await titleInput.fill(tajik)
  await page.waitForTimeout(2500)
  // "Publish in Tajik" from the publish menu: only this language goes public.
  await page.locator('#action-save + .popup-button, .doc-controls .popup-button').first().click()
  await page.getByRole('button', { name: /^publish in/i }).click()
  await expect(page.locator('.payload-toast-container')).toContainText(/success|published/i, { timeout: 20_000 })
  const tgSlug = `kumitahoi-ob-dar-isfara-omuzish-giriftand-${stamp}`
  await expect.poll(async () => (await request.get(`/tg/news/${tgSlug}`)).status(), { timeout: 20_000 }).toBe(200)
  const tgPage = await (await request.get(`/tg/news/${tgSlug}`)).text()
  expect(tgPage).toContain(tajik)
  expect(tgPage).toContain(`<link rel="alternate" hrefLang="tg" href="${baseURL}/tg/news/${tgSlug}"/>`)
  // English is untouched by the Tajik publication.
  await expect((await request.get(`/en/news/${slug}`)).text()).resolves.toContain(title)
})

test('a contributor writes drafts but cannot publish, in the admin or through REST', async ({ page, request }) => {
  test.setTimeout(120_000)
  await signIn(page, staff.contributor.email)
  await page.goto('/admin/collections/news/create')
  await page.locator('input[name="title"]').fill(`Contributor draft from Khujand ${stamp}`)
  await expect(page).toHaveURL(/\/admin\/collections\/news\/[0-9a-f-]{36}/, { timeout: 30_000 })
  await expect(page.getByRole('button', { name: /^publish/i })).toHaveCount(0)
  const id = page.url().match(/news\/([0-9a-f-]{36})/)![1]
  const headers = { Authorization: `JWT ${await token(request, staff.contributor.email)}` }
  const attempt = await request.patch(`/api/news/${id}`, { headers, data: { _status: 'published' } })
  expect(attempt.status()).toBe(403)
  expect(await attempt.text()).toContain('an editor publishes')
  const publicRead = await request.get(`/api/news/${id}`)
  expect(publicRead.status()).toBe(404)
})

test('a regional editor for Sughd edits Sughd news but cannot edit a Khatlon item (403, read-only in the admin)', async ({ page, request }) => {
  test.setTimeout(120_000)
  const khatlonItem = await newsIn(request, [await regionId(request, 'khatlon-province')], `Kulob seminar ${stamp}`)
  const sughdItem = await newsIn(request, [await regionId(request, 'sughd-province')], `Khujand seminar ${stamp}`)
  const headers = { Authorization: `JWT ${await token(request, staff.regional.email)}` }
  const denied = await request.patch(`/api/news/${khatlonItem}?draft=true`, { headers, data: { title: 'Edited from Khujand' } })
  expect(denied.status()).toBe(403)
  expect((await request.patch(`/api/news/${sughdItem}?draft=true`, { headers, data: { summary: 'Edited by the Sughd editor' } })).status()).toBe(200)

  await signIn(page, staff.regional.email)
  await page.goto(`/admin/collections/news/${khatlonItem}`)
  await expect(page.locator('input[name="title"]')).toBeVisible({ timeout: 30_000 })
  await expect(page.locator('input[name="title"]')).toBeDisabled()
  await expect(page.getByRole('button', { name: /^publish/i })).toHaveCount(0)
  await page.goto(`/admin/collections/news/${sughdItem}`)
  await expect(page.locator('input[name="title"]')).toBeEditable({ timeout: 30_000 })
})

test('an item scheduled in the admin appears on the site at the chosen minute, not before', async ({ page, request }) => {
  test.setTimeout(240_000)
  await signIn(page, staff.editor.email)
  // In English explicitly: the admin remembers each user's last content language, and the first
  // test left this editor in Tajik.
  await page.goto('/admin/collections/news/create?locale=en')
  const title = `Scheduled report from Bokhtar ${stamp}`
  await page.locator('input[name="title"]').fill(title)
  await expect(page).toHaveURL(/\/admin\/collections\/news\/[0-9a-f-]{36}/, { timeout: 30_000 })
  await page.waitForTimeout(2500)
  const slug = `scheduled-report-from-bokhtar-${stamp}`

  // Two minutes ahead, to the minute, as the date picker shows it (the browser runs in UTC).
  const at = new Date(Math.ceil((Date.now() + 90_000) / 60_000) * 60_000)
  const typed = at
    .toLocaleString('en-US', { month: 'short', day: 'numeric', year: 'numeric', hour: 'numeric', minute: '2-digit', hour12: true, timeZone: 'UTC' })
    .replace(' at ', ' ')
    .replace(/(\d{4}),/, '$1')
  await page.locator('#action-save + .popup-button, .doc-controls .popup-button').first().click()
  await page.getByRole('button', { name: 'Schedule Publish' }).click()
  const time = page.locator('.drawer input[type="text"]').first()
  await time.fill(typed)
  await page.locator('.drawer h2').first().click()
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.locator('.payload-toast-container')).toContainText(/scheduled successfully/i, { timeout: 20_000 })

  expect((await request.get(`/en/news/${slug}`)).status()).toBe(404)
  await expect.poll(async () => (await request.get(`/en/news/${slug}`)).status(), { timeout: 180_000, intervals: [5_000] }).toBe(200)
  // The job runner looks every 10 seconds: the page appears at the minute, within a few seconds.
  expect(Date.now()).toBeGreaterThanOrEqual(at.getTime())
  expect(Date.now()).toBeLessThan(at.getTime() + 30_000)
  await expect((await request.get(`/en/news/${slug}`)).text()).resolves.toContain(title)
})

test('the admin in Tajik: no English in the interface, nothing fetched from other sites', async ({ page, context, baseURL }) => {
  test.setTimeout(120_000)
  const outside: string[] = []
  page.on('request', (request) => {
    const url = request.url()
    if (!url.startsWith(baseURL!) && !url.startsWith('data:') && !url.startsWith('blob:')) outside.push(url)
  })
  await context.addCookies([{ name: 'payload-lng', value: 'tg', url: baseURL! }])
  await page.goto('/admin/login')
  await page.locator('input[name="email"]').fill(admin.email)
  await page.locator('input[name="password"]').fill(admin.password)
  await page.locator('button[type="submit"]').click()
  await expect(page).toHaveURL(/\/admin\/?$/, { timeout: 30_000 })

  // Format names, the organisation's acronym and language codes are not English words.
  const allowed = new Set(['API', 'ID', 'URL', 'JSON', 'PDF', 'ASTI', 'Payload', 'EN', 'RU', 'TG', 'en', 'ru', 'tg'])
  const latinIn = async () => {
    // The interface's own words: navigation, headings, buttons, labels, column heads, tabs.
    // Only what is on screen: Payload renders the closed live-preview toolbar, whose hard-coded
    // "Responsive" (not a translation key) shows only once live preview is opened.
    const texts = await page
      .locator('nav, h1, h2, button, label, th, .tabs, .doc-tab, .field-description, .collection-list__sub-header, [data-lexical-editor], .editor-placeholder, [class*="placeholder"]')
      .filter({ visible: true })
      .allInnerTexts()
    // Document IDs (UUIDs in the heading) are not words.
    const words = texts.join(' ').replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '')
    return [...new Set(words.match(/[A-Za-z]{2,}/g) ?? [])].filter((word) => !allowed.has(word))
  }
  for (const [name, path] of [
    ['dashboard', '/admin'],
    ['news-list', '/admin/collections/news?locale=tg'],
    ['news-create', '/admin/collections/news/create?locale=tg'],
    ['users', '/admin/collections/users'],
    ['translations', '/admin/translations'],
  ] as const) {
    await page.goto(path)
    await page.waitForLoadState('networkidle')
    await expect(page.locator('html')).toHaveAttribute('lang', 'tg')
    await page.screenshot({ path: test.info().outputPath(`admin-tg-${name}.png`), fullPage: true })
    expect(await latinIn(), name).toEqual([])
  }
  // The interface font is our self-hosted Noto Sans, which has every Tajik letter.
  const font = await page.evaluate(() => getComputedStyle(document.body).fontFamily)
  expect(font).toContain('Noto Sans')
  expect(outside).toEqual([])
})
