import { afterEach, describe, expect, it } from 'vitest'
import { createInsightsService } from '../../../../../../electron/core/services/insights'
import { METRIC_NAMES, type MetricSet } from '../../../../../../shared/metrics'
import { AppFailure } from '../../../../../../shared/result'
import { invoke, invokeResult, openTempCore, type TempCore } from '../../../../../helpers/tempJournal'
import { journalText, type CallSpec, type RepSpec, type SessionSpec } from './journalBuilder'

/**
 * The metrics of DOMAIN.md on small journals whose every figure is worked out by hand below.
 * The arithmetic is in the comments; the expected values are written as the fractions they are.
 */

const ROLE_ZERO = { visiting_dignitary: 0, depth_and_breadth: 0, technical_expert: 0, crutch: 0 }
const SESSION_ZERO = { role_play: 0, drill: 0, prebrief: 0, postbrief: 0, one_on_one: 0 }
const EMPTY: MetricSet = {
  calls: 0,
  heldCalls: 0,
  prebriefed: 0,
  debriefed: 0,
  rescues: 0,
  rescueRate: null,
  avoidableRescues: 0,
  planAdherence: null,
  slips: 0,
  askShare: null,
  prebriefRate: null,
  debriefRate: null,
  roleMix: ROLE_ZERO,
  sessions: SESSION_ZERO,
}

let temp: TempCore | undefined
afterEach(() => {
  temp?.cleanup()
  temp = undefined
})

async function journal(spec: { threshold: number | null; reps: RepSpec[]; calls: CallSpec[]; sessions?: SessionSpec[] }) {
  temp = openTempCore()
  await invoke(temp.core, 'journal.import', { text: journalText(spec) })
  return { core: temp.core, insights: createInsightsService(temp.core.db, { today: () => '2026-03-20' }) }
}

/*
 * The March journal. Threshold 100,000. Period 2026-03-01..2026-03-31, asOf 2026-03-20.
 *
 *  call rep date   stakes                       planned            actual             asks/tells
 *  c1   r1  03-02  50,000 → sidewalk            technical_expert   crutch             2 / 6
 *  c2   r1  03-05  100,000 = threshold → inter. visiting_dignitary crutch             3 / –
 *  c3   r1  03-10  500,000 but explicit sidewalk –                  crutch             – / 4
 *  c4   r2  03-12  explicit interstate          depth_and_breadth  depth_and_breadth  5 / 5
 *  c5   r2  03-15  20,000                       technical_expert   –
 *  c6   r1  03-18  CANCELLED                    crutch             crutch
 *  c7   r2  03-25  (after asOf)                 visiting_dignitary –
 *  c8   r1  03-28  no deal value → sidewalk     crutch             crutch             0 / 0
 *  c9   r5  02-28  (before the period)          –                  crutch
 *  c10  r2  04-01  (after the period)           technical_expert   technical_expert
 *  c11  r2  03-08  300,000                      –                  visiting_dignitary – / –
 *  c12  r4  03-09  CANCELLED                    –                  crutch
 *
 * Sessions: s1 r1 03-03 role_play, s2 r1 03-20 drill, s3 r2 03-31 one_on_one, s4 r3 03-15 prebrief,
 *           s5 r1 04-01 role_play (after), s6 r5 02-27 drill (before).
 * r2 is archived; r1 and r3 share a name; r4's only call is cancelled; r5 is active only outside.
 */
