import { localToday } from '../../shared/dates'
import { addDays } from '../../shared/isoWeek'
import { expect, test } from './fixtures'
import type { JournalApi } from './journalApi'
import { AppShell } from './pages/AppShell'
import { InsightsScreen } from './pages/InsightsScreen'
import { expectNoAxeViolationsLightAndDark, resizeWindow, WINDOW_SIZES } from './support/axe'

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
  await app.open('/insights?period=30d')
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

test('Insights has no axe violations, with the headline in words, the lessons, the calls and a table open, light and dark, at both sizes', async ({
  page,
  server,
  journal,
}) => {
  await recordTwoYears(journal)
  const app = new AppShell(page, server)
  const insights = new InsightsScreen(page)
  await app.open('/insights')
  await expect(insights.ready).toHaveAttribute('data-insights-ready', '12m|||')
  await expect(insights.lessons.getByRole('listitem')).toHaveCount(1)
  await insights.crutchCallsToggle().click()
  await insights.openTable('Rescue rate over time')
  for (const size of WINDOW_SIZES) {
    await resizeWindow(page, size)
    await expectNoAxeViolationsLightAndDark(page, `Insights at ${size.width}×${size.height}`)
  }
})

/*
 * Two years of Dana's calls (threshold 100,000), all debriefed, for the story told in words:
 *   the 12 months before the last 12: 6 calls (400–700 days ago), 3 rescues → 50%
 *   the last 12 months:               8 calls (10–300 days ago),  2 rescues → 25%,
 *     one of them Globex: a sidewalk deal lost while the manager stayed depth and breadth, with a lesson.
 */
async function recordTwoYears(journal: JournalApi) {
  const today = localToday()
  await journal.connect()
  await journal.updateSettings({ interstateThreshold: 100000 })
  const dana = await journal.addRep({ name: 'Dana Ortiz' })
  const call = async (daysAgo: number, account: string, actual: string, debrief: Record<string, unknown> = {}) => {
    const created = await journal.addCall({ repId: dana.id, date: addDays(today, -daysAgo), account, opportunity: 'Renewal', dealValue: 30000 })
    await journal.call('debriefs.save', { callId: created.id, debrief: { actualRole: actual, outcome: 'advanced', ...debrief } })
    return created
  }
  for (const [i, actual] of ['crutch', 'crutch', 'crutch', 'technical_expert', 'visiting_dignitary', 'technical_expert'].entries()) {
    await call(400 + i * 50, `Earlier ${i + 1}`, actual)
  }
  for (const [i, actual] of ['crutch', 'technical_expert', 'crutch', 'visiting_dignitary', 'technical_expert', 'technical_expert', 'visiting_dignitary'].entries()) {
    await call(10 + i * 40, `Recent ${i + 1}`, actual)
  }
  const globex = await call(20, 'Globex', 'depth_and_breadth', { outcome: 'lost', lesson: 'Qualify the budget before the demo' })
  return { dana, globex }
}

test('Insights tells the story: the last 12 months against the 12 before in words, the lost sidewalk deals that became lessons, and each rep’s own trend', async ({
  page,
  server,
  journal,
}) => {
  const { dana, globex } = await recordTwoYears(journal)
  const app = new AppShell(page, server)
  const insights = new InsightsScreen(page)
  // Opens on the last 12 months: long enough for a trend, compared with the year before.
  await app.open('/insights')
  await expect(insights.period).toHaveValue('12m')
  await expect(insights.story).toHaveText('You took over on 25% of debriefed calls (2 of 8), down from 50% in the 12 months before.')
  const lesson = insights.lessons.getByRole('link', { name: 'Globex — Renewal' })
  await expect(insights.lessons).toContainText('Qualify the budget before the demo')
  await expect(lesson).toHaveAttribute('href', `#/calls/${globex.id}`)
  // The period chosen is the one the screen opens on next time.
  await insights.period.selectOption('30d')
  await expect(insights.story).toContainText('You took over on 1 of 2 debriefed calls; in the 30 days before, on 0 of 1 debriefed call.')
  await app.open('/insights')
  await expect(insights.period).toHaveValue('30d')

  await app.open(`/reps/${dana.id}`)
  const trend = page.getByTestId('rep-trend')
  await expect(trend.getByTestId('rep-trend-story')).toHaveText(
    'You took over on 25% of debriefed calls with Dana Ortiz (2 of 8), down from 50% in the 12 months before.',
  )
  await trend.getByText('Show table', { exact: true }).click()
  await expect(trend.getByRole('table', { name: 'Self-sufficiency per rep and period' }).locator('tbody tr').first()).toBeVisible()
  await expect(trend.getByRole('figure', { name: 'Dana Ortiz self-sufficiency over time' })).toBeVisible()
})
