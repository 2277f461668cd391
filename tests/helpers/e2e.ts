import { test as base, expect, type APIRequestContext, type Page } from '@playwright/test'

import { locales, type Locale } from '@/i18n/locales'

// The one list of languages (src/i18n/locales.ts): tests follow it, a fourth language included.
export { defaultLocale, localeInfo, locales, type Locale } from '@/i18n/locales'

/**
 * Playwright's `test` plus `site`, the origin of the server under test: the e2e server's SITE_URL
 * is its baseURL (tests/helpers/e2e-server.mjs), so absolute links in pages and feeds start with it.
 */
export const test = base.extend<{ site: string }>({
  site: async ({ baseURL }, use) => {
    if (!baseURL) throw new Error('playwright.config.ts sets no baseURL')
    await use(new URL(baseURL).origin)
  },
})

/** The e2e server's seeded administrator (tests/helpers/e2e-server.mjs). */
export const admin = { email: 'admin@example.org', password: 'e2e-admin-password' }

type PerLocale = Partial<Record<Locale, string>>
export interface DocSummary {
  id: string
  slug: PerLocale
  title: PerLocale
}

/** Published documents with their slugs and titles in every language, through the public REST API. */
export async function publishedDocs(request: APIRequestContext, collection: 'news' | 'projects' | 'regions'): Promise<DocSummary[]> {
  const titleField = collection === 'regions' ? 'name' : 'title'
  const response = await request.get(`/api/${collection}?locale=all&depth=0&limit=100`)
  if (!response.ok()) throw new Error(`GET /api/${collection} answered ${response.status()}`)
  const body = (await response.json()) as { docs: Record<string, unknown>[] }
  return body.docs.map((doc) => ({ id: String(doc.id), slug: (doc.slug ?? {}) as PerLocale, title: (doc[titleField] ?? {}) as PerLocale }))
}

/** A document translated into every language. */
export function fullyTranslated(docs: DocSummary[]): DocSummary {
  const doc = docs.find((candidate) => locales.every((locale) => candidate.slug[locale] && candidate.title[locale]))
  if (!doc) throw new Error('no fully translated document in the seed')
  return doc
}

/** Signs in through the REST API and returns an Authorization header for staff requests. */
export async function staffHeaders(request: APIRequestContext, account: { email: string; password: string } = admin): Promise<Record<string, string>> {
  const response = await request.post('/api/users/login', { data: account })
  if (!response.ok()) throw new Error(`login answered ${response.status()}`)
  const { token } = (await response.json()) as { token: string }
  return { Authorization: `JWT ${token}` }
}

/** The login form's words in the admin languages the tests sign in with (Payload's own translations). */
const loginForm = {
  en: { email: 'Email', password: 'Password', submit: 'Login' },
  tg: { email: 'Почтаи электронӣ', password: 'Парол', submit: 'Ворид шудан' },
} as const

/**
 * Signs in through the admin's login form, as staff do, and waits for the dashboard.
 * `language` is the admin interface's language (the `payload-lng` choice), not a content locale.
 */
export async function signIn(page: Page, account: { email: string; password: string } = admin, language: keyof typeof loginForm = 'en') {
  const words = loginForm[language]
  await page.goto('/admin/login')
  await page.getByLabel(words.email).fill(account.email)
  await page.getByLabel(words.password).fill(account.password)
  await page.getByRole('button', { name: words.submit, exact: true }).click()
  await expect(page).toHaveURL(/\/admin\/?$/, { timeout: 30_000 })
}

/**
 * Opens the menu beside the admin's publish button (publish one language, schedule). Payload gives
 * its arrow button no accessible name, so this is the one place that finds it by position: the
 * button right after "Publish changes". If Payload names it one day, find it by that name here.
 */
export async function openPublishMenu(page: Page) {
  await page.getByRole('button', { name: 'Publish changes', exact: true }).locator('xpath=following::button[1]').click()
}
