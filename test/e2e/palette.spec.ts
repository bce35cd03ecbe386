import { expect, test } from './fixtures'
import { AppShell } from './pages/AppShell'
import { CallsScreen } from './pages/CallsScreen'
import { CommandPalette } from './pages/CommandPalette'
import { expectNoAxeViolationsLightAndDark } from './support/axe'
import { seedCoachingJournal } from './support/coachingJournal'

test.describe('command palette and shortcuts', () => {
  test('Ctrl+K → "New call" → a call is created, and its page opens', async ({ page, server, journal }) => {
    await journal.connect()
    await journal.addRep({ name: 'Dana Ortiz' })
    const app = new AppShell(page, server)
    const palette = new CommandPalette(page)
    const calls = new CallsScreen(page)
    await app.open('/')

    await palette.open()
    await palette.run('new call', 'New call')
    await expect(palette.dialog).toBeHidden()
    await expect(calls.dialog).toBeVisible()
    await calls.fill({ account: 'Stark Industries', opportunity: 'Arc reactors', dealValue: '75000' })
    await calls.dialog.getByRole('button', { name: 'Save call' }).click()

    await expect(app.heading).toHaveText('Stark Industries — Arc reactors')
    await expect(page).toHaveURL(/#\/calls\/[^/]+$/)
    await app.goTo('Calls')
    await expect(calls.row('Stark Industries')).toBeVisible()
  })

  test('works by keyboard: arrows move the active option, Enter runs it, Escape closes and gives the focus back', async ({ page, server }) => {
    const app = new AppShell(page, server)
    const palette = new CommandPalette(page)
    await app.open('/')
    const button = page.getByRole('button', { name: 'Search or run a command' })
    await button.focus()
    await page.keyboard.press('Enter')
    await expect(palette.box).toBeFocused()
    await expect(palette.active()).toContainText('New call')
    const first = await palette.box.getAttribute('aria-activedescendant')
    await page.keyboard.press('ArrowDown')
    await expect(palette.active()).toContainText('New pre-brief…')
    expect(await palette.box.getAttribute('aria-activedescendant')).not.toBe(first)
    await page.keyboard.press('Escape')
    await expect(palette.dialog).toBeHidden()
    await expect(button).toBeFocused()

    await palette.open()
    await palette.run('settings', 'Go to Settings')
    await expect(app.heading).toHaveText('Settings')
  })

  test('P picks an upcoming call without a plan first; D a held call waiting for its debrief', async ({ page, server, journal }) => {
    const data = await seedCoachingJournal(journal)
    const app = new AppShell(page, server)
    const palette = new CommandPalette(page)
    await app.open('/')
    await app.main.focus()

    await page.keyboard.press('p')
    await expect(palette.box).toHaveAccessibleName('New pre-brief: choose a call')
    await expect(palette.active()).toContainText('Northwind Traders — Warehouse rollout')
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(new RegExp(`#/calls/${data.upcoming.id}/prebrief$`))

    await app.open('/')
    await app.main.focus()
    await page.keyboard.press('d')
    await expect(palette.active()).toContainText('Initech — Renewal')
    await expect(palette.active()).toContainText('Overdue')
    await page.keyboard.type('acme')
    await expect(palette.active()).toContainText('Acme Corp — Fleet renewal')
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(new RegExp(`#/calls/${data.rescued.id}/debrief$`))
  })

  test('quick search in the palette opens an entry; "/" goes to search', async ({ page, server, journal }) => {
    const data = await seedCoachingJournal(journal)
    const app = new AppShell(page, server)
    const palette = new CommandPalette(page)
    await app.open('/')
    await palette.open()
    await palette.box.fill('qualify')
    await expect(palette.option(/Globex — Fleet tracking/)).toBeVisible()
    await palette.option(/Globex — Fleet tracking/).click()
    await expect(page).toHaveURL(new RegExp(`#/calls/${data.lost.id}/debrief$`))

    await app.open('/')
    await app.main.focus()
    await page.keyboard.press('/')
    await expect(app.heading).toHaveText('Search')
    await expect(page.getByRole('searchbox', { name: 'Search your journal' })).toBeFocused()
  })

  test('single keys open forms and help, but never while typing', async ({ page, server, journal }) => {
    await journal.connect()
    await journal.addRep({ name: 'Dana Ortiz' })
    const app = new AppShell(page, server)
    await app.open('/reps')
    await app.main.focus()

    await page.keyboard.press('?')
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
    await expect(help).toContainText('Log a coaching session')
    await page.keyboard.press('Escape')
    await expect(help).toBeHidden()

    await page.keyboard.press('n')
    await expect(page.getByRole('dialog', { name: 'New call' })).toBeVisible()
    // In the form, "n" is a letter.
    await page.getByRole('dialog', { name: 'New call' }).getByLabel('Account').fill('')
    await page.keyboard.type('nnn')
    await expect(page.getByRole('dialog', { name: 'New call' }).getByLabel('Account')).toHaveValue('nnn')
    await expect(page.getByRole('dialog')).toHaveCount(1)
    // Something was typed: Escape asks before discarding it (issue 14).
    await page.keyboard.press('Escape')
    await page.getByRole('dialog', { name: 'New call' }).getByRole('button', { name: 'Discard' }).click()

    await page.keyboard.press('l')
    await expect(page.getByRole('dialog', { name: 'Log a coaching session' })).toBeVisible()
  })

  test('has no axe violations with the palette searching, light and dark', async ({ page, server, journal }) => {
    await seedCoachingJournal(journal)
    const app = new AppShell(page, server)
    const palette = new CommandPalette(page)
    await app.open('/')
    await palette.open()
    await palette.box.fill('fleet')
    await expect(palette.option(/Acme Corp — Fleet renewal/)).toBeVisible()
    await expectNoAxeViolationsLightAndDark(page, 'the palette with results')
  })

  test('has no axe violations with a call list or the help open, light and dark', async ({ page, server, journal }) => {
    await seedCoachingJournal(journal)
    const app = new AppShell(page, server)
    const palette = new CommandPalette(page)
    await app.open('/')
    await app.main.focus()
    await page.keyboard.press('d')
    await expect(palette.active()).toContainText('Initech')
    await expectNoAxeViolationsLightAndDark(page, 'the calls to debrief')
    await page.keyboard.press('Escape')
    await page.keyboard.press('Escape')
    await app.main.focus()
    await page.keyboard.press('?')
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible()
    await expectNoAxeViolationsLightAndDark(page, 'the keyboard shortcuts')
  })
})