const MARCH = {
  threshold: 100_000,
  reps: [
    { id: 'r1', name: 'Avery Quinn' },
    { id: 'r2', name: 'Blake Rowe', archived: true },
    { id: 'r3', name: 'Avery Quinn' },
    { id: 'r4', name: 'Casey Lin' },
    { id: 'r5', name: 'Drew Park' },
  ],
  calls: [
    { id: 'c1', rep: 'r1', date: '2026-03-02', dealValue: 50_000, planned: 'technical_expert', actual: 'crutch', asks: 2, tells: 6 },
    { id: 'c2', rep: 'r1', date: '2026-03-05', dealValue: 100_000, planned: 'visiting_dignitary', actual: 'crutch', asks: 3 },
    { id: 'c3', rep: 'r1', date: '2026-03-10', dealValue: 500_000, stakes: 'sidewalk', actual: 'crutch', tells: 4 },
    { id: 'c4', rep: 'r2', date: '2026-03-12', stakes: 'interstate', planned: 'depth_and_breadth', actual: 'depth_and_breadth', asks: 5, tells: 5 },
    { id: 'c5', rep: 'r2', date: '2026-03-15', dealValue: 20_000, planned: 'technical_expert' },
    { id: 'c6', rep: 'r1', date: '2026-03-18', cancelled: true, planned: 'crutch', actual: 'crutch', asks: 1, tells: 1 },
    { id: 'c7', rep: 'r2', date: '2026-03-25', planned: 'visiting_dignitary' },
    { id: 'c8', rep: 'r1', date: '2026-03-28', planned: 'crutch', actual: 'crutch', asks: 0, tells: 0 },
    { id: 'c9', rep: 'r5', date: '2026-02-28', actual: 'crutch' },
    { id: 'c10', rep: 'r2', date: '2026-04-01', planned: 'technical_expert', actual: 'technical_expert' },
    { id: 'c11', rep: 'r2', date: '2026-03-08', dealValue: 300_000, actual: 'visiting_dignitary' },
    { id: 'c12', rep: 'r4', date: '2026-03-09', cancelled: true, dealValue: 10, actual: 'crutch' },
  ],
  sessions: [
    { id: 's1', rep: 'r1', date: '2026-03-03', kind: 'role_play' },
    { id: 's2', rep: 'r1', date: '2026-03-20', kind: 'drill' },
    { id: 's3', rep: 'r2', date: '2026-03-31', kind: 'one_on_one' },
    { id: 's4', rep: 'r3', date: '2026-03-15', kind: 'prebrief' },
    { id: 's5', rep: 'r1', date: '2026-04-01', kind: 'role_play' },
    { id: 's6', rep: 'r5', date: '2026-02-27', kind: 'drill' },
  ],
} satisfies Parameters<typeof journal>[0]
const PERIOD = { from: '2026-03-01', to: '2026-03-31' }

/*
 * A debrief counts from its call's day (shared/callTiming.ts, issue 14 item 8): c8's debrief,
 * on a call after asOf (only an imported journal can hold one), is in no figure until 03-28.
 */
const MARCH_TOTALS: MetricSet = {
  calls: 8, // c1 c2 c3 c4 c5 c7 c8 c11 (c6, c12 cancelled; c9, c10 outside)
  heldCalls: 6, // those on or before 03-20: c1 c2 c3 c4 c5 c11
  prebriefed: 4, // held with a pre-brief: c1 c2 c4 c5 (c7 is not held)
  debriefed: 5, // held with a debrief: c1 c2 c3 c4 c11 (c8's debrief waits for its day)
  rescues: 3, // crutch: c1 c2 c3
  rescueRate: 3 / 5,
  avoidableRescues: 2, // sidewalk rescues: c1 (50k < 100k), c3 (explicit); c2 sits on the threshold
  planAdherence: 1 / 3, // debriefed with a plan: c1 c2 c4; kept to plan: c4
  slips: 2, // planned other than crutch, ended crutch: c1 c2
  askShare: 7 / 18, // both counts recorded: c1 (2/6), c4 (5/5) → 7 / (7 + 11)
  prebriefRate: 4 / 6,
  debriefRate: 5 / 6, // held and debriefed: c1 c2 c3 c4 c11 → 5 of 6 held
  roleMix: { visiting_dignitary: 1, depth_and_breadth: 1, technical_expert: 0, crutch: 3 },
  sessions: { role_play: 1, drill: 1, prebrief: 1, postbrief: 0, one_on_one: 1 }, // s1 s2 s4 s3
}
/** The same period once every call in it is held: c8 (03-28) and its debrief count. */
const MARCH_ALL_HELD: MetricSet = {
  ...MARCH_TOTALS,
  heldCalls: 8,
  prebriefed: 6, // c1 c2 c4 c5 c7 c8
  debriefed: 6,
  rescues: 4, // c1 c2 c3 c8
  rescueRate: 4 / 6,
  avoidableRescues: 3, // c8 has no value → sidewalk
  planAdherence: 2 / 4, // c1 c2 c4 c8; kept: c4 c8
  askShare: 7 / 18, // c8 recorded 0 / 0
  prebriefRate: 6 / 8,
  debriefRate: 6 / 8,
  roleMix: { visiting_dignitary: 1, depth_and_breadth: 1, technical_expert: 0, crutch: 4 },
}

