import { expect, test, type APIRequestContext, type Page } from '@playwright/test'

import { locales, openPublishMenu, signIn, staffHeaders } from '../helpers/e2e'

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
  // The Tajik-speaking administrator: her name in the document history is Tajik too.
  tajikAdmin: { email: `admin-tg-${stamp}@example.org`, role: 'admin', name: 'Шаҳло Раҳимова' },
} as const

/** Accounts and news items this file makes, deleted after its last test. */
const made: { users: string[]; news: string[] } = { users: [], news: [] }

/** The id of the document whose edit page is open (Payload creates a draft when the create page opens). */
function openDocumentId(page: Page): string {
  const id = /news\/([0-9a-f-]{36})/.exec(page.url())?.[1]
  if (!id) throw new Error(`not on a news item's edit page: ${page.url()}`)
  made.news.push(id)
  return id
}

/** The title field of the open edit page, in the content language shown. */
const titleField = (page: Page) => page.getByRole('textbox', { name: /^Title \*/ })

async function regionId(request: APIRequestContext, slug: string): Promise<string> {
  const body = await (await request.get(`/api/regions?where[slug][equals]=${slug}&locale=en&depth=0`)).json()
  return String(body.docs[0].id)
}

/** REST headers of one of this file's staff accounts. */
const headersOf = (request: APIRequestContext, person: keyof typeof staff) => staffHeaders(request, { email: staff[person].email, password })

/** A draft's field as saved (by autosave or publish), read through REST with staff headers. */
async function savedField(request: APIRequestContext, headers: Record<string, string>, id: string, locale: string, field: 'slug' | 'title') {
  const doc = (await (await request.get(`/api/news/${id}?draft=true&locale=${locale}&depth=0`, { headers })).json()) as Record<string, unknown>
  return doc[field]
}

/** A news item tied to `regions` only, published, made by the admin through REST. */
async function newsIn(request: APIRequestContext, regions: string[], title: string): Promise<string> {
  const response = await request.post('/api/news', {
    headers: await staffHeaders(request),
    data: { title, publishedAt: new Date().toISOString(), regions, _status: 'published' },
  })
  expect(response.ok()).toBe(true)
  const id = String(((await response.json()) as { doc: { id: string } }).doc.id)
  made.news.push(id)
  return id
}

test.beforeAll(async ({ request }) => {
  const headers = await staffHeaders(request)
  const sughd = await regionId(request, 'sughd-province')
  for (const person of Object.values(staff)) {
    const response = await request.post('/api/users', {
      headers,
      data: { ...person, password, regions: person.role === 'regionalEditor' ? [sughd] : [] },
    })
    expect(response.ok(), await response.text()).toBe(true)
    made.users.push(String(((await response.json()) as { doc: { id: string } }).doc.id))
  }
})

test.afterAll(async ({ request }) => {
  const headers = await staffHeaders(request)
  for (const id of made.news.splice(0)) await request.delete(`/api/news/${id}`, { headers })
  for (const id of made.users.splice(0)) await request.delete(`/api/users/${id}`, { headers })
})

