import { expect, test } from './fixtures'
import type { JournalApi } from './journalApi'
import { AppShell } from './pages/AppShell'
import { CallsScreen } from './pages/CallsScreen'
import { CommandPalette } from './pages/CommandPalette'
import { RepsScreen } from './pages/RepsScreen'
import { expectNoAxeViolations as expectNoViolations } from './support/axe'
import { note, seedCoachingJournal } from './support/coachingJournal'

async function fill(journal: JournalApi): Promise<string> {
  await journal.connect()
  await journal.updateSettings({ interstateThreshold: 100000 })
  const dana = await journal.addRep({ name: 'Dana Ortiz', title: 'Account Executive', startedOn: '2025-02-03' })
  const lee = await journal.addRep({ name: 'Lee Park' })
  await journal.updateRep({ id: lee.id, archived: true })
  const call = await journal.addCall({
    repId: dana.id,
    date: '2026-11-02',
    time: '14:30',
    account: 'Acme Corp',
    opportunity: 'Fleet renewal',
    dealValue: 42000,
    stage: 'proposal',
  })
  await journal.savePrebrief({ callId: call.id, prebrief: { plannedRole: 'technical_expert', purpose: 'training' } })
  await journal.saveDebrief({ callId: call.id, debrief: { actualRole: 'crutch', outcome: 'advanced' } })
  const big = await journal.addCall({ repId: dana.id, date: '2026-11-10', account: 'Globex', dealValue: 400000 })
  await journal.addCall({ repId: lee.id, date: '2026-10-01', opportunity: 'Expansion' })
  await journal.call('calls.update', { id: big.id, cancelled: true })
  return call.id
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`no axe violations (${colorScheme})`, () => {
    test.use({ colorScheme })

    test('empty reps and calls screens', async ({ page, server }) => {
      const app = new AppShell(page, server)
      await app.open('/reps')
      await expect(new RepsScreen(page).emptyState).toBeVisible()
      await expectNoViolations(page)

      await app.goTo('Calls')
      await expect(new CallsScreen(page).emptyState('Add your first rep')).toBeVisible()
      await expectNoViolations(page)
    })

    test('filled reps and calls screens, a call, a rep and an open dialog', async ({ page, server, journal }) => {
      const callId = await fill(journal)
      const app = new AppShell(page, server)
      const reps = new RepsScreen(page)
      const calls = new CallsScreen(page)

      await app.open('/reps')
      await reps.showArchived.check()
      await expect(reps.row('Lee Park')).toContainText('Archived')
      await expectNoViolations(page)

      await app.goTo('Calls')
      await expect(calls.row('Acme Corp')).toContainText('Actual: Crutch (rescue)')
      await expect(calls.row('Globex')).toContainText('Cancelled')
      await expectNoViolations(page)

      await calls.newCallButton.click()
      await expect(calls.dialog).toBeVisible()
      await expectNoViolations(page)
      await page.keyboard.press('Escape')

      await app.open(`/calls/${callId}`)
      await expect(page.getByRole('region', { name: 'Coaching' })).toContainText('Debrief')
      await expectNoViolations(page)

      await page.getByRole('link', { name: 'Dana Ortiz' }).first().click()
      await expect(app.heading).toHaveText('Dana Ortiz')
      await expect(page.getByRole('table', { name: /Calls with Dana Ortiz/ })).toBeVisible()
      await expectNoViolations(page)
    })

    test('home, insights and settings of an empty journal', async ({ page, server }) => {
      const app = new AppShell(page, server)
      await app.open('/')
      await expectNoViolations(page)
      await app.goTo('Insights')
      await expectNoViolations(page)
      await app.goTo('Settings')
      await expectNoViolations(page)
    })
  })
}

/**
 * Every screen of the app, filled with a journal that has something in each list, checked by axe
 * in both colour schemes and at both window sizes the app is designed for. Each step waits for
 * content that only a populated screen shows, so an empty or failed screen cannot pass unseen.
 */
const SIZES = [
  { width: 1280, height: 800 },
  { width: 1024, height: 700 },
] as const

for (const colorScheme of ['light', 'dark'] as const) {
  for (const size of SIZES) {
    test(`every screen, filled, has no axe violations (${colorScheme}, ${size.width}×${size.height})`, async ({ page, server, journal }) => {
      // Thirteen screens, each a full axe run.
      test.setTimeout(120_000)
      await page.setViewportSize(size)
      await page.emulateMedia({ colorScheme })
      const data = await seedCoachingJournal(journal)
      await journal.savePrebrief({
        callId: data.rescued.id,
        prebrief: { plannedRole: 'technical_expert', objective: 'Agree on the pilot scope', notes: note('Let the rep run the demo.') },
      })
      const app = new AppShell(page, server)
      const main = app.main
      const screens: Array<[route: string, shows: string | RegExp]> = [
        ['/', 'Initech'],
        ['/calls', 'Initech'],
        [`/calls/${data.rescued.id}`, 'Details'],
        [`/calls/${data.rescued.id}/prebrief`, 'Plan the call'],
        [`/calls/${data.rescued.id}/debrief`, 'Planned → actual'],
        ['/reps', data.lee.name],
        [`/reps/${data.dana.id}`, 'Holding silence after pricing'],
        ['/sessions', 'Holding silence after pricing'],
        [`/sessions/${data.session.id}`, 'Delete session'],
        ['/search?q=silen', /results? for/],
        ['/settings', 'Interstate threshold'],
        ['/exchange', 'Full backup'],
      ]
      for (const [route, shows] of screens) {
        await app.open(route)
        await expect(main, route).toContainText(shows)
        await expectNoViolations(page)
      }

      const palette = new CommandPalette(page)
      await app.open('/')
      await palette.open()
      await page.keyboard.type('dana')
      await expect(palette.option(/Dana Ortiz/).first()).toBeVisible()
      await expectNoViolations(page)
    })
  }
}