describe('metrics of a hand-built journal', () => {
  it('follows every definition of DOMAIN.md for the period totals', async () => {
    const { insights } = await journal(MARCH)
    const report = insights.metrics({ ...PERIOD, asOf: '2026-03-20' })
    expect(report.totals).toEqual(MARCH_TOTALS)
    expect(Object.keys(report.totals)).toEqual([...METRIC_NAMES])
    expect(report).toMatchObject({ from: '2026-03-01', to: '2026-03-31', asOf: '2026-03-20', repId: null })
  })

  it('defaults asOf to today', async () => {
    const { insights } = await journal(MARCH)
    const report = insights.metrics(PERIOD)
    expect(report.asOf).toBe('2026-03-20')
    expect(report.totals).toEqual(MARCH_TOTALS)
  })

  it('moves held calls, their briefs and every figure made from debriefs with asOf, and nothing else', async () => {
    const { insights } = await journal(MARCH)
    // asOf 03-31: all 8 calls held, c8's debrief with them.
    expect(insights.metrics({ ...PERIOD, asOf: '2026-03-31' }).totals).toEqual(MARCH_ALL_HELD)
    // asOf on c7's day: it is held (date <= asOf) → 7 held, 5 pre-briefed; c8 (03-28) still waits.
    expect(insights.metrics({ ...PERIOD, asOf: '2026-03-25' }).totals).toEqual({
      ...MARCH_TOTALS,
      heldCalls: 7,
      prebriefed: 5,
      prebriefRate: 5 / 7,
      debriefRate: 5 / 7,
    })
    // On c8's own day its debrief counts: the day is held.
    expect(insights.metrics({ ...PERIOD, asOf: '2026-03-28' }).totals).toMatchObject({ debriefed: 6, rescues: 4 })
    // asOf before the period: nothing held, so nothing debriefed either; only the calls and sessions stand.
    expect(insights.metrics({ ...PERIOD, asOf: '2026-02-01' }).totals).toEqual({
      ...EMPTY,
      calls: 8,
      sessions: MARCH_TOTALS.sessions,
    })
  })

  it('lists every rep with a call or session in the period, archived too, by name then id', async () => {
    const { insights } = await journal(MARCH)
    const { byRep } = insights.metrics({ ...PERIOD, asOf: '2026-03-20' })
    // r4's only call is cancelled and r5 is active only outside the period: neither is listed.
    expect(byRep.map((r) => [r.repId, r.repName, r.archived])).toEqual([
      ['r1', 'Avery Quinn', false],
      ['r3', 'Avery Quinn', false],
      ['r2', 'Blake Rowe', true],
    ])
    expect(Object.keys(byRep[0] ?? {})).toEqual(['repId', 'repName', 'archived', ...METRIC_NAMES, 'selfSufficiency'])

    expect(byRep[0]).toEqual({
      repId: 'r1',
      repName: 'Avery Quinn',
      archived: false,
      calls: 4, // c1 c2 c3 c8
      heldCalls: 3, // c1 c2 c3
      prebriefed: 2, // c1 c2
      debriefed: 3, // c8 (after asOf) waits for its day
      rescues: 3,
      rescueRate: 3 / 3,
      avoidableRescues: 2, // c1 c3
      planAdherence: 0 / 2, // with a plan: c1 c2; neither kept
      slips: 2, // c1 c2
      askShare: 2 / 8, // c1 (2/6); c2 and c3 miss a count
      prebriefRate: 2 / 3,
      debriefRate: 3 / 3,
      roleMix: { ...ROLE_ZERO, crutch: 3 },
      sessions: { ...SESSION_ZERO, role_play: 1, drill: 1 },
      selfSufficiency: 0, // 1 - 3/3
    })
    expect(byRep[1]).toEqual({
      repId: 'r3',
      repName: 'Avery Quinn',
      archived: false,
      ...EMPTY,
      sessions: { ...SESSION_ZERO, prebrief: 1 },
      selfSufficiency: null, // no debriefs → no rescue rate
    })
    expect(byRep[2]).toEqual({
      repId: 'r2',
      repName: 'Blake Rowe',
      archived: true,
      calls: 4, // c4 c5 c7 c11
      heldCalls: 3, // c4 c5 c11
      prebriefed: 2, // c4 c5
      debriefed: 2, // c4 c11
      rescues: 0,
      rescueRate: 0 / 2,
      avoidableRescues: 0,
      planAdherence: 1 / 1, // c4
      slips: 0,
      askShare: 5 / 10, // c4; c11 has neither count
      prebriefRate: 2 / 3,
      debriefRate: 2 / 3,
      roleMix: { ...ROLE_ZERO, depth_and_breadth: 1, visiting_dignitary: 1 },
      sessions: { ...SESSION_ZERO, one_on_one: 1 },
      selfSufficiency: 1, // 1 - 0
    })
  })

  it('computes ISO week buckets over the intersection of week and period', async () => {
    const { insights } = await journal(MARCH)
    const { byWeek } = insights.metrics({ ...PERIOD, asOf: '2026-03-20' })
    // 2026-03-01 is a Sunday (end of W09); 03-31 a Tuesday (W14).
    expect(byWeek.map((w) => w.period)).toEqual(['2026-W09', '2026-W10', '2026-W11', '2026-W12', '2026-W13', '2026-W14'])
    // W09 also holds c9 (02-28) and s6 (02-27), but they are outside the period.
    expect(byWeek[0]).toEqual({ period: '2026-W09', ...EMPTY })
    expect(byWeek[1]).toEqual({
      period: '2026-W10', // 03-02..03-08: c1 c2 c11, s1
      calls: 3,
      heldCalls: 3,
      prebriefed: 2,
      debriefed: 3,
      rescues: 2,
      rescueRate: 2 / 3,
      avoidableRescues: 1, // c1
      planAdherence: 0 / 2, // c1, c2 both slipped
      slips: 2,
      askShare: 2 / 8, // c1 only
      prebriefRate: 2 / 3,
      debriefRate: 3 / 3,
      roleMix: { ...ROLE_ZERO, crutch: 2, visiting_dignitary: 1 },
      sessions: { ...SESSION_ZERO, role_play: 1 },
    })
    expect(byWeek[2]).toEqual({
      period: '2026-W11', // 03-09..03-15: c3 c4 c5 (c12 cancelled), s4
      calls: 3,
      heldCalls: 3,
      prebriefed: 2, // c4 c5
      debriefed: 2, // c3 c4
      rescues: 1,
      rescueRate: 1 / 2,
      avoidableRescues: 1, // c3, explicit sidewalk beats its 500k
      planAdherence: 1 / 1, // c4
      slips: 0,
      askShare: 5 / 10, // c4; c3 has no asks
      prebriefRate: 2 / 3,
      debriefRate: 2 / 3,
      roleMix: { ...ROLE_ZERO, crutch: 1, depth_and_breadth: 1 },
      sessions: { ...SESSION_ZERO, prebrief: 1 },
    })
    expect(byWeek[3]).toEqual({ period: '2026-W12', ...EMPTY, sessions: { ...SESSION_ZERO, drill: 1 } }) // c6 cancelled
    expect(byWeek[4]).toEqual({
      period: '2026-W13', // 03-23..03-29: c7 c8, both after asOf: calls, not yet held or debriefed
      ...EMPTY,
      calls: 2,
    })
    // Once held, c8 planned crutch and was the crutch: adherent, not a slip.
    expect(insights.metrics({ ...PERIOD, asOf: '2026-03-31' }).byWeek[4]).toMatchObject({ debriefed: 1, rescues: 1, planAdherence: 1, slips: 0, askShare: null })
    expect(byWeek[5]).toEqual({ period: '2026-W14', ...EMPTY, sessions: { ...SESSION_ZERO, one_on_one: 1 } })
  })

  it('has one month bucket equal to the totals for a one-month period', async () => {
    const { insights } = await journal(MARCH)
    const { byMonth, totals } = insights.metrics({ ...PERIOD, asOf: '2026-03-20' })
    expect(byMonth).toEqual([{ period: '2026-03', ...totals }])
  })

  it('restricts totals, buckets and reps to one rep', async () => {
    const { insights } = await journal(MARCH)
    const report = insights.metrics({ ...PERIOD, asOf: '2026-03-20', repId: 'r2' })
    const { repId: _id, repName: _name, archived: _archived, selfSufficiency: _s, ...r2 } = report.byRep[0] ?? { repId: '' }
    expect(report.repId).toBe('r2')
    expect(report.byRep.map((r) => r.repId)).toEqual(['r2'])
    expect(report.totals).toEqual(r2)
    expect(report.totals.calls).toBe(4)
    expect(report.totals.sessions).toEqual({ ...SESSION_ZERO, one_on_one: 1 })
    expect(report.byMonth).toEqual([{ period: '2026-03', ...report.totals }])
    // W10 holds c1 c2 (r1) and c11 (r2): only c11 remains, a held, debriefed, non-rescue call.
    expect(report.byWeek[1]).toMatchObject({ period: '2026-W10', calls: 1, debriefed: 1, rescues: 0, rescueRate: 0 })

    const sessionsOnly = insights.metrics({ ...PERIOD, asOf: '2026-03-20', repId: 'r3' })
    expect(sessionsOnly.totals).toEqual({ ...EMPTY, sessions: { ...SESSION_ZERO, prebrief: 1 } })
    expect(sessionsOnly.byRep.map((r) => r.repId)).toEqual(['r3'])

    const idle = insights.metrics({ ...PERIOD, asOf: '2026-03-20', repId: 'r5' })
    expect(idle.totals).toEqual(EMPTY)
    expect(idle.byRep).toEqual([])
  })

  it('refuses an unknown rep and a period that ends before it starts', async () => {
    const { insights } = await journal(MARCH)
    expect(() => insights.metrics({ ...PERIOD, repId: 'nobody' })).toThrow(AppFailure)
    expect(() => insights.metrics({ ...PERIOD, repId: 'nobody' })).toThrow(/no rep/)
    expect(() => insights.metrics({ from: '2026-03-02', to: '2026-03-01' })).toThrow(/before it starts/)
  })

  it('gives zero counts, null ratios and full mixes for an empty period', async () => {
    const { insights } = await journal(MARCH)
    const report = insights.metrics({ from: '2025-01-01', to: '2025-01-31', asOf: '2026-03-20' })
    expect(report.totals).toEqual(EMPTY)
    expect(report.byRep).toEqual([])
    expect(report.byMonth).toEqual([{ period: '2025-01', ...EMPTY }])
    // 2025-01-01 is a Wednesday in 2025-W01; 01-31 a Friday in W05.
    expect(report.byWeek).toEqual(['2025-W01', '2025-W02', '2025-W03', '2025-W04', '2025-W05'].map((period) => ({ period, ...EMPTY })))
  })

  it('gives an empty report for an empty journal', () => {
    temp = openTempCore()
    const report = createInsightsService(temp.core.db).metrics({ from: '2026-01-01', to: '2026-01-01' })
    expect(report.totals).toEqual(EMPTY)
    expect(report.byMonth).toEqual([{ period: '2026-01', ...EMPTY }])
    expect(report.byWeek).toEqual([{ period: '2026-W01', ...EMPTY }])
  })
})