test('an editor writes a news item in English, previews it, publishes it; the Tajik translation follows later', async ({ page, request, baseURL }) => {
  test.setTimeout(180_000)
  await signIn(page, { email: staff.editor.email, password })
  await page.goto('/admin/collections/news/create?locale=en')
  const title = `Water committees trained in Isfara ${stamp}`
  await titleField(page).fill(title)
  // With autosave, Payload creates the draft at once and moves to its edit page.
  await expect(page).toHaveURL(/\/admin\/collections\/news\/[0-9a-f-]{36}/, { timeout: 30_000 })
  const id = openDocumentId(page)
  const headers = await headersOf(request, 'editor')
  const slug = `water-committees-trained-in-isfara-${stamp}`
  // The slug comes with the next autosave.
  await expect.poll(() => savedField(request, headers, id, 'en', 'slug'), { timeout: 20_000 }).toBe(slug)

  // The preview shows the draft in the real design, marked as a preview; readers get a 404.
  const [preview] = await Promise.all([page.waitForEvent('popup'), page.getByRole('link', { name: 'Preview', exact: true }).click()])
  await expect(preview).toHaveURL(new RegExp(`/en/news/${slug}$`), { timeout: 30_000 })
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText(title)
  await expect(preview.getByRole('status')).toContainText('latest draft')
  await preview.screenshot({ path: test.info().outputPath('preview-en.png') })
  await preview.close()

  // Live preview: the real page beside the form follows each autosave.
  await page.getByRole('button', { name: 'Live Preview', exact: true }).click()
  // The live preview is the only frame on a news item's edit page.
  const frame = page.getByRole('main').locator('iframe').contentFrame()
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText(title, { timeout: 30_000 })
  const summary = `Forty members of water user associations took part ${stamp}`
  await page.getByRole('textbox', { name: /^Summary/ }).fill(summary)
  await expect(frame.getByRole('main')).toContainText(summary, { timeout: 30_000 })
  await page.screenshot({ path: test.info().outputPath('live-preview-en.png') })
  await page.getByRole('button', { name: 'Exit Live Preview', exact: true }).click()
  expect((await request.get(`/en/news/${slug}`)).status()).toBe(404)
  expect((await request.get(`/preview?collection=news&id=${id}&locale=en&secret=wrong`)).status()).toBe(401)

  await page.getByRole('button', { name: 'Publish changes', exact: true }).click()
  await expect(page.getByText('Updated successfully.', { exact: true })).toBeVisible({ timeout: 20_000 })
  await expect.poll(async () => (await request.get(`/en/news/${slug}`)).status(), { timeout: 20_000 }).toBe(200)
  await expect((await request.get(`/en/news/${slug}`)).text()).resolves.toContain(title)
  // Not yet translated: Tajik readers see the English text as fallback.
  const fallback = await (await request.get(`/tg/news/${slug}`)).text()
  expect(fallback).toContain(title)
  expect(fallback).not.toContain('<link rel="alternate" hrefLang="tg"')

  // A week later: the Tajik translation, published on its own.
  const tajik = `Кумитаҳои об дар Исфара омӯзиш гирифтанд ${stamp}`
  await page.goto(`/admin/collections/news/${id}?locale=tg`)
  await expect(titleField(page)).toBeVisible({ timeout: 30_000 })
  await titleField(page).fill(tajik)
  // Publish once autosave has stored the Tajik draft, so no autosave runs into the publication.
  await expect.poll(() => savedField(request, headers, id, 'tg', 'title'), { timeout: 20_000 }).toBe(tajik)
  // "Publish in Tajik" from the publish menu: only this language goes public.
  await openPublishMenu(page)
  await page.getByRole('button', { name: 'Publish in Tajik', exact: true }).click()
  await expect(page.getByText('Updated successfully.', { exact: true })).toBeVisible({ timeout: 20_000 })
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
  await signIn(page, { email: staff.contributor.email, password })
  await page.goto('/admin/collections/news/create?locale=en')
  const title = `Contributor draft from Khujand ${stamp}`
  await titleField(page).fill(title)
  await expect(page).toHaveURL(/\/admin\/collections\/news\/[0-9a-f-]{36}/, { timeout: 30_000 })
  const id = openDocumentId(page)
  const headers = await headersOf(request, 'contributor')
  // The draft is saved, and the form offers no way to publish it.
  await expect.poll(() => savedField(request, headers, id, 'en', 'title'), { timeout: 20_000 }).toBe(title)
  await expect(page.getByRole('button', { name: /^publish/i })).toHaveCount(0)
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
  const headers = await headersOf(request, 'regional')
  const denied = await request.patch(`/api/news/${khatlonItem}?draft=true`, { headers, data: { title: 'Edited from Khujand' } })
  expect(denied.status()).toBe(403)
  expect((await request.patch(`/api/news/${sughdItem}?draft=true`, { headers, data: { summary: 'Edited by the Sughd editor' } })).status()).toBe(200)

  await signIn(page, { email: staff.regional.email, password })
  await page.goto(`/admin/collections/news/${khatlonItem}?locale=en`)
  await expect(titleField(page)).toBeVisible({ timeout: 30_000 })
  await expect(titleField(page)).toBeDisabled()
  await expect(page.getByRole('button', { name: /^publish/i })).toHaveCount(0)
  await page.goto(`/admin/collections/news/${sughdItem}?locale=en`)
  await expect(titleField(page)).toBeEditable({ timeout: 30_000 })
})

