import { execFileSync } from 'node:child_process'

import { expect, test } from '@playwright/test'

import { e2eEnv } from '../helpers/e2e-env.mjs'
import { fullyTranslated, locales, publishedDocs, staffHeaders } from '../helpers/e2e'

/**
 * A command-line task (`npm run seed`, `import:wordpress`, `restore`, `reindex`) writes to the
 * database from a process of its own, which cannot reach the running server's page cache. Each
 * one ends by asking the site to drop its cached pages (src/lib/siteRefresh.ts → POST
 * /api/site/refresh with a token derived from PAYLOAD_SECRET), so readers see the change without
 * a restart. Here a change is made behind the server's back (tests/helpers/changeBehind.ts), the
 * cached pages still show the old text, and `reindex` (the quickest of those tasks) brings the
 * new one to every language.
 */
function cli(...args: string[]): string {
  return execFileSync(process.execPath, ['scripts/cms.mjs', ...args], { env: e2eEnv(), encoding: 'utf8', timeout: 120_000 })
}

test('after a command-line task changed the database, the running site shows the change in every language without a restart', async ({ request }) => {
  test.setTimeout(180_000)
  const doc = fullyTranslated(await publishedDocs(request, 'news'))
  const pages = Object.fromEntries(locales.map((locale) => [locale, `/${locale}/news/${doc.slug[locale]}`]))
  const stamp = Date.now().toString(36)
  const summaries = { en: `Refreshed after the reindex ${stamp}`, ru: `Обновлено после переиндексации ${stamp}`, tg: `Пас аз азнавиндексгузорӣ нав шуд ${stamp}` }
  // Rendered and cached.
  for (const locale of locales) expect((await request.get(pages[locale])).status()).toBe(200)
  const headers = await staffHeaders(request)
  const original = Object.fromEntries(
    await Promise.all(locales.map(async (locale) => [locale, ((await (await request.get(`/api/news/${doc.id}?locale=${locale}&depth=0`, { headers })).json()) as { summary: string }).summary] as const)),
  )
  try {
    expect(cli('run', 'tests/helpers/changeBehind.ts', doc.id, summaries.en, summaries.ru, summaries.tg)).toContain('changed')
    // The server's cache does not know: every page still shows the old text.
    for (const locale of locales) expect(await (await request.get(pages[locale])).text()).not.toContain(summaries[locale as keyof typeof summaries])

    expect(cli('reindex')).toContain('dropped its cached pages')
    for (const locale of locales) {
      await expect.poll(async () => (await (await request.get(pages[locale])).text()).includes(summaries[locale as keyof typeof summaries]), { timeout: 15_000 }).toBe(true)
    }
  } finally {
    for (const locale of locales) await request.patch(`/api/news/${doc.id}?locale=${locale}`, { headers, data: { summary: original[locale], _status: 'published' } })
  }
})

test('the refresh is refused without the derived token or a staff sign-in', async ({ request }) => {
  expect((await request.post('/api/site/refresh')).status()).toBe(403)
  expect((await request.post('/api/site/refresh', { headers: { Authorization: 'Bearer not-the-token' } })).status()).toBe(403)
})
