import { execFileSync } from 'node:child_process'

import { expect, test, type Page } from '@playwright/test'

import { admin } from '../helpers/e2e'
import { e2eEnv } from '../helpers/e2e-env.mjs'

/**
 * A stopped scheduler is visible to staff: a scheduled publication due ten minutes ago and not
 * run shows a warning on the dashboard and one line above the other admin pages, in the admin's
 * language. The job is parked in a queue the server does not serve, through Payload's Local API
 * on the e2e database (tests/helpers/parkedJob.ts), and removed afterwards.
 */
function parkedJob(...args: string[]): string {
  return execFileSync(process.execPath, ['scripts/cms.mjs', 'run', 'tests/helpers/parkedJob.ts', ...args], {
    env: e2eEnv(),
    encoding: 'utf8',
    timeout: 120_000,
  })
}

async function signIn(page: Page) {
  await page.goto('/admin/login')
  await page.locator('input[name="email"]').fill(admin.email)
  await page.locator('input[name="password"]').fill(admin.password)
  await page.locator('button[type="submit"]').click()
  await expect(page).toHaveURL(/\/admin\/?$/, { timeout: 30_000 })
}

let jobId = ''
test.beforeAll(() => {
  test.setTimeout(150_000)
  jobId = /parked-job: (\S+)/.exec(parkedJob('add'))?.[1] ?? ''
  expect(jobId).not.toBe('')
})
test.afterAll(() => {
  test.setTimeout(150_000)
  if (jobId) parkedJob('remove', jobId)
})

test('an overdue scheduled publication shows a warning with what to do, on the dashboard and every admin page, in English and Tajik', async ({ page, context, baseURL }) => {
  test.setTimeout(120_000)
  await signIn(page)

  const warning = page.getByRole('alert').filter({ hasText: 'Scheduled publishing needs attention' })
  await expect(warning).toBeVisible()
  await expect(warning).toContainText(/Overdue \(due more than 2 minutes ago, not done\): [1-9]/)
  await expect(warning).toContainText('Ask your administrator to check the server log')

  // Another admin page: one line, linking to the dashboard's warning.
  await page.goto('/admin/collections/news')
  const banner = page.getByRole('alert').filter({ hasText: /Scheduled publishing needs attention \(overdue: [1-9]\d*, failed: \d+\)/ })
  await expect(banner).toBeVisible()
  await banner.getByRole('link', { name: 'What to do' }).click()
  await expect(page).toHaveURL(/\/admin\/?#scheduler-warning$/)
  await expect(warning).toBeVisible()

  await context.addCookies([{ name: 'payload-lng', value: 'tg', url: baseURL! }])
  await page.goto('/admin')
  await expect(page.locator('html')).toHaveAttribute('lang', 'tg')
  const tajik = page.getByRole('alert').filter({ hasText: 'Нашри ба нақша гирифташуда диққатро талаб мекунад' })
  await expect(tajik).toContainText(/Мӯҳлаташ гузаштааст \(вақташ зиёда аз 2 дақиқа пеш расида, иҷро нашудааст\): [1-9]/)
  await expect(tajik).toContainText('Аз маъмур хоҳиш кунед')
  await page.screenshot({ path: test.info().outputPath('scheduler-warning-tg.png') })
  await page.goto('/admin/collections/news')
  const tajikBanner = page.getByRole('alert').filter({ hasText: /мӯҳлаташ гузаштааст: [1-9]/ })
  await expect(tajikBanner.getByRole('link', { name: 'Чӣ бояд кард' })).toBeVisible()
  await page.screenshot({ path: test.info().outputPath('scheduler-banner-tg.png') })
})
