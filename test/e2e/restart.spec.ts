import type { Page } from '@playwright/test'
import type { CallDetail } from '../../shared/entities'
import { expect, test } from './fixtures'
import type { JournalApi } from './journalApi'
import { AppShell } from './pages/AppShell'
import { DebriefScreen } from './pages/BriefsScreen'
import { expectNoAxeViolations } from './support/axe'
import type { CoachbookServer } from './server'
import { screenshotFor } from './support/screenshot'

/** A lost call's debrief, open in the page: where the manager is writing when the server goes. */
async function openDebrief(page: Page, server: CoachbookServer, journal: JournalApi) {
  await journal.connect()
  const rep = await journal.addRep({ name: 'Dana Ortiz' })
  const call = await journal.addCall({ repId: rep.id, date: '2026-11-02', account: 'Acme Corp', stage: 'proposal' })
  await journal.saveDebrief({ callId: call.id, debrief: { actualRole: 'crutch', outcome: 'lost' } })
  const debrief = new DebriefScreen(page)
  await debrief.open(new AppShell(page, server), call.id)
  return { call, debrief }
}

test.describe('browser mode when the server restarts', () => {
  test('the tab says so, keeps what was typed, and saves it once given the new address', async ({ page, server, journal }) => {
    const { call, debrief } = await openDebrief(page, server, journal)
    const port = server.port
    const banner = page.getByRole('region', { name: /^Coachbook (is not answering|was restarted)$/ })
    await expect(banner).toHaveCount(0)

    // The server goes away while the manager writes.
    await server.stop()
    await debrief.textbox('What points to it').fill('Typed while Coachbook was down')
    await expect(page.locator('html')).toHaveAttribute('data-connection', 'unreachable')
    await expect(page.getByRole('heading', { name: 'Coachbook is not answering' })).toBeVisible()

    // It comes back on the same port with a new private address: the old session is gone.
    const newAddress = await server.start(port)
    await expect(page.locator('html')).toHaveAttribute('data-connection', 'restarted')
    const restarted = page.getByRole('region', { name: 'Coachbook was restarted' })
    await expect(restarted).toContainText('What you typed on this page is still here')
    await expect(debrief.textbox('What points to it'), 'the words stay on screen to read and copy').toHaveValue('Typed while Coachbook was down')
    await expect(debrief.form).toBeVisible()
    await expectNoAxeViolations(page, 'the restarted banner')
    await screenshotFor(page, 'server-restarted')

    // An outdated address is refused with its reason; the new one reconnects and saves.
    const field = restarted.getByLabel('The new address Coachbook printed in the terminal')
    await field.fill(`${server.origin}/?token=not-the-token`)
    await restarted.getByRole('button', { name: 'Reconnect and save' }).click()
    await expect(restarted).toContainText('That address is no longer valid')
    await field.fill(newAddress)
    await restarted.getByRole('button', { name: 'Reconnect and save' }).click()
    await expect(restarted).toHaveCount(0)
    await expect(page.locator('html')).toHaveAttribute('data-connection', 'connected')
    await debrief.expectSaved()
    const stored = await journal.call<CallDetail>('calls.get', { id: call.id })
    expect(stored.debrief?.rootCauseNote).toBe('Typed while Coachbook was down')
  })

  test('opening the new address in another tab reconnects this one too', async ({ page, server, journal }) => {
    const { call, debrief } = await openDebrief(page, server, journal)
    const port = server.port

    await server.stop()
    const newAddress = await server.start(port)
    await debrief.textbox('The lesson from the no').fill('Written after the restart')
    await expect(page.getByRole('region', { name: 'Coachbook was restarted' })).toBeVisible()

    const other = await page.context().newPage()
    await other.goto(newAddress)
    await expect(other.locator('html')).toHaveAttribute('data-app-ready', 'true')
    await expect(page.getByRole('region', { name: 'Coachbook was restarted' })).toHaveCount(0)
    await debrief.expectSaved()
    expect((await journal.call<CallDetail>('calls.get', { id: call.id })).debrief?.lesson).toBe('Written after the restart')
  })
})
