import { expect, test } from './fixtures'
import { AppShell } from './pages/AppShell'
import { CallScreen } from './pages/CallScreen'
import { CallsScreen } from './pages/CallsScreen'
import { RepsScreen } from './pages/RepsScreen'

test.describe('the journal keeps what you record', () => {
  test('a rep and a call added in the UI are still there after a reload', async ({ page, server }) => {
    const app = new AppShell(page, server)
    const reps = new RepsScreen(page)
    const calls = new CallsScreen(page)

    await app.open('/reps')
    await expect(reps.emptyState).toBeVisible()
    await reps.addRep({ name: 'Dana Ortiz', title: 'Account Executive', startedOn: '2025-02-03' })
    await expect(app.notices).toContainText('Added Dana Ortiz')

    await app.goTo('Calls')
    await calls.addCall({
      rep: 'Dana Ortiz',
      date: '2026-11-02',
      time: '14:30',
      account: 'Acme Corp',
      opportunity: 'Fleet renewal',
      dealValue: '42,000',
      stage: 'Proposal',
    })
    const row = calls.row('Acme Corp')
    await expect(row).toContainText('Dana Ortiz')
    await expect(row).toContainText('$42,000')
    await expect(row).toContainText('Sidewalk')

    await app.reload()
    await expect(calls.row('Acme Corp')).toContainText('Fleet renewal')
    await app.goTo('Reps')
    await expect(reps.row('Dana Ortiz')).toContainText('Account Executive')
  })

  test('the journal outlives a server restart on the same data directory', async ({ page, server, journal }) => {
    const app = new AppShell(page, server)
    const reps = new RepsScreen(page)
    const calls = new CallsScreen(page)

    await app.open('/reps')
    await reps.addRep({ name: 'Lee Park' })
    await app.goTo('Calls')
    await calls.addCall({ rep: 'Lee Park', date: '2026-10-20', account: 'Globex', dealValue: '300000', stakes: 'Interstate' })
    await expect(calls.row('Globex')).toContainText('Interstate')

    const before = server.url
    await server.restart()
    expect(server.url, 'a restart announces a fresh token').not.toBe(before)
    await app.open('/calls')
    await expect(calls.row('Globex')).toContainText('Lee Park')
    await expect(calls.row('Globex')).toContainText('$300,000')
    await expect(calls.row('Globex')).toContainText('Interstate')
    expect(await journal.call<unknown[]>('reps.list', {})).toHaveLength(1)
  })

  test('calls are listed newest first, with deal values in the journal currency', async ({ page, server, journal }) => {
    await journal.connect()
    await journal.updateSettings({ currency: 'EUR', interstateThreshold: 100000 })
    const rep = await journal.addRep({ name: 'Sam Reyes' })
    await journal.addCall({ repId: rep.id, date: '2026-09-01', account: 'Oldest' })
    await journal.addCall({ repId: rep.id, date: '2026-11-05', time: '09:00', account: 'Newest', dealValue: 150000 })
    await journal.addCall({ repId: rep.id, date: '2026-10-01', account: 'Middle', dealValue: 5000 })

    const app = new AppShell(page, server)
    const calls = new CallsScreen(page)
    await app.open('/calls')
    expect(await calls.accounts()).toEqual(['Newest', 'Middle', 'Oldest'])
    await expect(calls.row('Newest')).toContainText('€150,000')
    await expect(calls.row('Newest'), 'at or above the threshold is interstate').toContainText('Interstate')
    await expect(calls.row('Middle')).toContainText('Sidewalk')
  })

  test('validation errors from the core appear next to the field', async ({ page, server }) => {
    const app = new AppShell(page, server)
    const reps = new RepsScreen(page)
    await app.open('/reps')
    await reps.addButton.click()
    await reps.fill({ name: '   ' })
    await reps.dialog.getByRole('button', { name: 'Save rep' }).click()

    const name = reps.field('Name')
    await expect(name).toHaveAttribute('aria-invalid', 'true')
    await expect(name).toHaveAccessibleDescription('A name is required')
    await expect(reps.dialog, 'nothing was saved, the dialog stays open').toBeVisible()

    await reps.fill({ name: 'Ana Silva' })
    await reps.dialog.getByRole('button', { name: 'Save rep' }).click()
    await expect(reps.dialog).toBeHidden()
    await expect(reps.row('Ana Silva')).toBeVisible()
  })

  test('a rep can be renamed, archived and brought back', async ({ page, server, journal }) => {
    await journal.connect()
    await journal.addRep({ name: 'Chris Doe' })
    const app = new AppShell(page, server)
    const reps = new RepsScreen(page)
    await app.open('/reps')

    await reps.edit('Chris Doe', { name: 'Chris Dow', title: 'SDR' })
    await expect(reps.row('Chris Dow')).toContainText('SDR')

    await reps.archive('Chris Dow')
    await expect(reps.row('Chris Dow')).toBeHidden()
    await expect(page.getByRole('region', { name: 'No active reps' })).toBeVisible()
    await reps.showArchived.check()
    await expect(reps.row('Chris Dow')).toContainText('Archived')
    await reps.row('Chris Dow').getByRole('button', { name: 'Unarchive Chris Dow' }).click()
    await expect(reps.row('Chris Dow')).toContainText('Active')
  })

  test('a call can be opened, edited, cancelled and deleted', async ({ page, server, journal }) => {
    await journal.connect()
    const rep = await journal.addRep({ name: 'Dana Ortiz' })
    const call = await journal.addCall({ repId: rep.id, date: '2026-11-02', account: 'Acme Corp', opportunity: 'Fleet renewal' })
    await journal.savePrebrief({ callId: call.id, prebrief: { plannedRole: 'technical_expert', objective: 'Agree on the pilot scope' } })

    const app = new AppShell(page, server)
    const calls = new CallsScreen(page)
    const screen = new CallScreen(page)
    await app.open('/calls')
    await expect(calls.row('Acme Corp')).toContainText('Planned: Technical expert')
    await calls.open('Acme Corp')

    await expect(screen.heading).toHaveText('Acme Corp — Fleet renewal')
    await expect(page).toHaveURL(new RegExp(`#/calls/${call.id}$`))
    await expect(screen.coaching).toContainText('Planned role: Technical expert')
    await expect(screen.coaching).toContainText('Not debriefed yet')

    await screen.edit({ dealValue: '75000', stakes: 'Interstate' })
    await expect(screen.detail('Deal value')).toHaveText('$75,000')
    await expect(screen.detail('Stakes')).toContainText('Interstate (set by you)')

    await page.getByRole('button', { name: 'Mark cancelled' }).click()
    await expect(page.getByRole('button', { name: 'Mark as not cancelled' })).toBeVisible()
    await expect(page.getByRole('main').getByText('Cancelled', { exact: true })).toBeVisible()

    await screen.delete()
    await expect(calls.heading).toBeVisible()
    await expect(calls.emptyState('No calls yet')).toBeVisible()
    await app.reload()
    await expect(calls.emptyState('No calls yet')).toBeVisible()
  })
})
