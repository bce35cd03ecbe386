import { afterEach, describe, expect, it } from 'vitest'
import { createChartsService, createInsightsService } from '../../../../../../electron/core/services/insights'
import { invoke, invokeResult, openTempCore, type TempCore } from '../../../../../helpers/tempJournal'
import { journalText, type CallSpec, type RepSpec, type SessionSpec } from './journalBuilder'

/**
 * `insights.charts`, `insights.crutchCalls` and `insights.span` on a small journal whose every
 * figure is worked out by hand in the comments below.
 */

let temp: TempCore | undefined
afterEach(() => {
  temp?.cleanup()
  temp = undefined
})

async function journal(spec: { threshold: number | null; reps: RepSpec[]; calls: CallSpec[]; sessions?: SessionSpec[] }) {
  temp = openTempCore()
  await invoke(temp.core, 'journal.import', { text: journalText(spec) })
  // After every call in it: these figures are not about which calls are held (metrics.test.ts is).
  const today = () => '2026-04-30'
  return {
    core: temp.core,
    charts: createChartsService(temp.core.db, { today }),
    metrics: createInsightsService(temp.core.db, { today }),
  }
}

/*
 * Threshold 100,000. Period 2026-03-01..2026-03-31: 6 ISO weeks (W09 … W14), so weekly buckets.
 *
 *  call rep date        deal / stakes                  planned             actual             takeover
 *  c1   r1  2026-03-02  50,000 → sidewalk              technical_expert    crutch             20
 *  c2   r1  2026-03-05  100,000 = threshold → inter.   visiting_dignitary  crutch             80
 *  c3   r1  2026-03-10  500,000, explicit sidewalk     –                   crutch
 *  c4   r2  2026-03-12  explicit interstate            depth_and_breadth   depth_and_breadth  85
 *  c5   r2  2026-03-15  20,000                         technical_expert    –                  50
 *  c6   r1  2026-03-18  CANCELLED                      crutch              crutch             100
 *  c7   r1  2026-03-28  no deal value → sidewalk       crutch              crutch             100
 *  c13  r2  2026-03-31  300,000 → interstate           technical_expert    crutch             0
 *  c8   r2  2026-02-10  (before: rolling window only)  –                   crutch
 *  c9   r2  2026-02-20  (before: rolling window only)  –                   visiting_dignitary
 *  c11  r1  2025-12-02  (first day of W09's window)    –                   technical_expert
 *  c10  r1  2025-12-01  (one day before it)            –                   crutch
 *  c12  r1  2026-04-01  (after the period)             –                   crutch
 *  c14  r1  2025-11-01  CANCELLED (not the journal's first day)
 *
 * Sessions: s1 r1 03-03 role_play, s2 r1 03-04 drill, s3 r2 03-31 one_on_one, s4 r3 03-16 prebrief,
 *           s5 r4 2026-02-01 drill (outside). r2 and r4 are archived; r3 has no call at all.
 */