describe('stakes', () => {
  const RESCUES: CallSpec[] = [
    { id: 'd1', rep: 'r1', date: '2026-05-04', dealValue: 1_000_000_000, actual: 'crutch' },
    { id: 'd2', rep: 'r1', date: '2026-05-05', dealValue: 10, stakes: 'interstate', actual: 'crutch' },
    { id: 'd3', rep: 'r1', date: '2026-05-06', dealValue: 5, actual: 'crutch' },
    { id: 'd4', rep: 'r1', date: '2026-05-07', dealValue: 2_000_000_000, stakes: 'sidewalk', actual: 'crutch' },
  ]
  const MAY = { from: '2026-05-01', to: '2026-05-31', asOf: '2026-05-31' }

  it('treats every call as sidewalk without a threshold unless it says otherwise', async () => {
    const { insights } = await journal({ threshold: null, reps: [{ id: 'r1', name: 'Ana' }], calls: RESCUES })
    // No threshold: d1 (1e9) and d3 derive sidewalk; d2 explicit interstate; d4 explicit sidewalk → 3 avoidable.
    expect(insights.metrics(MAY).totals).toMatchObject({ rescues: 4, avoidableRescues: 3 })
  })

  it('follows the threshold when the settings change, a value on the threshold being interstate', async () => {
    const { core, insights } = await journal({ threshold: null, reps: [{ id: 'r1', name: 'Ana' }], calls: RESCUES })
    await invoke(core, 'settings.update', { interstateThreshold: 1000 })
    // d1 1e9 >= 1000 → interstate; d3 5 < 1000 → sidewalk; d4 explicit sidewalk → 2 avoidable.
    expect(insights.metrics(MAY).totals.avoidableRescues).toBe(2)
    await invoke(core, 'settings.update', { interstateThreshold: 5 })
    // d3 5 >= 5 → interstate; only d4 (explicit sidewalk beats 2e9 >= 5) is avoidable.
    expect(insights.metrics(MAY).totals.avoidableRescues).toBe(1)
    await invoke(core, 'settings.update', { interstateThreshold: null })
    expect(insights.metrics(MAY).totals.avoidableRescues).toBe(3)
  })
})

