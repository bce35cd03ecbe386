import type { Page, Route } from '@playwright/test'
import type { CallDetail } from '../../shared/entities'
import { expect, test } from './fixtures'
import type { JournalApi } from './journalApi'
import { AppShell } from './pages/AppShell'
import { DebriefScreen } from './pages/BriefsScreen'
import { RepsScreen } from './pages/RepsScreen'
import { expectNoAxeViolations } from './support/axe'
import { screenshotFor } from './support/screenshot'

/** A held call with a debrief that can be saved (its role is chosen). */
async function aDebriefedCall(journal: JournalApi) {
  await journal.connect()
  const rep = await journal.addRep({ name: 'Dana Ortiz' })
  const call = await journal.addCall({ repId: rep.id, date: '2026-11-02', account: 'Acme Corp', stage: 'proposal' })
  await journal.saveDebrief({
    callId: call.id,
    debrief: { actualRole: 'depth_and_breadth', outcome: 'advanced', lesson: 'First lesson', skillToDrill: 'First skill' },
  })
  return call.id
}

/**
 * Holds one tab's debrief saves at the network until released, so the other tab's save lands
 * first: the order two windows' saves reach the journal, made certain instead of left to timing.
 */
async function holdSaves(page: Page): Promise<{ held: Promise<void>; release: () => Promise<void> }> {
  let markHeld: () => void = () => {}
  const held = new Promise<void>((resolve) => (markHeld = resolve))
  const waiting: Route[] = []
  let released = false
  await page.route('**/api/debriefs/save', async (route) => {
    if (released) return route.continue()
    waiting.push(route)
    markHeld()
  })
  return {
    held,
    release: async () => {
      released = true
      for (const route of waiting.splice(0)) await route.continue()
    },
  }
}

const storedDebrief = async (journal: JournalApi, callId: string) => (await journal.call<CallDetail>('calls.get', { id: callId })).debrief

async function openBoth(page: Page, app: AppShell, callId: string) {
  const first = new DebriefScreen(page)
  await first.open(app, callId)
  const otherPage = await page.context().newPage()
  const other = new DebriefScreen(otherPage)
  await other.open(new AppShell(otherPage, app.server), callId)
  return { first, other, otherPage }
}