const MARCH = {
  threshold: 100_000,
  reps: [
    { id: 'r1', name: 'Avery Quinn' },
    { id: 'r2', name: 'Blake Rowe', archived: true },
    { id: 'r3', name: 'Casey Lin' },
    { id: 'r4', name: 'Drew Park', archived: true },
  ],
  calls: [
    { id: 'c1', rep: 'r1', date: '2026-03-02', dealValue: 50_000, planned: 'technical_expert', actual: 'crutch', takeover: 20 },
    { id: 'c2', rep: 'r1', date: '2026-03-05', dealValue: 100_000, planned: 'visiting_dignitary', actual: 'crutch', takeover: 80 },
    { id: 'c3', rep: 'r1', date: '2026-03-10', dealValue: 500_000, stakes: 'sidewalk', actual: 'crutch' },
    { id: 'c4', rep: 'r2', date: '2026-03-12', stakes: 'interstate', planned: 'depth_and_breadth', actual: 'depth_and_breadth', takeover: 85 },
    { id: 'c5', rep: 'r2', date: '2026-03-15', dealValue: 20_000, planned: 'technical_expert', takeover: 50 },
    { id: 'c6', rep: 'r1', date: '2026-03-18', cancelled: true, planned: 'crutch', actual: 'crutch', takeover: 100 },
    { id: 'c7', rep: 'r1', date: '2026-03-28', planned: 'crutch', actual: 'crutch', takeover: 100 },
    { id: 'c13', rep: 'r2', date: '2026-03-31', dealValue: 300_000, planned: 'technical_expert', actual: 'crutch', takeover: 0 },
    { id: 'c8', rep: 'r2', date: '2026-02-10', actual: 'crutch' },
    { id: 'c9', rep: 'r2', date: '2026-02-20', actual: 'visiting_dignitary' },
    { id: 'c11', rep: 'r1', date: '2025-12-02', actual: 'technical_expert' },
    { id: 'c10', rep: 'r1', date: '2025-12-01', actual: 'crutch' },
    { id: 'c12', rep: 'r1', date: '2026-04-01', actual: 'crutch' },
    { id: 'c14', rep: 'r1', date: '2025-11-01', cancelled: true },
  ],
  sessions: [
    { id: 's1', rep: 'r1', date: '2026-03-03', kind: 'role_play' },
    { id: 's2', rep: 'r1', date: '2026-03-04', kind: 'drill' },
    { id: 's3', rep: 'r2', date: '2026-03-31', kind: 'one_on_one' },
    { id: 's4', rep: 'r3', date: '2026-03-16', kind: 'prebrief' },
    { id: 's5', rep: 'r4', date: '2026-02-01', kind: 'drill' },
  ],
} satisfies Parameters<typeof journal>[0]
const PERIOD = { from: '2026-03-01', to: '2026-03-31' }