test('an item scheduled in the admin appears on the site at the chosen minute, not before', async ({ page, request }) => {
  test.setTimeout(240_000)
  await signIn(page, { email: staff.editor.email, password })
  // In English explicitly: the admin remembers each user's last content language.
  await page.goto('/admin/collections/news/create?locale=en')
  const title = `Scheduled report from Bokhtar ${stamp}`
  await titleField(page).fill(title)
  await expect(page).toHaveURL(/\/admin\/collections\/news\/[0-9a-f-]{36}/, { timeout: 30_000 })
  const id = openDocumentId(page)
  const headers = await headersOf(request, 'editor')
  const slug = `scheduled-report-from-bokhtar-${stamp}`
  // Schedule once autosave has stored the titled draft: that draft is what goes public.
  await expect.poll(() => savedField(request, headers, id, 'en', 'slug'), { timeout: 20_000 }).toBe(slug)

  // The next whole minute at least 45 seconds ahead (time to fill the drawer and check that the
  // page is not public yet), as the date picker shows it (the browser runs in UTC).
  const at = new Date(Math.ceil((Date.now() + 45_000) / 60_000) * 60_000)
  const typed = at
    .toLocaleString('en-US', { month: 'short', day: 'numeric', year: 'numeric', hour: 'numeric', minute: '2-digit', hour12: true, timeZone: 'UTC' })
    .replace(' at ', ' ')
    .replace(/(\d{4}),/, '$1')
  await openPublishMenu(page)
  await page.getByRole('button', { name: 'Schedule Publish', exact: true }).click()
  const drawer = page.getByRole('dialog').filter({ has: page.getByRole('heading', { name: `Schedule publish for ${title}` }) })
  // The drawer's one text box is the time (the time zone and language are drop-downs).
  await drawer.getByRole('textbox').fill(typed)
  // A click on the heading closes the date picker, as a person would.
  await drawer.getByRole('heading', { name: `Schedule publish for ${title}` }).click()
  await drawer.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(page.getByText('Scheduled successfully.', { exact: true })).toBeVisible({ timeout: 20_000 })

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
  await signIn(page, { email: staff.tajikAdmin.email, password }, 'tg')

  // Format names, the organisation's acronym and language codes are not English words.
  const allowed = new Set(['API', 'ID', 'URL', 'JSON', 'PDF', 'ASTI', 'Payload', ...locales, ...locales.map((code) => code.toUpperCase())])
  const latinIn = async () => {
    // The interface's own words: navigation, headings, buttons, labels, column heads, tabs, the
    // document's tabs, and the edit form (its labels, descriptions and placeholders). Only what is
    // on screen: Payload renders the closed live-preview toolbar, whose hard-coded "Responsive"
    // (not a translation key) shows only once live preview is opened.
    const parts = [
      page.getByRole('navigation'),
      page.getByRole('heading', { level: 1 }),
      page.getByRole('heading', { level: 2 }),
      page.getByRole('button'),
      page.locator('label'),
      page.getByRole('columnheader'),
      page.getByRole('tab'),
      page.getByRole('list').filter({ has: page.getByRole('link', { name: 'API', exact: true }) }),
      page.getByRole('main'),
    ]
    const texts: string[] = []
    for (const part of parts) texts.push(...(await part.filter({ visible: true }).allInnerTexts()))
    // Document IDs (UUIDs in the heading) and web addresses (the SEO preview's) are not words.
    const words = texts
      .join(' ')
      .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '')
      .replace(/\bhttps?:\/\/\S*/g, '')
    return [...new Set(words.match(/[A-Za-z]{2,}/g) ?? [])].filter((word) => !allowed.has(word))
  }
  // Each page is read once what it shows last has appeared.
  for (const [name, path, ready] of [
    ['dashboard', '/admin', page.getByRole('heading', { level: 2 }).first()],
    ['news-list', '/admin/collections/news?locale=tg', page.getByRole('row').nth(1)],
    // The rich-text editor is the last part of the form to load.
    ['news-create', '/admin/collections/news/create?locale=tg', page.locator('[contenteditable="true"]')],
    ['users', '/admin/collections/users', page.getByRole('row').nth(1)],
    ['translations', '/admin/translations', page.getByRole('heading', { level: 1 })],
  ] as const) {
    await page.goto(path)
    await expect(ready).toBeVisible({ timeout: 30_000 })
    if (name === 'news-create') {
      await expect(page).toHaveURL(/\/admin\/collections\/news\/[0-9a-f-]{36}/)
      openDocumentId(page)
    }
    await expect(page.locator('html')).toHaveAttribute('lang', 'tg')
    await page.screenshot({ path: test.info().outputPath(`admin-tg-${name}.png`), fullPage: true })
    expect(await latinIn(), name).toEqual([])
  }
  // The interface font is our self-hosted Noto Sans, which has every Tajik letter.
  const font = await page.evaluate(() => getComputedStyle(document.body).fontFamily)
  expect(font).toContain('Noto Sans')
  expect(outside).toEqual([])
})