test.describe('two windows on one debrief', () => {
  test('different fields changed in two tabs both survive, and each tab shows the other’s', async ({ page, server, journal }) => {
    const callId = await aDebriefedCall(journal)
    const app = new AppShell(page, server)
    const { first, other } = await openBoth(page, app, callId)

    // The other tab's save is on its way, based on the debrief as both tabs opened it…
    const hold = await holdSaves(other.page)
    await other.textbox('One skill to drill').fill('Skill from the other tab')
    await hold.held
    // …when this tab saves another field.
    await first.textbox('The lesson').fill('Lesson from this tab')
    await first.expectSaved()
    await hold.release()
    await other.expectSaved()

    expect(await storedDebrief(journal, callId)).toMatchObject({ lesson: 'Lesson from this tab', skillToDrill: 'Skill from the other tab' })
    // Each tab learnt of the other's change and shows it, since nothing was being typed there.
    await expect(first.textbox('One skill to drill')).toHaveValue('Skill from the other tab')
    await expect(other.textbox('The lesson')).toHaveValue('Lesson from this tab')
    await expect(page.getByRole('region', { name: /changed in another window/i })).toHaveCount(0)
  })

  test('the same field changed in two tabs: the later one shows both versions and keeps both when asked', async ({ page, server, journal }) => {
    const callId = await aDebriefedCall(journal)
    const app = new AppShell(page, server)
    const { first, other, otherPage } = await openBoth(page, app, callId)

    const hold = await holdSaves(otherPage)
    await other.textbox('The lesson').fill('Words from the other tab')
    await hold.held
    await first.textbox('The lesson').fill('Words from this tab')
    await first.expectSaved()
    await hold.release()

    // The later editor keeps its words on screen, sees the other version and is told to choose.
    const conflicts = otherPage.getByRole('region', { name: 'Changed in another window too' })
    await expect(conflicts).toBeVisible()
    await expect(conflicts).toContainText('The lesson')
    await expect(conflicts).toContainText('Words from this tab')
    await expect(other.textbox('The lesson')).toHaveValue('Words from the other tab')
    await expect(other.saveStatus).toHaveText('Changed in another window too — choose which to keep')
    // Nothing vanished: the journal holds the first save, the second tab holds its own words.
    expect((await storedDebrief(journal, callId))?.lesson).toBe('Words from this tab')
    await expectNoAxeViolations(otherPage, 'the conflict panel')
    await screenshotFor(otherPage, 'conflict-panel')

    await conflicts.getByRole('button', { name: 'Keep both' }).click()
    await expect(conflicts).toBeHidden()
    await expect(other.textbox('The lesson')).toHaveValue('Words from this tab\n\nWords from the other tab')
    await other.expectSaved()
    expect((await storedDebrief(journal, callId))?.lesson).toBe('Words from this tab\n\nWords from the other tab')
    await expect(first.textbox('The lesson')).toHaveValue('Words from this tab\n\nWords from the other tab')
  })

  test('keeping one’s own version of a choice saves it over the other', async ({ page, server, journal }) => {
    const callId = await aDebriefedCall(journal)
    const app = new AppShell(page, server)
    const { first, other, otherPage } = await openBoth(page, app, callId)

    const hold = await holdSaves(otherPage)
    await other.choice('How the call ended', 'Lost').check()
    await hold.held
    await first.choice('How the call ended', 'No decision').check()
    await first.expectSaved()
    await hold.release()

    const conflicts = otherPage.getByRole('region', { name: 'Changed in another window too' })
    await expect(conflicts).toContainText('No decision')
    await expect(conflicts.getByRole('button', { name: 'Keep both' }), 'a choice cannot hold two values').toHaveCount(0)
    await conflicts.getByRole('button', { name: 'Keep mine' }).click()
    await other.expectSaved()
    expect((await storedDebrief(journal, callId))?.outcome).toBe('lost')
  })
})

test.describe('a dialog saved over a change made elsewhere', () => {
  test('merges other fields, and names a field changed in both places before saving it on purpose', async ({ page, server, journal }) => {
    await journal.connect()
    const rep = await journal.addRep({ name: 'Dana Ortiz', title: 'SDR' })
    const app = new AppShell(page, server)
    const reps = new RepsScreen(page)
    await app.open('/reps')

    // Another window changes the title while this dialog renames the rep: both survive.
    await reps.row('Dana Ortiz').getByRole('button', { name: 'Edit Dana Ortiz' }).click()
    await journal.updateRep({ id: rep.id, title: 'Account Executive' })
    await reps.fill({ name: 'Dana Ortiz-Reyes' })
    await reps.dialog.getByRole('button', { name: 'Save changes' }).click()
    await expect(reps.dialog).toBeHidden()
    expect(await journal.call('reps.get', { id: rep.id })).toMatchObject({ name: 'Dana Ortiz-Reyes', title: 'Account Executive' })

    // The same field changed in both places: refused and named, then saved when asked again.
    await reps.row('Dana Ortiz-Reyes').getByRole('button', { name: 'Edit Dana Ortiz-Reyes' }).click()
    await journal.updateRep({ id: rep.id, title: 'Team Lead' })
    await reps.fill({ title: 'Director' })
    await reps.dialog.getByRole('button', { name: 'Save changes' }).click()
    await expect(reps.dialog).toContainText('it is now “Team Lead”. Save again to keep yours.')
    expect(await journal.call('reps.get', { id: rep.id })).toMatchObject({ title: 'Team Lead' })
    await reps.dialog.getByRole('button', { name: 'Save changes' }).click()
    await expect(reps.dialog).toBeHidden()
    expect(await journal.call('reps.get', { id: rep.id })).toMatchObject({ title: 'Director' })
  })
})
