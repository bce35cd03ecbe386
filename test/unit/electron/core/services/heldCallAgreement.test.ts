import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { debriefCounts, heldUntil } from '../../../../../shared/callTiming'
import { invoke, openTempCore, type TempCore } from '../../../../helpers/tempJournal'

/**
 * Issue 14, item 8: a debrief on a call dated after today (the app refuses one, a journal file
 * can carry it) must be read the same way by Home, the rep page, the one-on-one sheet, the
 * progress report and the metrics. The one rule (shared/callTiming.ts): a debrief counts from
 * its call's day. Before it, the call is coming up everywhere and its debrief in no figure; on
 * the day, every view counts it.
 */

const TODAY = '2026-11-20'
const CALL_DAY = '2026-11-26'
const MONTH = { from: '2026-11-01', to: '2026-11-30' }

// A sidewalk call (no threshold: everything is sidewalk) with a quick debrief that took over, and
// a lost one the rep handled: both dated after TODAY, imported with their debriefs.
const JOURNAL = JSON.stringify({
  format: 'coachbook',
  version: 1,
  settings: { interstateThreshold: null, currency: 'USD' },
  reps: [{ id: 'r1', name: 'Dana Ortiz' }],
  calls: [
    { id: 'past', repId: 'r1', date: '2026-11-10', debrief: { actualRole: 'depth_and_breadth', outcome: 'won' } },
    {
      id: 'ahead',
      repId: 'r1',
      date: CALL_DAY,
      account: 'Acme',
      debrief: { actualRole: 'crutch', rescueInitiator: 'me', rootCause: 'confidence' },
    },
    {
      id: 'aheadLost',
      repId: 'r1',
      date: CALL_DAY,
      account: 'Globex',
      debrief: { actualRole: 'visiting_dignitary', outcome: 'lost', lesson: 'Ask who else decides' },
    },
  ],
  sessions: [],
})

let temp: TempCore
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date(2026, 10, 20, 12, 0))
  temp = openTempCore()
  await invoke(temp.core, 'journal.import', { text: JOURNAL })
})
afterEach(() => {
  temp.cleanup()
  vi.useRealTimers()
})

/** What each view says about the two calls after TODAY, as of `day`. */
async function views(day: string) {
  const core = temp.core
  const home = await invoke(core, 'home.summary', { today: day })
  const rep = await invoke(core, 'reps.overview', { id: 'r1', today: day })
  const sheet = await invoke(core, 'print.repSheet', { repId: 'r1', ...MONTH, today: day })
  const report = await invoke(core, 'print.report', { ...MONTH, asOf: day })
  const metrics = await invoke(core, 'insights.metrics', { ...MONTH, asOf: day })
  const charts = await invoke(core, 'insights.charts', { ...MONTH, asOf: day })
  const crutch = await invoke(core, 'insights.crutchCalls', { ...MONTH, asOf: day })
  const lessons = await invoke(core, 'insights.sidewalkLessons', { ...MONTH, asOf: day })
  const sheetCall = sheet.calls.find((call) => call.id === 'ahead')
  return {
    homeMonth: home.thisMonth.debriefed,
    homeRescues: home.thisMonth.rescues,
    homeFullDebriefDue: home.fullDebriefDue.some((call) => call.id === 'ahead'),
    homeToPlan: home.upcomingWithoutPrebrief.some((call) => call.id === 'ahead'),
    repMonth: rep.thisMonth.debriefed,
    repLessons: rep.lostDealLessons.length,
    repRootCauses: rep.rootCauses.confidence,
    sheetRole: sheetCall?.actualRole ?? null,
    sheetDebriefed: sheet.totals.debriefed,
    sheetLessons: sheet.lostDealLessons.length,
    reportRescues: report.rescuesTotal,
    reportDebriefed: report.current.totals.debriefed,
    metricsDebriefed: metrics.totals.debriefed,
    metricsRescues: metrics.totals.rescues,
    chartsRescues: charts.scatter.rescues,
    chartsMatrix: charts.roleMatrix.reduce((sum, cell) => sum + cell.calls, 0),
    crutchCalls: crutch.total,
    sidewalkLessons: lessons.total,
  }
}

describe('a debrief on a call after today, in every view (issue 14, item 8)', () => {
  it('counts nowhere before the call’s day: the call is coming up in every view', async () => {
    expect(await views(TODAY)).toEqual({
      homeMonth: 1, // 'past' only
      homeRescues: 0,
      homeFullDebriefDue: false, // not "debriefed quickly, due in full": it has not happened yet
      homeToPlan: true, // coming up, with no pre-brief
      repMonth: 1,
      repLessons: 0,
      repRootCauses: 0,
      sheetRole: null,
      sheetDebriefed: 1,
      sheetLessons: 0,
      reportRescues: 0,
      reportDebriefed: 1,
      metricsDebriefed: 1,
      metricsRescues: 0,
      chartsRescues: 0,
      chartsMatrix: 0, // no call here had a pre-brief
      crutchCalls: 0,
      sidewalkLessons: 0,
    })
  })

  it('counts everywhere from the call’s day on', async () => {
    expect(await views(CALL_DAY)).toEqual({
      homeMonth: 3,
      homeRescues: 1,
      homeFullDebriefDue: true,
      homeToPlan: true, // today, unplanned: still listed to plan (Home's rule for today's calls)
      repMonth: 3,
      repLessons: 1,
      repRootCauses: 1,
      sheetRole: 'crutch',
      sheetDebriefed: 3,
      sheetLessons: 1,
      reportRescues: 1,
      reportDebriefed: 3,
      metricsDebriefed: 3,
      metricsRescues: 1,
      chartsRescues: 1,
      chartsMatrix: 0,
      crutchCalls: 1,
      sidewalkLessons: 1,
    })
  })

  it('the calls list shows the call as upcoming, not past', async () => {
    const upcoming = await invoke(temp.core, 'calls.list', { when: 'upcoming' })
    const past = await invoke(temp.core, 'calls.list', { when: 'past' })
    expect(upcoming.items.map((call) => call.id).sort()).toEqual(['ahead', 'aheadLost'])
    expect(past.items.map((call) => call.id)).toEqual(['past'])
  })
})

describe('the rule itself', () => {
  it('counts a debrief on or before the as-of day, never after', () => {
    expect(debriefCounts('2026-11-20', TODAY)).toBe(true)
    expect(debriefCounts('2026-11-19', TODAY)).toBe(true)
    expect(debriefCounts('2026-11-21', TODAY)).toBe(false)
  })

  it('ends a period’s debriefs at the earlier of its end and the as-of day', () => {
    expect(heldUntil('2026-11-30', TODAY)).toBe(TODAY)
    expect(heldUntil('2026-11-15', TODAY)).toBe('2026-11-15')
    expect(heldUntil(TODAY, TODAY)).toBe(TODAY)
  })
})
