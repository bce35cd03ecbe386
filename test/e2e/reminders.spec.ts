import { expect, test } from './fixtures'
import { AppShell } from './pages/AppShell'
import { CommandPalette } from './pages/CommandPalette'
import { expectNoAxeViolationsLightAndDark, resizeWindow, WINDOW_SIZES } from './support/axe'
import { screenshotFor } from './support/screenshot'
import { addDays } from '../../shared/isoWeek'
import { localToday } from '../../shared/dates'

/**
 * Issue 14, item 3: the reminders inbox. The journal's days are set from today, so every reminder
 * is due whatever the day and hour the test runs (the rules' boundaries are unit-tested with a
 * clock passed in: test/unit/shared/reminders.test.ts).
 */
test('the inbox counts and lists what is due, leads to the call, and forgets a kind turned off', async ({ page, server, journal }) => {
  await journal.connect()
  const today = localToday()
  const dana = await journal.addRep({ name: 'Dana Ortiz' })
  const waiting = await journal.addCall({ repId: dana.id, date: addDays(today, -2), account: 'Acme Corp' })
  await journal.savePrebrief({ callId: waiting.id, prebrief: { plannedRole: 'technical_expert' } })
  const quick = await journal.addCall({ repId: dana.id, date: addDays(today, -3), account: 'Globex' })
  await journal.saveDebrief({ callId: quick.id, debrief: { actualRole: 'depth_and_breadth' } })
  await journal.addCall({ repId: dana.id, date: today, account: 'Initech' })
  const opened = await journal.addCall({ repId: dana.id, date: addDays(today, -20), account: 'Umbrella' })
  await journal.saveDebrief({ callId: opened.id, debrief: { actualRole: 'technical_expert', outcome: 'advanced', skillToDrill: 'Holding silence after pricing' } })

  const app = new AppShell(page, server)
  await app.open('/')
  const bell = page.getByRole('link', { name: 'Reminders 4 due', exact: true })
  await expect(bell).toBeVisible()

  // In the palette too, by keyboard.
  const palette = new CommandPalette(page)
  await palette.open()
  await palette.run('remind', 'Reminders')
  await expect(app.heading).toHaveText('Reminders')
  const group = (name: string) => page.getByRole('region', { name })
  await expect(group('Debriefs waiting')).toContainText('2 calls')
  await expect(group('Debriefs waiting').getByRole('listitem')).toHaveText([/Acme Corp.*with Dana Ortiz/, /Globex.*quick debrief only/])
  await expect(group('Calls to plan')).toContainText('Initech')
  await expect(group('Calls to plan')).toContainText('Today with Dana Ortiz')
  await expect(group('Skills with no practice lately')).toContainText('Holding silence after pricing')
  await expect(group('Skills with no practice lately')).toContainText('not practised since it was opened 20 days ago')
  await screenshotFor(page, 'reminders-inbox')
  for (const size of WINDOW_SIZES) {
    await resizeWindow(page, size)
    await expectNoAxeViolationsLightAndDark(page, `the reminders inbox at ${size.width}×${size.height}`)
  }

  await group('Debriefs waiting').getByRole('link', { name: /^Debrief\W+Acme Corp$/ }).click()
  await expect(page).toHaveURL(new RegExp(`#/calls/${waiting.id}/debrief$`))

  await page.goto(`${server.url}#/settings?section=reminders`)
  await app.ready()
  const reminders = page.getByRole('region', { name: 'Reminders' })
  await reminders.getByRole('checkbox', { name: /Calls to plan/ }).uncheck()
  await expect(page.getByRole('link', { name: 'Reminders 3 due', exact: true })).toBeVisible()
  await expect(reminders.getByRole('checkbox', { name: /Calls to plan/ })).not.toBeChecked()
  // Browser mode asks before any notification: off until turned on here.
  await expect(reminders.getByRole('checkbox', { name: 'Show notifications in this browser' })).not.toBeChecked()
  await screenshotFor(page, 'reminders-settings')

  await page.getByRole('link', { name: 'Reminders 3 due', exact: true }).click()
  await expect(app.heading).toHaveText('Reminders')
  await expect(group('Debriefs waiting')).toBeVisible()
  await expect(group('Calls to plan')).toHaveCount(0)
  expect(await journal.call('reminders.settings', {})).toMatchObject({ prebriefs: false, debriefs: true })
})
