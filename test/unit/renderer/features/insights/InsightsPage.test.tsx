import '../../helpers/cleanup'
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { CALIBRATION_BINS, type CrutchCallList, type InsightsCharts, type SidewalkLessonList } from '../../../../../shared/insights'
import { addDays } from '../../../../../shared/isoWeek'
import { emptyCounts, finishMetrics, type MetricCounts, type MetricsQueryInput, type MetricsReport } from '../../../../../shared/metrics'
import { ROLES } from '../../../../../shared/domain'
import { ok } from '../../../../../shared/result'
import { todayIso } from '../../../../../renderer/src/lib/format'
import { fakeJournal } from '../../helpers/fakeJournal'
import { renderApp } from '../../helpers/renderApp'
import { readRememberedPeriod } from '../../../../../renderer/src/features/insights/rememberedPeriod'

const metricSet = (counts: Partial<MetricCounts>) => finishMetrics({ ...emptyCounts(), ...counts })

function report(query: MetricsQueryInput, totals: Partial<MetricCounts>, byWeek: MetricsReport['byWeek'] = []): MetricsReport {
  return { from: query.from, to: query.to, asOf: query.asOf ?? query.to, repId: query.repId ?? null, totals: metricSet(totals), byMonth: [], byWeek, byRep: [] }
}

function charts(query: MetricsQueryInput, changes: Partial<InsightsCharts> = {}): InsightsCharts {
  return {
    from: query.from,
    to: query.to,
    asOf: query.asOf ?? query.to,
    repId: query.repId ?? null,
    grain: 'week',
    interstateThreshold: null,
    rolling: [],
    roleMatrix: ROLES.flatMap((planned) => ROLES.map((actual) => ({ planned, actual, calls: 0 }))),
    scatter: { rescues: 0, withValue: 0, avoidable: 0, binned: false, points: [] },
    cadence: { grain: 'week', columns: [], rows: [] },
    calibration: { calls: 0, bins: Array.from({ length: CALIBRATION_BINS }, (_, i) => ({ low: i * 10, high: i * 10 + 9, calls: 0, rescues: 0, predicted: null, observed: null })) },
    repTrends: [],
    sessionTalk: { sessions: 0, asks: 0, tells: 0, askShare: null, buckets: [] },
    ...changes,
  }
}

/** A journal whose insights answers are given by the test; every question is recorded. */
async function insightsJournal(
  answers: { totals?: Partial<MetricCounts>; byWeek?: MetricsReport['byWeek']; crutch?: CrutchCallList; lessons?: SidewalkLessonList } = {},
) {
  const journal = fakeJournal()
  await journal.api.reps.create({ name: 'Dana Ortiz' })
  journal.override('insights.span', () => ok({ first: '2024-01-01', last: '2024-06-30' }))
  journal.override('insights.metrics', (input) => ok(report(input as MetricsQueryInput, answers.totals ?? {}, answers.byWeek)))
  journal.override('insights.charts', (input) => ok(charts(input as MetricsQueryInput)))
  journal.override('insights.crutchCalls', () => ok(answers.crutch ?? { total: 0, calls: [] }))
  journal.override('insights.sidewalkLessons', () => ok(answers.lessons ?? { total: 0, lessons: [] }))
  const asked = (channel: string) => journal.log.filter((entry) => entry.channel === channel).map((entry) => entry.input as MetricsQueryInput)
  return { journal, asked }
}

