import { expect, test } from '@playwright/test'

import { signIn, staffHeaders } from '../helpers/e2e'

/*
 * A new password in the admin asks for the current one (src/cms/collections/Users), in Tajik:
 * a new password saved without "Your current password" is refused with a notice saying why, and
 * one saved with it works. A screenshot of the account page goes to the test's output folder.
 */
test('changing one’s password in the Tajik admin asks for the current one', async ({ page, request, baseURL }) => {
  const person = { email: `account-${Date.now().toString(36)}@example.org`, password: 'juniper-kettle-mosaic-29', name: 'Гулнора Саидова', role: 'editor' }
  const headers = await staffHeaders(request)
  const created = await request.post('/api/users', { headers, data: person })
  expect(created.status()).toBe(201)
  const { doc } = (await created.json()) as { doc: { id: string } }
  const newPassword = 'pomegranate-ledger-violet-64'
  try {
    await page.context().addCookies([{ name: 'payload-lng', value: 'tg', url: baseURL! }])
    await signIn(page, person, 'tg')
    await page.goto('/admin/account')
    const current = page.getByLabel('Пароли ҳозираи шумо')
    await expect(current).toBeVisible()
    /** Opens Payload's new-password fields and fills them. */
    const typeNewPassword = async () => {
      if (!(await page.getByLabel('Пароли нав').isVisible())) await page.getByRole('button', { name: 'Иваз кардани парол' }).click()
      await page.getByLabel('Пароли нав').fill(newPassword)
      await page.getByLabel('Тасдиқи парол').fill(newPassword)
    }
    /**
     * Saves, and waits for the server's answer to the save (the first save after the server
     * starts checks the form on the server first, which took over 10 s once in CI). Once in CI
     * the admin's form, its server check of the first typing answering after the last, refused
     * the save as invalid without sending it ("Лутфан майдонҳои нодурустро ислоҳ кунед."): then
     * the new password is typed again and saved again, at most twice more.
     */
    const save = async () => {
      const refusals = page.getByText('Лутфан майдонҳои нодурустро ислоҳ кунед.')
      for (let attempt = 1; ; attempt++) {
        // A refusal is a notice more than were there before the click.
        const shown = await refusals.count()
        const answered = page.waitForResponse((response) => response.request().method() === 'PATCH' && response.url().includes(`/api/users/${doc.id}`), { timeout: 30_000 })
        answered.catch(() => {})
        await page.getByRole('button', { name: 'Нигоҳ доштан' }).click()
        const refused = refusals.nth(shown).waitFor({ timeout: 30_000 }).then(() => null)
        refused.catch(() => {})
        const outcome = await Promise.race([answered, refused])
        if (outcome) return outcome
        expect(attempt, 'the admin refused the form before sending it, three times').toBeLessThan(3)
        await typeNewPassword()
      }
    }
    // Without the current password the save is refused, and the notice says why.
    await typeNewPassword()
    expect((await save()).status()).toBe(400)
    await expect(page.getByText('Барои иваз кардани суроғаи почтаи электронӣ ё парол пароли ҳозираи худро ворид кунед.').first()).toBeVisible()
    expect((await request.post('/api/users/login', { data: { email: person.email, password: newPassword } })).status()).toBe(401)

    // With it, the new password works.
    await typeNewPassword()
    await current.fill(person.password)
    await page.screenshot({ path: test.info().outputPath('account-current-password-tg.png'), fullPage: true })
    expect((await save()).status()).toBe(200)
    await expect(page.getByText('Бомуваффақият навсозӣ шуд.').first()).toBeVisible()
    expect((await request.post('/api/users/login', { data: { email: person.email, password: newPassword } })).status()).toBe(200)
  } finally {
    // An open edit view holds the document's lock: close it before deleting the account.
    await page.close()
    await request.delete(`/api/users/${doc.id}`, { headers })
  }
})
