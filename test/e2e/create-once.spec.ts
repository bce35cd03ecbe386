import type { Page } from '@playwright/test'
import type { Call, CoachingSession, Rep } from '../../shared/entities'
import { expect, test } from './fixtures'
import type { JournalApi } from './journalApi'
import { AppShell } from './pages/AppShell'
import { CallsScreen } from './pages/CallsScreen'
import { RepsScreen } from './pages/RepsScreen'
import { SessionsScreen } from './pages/SessionsScreen'
import { expectNoAxeViolations } from './support/axe'
import { screenshotFor } from './support/screenshot'

/**
 * The first create the form sends reaches the journal, but its answer is lost on the way back
 * (a timeout, a dropped connection): the form says it failed, and the person clicks again.
 */
async function loseFirstAnswer(page: Page, channel: string): Promise<void> {
  await page.route(
    `**/api/${channel}`,
    async (route) => {
      await route.fetch()
      await route.abort('failed')
    },
    { times: 1 },
  )
}

const repsIn = (journal: JournalApi) => journal.call<Rep[]>('reps.list', { includeArchived: true })
const callsIn = async (journal: JournalApi) => (await journal.call<{ items: Call[] }>('calls.list', {})).items
const sessionsIn = (journal: JournalApi) => journal.call<CoachingSession[]>('sessions.list', {})

test.describe('a create sent twice makes one record', () => {
  test('the rep form: a double click, then a retry after a lost answer', async ({ page, server, journal }) => {
    await journal.connect()
    const app = new AppShell(page, server)
    const reps = new RepsScreen(page)
    await app.open('/reps')

    await reps.addButton.click()
    await reps.fill({ name: 'Dana Ortiz' })
    await reps.dialog.getByRole('button', { name: 'Save rep' }).dblclick()
    await expect(reps.dialog).toBeHidden()
    await expect(reps.row('Dana Ortiz')).toBeVisible()

    await loseFirstAnswer(page, 'reps/create')
    await reps.addButton.click()
    await reps.fill({ name: 'Jamie Fox' })
    await reps.dialog.getByRole('button', { name: 'Save rep' }).click()
    await expect(reps.dialog.getByRole('alert')).toContainText('not answering')
    await reps.dialog.getByRole('button', { name: 'Save rep' }).click()
    await expect(reps.dialog).toBeHidden()

    expect((await repsIn(journal)).map((rep) => rep.name).sort()).toEqual(['Dana Ortiz', 'Jamie Fox'])
  })

  test('the call form: a double click, then a retry after a lost answer', async ({ page, server, journal }) => {
    await journal.connect()
    await journal.addRep({ name: 'Dana Ortiz' })
    const app = new AppShell(page, server)
    const calls = new CallsScreen(page)
    await app.open('/calls')

    await calls.newCallButton.click()
    await calls.fill({ account: 'Acme Corp', date: '2026-11-02' })
    await calls.dialog.getByRole('button', { name: 'Save call' }).dblclick()
    await expect(calls.dialog).toBeHidden()

    await loseFirstAnswer(page, 'calls/create')
    await calls.newCallButton.click()
    await calls.fill({ account: 'Globex', date: '2026-11-03' })
    await calls.dialog.getByRole('button', { name: 'Save call' }).click()
    await expect(calls.dialog.getByRole('alert')).toContainText('not answering')
    await calls.dialog.getByRole('button', { name: 'Save call' }).click()
    await expect(calls.dialog).toBeHidden()

    expect((await callsIn(journal)).map((call) => call.account).sort()).toEqual(['Acme Corp', 'Globex'])
  })

  test('the session form: a double click, then a retry after a lost answer', async ({ page, server, journal }) => {
    await journal.connect()
    await journal.addRep({ name: 'Dana Ortiz' })
    const app = new AppShell(page, server)
    const sessions = new SessionsScreen(page)
    await app.open('/sessions')

    await page.getByRole('button', { name: 'Log session' }).click()
    await sessions.fill({ date: '2026-11-02', kind: 'role_play', skill: 'Holding silence' })
    await sessions.dialog.getByRole('button', { name: 'Log session' }).dblclick()
    await expect(sessions.dialog).toBeHidden()

    await loseFirstAnswer(page, 'sessions/create')
    await page.getByRole('button', { name: 'Log session' }).click()
    await sessions.fill({ date: '2026-11-03', kind: 'role_play', skill: 'Asking for the next step' })
    await sessions.dialog.getByRole('button', { name: 'Log session' }).click()
    await expect(sessions.dialog.getByRole('alert')).toContainText('not answering')
    await sessions.dialog.getByRole('button', { name: 'Log session' }).click()
    await expect(sessions.dialog).toBeHidden()

    expect((await sessionsIn(journal)).map((session) => session.skill).sort()).toEqual(['Asking for the next step', 'Holding silence'])
  })
})

