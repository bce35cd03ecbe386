import type { Page, Route } from '@playwright/test'
import { expect, test } from './fixtures'
import { AppShell } from './pages/AppShell'
import { PrintView } from './pages/PrintView'
import { expectNoAxeViolationsLightAndDark, resizeWindow, WINDOW_SIZES, type AxeOptions } from './support/axe'
import { screenshotFor } from './support/screenshot'

/** Issue 14, items 7 and 8: the calls list, the theme, and Escape on a filled form, in Chromium. */

const CALLS = 260
const TODAY = new Date().toISOString().slice(0, 10)

function dayFromToday(offset: number): string {
  const day = new Date(`${TODAY}T12:00:00Z`)
  day.setUTCDate(day.getUTCDate() + offset)
  return day.toISOString().slice(0, 10)
}

/** Runs in the page: an element's computed style (the test files have no DOM types). */
type InPage = { ownerDocument: { defaultView: { getComputedStyle(e: unknown): { color: string; colorScheme: string } } } }

async function axeEverywhere(page: Page, what: string, options: AxeOptions = {}): Promise<void> {
  for (const size of WINDOW_SIZES) {
    await resizeWindow(page, size)
    await expectNoAxeViolationsLightAndDark(page, `${what} at ${size.width}×${size.height}`, options)
  }
}

/**
 * Holds the calls list's page at `offset` on its way from the server until released: the rows
 * it fills stay placeholders for exactly as long as the test wants, whatever the machine's speed.
 */
