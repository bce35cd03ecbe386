import { expect, test } from './fixtures'
import { AppShell } from './pages/AppShell'
import { CallScreen } from './pages/CallScreen'
import { SettingsScreen } from './pages/SettingsScreen'
import { expectNoAxeViolationsLightAndDark } from './support/axe'

test.describe('settings', () => {
  test('a new interstate threshold turns a big enough call from sidewalk to interstate', async ({ page, server, journal }) => {
    await journal.connect()
    const dana = await journal.addRep({ name: 'Dana Ortiz' })
    const call = await journal.addCall({ repId: dana.id, date: '2026-11-02', account: 'Acme Corp', dealValue: 120000 })
    const app = new AppShell(page, server)
    const settings = new SettingsScreen(page)
    const callScreen = new CallScreen(page)

    await app.open(`/calls/${call.id}`)
    await expect(callScreen.detail('Stakes')).toContainText('Sidewalk')

    await app.goTo('Settings')
    await expect(settings.threshold).toHaveValue('')
    await settings.setThreshold('100,000')
    await expect(page.getByText('Now: interstate from $100,000.')).toBeVisible()

    await app.open(`/calls/${call.id}`)
    await expect(callScreen.detail('Stakes')).toContainText('Interstate')

    await app.goTo('Settings')
    await settings.setThreshold('')
    await app.open(`/calls/${call.id}`)
    await expect(callScreen.detail('Stakes')).toContainText('Sidewalk')
  })

  test('an invalid value is shown next to its field and not saved', async ({ page, server, journal }) => {
    await journal.connect()
    await journal.updateSettings({ interstateThreshold: 250000 })
    const app = new AppShell(page, server)
    const settings = new SettingsScreen(page)
    await app.open('/settings')
    await expect(settings.threshold).toHaveValue('250000')

    await settings.threshold.fill('a quarter million')
    await expect(settings.threshold).toHaveAttribute('aria-invalid', 'true')
    expect(await settings.errorOf(settings.threshold)).toBe('Enter an amount such as 250000, or leave it empty')
    await expect(settings.saveStatus).toHaveText('Fix the highlighted field to save')

    await settings.currency.selectOption('other')
    const code = page.getByLabel('Currency code')
    await code.fill('ZZZ')
    expect(await settings.errorOf(code)).toBe('ZZZ is not a currency code this computer knows')

    await app.reload()
    await expect(settings.threshold).toHaveValue('250000')
    await expect(settings.currency).toHaveValue('USD')
  })

  test('currency, paper size and week start are saved, and the data location is shown', async ({ page, server, journal }) => {
    const app = new AppShell(page, server)
    const settings = new SettingsScreen(page)
    await app.open('/settings')
    await settings.currency.selectOption('EUR')
    await page.getByRole('radio', { name: 'A4' }).check()
    await page.getByRole('radio', { name: 'Sunday' }).check()
    await expect(settings.saveStatus).toHaveText('Saved')
    await expect(settings.threshold).toBeVisible()
    await expect(page.getByText(/^Interstate threshold \(EUR\)/)).toBeVisible()

    await expect(settings.dataLocation).toContainText(server.dataDir)
    await expect(settings.dataLocation).toContainText('coachbook.db')
    await expect(settings.dataLocation.locator('dt:text-is("Schema version") + dd')).toHaveText(/^\d+$/)

    await app.reload()
    await expect(settings.currency).toHaveValue('EUR')
    await expect(page.getByRole('radio', { name: 'A4' })).toBeChecked()
    await expect(page.getByRole('radio', { name: 'Sunday' })).toBeChecked()
    const saved = await journal.call<{ currency: string; paperSize: string; weekStart: string }>('settings.get', {})
    expect(saved).toMatchObject({ currency: 'EUR', paperSize: 'a4', weekStart: 'sunday' })
  })

  test('has no axe violations, light and dark, also with a message showing', async ({ page, server }) => {
    const app = new AppShell(page, server)
    const settings = new SettingsScreen(page)
    await app.open('/settings')
    await expect(settings.dataLocation).toContainText('coachbook.db')
    await expectNoAxeViolationsLightAndDark(page, 'settings')
    await settings.threshold.fill('oops')
    await expect(settings.saveStatus).toHaveText('Fix the highlighted field to save')
    await expectNoAxeViolationsLightAndDark(page, 'settings with a message')
  })
})
