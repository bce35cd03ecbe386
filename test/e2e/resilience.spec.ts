import { expect, test } from './fixtures'
import { AppShell } from './pages/AppShell'
import { CallsScreen } from './pages/CallsScreen'
import { expectNoAxeViolationsLightAndDark as expectNoViolations } from './support/axe'

/**
 * Nothing blanks the window: records whose ids hold characters an address treats specially are
 * reachable, a screen that cannot be drawn shows its error in the frame with a way back, and a
 * screen whose code cannot be loaded (the server gone, a new build) says so and offers a reload.
 */

/** Ids a journal file may hold (the format allows them), each of which once broke a link or the window. */
const ODD = [
  { id: 'rep-100%', name: 'Percent Rep', account: 'Percent Account' },
  { id: 'a/b', name: 'Slash Rep', account: 'Slash Account' },
  { id: 'what?x=1', name: 'Question Rep', account: 'Question Account' },
  { id: '#1', name: 'Hash Rep', account: 'Hash Account' },
  { id: 'two words', name: 'Space Rep', account: 'Space Account' },
  { id: 'emoji 😀', name: 'Emoji Rep', account: 'Emoji Account' },
]

function oddJournal(): string {
  return JSON.stringify({
    format: 'coachbook',
    version: 1,
    reps: ODD.map(({ id, name }) => ({ id, name })),
    calls: ODD.map(({ id, account }, i) => ({ id, repId: id, date: `2026-11-${String(10 + i)}`, account })),
  })
}

test.describe('records with odd ids', () => {
  test('every call and rep is reachable from its link, and back', async ({ page, server, journal }) => {
    await journal.call('journal.import', { text: oddJournal() })
    const app = new AppShell(page, server)
    const calls = new CallsScreen(page)
    await app.open('/calls')
    for (const { name, account } of ODD) {
      await calls.row(account).getByRole('link', { name: account }).click()
      await expect(app.heading).toContainText(account)
      await page.getByRole('link', { name, exact: true }).first().click()
      await expect(app.heading).toHaveText(name)
      await expect(page.getByRole('link', { name: account })).toBeVisible()
      await app.goTo('Calls')
    }
    expect(await page.locator('html').getAttribute('data-app-error')).toBeNull()
  })

  test('an address no record has, #/reps/% included, says so and keeps the frame', async ({ page, server }) => {
    const app = new AppShell(page, server)
    await app.open('/reps/%')
    await expect(app.heading).toHaveText('Rep not found')
    await expect(app.nav).toBeVisible()
    await page.goto(`${server.origin}/#/calls/%E0%A4%A`)
    await expect(app.heading).toHaveText('Call not found')
    await expect(page.locator('html')).not.toHaveAttribute('data-app-error', /.*/)
  })
})

test.describe('a screen that fails', () => {
  test('shows its error in the frame, with ways back that work', async ({ page, server, journal }) => {
    await journal.call('journal.import', { text: oddJournal() })
    // The server answers the call's read with something the screen cannot draw.
    await page.route('**/api/calls/get', (route) => route.fulfill({ contentType: 'application/json', body: '{"ok":true,"value":{}}' }))
    const app = new AppShell(page, server)
    await app.open(`/calls/${encodeURIComponent('a/b')}`)
    const alert = page.getByRole('alert', { name: 'This screen could not be shown' })
    await expect(alert).toBeVisible()
    await expect(page.locator('html')).toHaveAttribute('data-app-error', 'screen')
    await expect(app.nav).toBeVisible()
    await page.screenshot({ path: test.info().outputPath('screen-error.png') })
    await expectNoViolations(page, 'a failed screen')

    // Keyboard: the first way back is reachable and works.
    await alert.getByRole('link', { name: 'Go to Home' }).focus()
    await page.keyboard.press('Enter')
    await expect(app.heading).toHaveText('Home')
    await expect(page.locator('html')).not.toHaveAttribute('data-app-error', /.*/)

    // Once the data can be drawn, trying again shows the screen.
    await page.goBack()
    await expect(alert).toBeVisible()
    await page.unroute('**/api/calls/get')
    await alert.getByRole('button', { name: 'Try again' }).click()
    await expect(app.heading).toContainText('Slash Account')
  })

  test('whose code cannot be loaded says so, and reloading brings it', async ({ page, server }) => {
    const app = new AppShell(page, server)
    // The Insights screen's own chunk fails, as when the server has stopped or Coachbook was rebuilt:
    // from the start, since the app fetches it ahead of need (when idle, or as the link is pointed at).
    await page.route(/\/assets\/InsightsPage-[^/]+\.js$/, (route) => route.abort('connectionrefused'))
    await app.open('/')
    await app.nav.getByRole('link', { name: 'Insights', exact: true }).click()
    const alert = page.getByRole('alert', { name: 'This screen could not be loaded' })
    await expect(alert).toBeVisible()
    await expect(alert.getByRole('button', { name: 'Try again' })).toHaveCount(0)
    await page.screenshot({ path: test.info().outputPath('screen-load-error.png') })
    await expectNoViolations(page, 'a screen that could not be loaded')

    await page.unroute(/\/assets\/InsightsPage-[^/]+\.js$/)
    await alert.getByRole('button', { name: 'Reload the page' }).click()
    await app.ready()
    await expect(app.heading).toHaveText('Insights')
  })
})
