import { expect, test } from './fixtures'
import { AppShell } from './pages/AppShell'
import { RepsScreen } from './pages/RepsScreen'
import { expectNoAxeViolationsLightAndDark } from './support/axe'

/**
 * Encryption at rest and the app lock in browser mode (docs/encryption.md): turned on in
 * Settings → Privacy, the recovery key shown, the journal locked on demand and unlocked by its
 * passphrase, and nothing of the journal on screen, in the title or from the API while locked.
 */
const PASSPHRASE = 'quiet harbour lantern'
const SCREENSHOTS = process.env['COACHBOOK_SCREENSHOTS']

test.describe('the journal lock', () => {
  // Turning encryption on rewrites the journal and derives keys (scrypt, ~0.1–1 s by design) several times.
  test.describe.configure({ timeout: 60_000 })

  test('encrypts from Settings → Privacy, shows the recovery key, locks on demand and hides the journal until unlocked', async ({ page, server, journal }) => {
    await journal.connect()
    const dana = await journal.addRep({ name: 'Dana Ortiz' })
    await journal.addCall({ repId: dana.id, date: '2026-11-02', account: 'Acme Corp' })
    const app = new AppShell(page, server)
    await app.open('/settings')

    const privacy = page.getByRole('region', { name: 'Privacy' })
    await privacy.getByRole('button', { name: 'Encrypt the journal…' }).click()
    await expect(privacy.getByText('A forgotten passphrase cannot be recovered.')).toBeVisible()
    await privacy.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE)
    await privacy.getByLabel('The same passphrase again').fill('quiet harbour lanterns')
    await privacy.getByRole('button', { name: 'Encrypt', exact: true }).click()
    await expect(privacy.getByText('The two passphrases are not the same')).toBeVisible()
    if (SCREENSHOTS) await page.screenshot({ path: `${SCREENSHOTS}/privacy-encrypt.png`, fullPage: true })
    await expectNoAxeViolationsLightAndDark(page, 'Settings → Privacy, encrypting')

    await privacy.getByLabel('The same passphrase again').fill(PASSPHRASE)
    await privacy.getByRole('button', { name: 'Encrypt', exact: true }).click()
    const key = privacy.getByTestId('recovery-key')
    await expect(key).toHaveText(/^([0-9A-Z]{4}-){12}[0-9A-Z]{4}$/)
    await expect(privacy.getByRole('heading', { name: 'Your recovery key' })).toBeFocused()
    if (SCREENSHOTS) await page.screenshot({ path: `${SCREENSHOTS}/privacy-recovery-key.png`, fullPage: true })
    await expectNoAxeViolationsLightAndDark(page, 'the recovery key')
    await privacy.getByRole('button', { name: 'I have kept it safe' }).click()
    await expect(privacy.getByLabel('Lock the journal after')).toHaveValue('15')
    if (SCREENSHOTS) await page.screenshot({ path: `${SCREENSHOTS}/privacy-encrypted.png`, fullPage: true })

    // Locked from the keyboard, anywhere.
    await app.open(`/reps/${dana.id}`)
    await expect(page).toHaveTitle(/Dana Ortiz/)
    await page.keyboard.press('Control+Shift+L')
    const lockScreen = page.getByRole('heading', { name: 'Your journal is locked' })
    await expect(lockScreen).toBeVisible()
    await expect(page).toHaveTitle('Locked · Coachbook')
    await expect(page.locator('body')).not.toContainText('Dana')
    await expect(page.getByRole('navigation')).toHaveCount(0)
    const answer = await page.request.post(`${server.origin}/api/reps/list`, { data: {}, headers: { authorization: `Bearer ${server.token}` } })
    expect(answer.status()).toBe(423)
    expect(await answer.json()).toMatchObject({ ok: false, error: { code: 'LOCKED' } })
    if (SCREENSHOTS) await page.screenshot({ path: `${SCREENSHOTS}/lock-screen.png`, fullPage: true })
    await expectNoAxeViolationsLightAndDark(page, 'the lock screen')

    // A reload (or any other tab) finds it locked too.
    await page.reload()
    await expect(lockScreen).toBeVisible()
    const passphrase = page.getByLabel('Passphrase')
    await expect(passphrase).toBeFocused()
    await passphrase.fill('quiet harbour lamp')
    await page.keyboard.press('Enter')
    await expect(page.getByText('That passphrase does not open this journal')).toBeVisible()
    await expect(passphrase).toHaveAttribute('aria-invalid', 'true')
    await expect(page.locator('body')).not.toContainText('Dana')
    if (SCREENSHOTS) await page.screenshot({ path: `${SCREENSHOTS}/lock-screen-wrong.png`, fullPage: true })

    await passphrase.fill(PASSPHRASE)
    await page.keyboard.press('Enter')
    await expect(app.heading).toHaveText('Dana Ortiz')
    expect((await page.request.post(`${server.origin}/api/reps/list`, { data: {}, headers: { authorization: `Bearer ${server.token}` } })).status()).toBe(200)
  })

  test('locks from the command palette, and opens with the recovery key when the passphrase is forgotten', async ({ page, server, journal }) => {
    await journal.connect()
    await journal.addRep({ name: 'Marcus Lee' })
    const enabled = await journal.call<{ recoveryKey: string }>('security.enable', { passphrase: PASSPHRASE })
    const app = new AppShell(page, server)
    await app.open('/reps')
    await expect(page.getByRole('link', { name: 'Marcus Lee' })).toBeVisible()
    // A confirmation naming someone is on screen when the lock comes: it goes with the rest.
    await new RepsScreen(page).addRep({ name: 'Priya Natarajan' })
    await expect(app.notices).toContainText('Priya Natarajan')
    await page.keyboard.press('Control+k')
    const palette = page.getByRole('dialog', { name: 'Command palette' })
    await palette.getByRole('combobox').fill('lock')
    await palette.getByRole('option', { name: /Lock the journal/ }).click()
    await expect(page.getByRole('heading', { name: 'Your journal is locked' })).toBeVisible()
    await expect(page.locator('body')).not.toContainText('Priya')
    await expect(page.locator('body')).not.toContainText('Marcus')

    await page.getByRole('button', { name: 'Forgot the passphrase? Use the recovery key' }).click()
    const recovery = page.getByLabel('Recovery key')
    await expect(recovery).toBeFocused()
    await recovery.fill(enabled.recoveryKey.toLowerCase().replace(/-/g, ' '))
    await page.getByRole('button', { name: 'Unlock' }).click()
    await expect(page.getByRole('link', { name: 'Marcus Lee' })).toBeVisible()
  })

  test('a laptop that slept past the idle minutes locks at the first touch, in Chromium', async ({ page, server, journal }) => {
    await journal.connect()
    await journal.addRep({ name: 'Marcus Lee' })
    await journal.call('security.enable', { passphrase: PASSPHRASE })
    await journal.call('security.setIdleLock', { minutes: 15 })
    // The page's clock, under the test's hand: a sleep moves the wall clock and leaves the timers where they were.
    await page.clock.install()
    const app = new AppShell(page, server)
    await app.open('/reps')
    await expect(page.getByRole('link', { name: 'Marcus Lee' })).toBeVisible()
    await page.clock.runFor(60_000)
    await page.clock.setSystemTime(Date.now() + 8 * 60 * 60_000)
    await page.keyboard.press('Shift')
    await expect(page.getByRole('heading', { name: 'Your journal is locked' })).toBeVisible()
    await expect(page.locator('body')).not.toContainText('Marcus')
  })

  test('a print view opened while locked shows the lock screen, never times out, and prints once unlocked', async ({ page, server, journal, context }) => {
    // window.print() would block a headless tab; record the call instead, with the print-ready mark it saw.
    await context.addInitScript({
      content: 'window.print = () => { document.documentElement.dataset.printed = String(document.documentElement.dataset.printReady) }',
    })
    await journal.connect()
    const dana = await journal.addRep({ name: 'Dana Ortiz' })
    await journal.addCall({ repId: dana.id, date: '2026-11-02', account: 'Acme Corp' })
    await journal.call('security.enable', { passphrase: PASSPHRASE })
    await journal.call('security.lock', {})

    // Browser mode's Print button opens the view in a tab with autoprint: here it finds the journal locked.
    await page.goto(`${server.url}#/print/rep/${dana.id}?autoprint=1`)
    await expect(page.getByRole('heading', { name: 'Your journal is locked' })).toBeVisible()
    const html = page.locator('html')
    // The state a waiting printer reads (electron/main/printPage.ts) instead of waiting out its bound.
    await expect(html).toHaveAttribute('data-app-state', 'locked')
    await expect(html).not.toHaveAttribute('data-print-ready', /.*/)
    await expect(html).not.toHaveAttribute('data-printed', /.*/)
    await expect(page.locator('body')).not.toContainText('Dana')
    await expect(page).toHaveTitle('Locked · Coachbook')

    await page.getByLabel('Passphrase').fill(PASSPHRASE)
    await page.keyboard.press('Enter')
    await expect(html).toHaveAttribute('data-print-ready', 'true')
    // The dialog opened once, after the view was ready.
    await expect(html).toHaveAttribute('data-printed', 'true')
    await expect(page).toHaveTitle(/One-on-one — Dana Ortiz/)
  })
})

