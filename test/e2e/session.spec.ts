import { expect, test } from './fixtures'
import { AppShell } from './pages/AppShell'

test.describe('browser mode session', () => {
  test('a tab opened without the link says how to get in', async ({ page, server }) => {
    // The address without its token: the page loads, but the journal refuses it.
    await page.goto(`${server.origin}/#/calls`)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page is not connected to your journal')
    await expect(page.getByText('Open Coachbook from the link printed in the terminal.')).toBeVisible()
    await expect(page.getByRole('navigation')).toHaveCount(0)
    await expect(page.locator('html')).toHaveAttribute('data-app-state', 'unauthorized')
  })

  test('an unknown address inside the app shows a way back', async ({ page, server }) => {
    const app = new AppShell(page, server)
    await app.open('/no/such/page')
    await expect(app.heading).toHaveText('Page not found')
    await page.getByRole('link', { name: 'Go to Home' }).click()
    await expect(app.heading).toHaveText('Home')
  })

  test('a call that does not exist says so instead of failing', async ({ page, server }) => {
    const app = new AppShell(page, server)
    await app.open('/calls/no-such-call')
    await expect(app.heading).toHaveText('Call not found')
    await expect(page.getByRole('region', { name: 'This call is not in your journal' })).toBeVisible()
  })
})