async function holdCallsPage(page: Page, offset: number): Promise<{ held: Promise<void>; release: () => Promise<void> }> {
  let markHeld: () => void = () => {}
  const held = new Promise<void>((resolve) => (markHeld = resolve))
  const waiting: Route[] = []
  let released = false
  await page.route('**/api/calls/list', async (route) => {
    if (released || (route.request().postDataJSON() as { offset?: number }).offset !== offset) return route.continue()
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

test.describe('the calls list', () => {
  test('splits upcoming from past, filters and sorts in the core, and draws only the rows in view', async ({ page, server, journal }) => {
    await journal.connect()
    const dana = await journal.addRep({ name: 'Dana Ortiz' })
    const lee = await journal.addRep({ name: 'Lee Park' })
    // Ten upcoming calls, the rest held; every third is Lee's, every fifth a big deal.
    for (let start = 0; start < CALLS; start += 20) {
      await Promise.all(
        Array.from({ length: Math.min(20, CALLS - start) }, (_, k) => {
          const i = start + k
          return journal.addCall({
            repId: i % 3 === 0 ? lee.id : dana.id,
            date: dayFromToday(i < 10 ? 10 - i : -(i - 9)),
            account: `Account ${String(i).padStart(3, '0')}`,
            dealValue: i % 5 === 0 ? 500000 : 20000,
          })
        }),
      )
    }
    await journal.updateSettings({ interstateThreshold: 250000 })
    const app = new AppShell(page, server)
    await app.open('/calls')
    const table = page.getByRole('table', { name: 'Calls, newest first' })
    const rows = table.locator('tbody tr[data-call-id]')
    await expect(page.getByRole('status').filter({ hasText: `${CALLS} calls` })).toBeVisible()
    await expect(table).toHaveAttribute('aria-rowcount', String(CALLS + 1))
    // Virtualized: far fewer rows in the page than calls, and more come as the list scrolls.
    expect(await rows.count()).toBeLessThan(60)
    await screenshotFor(page, 'calls-list')
    // End lands among calls never loaded: the last page is asked for by its own offset (held
    // here, so its rows are placeholders for as long as the checks below take) and the oldest
    // call is drawn in the last row, its place in the whole list said.
    const lastPage = await holdCallsPage(page, 200)
    await page.keyboard.press('End')
    await lastPage.held
    const lastRow = table.locator(`tbody tr[aria-rowindex="${CALLS + 1}"]`)
    await expect(lastRow).toHaveAttribute('data-placeholder', 'true')
    await expect(table).toHaveAttribute('aria-busy', 'true')
    // Placeholders are rows of the table like any other, in both schemes and at both sizes; the
    // list follows its end through the resizes.
    await axeEverywhere(page, 'the calls list with rows on their way', { loading: table })
    // The list is as tall as every call's row, whichever rows have come.
    const rowHeight = await lastRow.evaluate((row) => (row as unknown as { getBoundingClientRect(): { height: number } }).getBoundingClientRect().height)
    const bodyHeight = () => table.locator('tbody').evaluate((body) => (body as unknown as { getBoundingClientRect(): { height: number } }).getBoundingClientRect().height)
    expect(await bodyHeight()).toBeCloseTo(CALLS * rowHeight, 0)
    await lastPage.release()
    await expect(lastRow).toHaveAttribute('data-call-id')
    await expect(lastRow).toContainText('Account 259')
    await expect(lastRow).toBeInViewport({ ratio: 1 })
    await expect(table).toHaveAttribute('aria-busy', 'false')
    expect(await bodyHeight()).toBeCloseTo(CALLS * rowHeight, 0)
    expect(await rows.count()).toBeLessThan(60)
    expect(await table.locator('tbody tr[data-placeholder]').count()).toBe(0)

    await page.getByRole('radio', { name: 'Upcoming' }).check()
    await expect(page.getByRole('status').filter({ hasText: '10 upcoming calls' })).toBeVisible()
    await expect(page.getByRole('table', { name: 'Upcoming calls, oldest first' }).locator('tbody tr[data-call-id]').first()).toContainText('Account 009')

    await page.getByRole('radio', { name: 'Past' }).check()
    await page.getByLabel('Rep', { exact: true }).selectOption({ label: 'Lee Park' })
    await page.getByLabel('Stakes').selectOption('interstate')
    await page.getByLabel('Sort by').selectOption('dealValue')
    // Lee's calls are i % 3 = 0, the big deals i % 5 = 0: held ones from i = 15 on, every 15th.
    const expected = Array.from({ length: CALLS }, (_, i) => i).filter((i) => i >= 10 && i % 15 === 0).length
    await expect(page.getByRole('status').filter({ hasText: `${expected} past calls match the filters` })).toBeVisible()
    await page.getByRole('checkbox', { name: 'Waiting for a debrief' }).check()
    await expect(page.getByRole('status').filter({ hasText: `${expected} past calls match the filters` })).toBeVisible()
    await screenshotFor(page, 'calls-list-filtered')
    await page.reload()
    await expect(page.getByLabel('Stakes')).toHaveValue('interstate')
    await axeEverywhere(page, 'the filtered calls list')
  })
})

test.describe('theme', () => {
  test('Settings applies a theme at once and keeps it over the system’s; print views stay light', async ({ page, server, journal }) => {
    await journal.connect()
    const dana = await journal.addRep({ name: 'Dana Ortiz' })
    const app = new AppShell(page, server)
    await page.emulateMedia({ colorScheme: 'light' })
    await app.open('/settings')
    // Polled where it changes: even with reduced motion a colour change is a (very short) transition.
    const background = () => page.locator('body').evaluate((body) => (body as unknown as InPage).ownerDocument.defaultView.getComputedStyle(body).color)
    const lightBackground = await background()

    await page.getByRole('navigation', { name: 'Settings sections' }).getByRole('link', { name: 'Appearance' }).click()
    await expect(page.getByRole('heading', { name: 'Appearance' })).toBeFocused()
    await page.getByRole('radio', { name: 'Dark' }).check()
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
    await expect.poll(background, { intervals: [16, 16, 32, 50, 100] }).not.toBe(lightBackground)
    await screenshotFor(page, 'settings-dark')
    await axeEverywhere(page, 'Settings in the dark theme')

    await app.reload()
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
    await new PrintView(page, server).open(`/print/rep/${dana.id}`)
    const scheme = await page.locator('html').evaluate((html) => (html as unknown as InPage).ownerDocument.defaultView.getComputedStyle(html).colorScheme)
    expect(scheme).toBe('light')

    await app.open('/settings')
    await page.emulateMedia({ colorScheme: 'dark' })
    await page.getByRole('radio', { name: 'Light' }).check()
    await expect.poll(background, { intervals: [16, 16, 32, 50, 100] }).toBe(lightBackground)
  })
})

test.describe('a filled dialog', () => {
  test('asks before Escape discards it, and keeps what was typed', async ({ page, server, journal }) => {
    await journal.connect()
    await journal.addRep({ name: 'Dana Ortiz' })
    const app = new AppShell(page, server)
    await app.open('/calls')
    await page.getByRole('button', { name: 'Record your first call' }).click()
    const dialog = page.getByRole('dialog', { name: 'New call' })
    await dialog.getByLabel(/Account/).fill('Acme Corp')
    await page.keyboard.press('Escape')
    await expect(dialog.getByRole('alert')).toContainText('Discard what you typed?')
    await expect(dialog.getByRole('button', { name: 'Keep editing' })).toBeFocused()
    await screenshotFor(page, 'dialog-discard-question')
    await page.keyboard.press('Escape')
    await expect(dialog.getByRole('alert')).toBeHidden()
    await expect(dialog.getByLabel(/Account/)).toHaveValue('Acme Corp')
    await page.keyboard.press('Escape')
    await dialog.getByRole('button', { name: 'Discard' }).click()
    await expect(dialog).toBeHidden()
  })
})