test.describe('a rep entered twice', () => {
  test('is merged into the other: their calls and sessions move, the duplicate goes', async ({ page, server, journal }) => {
    await journal.connect()
    const kept = await journal.addRep({ name: 'Dana Ortiz', title: 'Account Executive' })
    const twice = await journal.addRep({ name: 'Dana O.' })
    await journal.addCall({ repId: twice.id, date: '2026-11-02', account: 'Acme Corp', stage: 'proposal' })
    await journal.call('sessions.create', { repId: twice.id, date: '2026-11-03', kind: 'role_play', skill: 'Holding silence' })
    const app = new AppShell(page, server)
    await app.open(`/reps/${twice.id}`)
    await expect(app.heading).toHaveText('Dana O.')
    await expect(page.getByRole('button', { name: 'Delete', exact: true }), 'a rep with records cannot be deleted').toHaveCount(0)

    await page.getByRole('button', { name: 'Merge into…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Merge Dana O. into another rep' })
    await dialog.getByRole('button', { name: 'Merge Dana O.' }).click()
    await expect(dialog.getByText('Choose the rep to keep')).toBeVisible()
    await dialog.getByLabel('Merge into').selectOption({ label: 'Dana Ortiz' })
    await expectNoAxeViolations(page, 'the merge dialog')
    await screenshotFor(page, 'rep-merge-dialog')
    await dialog.getByRole('button', { name: 'Merge Dana O.' }).click()

    await expect(app.heading).toHaveText('Dana Ortiz')
    await expect(page.getByRole('table', { name: /^Calls with Dana Ortiz/ })).toContainText('Acme Corp')
    expect((await repsIn(journal)).map((rep) => rep.name)).toEqual(['Dana Ortiz'])
    expect((await callsIn(journal)).map((call) => call.repId)).toEqual([kept.id])
    expect((await sessionsIn(journal)).map((session) => session.repId)).toEqual([kept.id])
  })

  test('without records is deleted after a confirmation', async ({ page, server, journal }) => {
    await journal.connect()
    await journal.addRep({ name: 'Dana Ortiz' })
    const empty = await journal.addRep({ name: 'Typo Rep' })
    const app = new AppShell(page, server)
    await app.open(`/reps/${empty.id}`)

    await page.getByRole('button', { name: 'Delete', exact: true }).click()
    const confirm = page.getByRole('dialog', { name: 'Delete Typo Rep?' })
    await expect(confirm).toContainText('has no calls and no coaching sessions')
    await expectNoAxeViolations(page, 'the delete confirmation')
    await screenshotFor(page, 'rep-delete-confirm')
    await confirm.getByRole('button', { name: 'Delete Typo Rep' }).click()

    await expect(app.heading).toHaveText('Reps')
    await expect(new RepsScreen(page).row('Typo Rep')).toHaveCount(0)
    expect((await repsIn(journal)).map((rep) => rep.name)).toEqual(['Dana Ortiz'])
  })
})
