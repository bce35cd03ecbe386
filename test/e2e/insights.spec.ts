import { localToday } from '../../shared/dates'
import { addDays } from '../../shared/isoWeek'
import { expect, test } from './fixtures'
import type { JournalApi } from './journalApi'
import { AppShell } from './pages/AppShell'
import { InsightsScreen } from './pages/InsightsScreen'
import { expectNoAxeViolationsLightAndDark } from './support/axe'

/*
 * Four debriefed calls around today (threshold 100,000):
 *   Acme   Dana  today-3   planned technical expert → crutch (40,000: sidewalk)   ← last 30 days
 *   Hooli  Dana  today-10  planned visiting dignitary → visiting dignitary
 *   Globex Dana  today-60  planned depth and breadth → crutch (300,000: interstate)
 *   Initech Lee  today-5   no plan → crutch                                         ← last 30 days
 * Last 30 days: 2 rescues. Last 90 days: 3. Dana over 90 days: 2.
 */
async function record(journal: JournalApi) {
  const today = localToday()
  await journal.connect()
  await journal.updateSettings({ interstateThreshold: 100000 })
  const dana = await journal.addRep({ name: 'Dana Ortiz' })
  const lee = await journal.addRep({ name: 'Lee Park' })
  const call = async (repId: string, daysAgo: number, account: string, dealValue: number, planned: string | null, actual: string) => {
    const created = await journal.addCall({ repId, date: addDays(today, -daysAgo), account, opportunity: 'Renewal', dealValue })
    if (planned) await journal.call('prebriefs.save', { callId: created.id, prebrief: { plannedRole: planned, takeoverRisk: 40 } })
    await journal.call('debriefs.save', { callId: created.id, debrief: { actualRole: actual, asks: 3, tells: 5 } })
    return created
  }
  const acme = await call(dana.id, 3, 'Acme', 40000, 'technical_expert', 'crutch')
  await call(dana.id, 10, 'Hooli', 50000, 'visiting_dignitary', 'visiting_dignitary')
  await call(dana.id, 60, 'Globex', 300000, 'depth_and_breadth', 'crutch')
  await call(lee.id, 5, 'Initech', 20000, null, 'crutch')
  return { dana, acme }
}

test('Insights: the rescue count, its calls, a period and a rep, and a table of numbers', async ({ page, server, journal }) => {
  const { dana, acme } = await record(journal)
  const app = new AppShell(page, server)
  const insights = new InsightsScreen(page)
  await app.open('/insights')
  await expect(insights.rescueCount).toHaveText('2')

  await insights.crutchCallsToggle().click()
  const link = page.getByRole('link', { name: 'Acme — Renewal' })
  await expect(link).toHaveAttribute('href', `#/calls/${acme.id}`)
  await expect(page.getByRole('link', { name: 'Initech — Renewal' })).toBeVisible()
  await link.click()
  await expect(page).toHaveURL(new RegExp(`#/calls/${acme.id}$`))
  await page.goBack()

  await insights.period.selectOption('90d')
  await expect(insights.rescueCount).toHaveText('3')
  await insights.rep.selectOption(dana.id)
  await expect(insights.rescueCount).toHaveText('2')
  // The view lives in the address: a reload (or a shared link) shows the same.
  await app.reload()
  await expect(insights.period).toHaveValue('90d')
  await expect(insights.rep).toHaveValue(dana.id)
  await expect(insights.rescueCount).toHaveText('2')

  const matrix = await insights.openTable('Planned and actual roles')
  expect(await insights.rows(matrix)).toEqual([
    ['Visiting dignitary', '1', '0', '0', '0'],
    ['Depth and breadth', '0', '0', '0', '1 (slip)'],
    ['Technical expert', '0', '0', '0', '1 (slip)'],
    ['Crutch', '0', '0', '0', '0'],
  ])
  await expect(insights.card('Planned and actual roles')).toContainText('2 slips')
  await expect(insights.card('Asking rather than telling')).toContainText('38% ask share in debriefs of calls')
})

test('Insights has no axe violations, with the calls and a table open, light and dark', async ({ page, server, journal }) => {
  await record(journal)
  const app = new AppShell(page, server)
  const insights = new InsightsScreen(page)
  await app.open('/insights?period=90d')
  await expect(insights.ready).toBeVisible()
  await insights.crutchCallsToggle().click()
  await insights.openTable('Rescue rate over time')
  await expectNoAxeViolationsLightAndDark(page, 'Insights')
})