describe('the Insights screen', () => {
  it('leads with the rescue count and opens the list of those calls, each linking to its call', async () => {
    const { journal, asked } = await insightsJournal({
      totals: { rescues: 2, debriefed: 8, avoidableRescues: 1 },
      crutch: {
        total: 2,
        calls: [
          { id: 'c7', date: '2024-06-02', repId: 'r1', repName: 'Dana Ortiz', account: 'Northwind', opportunity: 'Renewal', dealValue: 1000, stakes: 'sidewalk', plannedRole: 'technical_expert' },
          { id: 'c3', date: '2024-05-20', repId: 'r1', repName: 'Dana Ortiz', account: 'Globex', opportunity: null, dealValue: null, stakes: 'interstate', plannedRole: null },
        ],
      },
    })
    renderApp(journal.api, '/insights')
    expect((await screen.findByTestId('rescue-count')).textContent).toBe('2')
    expect(screen.getByText(/25% of 8 debriefed calls; 1 on everyday/)).toBeTruthy()
    // The headline in words, against the 12 months before (this fake journal answers the same figures for both).
    await waitFor(() =>
      expect(screen.getByTestId('insights-story').textContent).toBe(
        'You took over on 25% of debriefed calls (2 of 8), the same share as in the 12 months before.',
      ),
    )
    // The list is only asked for once opened.
    expect(asked('insights.crutchCalls')).toHaveLength(0)
    const details = screen.getByText('Show the 2 calls').closest('details')!
    details.open = true
    fireEvent(details, new Event('toggle'))
    const link = await screen.findByRole('link', { name: 'Northwind — Renewal' })
    expect(link.getAttribute('href')).toBe('#/calls/c7')
    expect(screen.getByRole('link', { name: 'Globex' }).getAttribute('href')).toBe('#/calls/c3')
    expect(asked('insights.crutchCalls')).toHaveLength(1)
  })

  it('asks for the period and rep in the address, and writes a new choice back to it', async () => {
    const { journal, asked } = await insightsJournal()
    const today = todayIso()
    renderApp(journal.api, '/insights?period=90d&rep=r1')
    await screen.findByTestId('insights-ready')
    const ninety = { from: addDays(today, -89), to: today, asOf: today, repId: 'r1' }
    expect(asked('insights.metrics')).toContainEqual(ninety)
    // … and the 90 days before, for the headline's comparison.
    expect(asked('insights.metrics')).toContainEqual({ ...ninety, from: addDays(today, -179), to: addDays(today, -90) })
    expect(asked('insights.charts').at(-1)).toEqual(ninety)

    fireEvent.change(screen.getByLabelText('Period'), { target: { value: 'all' } })
    // "All" runs from the journal's first day to today (the last record lies before it).
    await waitFor(() => expect(asked('insights.charts').at(-1)).toMatchObject({ from: '2024-01-01', to: today, repId: 'r1' }))
    expect(window.location.href).toContain('period=all')
    fireEvent.change(screen.getByLabelText('Rep'), { target: { value: '' } })
    await waitFor(() => expect(asked('insights.charts').at(-1)?.repId).toBeUndefined())
    expect(window.location.href).not.toContain('rep=')
  })

  it('opens on the last 12 months, or on the period chosen last, which it remembers', async () => {
    const { journal, asked } = await insightsJournal()
    const today = todayIso()
    window.localStorage.clear()
    renderApp(journal.api, '/insights')
    const screenRoot = await screen.findByTestId('insights-ready')
    await waitFor(() => expect(screenRoot.getAttribute('data-insights-ready')).toBe('12m|||'))
    expect(asked('insights.charts').at(-1)).toMatchObject({ from: addDays(today, -364), to: today })
    fireEvent.change(screen.getByLabelText('Period'), { target: { value: '90d' } })
    await waitFor(() => expect(screenRoot.getAttribute('data-insights-ready')).toBe('90d|||'))
    expect(readRememberedPeriod('journal')).toMatchObject({ preset: '90d' })
    window.localStorage.clear()
  })

  it('keeps the previous figures until both answers of a new period are in, and only then says it is ready', async () => {
    const { journal } = await insightsJournal()
    let release = () => {}
    journal.override('insights.metrics', (input) => {
      const query = input as MetricsQueryInput
      return ok(report(query, { rescues: query.from === addDays(todayIso(), -89) ? 9 : 2, debriefed: 10 }))
    })
    journal.override('insights.charts', (input) => {
      const query = input as MetricsQueryInput
      if (query.from !== addDays(todayIso(), -89)) return ok(charts(query))
      // The 90-day chart data is held back until the test lets it go.
      return new Promise((resolve) => (release = () => resolve(ok(charts(query))))) as unknown as ReturnType<typeof ok>
    })
    renderApp(journal.api, '/insights?period=30d')
    const screenRoot = await screen.findByTestId('insights-ready')
    await waitFor(() => expect(screenRoot.getAttribute('data-insights-ready')).toBe('30d|||'))
    expect(screen.getByTestId('rescue-count').textContent).toBe('2')

    fireEvent.change(screen.getByLabelText('Period'), { target: { value: '90d' } })
    await screen.findByText(/updating…/)
    // The new metrics are in (each period's and the one before it), but the charts' are not: the old pair stays, marked as not ready.
    await waitFor(() => expect(journal.log.filter((entry) => entry.channel === 'insights.metrics')).toHaveLength(4))
    expect(screen.getByTestId('rescue-count').textContent).toBe('2')
    expect(screenRoot.hasAttribute('data-insights-ready')).toBe(false)
    expect(screenRoot.getAttribute('aria-busy')).toBe('true')

    release()
    await waitFor(() => expect(screen.getByTestId('rescue-count').textContent).toBe('9'))
    expect(screenRoot.getAttribute('data-insights-ready')).toBe('90d|||')
  })

  it("draws the figures only once the lessons' first answer is in, so the charts are not drawn above where the list will be", async () => {
    const { journal } = await insightsJournal({ totals: { rescues: 4, debriefed: 10 } })
    let release = () => {}
    journal.override('insights.sidewalkLessons', () => new Promise((resolve) => (release = () => resolve(ok({ total: 0, lessons: [] })))) as unknown as ReturnType<typeof ok>)
    renderApp(journal.api, '/insights?period=30d')
    // The figures' reads are answered, the lessons' is held: the screen still says it is adding up.
    await waitFor(() => expect(journal.log.filter((entry) => entry.channel === 'insights.charts')).toHaveLength(1))
    await screen.findByText('Adding up your journal…')
    expect(screen.queryByTestId('insights-ready')).toBeNull()

    release()
    await waitFor(() => expect(screen.getByTestId('insights-ready').getAttribute('data-insights-ready')).toBe('30d|||'))
    expect(screen.getByTestId('rescue-count').textContent).toBe('4')
  })

  it('starts a custom period from the days shown', async () => {
    const { journal, asked } = await insightsJournal()
    const today = todayIso()
    renderApp(journal.api, '/insights?period=90d')
    await screen.findByTestId('insights-ready')
    fireEvent.change(screen.getByLabelText('Period'), { target: { value: 'custom' } })
    expect(screen.getByLabelText<HTMLInputElement>('From').value).toBe(addDays(today, -89))
    expect(screen.getByLabelText<HTMLInputElement>('To').value).toBe(today)
    expect(screen.queryByText('Choose both days of the period.')).toBeNull()
    await waitFor(() => expect(window.location.href).toContain(`from=${addDays(today, -89)}`))
    expect(asked('insights.charts').at(-1)).toMatchObject({ from: addDays(today, -89), to: today })
  })

  it('asks for both days of a custom period before asking the journal anything', async () => {
    const { journal, asked } = await insightsJournal()
    renderApp(journal.api, '/insights?period=custom&from=2024-03-01')
    expect(await screen.findByText('Choose both days of the period.')).toBeTruthy()
    expect(asked('insights.metrics')).toHaveLength(0)
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2024-03-31' } })
    await waitFor(() => expect(asked('insights.charts').at(-1)).toMatchObject({ from: '2024-03-01', to: '2024-03-31' }))
  })

  it('says what to record wherever a chart has nothing to draw', async () => {
    const { journal } = await insightsJournal()
    renderApp(journal.api, '/insights')
    await screen.findByTestId('insights-ready')
    expect(screen.getAllByText('Nothing to show yet.')).toHaveLength(9)
    const calibration = screen.getByRole('region', { name: 'Predicted takeover against what happened' })
    expect(calibration.textContent).toContain('predict the chance that you take over')
    expect(screen.getByRole('region', { name: 'Asking rather than telling' }).textContent).toContain('count the questions you asked')
  })

  it("groups the charts' counts as the locale writes them (a journal of many years)", async () => {
    const { journal } = await insightsJournal()
    journal.override('insights.charts', (input) =>
      ok(
        charts(input as MetricsQueryInput, {
          scatter: { rescues: 28889, withValue: 28889, avoidable: 4330, binned: true, points: [] },
          calibration: { calls: 15292, bins: charts(input as MetricsQueryInput).calibration.bins },
          sessionTalk: { sessions: 1234, asks: 3, tells: 1, askShare: 0.75, buckets: [] },
        }),
      ),
    )
    renderApp(journal.api, '/insights')
    const ready = await screen.findByTestId('insights-ready')
    const text = ready.closest('main')?.textContent ?? document.body.textContent ?? ''
    expect(text).toContain('15,292 calls with a prediction')
    expect(text).toContain('28,889 rescues in all')
    expect(text).toContain('4,330 avoidable rescues')
    expect(text).toContain('(1,234 with a tally)')
  })

  it('shows the numbers behind a chart as a table', async () => {
    const week = (period: string, rescues: number, debriefed: number) => ({ period, ...metricSet({ rescues, debriefed }) })
    const { journal } = await insightsJournal({
      totals: { rescues: 3, debriefed: 8 },
      byWeek: [week('2024-W10', 1, 4), week('2024-W11', 2, 4)],
    })
    renderApp(journal.api, '/insights')
    const card = await screen.findByRole('region', { name: 'Rescue rate over time' })
    expect(within(card).queryByRole('table')).toBeNull()
    const details = within(card).getByText('Show table').closest('details')!
    details.open = true
    fireEvent(details, new Event('toggle'))
    const table = await within(card).findByRole('table', { name: 'Rescue rate by period' })
    const rows = [...table.querySelectorAll('tbody tr')].map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent))
    // Period, debriefed, rescues, rate, rolling rate (none from the core here).
    expect(rows).toEqual([
      ['Week 10, 2024', '4', '1', '25%', '–'],
      ['Week 11, 2024', '4', '2', '50%', '–'],
    ])
  })
})
