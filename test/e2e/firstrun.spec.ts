import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { AppShell } from './pages/AppShell'
import { expectNoAxeViolationsLightAndDark, resizeWindow, WINDOW_SIZES } from './support/axe'
import { dayFromToday } from './support/coachingJournal'

/**
 * axe in both schemes at both window sizes, for a screen's state as it is now: four checks, which
 * is why the tests below that make them set a longer budget than one screen's worth.
 */
async function expectAccessibleEverywhere(page: Page, what: string): Promise<void> {
  for (const size of WINDOW_SIZES) {
    await resizeWindow(page, size)
    await expectNoAxeViolationsLightAndDark(page, `${what} at ${size.width}×${size.height}`)
  }
}

test.describe('issue 14: first run, the quick debrief and the method', () => {
  test('a new journal teaches the method, opens the demo apart from it and back, then leads straight to each next step', async ({ page, server, journal }) => {
    // Two screens checked four ways each, and the demo seeded through the core on opening.
    test.setTimeout(150_000)
    const app = new AppShell(page, server)
    await app.open('/')
    const welcome = page.getByRole('region', { name: 'Welcome to Coachbook' })
    await expect(welcome.getByRole('heading', { name: 'Four roles on a joint call' })).toBeVisible()
    await expect(welcome).toContainText('Sidewalk or interstate')
    await expect(welcome).toContainText('Why rescuing costs the rep')
    await expectAccessibleEverywhere(page, 'the first run')

    // The demo: its own journal, marked on every screen, and the real one untouched by it.
    await welcome.getByRole('button', { name: 'Try the demo journal first' }).click()
    const banner = page.getByRole('region', { name: 'You are in the demo journal' })
    await expect(banner).toBeVisible()
    await expect(page.getByRole('region', { name: 'Times you took over this month' })).toBeVisible()
    await expectAccessibleEverywhere(page, 'Home in the demo journal')
    await app.goTo('Reps')
    await expect(banner).toBeVisible()
    expect(await journal.call<{ open: boolean; exists: boolean }>('demo.status', {})).toMatchObject({ open: true, exists: true })
    await banner.getByRole('button', { name: 'Back to my journal' }).click()
    await expect(banner).toBeHidden()
    await expect(welcome).toBeVisible()
    expect(await journal.call<unknown[]>('reps.list', { includeArchived: true })).toEqual([])

    // Removed in one click, from the palette's way in and the banner's way out.
    await page.keyboard.press('Control+k')
    await page.getByRole('combobox', { name: 'Command or search' }).fill('demo journal')
    await page.keyboard.press('Enter')
    await expect(banner).toBeVisible()
    await banner.getByRole('button', { name: 'Remove the demo' }).click()
    await expect(banner).toBeHidden()
    expect(await journal.call('demo.status', {})).toEqual({ available: true, open: false, exists: false })

    // The two settings, then the first steps: each opens the dialog it names.
    await welcome.getByLabel(/Interstate from a deal value of/).fill('200000')
    await welcome.getByLabel('Currency').selectOption('EUR')
    await welcome.getByRole('button', { name: 'Start my journal' }).click()
    const start = page.getByRole('region', { name: 'Get started' })
    await expect(start).toBeVisible()
    expect(await journal.call('settings.get', {})).toMatchObject({ interstateThreshold: 200000, currency: 'EUR' })
    await start.getByRole('button', { name: 'Add your first rep' }).click()
    const repDialog = page.getByRole('dialog', { name: 'Add a rep' })
    await repDialog.getByLabel('Name').fill('Dana Ortiz')
    await repDialog.getByRole('button', { name: 'Save rep' }).click()
    await expect(page.getByRole('region', { name: 'Plan before the call' })).toBeVisible()

    await page.getByRole('button', { name: 'New call' }).click()
    const callDialog = page.getByRole('dialog', { name: 'New call' })
    await callDialog.getByLabel('Rep').selectOption({ label: 'Dana Ortiz' })
    await callDialog.getByLabel('Account').fill('Northwind Traders')
    await callDialog.getByRole('button', { name: 'Save call' }).click()
    const offer = page.getByRole('region', { name: 'Call saved. Plan it with the rep?' })
    await expect(offer.getByRole('link', { name: 'Plan it now' })).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/#\/calls\/[^/]+\/prebrief$/)
  })

  test('the 60-second debrief, by keyboard alone, leaves the full debrief to do and listed on Home', async ({ page, server, journal }) => {
    // The quick debrief checked four ways, and its rescue state twice more.
    test.setTimeout(90_000)
    const rep = await journal.addRep({ name: 'Lee Park' })
    const call = await journal.addCall({ repId: rep.id, date: dayFromToday(-1), account: 'Initech', opportunity: 'Renewal' })
    await journal.savePrebrief({ callId: call.id, prebrief: { plannedRole: 'technical_expert' } })
    const app = new AppShell(page, server)
    await app.open(`/calls/${call.id}`)
    await page.getByRole('link', { name: 'Quick debrief (60 seconds)' }).click()
    await expect(app.heading).toHaveText('Quick debrief')
    await expectAccessibleEverywhere(page, 'the quick debrief')

    // Keyboard only: into the roles, along to the crutch, the one-tap reason, the lesson, Enter.
    const roles = page.getByRole('group', { name: /Which role did you play/ })
    await roles.getByRole('radio').first().focus()
    await page.keyboard.press('Space')
    for (let step = 0; step < 3; step++) await page.keyboard.press('ArrowDown')
    await expect(roles.getByRole('radio', { name: 'Crutch' })).toBeChecked()
    const reason = page.getByRole('group', { name: /You took over/ })
    await expect(reason).toBeVisible()
    await expectNoAxeViolationsLightAndDark(page, 'the quick debrief of a rescue')
    await page.keyboard.press('Tab')
    await page.keyboard.press('Space')
    await page.keyboard.press('ArrowDown')
    await expect(reason.getByRole('radio', { name: 'A big name at stake' })).toBeChecked()
    await page.keyboard.press('Tab')
    await page.keyboard.type('Let the rep answer the pricing question')
    await page.keyboard.press('Enter')

    await expect(page).toHaveURL(new RegExp(`#/calls/${call.id}$`))
    await expect(page.getByRole('region', { name: /^Debrief/ })).toContainText('Full debrief still to do')
    const stored = await journal.call<{ debrief: Record<string, unknown> }>('calls.get', { id: call.id })
    expect(stored.debrief).toMatchObject({ actualRole: 'crutch', rescueFear: 'big_logo', lesson: 'Let the rep answer the pricing question', outcome: null })

    await app.goTo('Home')
    const due = page.getByRole('region', { name: 'Full debrief still to do' })
    await expect(due).toContainText('Initech — Renewal')
    await due.getByRole('link', { name: /^Finish it/ }).click()
    await expect(page).toHaveURL(new RegExp(`#/calls/${call.id}/debrief$`))
    await page.getByRole('radio', { name: 'Won' }).check()
    await app.goTo('Home')
    await expect(page.getByRole('region', { name: 'Full debrief still to do' })).toHaveCount(0)
  })

  test('the method has a page of its own, reached from the palette', async ({ page, server, journal }) => {
    // The page checked four ways.
    test.setTimeout(60_000)
    await journal.addRep({ name: 'Dana Ortiz' })
    const app = new AppShell(page, server)
    await app.open('/')
    await page.keyboard.press('Control+k')
    await page.getByRole('combobox', { name: 'Command or search' }).fill('coaching method')
    await page.keyboard.press('Enter')
    await expect(app.heading).toHaveText('The method')
    await expect(page.getByRole('heading', { name: 'Why rescuing costs the rep' })).toBeVisible()
    await expectAccessibleEverywhere(page, 'the method')
  })
})
