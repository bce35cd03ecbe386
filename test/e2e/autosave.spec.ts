import { join } from 'node:path'
import type { Page } from '@playwright/test'
import type { CallDetail } from '../../shared/entities'
import { expect, test } from './fixtures'
import { Database } from './support/sqlite'
import type { JournalApi } from './journalApi'
import { AppShell } from './pages/AppShell'
import { DebriefScreen, PrebriefScreen, SAVE_TEXT } from './pages/BriefsScreen'
import { clickToType } from './support/richText'

/** The quiet time after the last keystroke before an ordinary save (autosaveController's default). */
const AUTOSAVE_PAUSE_MS = 600

async function aPlannedCall(journal: JournalApi) {
  await journal.connect()
  const rep = await journal.addRep({ name: 'Dana Ortiz' })
  const call = await journal.addCall({ repId: rep.id, date: '2026-11-02', account: 'Acme Corp', dealValue: 42000 })
  await journal.savePrebrief({ callId: call.id, prebrief: { plannedRole: 'technical_expert' } })
  return call.id
}

const getCall = (journal: JournalApi, id: string) => journal.call<CallDetail>('calls.get', { id })

/**
 * Stops the page's clock: from here on no timer fires, so the 600 ms pause before an ordinary
 * save never ends. A save that still leaves the page was flushed by what the test did.
 */
async function stopTheClock(page: Page): Promise<void> {
  await page.clock.pauseAt(new Date(Date.now() + 60_000))
}