describe('insights.charts', () => {
  it('buckets by ISO week and computes the rolling 90-day rescue rate at each week end', async () => {
    const { charts } = await journal(MARCH)
    const result = charts.charts(PERIOD)
    expect(result.grain).toBe('week')
    /*
     * Debriefed days from 2025-12-02 (03-01 minus 89 days): c11 TE, c8 crutch, c9 VD, then March.
     * W09 ends 03-01, window 12-02..03-01: c11, c8, c9 → 1 of 3 (c10 on 12-01 is one day early).
     * W10 ends 03-08, window 12-09..03-08: c8, c9, c1, c2 → 3 of 4.
     * W11 ends 03-15: + c3, c4 → 4 of 6.  W12 ends 03-22: the same (c6 is cancelled).
     * W13 ends 03-29: + c7 → 5 of 7.  W14 ends 04-05, clipped to 03-31 (window 01-01..03-31):
     * + c13 → 6 of 8 (c12 on 04-01 lies past the period).
     */
    expect(result.rolling).toEqual([
      { period: '2026-W09', end: '2026-03-01', debriefed: 3, rescues: 1, rate: 1 / 3 },
      { period: '2026-W10', end: '2026-03-08', debriefed: 4, rescues: 3, rate: 3 / 4 },
      { period: '2026-W11', end: '2026-03-15', debriefed: 6, rescues: 4, rate: 4 / 6 },
      { period: '2026-W12', end: '2026-03-22', debriefed: 6, rescues: 4, rate: 4 / 6 },
      { period: '2026-W13', end: '2026-03-29', debriefed: 7, rescues: 5, rate: 5 / 7 },
      { period: '2026-W14', end: '2026-03-31', debriefed: 8, rescues: 6, rate: 6 / 8 },
    ])
  })

  it('counts planned → actual roles over debriefed calls with a plan, its crutch column off the diagonal being the slips', async () => {
    const { charts, metrics } = await journal(MARCH)
    const matrix = charts.charts(PERIOD).roleMatrix
    expect(matrix).toHaveLength(16)
    const nonZero = matrix.filter((cell) => cell.calls > 0)
    // c1, c13 TE→crutch; c2 VD→crutch; c4 DB→DB; c7 crutch→crutch (c3 had no plan, c5 no debrief, c6 cancelled).
    expect(nonZero).toEqual([
      { planned: 'visiting_dignitary', actual: 'crutch', calls: 1 },
      { planned: 'depth_and_breadth', actual: 'depth_and_breadth', calls: 1 },
      { planned: 'technical_expert', actual: 'crutch', calls: 2 },
      { planned: 'crutch', actual: 'crutch', calls: 1 },
    ])
    const slips = matrix.filter((c) => c.actual === 'crutch' && c.planned !== 'crutch').reduce((n, c) => n + c.calls, 0)
    expect(slips).toBe(metrics.metrics(PERIOD).totals.slips)
  })

  it('draws each rescue with a deal value at its day and value, coloured by stakes, and counts the avoidable ones', async () => {
    const { charts, metrics } = await journal(MARCH)
    const scatter = charts.charts(PERIOD).scatter
    // Rescues c1, c2, c3, c7, c13; c7 has no deal value. Sidewalk: c1 (below), c3 (explicit), c7 (no value).
    expect(scatter).toEqual({
      rescues: 5,
      withValue: 4,
      avoidable: 3,
      binned: false,
      points: [
        { x: 1, y: 50_000, stakes: 'sidewalk', count: 1, callId: 'c1' },
        { x: 4, y: 100_000, stakes: 'interstate', count: 1, callId: 'c2' },
        { x: 9, y: 500_000, stakes: 'sidewalk', count: 1, callId: 'c3' },
        { x: 30, y: 300_000, stakes: 'interstate', count: 1, callId: 'c13' },
      ],
    })
    const totals = metrics.metrics(PERIOD).totals
    expect([scatter.rescues, scatter.avoidable]).toEqual([totals.rescues, totals.avoidableRescues])
  })

  it('bins the predicted takeover chance against the share of those calls that ended in a rescue', async () => {
    const { charts } = await journal(MARCH)
    const calibration = charts.charts(PERIOD).calibration
    // Debriefed with a prediction: c13 0% (rescue), c1 20% (rescue), c2 80% (rescue), c4 85% (not), c7 100% (rescue).
    expect(calibration.calls).toBe(5)
    expect(calibration.bins.map((b) => [b.low, b.high])).toEqual([
      [0, 9], [10, 19], [20, 29], [30, 39], [40, 49], [50, 59], [60, 69], [70, 79], [80, 89], [90, 100],
    ])
    const filled = calibration.bins.filter((b) => b.calls > 0)
    expect(filled).toEqual([
      { low: 0, high: 9, calls: 1, rescues: 1, predicted: 0, observed: 1 },
      { low: 20, high: 29, calls: 1, rescues: 1, predicted: 0.2, observed: 1 },
      { low: 80, high: 89, calls: 2, rescues: 1, predicted: (80 + 85) / 2 / 100, observed: 0.5 },
      { low: 90, high: 100, calls: 1, rescues: 1, predicted: 1, observed: 1 },
    ])
    expect(calibration.bins[1]).toMatchObject({ calls: 0, predicted: null, observed: null })
  })

  it('lays out sessions and debriefs per rep and week, for active reps and archived reps seen in the period', async () => {
    const { charts } = await journal(MARCH)
    const cadence = charts.charts(PERIOD).cadence
    expect(cadence.grain).toBe('week')
    expect(cadence.columns).toEqual(['2026-W09', '2026-W10', '2026-W11', '2026-W12', '2026-W13', '2026-W14'])
    // r4 is archived and its only session lies outside the period; r3 is active with one session.
    expect(cadence.rows.map((row) => row.repId)).toEqual(['r1', 'r2', 'r3'])
    const grid = cadence.rows.map((row) => row.cells.map((cell) => `${cell.sessions}/${cell.debriefs}`))
    expect(grid).toEqual([
      // r1: s1, s2 and c1, c2 in W10; c3 in W11; c7 in W13 (c6 cancelled).
      ['0/0', '2/2', '0/1', '0/0', '0/1', '0/0'],
      // r2: c4 in W11; s3 and c13 in W14 (c5 has no debrief).
      ['0/0', '0/0', '0/1', '0/0', '0/0', '1/1'],
      // r3: s4 on Monday 03-16, W12.
      ['0/0', '0/0', '0/0', '1/0', '0/0', '0/0'],
    ])
  })

  it("gives each rep's self-sufficiency per week, null where nothing was debriefed", async () => {
    const { charts } = await journal(MARCH)
    const trends = charts.charts(PERIOD).repTrends
    const r2 = trends.find((trend) => trend.repId === 'r2')
    // c4 (W11) was not a rescue: 1 - 0/1 = 1; c13 (W14) was: 1 - 1/1 = 0.
    expect(r2?.buckets.map((b) => b.selfSufficiency)).toEqual([null, null, 1, null, null, 0])
    const r1 = trends.find((trend) => trend.repId === 'r1')
    expect(r1?.buckets.map((b) => `${b.rescues}/${b.debriefed}`)).toEqual(['0/0', '2/2', '1/1', '0/0', '1/1', '0/0'])
    expect(trends.find((trend) => trend.repId === 'r3')?.buckets.every((b) => b.selfSufficiency === null)).toBe(true)
  })

  it("adds up the ask share of coaching sessions per week, apart from the calls' and over sessions with both counts only", async () => {
    const { charts, metrics } = await journal({
      threshold: null,
      reps: [{ id: 'r1', name: 'Avery Quinn' }, { id: 'r2', name: 'Blake Rowe' }],
      // The calls' ask share stays DOMAIN.md's: 1 / (1 + 3) from the debrief alone.
      calls: [{ id: 'c1', rep: 'r1', date: '2026-03-02', actual: 'crutch', asks: 1, tells: 3 }],
      sessions: [
        { id: 's1', rep: 'r1', date: '2026-03-03', kind: 'one_on_one', asks: 6, tells: 2 }, // W10
        { id: 's2', rep: 'r2', date: '2026-03-04', kind: 'one_on_one', asks: 2, tells: 2 }, // W10
        { id: 's3', rep: 'r1', date: '2026-03-17', kind: 'one_on_one', asks: 0, tells: 4 }, // W12
        { id: 's4', rep: 'r1', date: '2026-03-18', kind: 'one_on_one', asks: 9 }, // tells missing: left out
        { id: 's5', rep: 'r1', date: '2026-04-02', kind: 'one_on_one', asks: 5, tells: 0 }, // after the period
      ],
    })
    const talk = charts.charts(PERIOD).sessionTalk
    expect(talk).toMatchObject({ sessions: 3, asks: 8, tells: 8, askShare: 0.5 })
    expect(talk.buckets.map((b) => [b.period, b.sessions, b.askShare])).toEqual([
      ['2026-W09', 0, null],
      ['2026-W10', 2, 8 / 12],
      ['2026-W11', 0, null],
      ['2026-W12', 1, 0],
      ['2026-W13', 0, null],
      ['2026-W14', 0, null],
    ])
    expect(metrics.metrics(PERIOD).totals.askShare).toBe(0.25)
    expect(charts.charts({ ...PERIOD, repId: 'r2' }).sessionTalk).toMatchObject({ sessions: 1, askShare: 0.5 })
  })

  it('restricts every chart to one rep', async () => {
    const { charts } = await journal(MARCH)
    const result = charts.charts({ ...PERIOD, repId: 'r2' })
    expect(result.roleMatrix.filter((c) => c.calls > 0)).toEqual([
      { planned: 'depth_and_breadth', actual: 'depth_and_breadth', calls: 1 },
      { planned: 'technical_expert', actual: 'crutch', calls: 1 },
    ])
    expect(result.scatter).toMatchObject({ rescues: 1, withValue: 1, avoidable: 0 })
    expect(result.cadence.rows.map((row) => row.repId)).toEqual(['r2'])
    // r2's debriefs from 12-02: c8 (02-10, rescue), c9 (02-20); W09's window holds both.
    expect(result.rolling[0]).toMatchObject({ debriefed: 2, rescues: 1 })
    expect(result.calibration.calls).toBe(2)
  })

  it('switches to months for long periods and to coarser heatmap columns when weeks would not fit', async () => {
    const { charts } = await journal(MARCH)
    const year = charts.charts({ from: '2025-04-01', to: '2026-03-31' })
    expect(year.grain).toBe('month')
    expect(year.rolling.map((p) => p.period)).toHaveLength(12)
    expect(year.rolling.at(-1)).toMatchObject({ period: '2026-03', end: '2026-03-31', debriefed: 8, rescues: 6 })
    expect(year.cadence.grain).toBe('week') // 53 weeks still fit
    const decade = charts.charts({ from: '2017-01-01', to: '2026-12-31' })
    expect(decade.cadence.grain).toBe('year')
    expect(decade.cadence.columns).toHaveLength(10)
    // The decade's rescues: c10, c8, c1, c2, c3, c7, c13, c12.
    expect(decade.scatter.rescues).toBe(8)
  })

  it('bins the scatter past 1,000 rescues, keeping every rescue in a count', async () => {
    const calls: CallSpec[] = []
    for (let i = 0; i < 600; i++) {
      calls.push({ id: `a${i}`, rep: 'r1', date: '2026-03-01', dealValue: 10, actual: 'crutch' })
      calls.push({ id: `b${i}`, rep: 'r1', date: '2026-03-31', dealValue: 200_000, actual: 'crutch' })
    }
    const { charts } = await journal({ threshold: 100_000, reps: [{ id: 'r1', name: 'Avery Quinn' }], calls })
    const scatter = charts.charts(PERIOD).scatter
    // 1,200 > 1,000: the first day's sidewalk rescues share a bin, the last day's interstate ones another.
    expect(scatter).toEqual({
      rescues: 1200,
      withValue: 1200,
      avoidable: 600,
      binned: true,
      points: [
        { x: 0, y: 10, stakes: 'sidewalk', count: 600, callId: null },
        { x: 30, y: 200_000, stakes: 'interstate', count: 600, callId: null },
      ],
    })
  })

  it('answers through the contract and refuses an unknown rep', async () => {
    const { core } = await journal(MARCH)
    const value = await invoke(core, 'insights.charts', { ...PERIOD, asOf: '2026-03-20' })
    expect(value.interstateThreshold).toBe(100_000)
    const missing = await invokeResult(core, 'insights.charts', { ...PERIOD, repId: 'nobody' })
    expect(missing.ok ? null : missing.error.code).toBe('NOT_FOUND')
    const backwards = await invokeResult(core, 'insights.charts', { from: '2026-04-01', to: '2026-03-01' })
    expect(backwards.ok ? null : backwards.error.code).toBe('INVALID_INPUT')
  })
})