describe('calendar buckets', () => {
  it('puts the first days of January in the last ISO week of the previous year', async () => {
    const reps = [{ id: 'r1', name: 'Ana' }]
    const { insights } = await journal({
      threshold: null,
      reps,
      calls: [
        { id: 'e0', rep: 'r1', date: '2026-12-29' }, // Tue of 2026-W53, before the period
        { id: 'e1', rep: 'r1', date: '2026-12-31' }, // Thu, 2026-W53
        { id: 'e2', rep: 'r1', date: '2027-01-01' }, // Fri, still 2026-W53
        { id: 'e3', rep: 'r1', date: '2027-01-03' }, // Sun, still 2026-W53
        { id: 'e4', rep: 'r1', date: '2027-01-04' }, // Mon, 2027-W01
        { id: 'e5', rep: 'r1', date: '2027-01-11' }, // after the period
      ],
    })
    const report = insights.metrics({ from: '2026-12-31', to: '2027-01-10', asOf: '2027-01-10' })
    expect(report.byWeek.map((w) => [w.period, w.calls])).toEqual([
      ['2026-W53', 3], // e1 e2 e3 (e0 is in the week but not the period)
      ['2027-W01', 1], // e4
    ])
    expect(report.byMonth.map((m) => [m.period, m.calls])).toEqual([
      ['2026-12', 1],
      ['2027-01', 3],
    ])
    expect(report.totals.calls).toBe(4)
  })

  it('lists an empty month between two busy ones, with zeros and nulls', async () => {
    const { insights } = await journal({
      threshold: null,
      reps: [{ id: 'r1', name: 'Ana' }],
      calls: [
        { id: 'f0', rep: 'r1', date: '2026-01-10', actual: 'crutch' }, // before the period
        { id: 'f1', rep: 'r1', date: '2026-01-20', planned: 'technical_expert', actual: 'crutch' },
        { id: 'f2', rep: 'r1', date: '2026-03-02', planned: 'technical_expert', actual: 'technical_expert' },
      ],
      sessions: [{ id: 'g1', rep: 'r1', date: '2026-03-09', kind: 'drill' }],
    })
    const { byMonth } = insights.metrics({ from: '2026-01-15', to: '2026-03-10', asOf: '2026-03-10' })
    expect(byMonth.map((m) => m.period)).toEqual(['2026-01', '2026-02', '2026-03'])
    expect(byMonth[0]).toMatchObject({ calls: 1, rescues: 1, rescueRate: 1, slips: 1, planAdherence: 0 })
    expect(byMonth[1]).toEqual({ period: '2026-02', ...EMPTY })
    expect(byMonth[2]).toMatchObject({ calls: 1, rescues: 0, rescueRate: 0, planAdherence: 1, sessions: { ...SESSION_ZERO, drill: 1 } })
  })
})

describe('insights.metrics through the contract', () => {
  it('answers the same report as the service', async () => {
    const { core, insights } = await journal(MARCH)
    const query = { ...PERIOD, asOf: '2026-03-20', repId: 'r1' }
    const report = await invoke(core, 'insights.metrics', query)
    expect(report).toEqual(insights.metrics(query))
    expect(JSON.parse(JSON.stringify(report))).toEqual(report) // plain JSON: nulls survive, nothing is lost
  })

  it('refuses a reversed period, a day that does not exist and an unknown rep with clear errors', async () => {
    const { core } = await journal(MARCH)
    const reversed = await invokeResult(core, 'insights.metrics', { from: '2026-03-31', to: '2026-03-01' })
    expect(reversed).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ path: 'to' }] } })
    expect(reversed.ok ? '' : reversed.error.message).toMatch(/ends \(2026-03-01\) before it starts \(2026-03-31\)/)
    const impossible = await invokeResult(core, 'insights.metrics', { from: '2026-02-30', to: '2026-03-01' })
    expect(impossible).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ path: 'from' }] } })
    const unknown = await invokeResult(core, 'insights.metrics', { ...PERIOD, repId: 'ghost' })
    expect(unknown).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })
})
