import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { AppShell } from './pages/AppShell'
import { RepsScreen } from './pages/RepsScreen'

/** The accessible text of the focused element inside the open dialog, or null when focus is elsewhere. */
async function focusedInDialog(page: Page): Promise<string | null> {
  const inside = page.locator('dialog[open] :focus')
  if ((await inside.count()) === 0) return null
  return (await inside.getAttribute('aria-label')) ?? (await inside.innerText()).trim()
}

test.describe('keyboard only', () => {
  test('add a rep without touching the mouse', async ({ page, server }) => {
    const app = new AppShell(page, server)
    const reps = new RepsScreen(page)
    await app.open('/reps')

    // The first Tab reaches the skip link, which jumps past the navigation.
    await page.keyboard.press('Tab')
    await expect(app.skipLink).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(app.main).toBeFocused()

    await page.keyboard.press('Tab')
    await expect(reps.addButton).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(reps.dialog).toBeVisible()
    await expect(reps.field('Name'), 'focus moves into the dialog').toBeFocused()

    await page.keyboard.type('Dana Ortiz')
    await page.keyboard.press('Tab')
    await expect(reps.field('Title')).toBeFocused()
    await page.keyboard.type('Account Executive')
    await page.keyboard.press('Enter')

    await expect(reps.dialog).toBeHidden()
    await expect(reps.row('Dana Ortiz')).toContainText('Account Executive')
    await expect(reps.addButton, 'focus returns to where it was').toBeFocused()
  })

  // One dialog, opened once, for both: Tab stays inside it, then Escape closes it (each was a
  // test of its own, opening the same empty reps screen; stop 21 merged them to save a page load).
  test('Tab stays inside an open dialog; Escape closes it and gives the focus back', async ({ page, server }) => {
    const app = new AppShell(page, server)
    const reps = new RepsScreen(page)
    await app.open('/reps')

    await reps.addButton.focus()
    await page.keyboard.press('Enter')
    await expect(reps.field('Name')).toBeFocused()

    // The page behind is inert: Tab cycles through the dialog (and at most the browser's own UI).
    const seen = new Set<string>()
    for (let i = 0; i < 14; i++) {
      await page.keyboard.press('Tab')
      const inDialog = await focusedInDialog(page)
      const anywhere = await page.locator(':focus').count()
      expect(inDialog !== null || anywhere === 0, `Tab ${i + 1} moved the focus behind the dialog`).toBe(true)
      if (inDialog !== null) seen.add(inDialog)
    }
    expect([...seen]).toEqual(expect.arrayContaining(['Close', 'Cancel', 'Save rep']))

    await reps.field('Name').focus()
    await page.keyboard.type('Not saved')
    // Typed words are not thrown away on one key: Escape asks first, with the focus on keeping them.
    await page.keyboard.press('Escape')
    await expect(reps.dialog.getByRole('alert')).toContainText('Discard what you typed?')
    await expect(reps.dialog.getByRole('button', { name: 'Keep editing' })).toBeFocused()
    await page.keyboard.press('Tab')
    await expect(reps.dialog.getByRole('button', { name: 'Discard' })).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(reps.dialog).toBeHidden()
    await expect(reps.addButton).toBeFocused()
    await expect(reps.emptyState, 'nothing was added').toBeVisible()
  })

  test('the navigation is reachable and moves the focus to the new page', async ({ page, server }) => {
    const app = new AppShell(page, server)
    await app.open('/')
    const callsLink = app.nav.getByRole('link', { name: 'Calls', exact: true })
    await callsLink.focus()
    await page.keyboard.press('Enter')
    await expect(app.heading).toHaveText('Calls')
    await expect(callsLink).toHaveAttribute('aria-current', 'page')
    await expect(app.main).toBeFocused()
  })
})