test.describe('autosave', () => {
  test('words typed are saved by themselves once typing pauses, and survive a reload', async ({ page, server, journal }) => {
    const callId = await aPlannedCall(journal)
    await page.clock.install()
    const app = new AppShell(page, server)
    const plan = new PrebriefScreen(page)
    await plan.open(app, callId)
    await expect(plan.saveStatus).toHaveText('Changes save as you type')

    // The page's clock, not the machine's: the pause is timed exactly whatever else the machine
    // is doing (a wall-clock "within a second" failed on a busy CI machine while the app was right).
    await stopTheClock(page)
    await plan.textbox('Objective').click()
    await page.keyboard.type('Agree on the pilot scope')
    await plan.richText('Notes').click()
    // What the click left queued in a 0 ms timer runs first (see clickToType), then the keys.
    await page.clock.runFor(1)
    await page.keyboard.type('Bring the pilot terms.')
    await expect(plan.saveStatus).toHaveText(SAVE_TEXT.saving)

    const sent: string[] = []
    page.on('request', (request) => void (request.url().includes('/api/prebriefs/save') && sent.push(request.url())))
    await page.clock.runFor(AUTOSAVE_PAUSE_MS - 1)
    expect(sent, 'nothing is sent while the pause lasts').toEqual([])
    // The pause ends: the words go by themselves — no Save button anywhere ("Save as PDF…" prints).
    const saved = page.waitForRequest('**/api/prebriefs/save')
    await page.clock.runFor(1)
    await page.clock.resume()
    await saved
    await expect(plan.saveStatus).toHaveText(SAVE_TEXT.saved)
    await expect(page.getByRole('button', { name: /^Save(?! as PDF)/ })).toHaveCount(0)

    await app.reload()
    await expect(plan.textbox('Objective')).toHaveValue('Agree on the pilot scope')
    await expect(plan.richText('Notes')).toHaveText('Bring the pilot terms.')
  })

  test('leaving the screen saves at once, without waiting for the pause', async ({ page, server, journal }) => {
    const callId = await aPlannedCall(journal)
    await page.clock.install()
    const app = new AppShell(page, server)
    const debrief = new DebriefScreen(page)
    await debrief.open(app, callId)
    await debrief.role('Visiting dignitary').check()
    await debrief.expectSaved()

    await stopTheClock(page)
    await debrief.textbox('The lesson').fill('Ask, then wait')
    await expect(debrief.saveStatus).toHaveText(SAVE_TEXT.saving)
    // Straight to another section of the call: leaving saves the pending words at once.
    const saved = page.waitForRequest('**/api/debriefs/save')
    await page.getByRole('navigation', { name: 'Call sections' }).getByRole('link', { name: 'Details' }).click()
    await saved
    await expect.poll(async () => (await getCall(journal, callId)).debrief?.lesson).toBe('Ask, then wait')
    await page.clock.resume()
    await expect(page.getByRole('region', { name: 'Coaching' })).toContainText('Ask, then wait')
  })

  test('a note typed and left with a click at once is saved whole, its letters in order', async ({ page, server, journal }) => {
    const callId = await aPlannedCall(journal)
    const app = new AppShell(page, server)
    const plan = new PrebriefScreen(page)
    await plan.open(app, callId)
    await clickToType(plan.richText('Notes'))
    // The side menu's Calls, which stays in view while the form scrolls.
    const box = await page.getByRole('link', { name: 'Calls', exact: true }).boundingBox()
    if (!box) throw new Error('the menu’s Calls link is not on screen')
    await page.keyboard.type('Let the rep close.')
    // The mouse at once, without the locator's checks (which wait for frames): the click lands
    // while the last letter may not have been read by the editor yet (editor/readTypingAfterFrame.ts).
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2)
    await expect(page.getByRole('heading', { level: 1, name: 'Calls' })).toBeVisible()
    await expect.poll(async () => JSON.stringify((await getCall(journal, callId)).prebrief?.notes)).toContain('"text":"Let the rep close."')
  })

  test('closing the window with unsaved words saves them and asks before leaving', async ({ page, server, journal }) => {
    const callId = await aPlannedCall(journal)
    await page.clock.install()
    const app = new AppShell(page, server)
    const plan = new PrebriefScreen(page)
    await plan.open(app, callId)
    await stopTheClock(page)
    await plan.textbox('Objective').click()
    await page.keyboard.type('Typed right before closing')
    await expect(plan.saveStatus).toHaveText(SAVE_TEXT.saving)

    const dialog = page.waitForEvent('dialog')
    const saved = page.waitForRequest('**/api/prebriefs/save')
    await page.close({ runBeforeUnload: true })
    await saved
    const asked = await dialog
    expect(asked.type()).toBe('beforeunload')
    await expect.poll(async () => (await getCall(journal, callId)).prebrief?.objective).toBe('Typed right before closing')
    await asked.accept()
  })

  test('a failed save keeps the words on screen, says so, and retries until it lands', async ({ page, server, journal }) => {
    const callId = await aPlannedCall(journal)
    const app = new AppShell(page, server)
    const plan = new PrebriefScreen(page)
    await plan.open(app, callId)

    let refused = 0
    await page.route('**/api/prebriefs/save', (route) => {
      refused += 1
      return route.fulfill({ status: 500, contentType: 'text/plain', body: 'The disk is full' })
    })
    await plan.textbox('Objective').fill('Agree on the pilot scope')
    await expect(plan.saveStatus).toHaveText(SAVE_TEXT.failed)
    await expect(plan.form.getByRole('button', { name: 'Retry' })).toBeVisible()
    await expect(plan.textbox('Objective')).toHaveValue('Agree on the pilot scope')
    // It keeps trying by itself (after 1 s, then 2 s…).
    await expect.poll(() => refused, { timeout: 5000 }).toBeGreaterThanOrEqual(2)
    expect((await getCall(journal, callId)).prebrief?.objective).toBeNull()

    await page.unroute('**/api/prebriefs/save')
    await expect(plan.saveStatus).toHaveText(SAVE_TEXT.saved, { timeout: 12_000 })
    expect((await getCall(journal, callId)).prebrief?.objective).toBe('Agree on the pilot scope')
    await expect(plan.form.getByRole('button', { name: 'Retry' })).toHaveCount(0)
  })

  test('Retry tries again at once after the journal could not be reached', async ({ page, server, journal }) => {
    const callId = await aPlannedCall(journal)
    const app = new AppShell(page, server)
    const plan = new PrebriefScreen(page)
    await page.clock.install()
    await plan.open(app, callId)

    // The page's clock stops before the failure: the automatic retry (a second after it) never
    // fires, so the save that follows can only be the button's, and a busy machine cannot let the
    // timer win the race to the journal (which once took the Retry button away before the click).
    await stopTheClock(page)
    await page.route('**/api/prebriefs/save', (route) => route.abort('connectionrefused'))
    await plan.textbox('The next step the customer agrees to').fill('Pilot kickoff date')
    await page.clock.runFor(AUTOSAVE_PAUSE_MS)
    await expect(plan.saveStatus).toHaveText(SAVE_TEXT.failed)
    await page.unroute('**/api/prebriefs/save')
    const retried = page.waitForRequest('**/api/prebriefs/save')
    await plan.form.getByRole('button', { name: 'Retry' }).click()
    // Sent at once: no time has passed on the page since the failure.
    await retried
    await page.clock.resume()
    await expect(plan.saveStatus).toHaveText(SAVE_TEXT.saved)
    expect((await getCall(journal, callId)).prebrief?.nextStep).toBe('Pilot kickoff date')
  })

  test('words typed while another program writes to the journal wait their turn, then land', async ({ page, server, journal }) => {
    const callId = await aPlannedCall(journal)
    const app = new AppShell(page, server)
    const plan = new PrebriefScreen(page)
    await plan.open(app, callId)

    // Another program (an import from the terminal) holds the journal's write lock.
    const other = new Database(join(server.dataDir, 'coachbook.db'))
    other.exec('BEGIN IMMEDIATE')
    try {
      await plan.textbox('Objective').fill('Agree on the pilot scope')
      // The save is sent and waits for the lock: pending, never an error, the words on screen.
      await page.waitForRequest('**/api/prebriefs/save')
      await expect(plan.saveStatus).toHaveText(SAVE_TEXT.saving)
      await expect(plan.form.getByRole('button', { name: 'Retry' })).toHaveCount(0)
      // The rest of the app still answers: reads are not held up by the lock.
      expect((await getCall(journal, callId)).prebrief?.objective).toBeNull()
    } finally {
      other.exec('COMMIT')
      other.close()
    }
    await expect(plan.saveStatus).toHaveText(SAVE_TEXT.saved)
    await app.reload()
    await expect(plan.textbox('Objective')).toHaveValue('Agree on the pilot scope')
  })
})