describe('insights.crutchCalls', () => {
  it('lists the period’s rescues newest first, with the total beyond the limit', async () => {
    const { core } = await journal(MARCH)
    const list = await invoke(core, 'insights.crutchCalls', { ...PERIOD, limit: 2 })
    expect(list.total).toBe(5)
    expect(list.calls.map((call) => [call.id, call.repName, call.stakes, call.plannedRole])).toEqual([
      ['c13', 'Blake Rowe', 'interstate', 'technical_expert'],
      ['c7', 'Avery Quinn', 'sidewalk', 'crutch'],
    ])
    const mine = await invoke(core, 'insights.crutchCalls', { ...PERIOD, repId: 'r1' })
    expect(mine.total).toBe(4)
    expect(mine.calls.map((call) => call.id)).toEqual(['c7', 'c3', 'c2', 'c1'])
    expect(mine.calls.find((call) => call.id === 'c1')?.dealValue).toBe(50_000)
  })

  it('refuses a backwards period', async () => {
    const { core } = await journal(MARCH)
    const result = await invokeResult(core, 'insights.crutchCalls', { from: '2026-04-01', to: '2026-03-01' })
    expect(result.ok ? null : result.error.code).toBe('INVALID_INPUT')
  })
})

describe('insights.span', () => {
  it('runs from the first to the last day with a call or session, leaving cancelled calls out', async () => {
    const { core } = await journal(MARCH)
    // c14 (2025-11-01) is cancelled; c10 on 2025-12-01 comes first, c12 on 2026-04-01 last.
    expect(await invoke(core, 'insights.span', {})).toEqual({ first: '2025-12-01', last: '2026-04-01' })
  })

  it('is empty for an empty journal', async () => {
    const { core } = await journal({ threshold: null, reps: [], calls: [] })
    expect(await invoke(core, 'insights.span', {})).toEqual({ first: null, last: null })
  })
})
