import { parse } from 'csv-parse/sync'
import { afterEach, describe, expect, it } from 'vitest'
import { ROLES, SESSION_KINDS } from '../../../../../../shared/domain'
import type { MetricSet } from '../../../../../../shared/metrics'
import { invoke, invokeResult, openFixtureCore, type TempCore } from '../../../../../helpers/tempJournal'

const temps: TempCore[] = []
afterEach(() => {
  for (const temp of temps.splice(0)) temp.cleanup()
})
async function fixtureCore() {
  const temp = await openFixtureCore()
  temps.push(temp)
  return temp.core
}
const readBack = (text: string) => parse<Record<string, string>>(text, { bom: true, columns: true })
const period = { from: '2026-10-01', to: '2026-11-30', asOf: '2026-11-23' }

const FIGURES = [
  'calls', 'held_calls', 'prebriefed', 'debriefed', 'rescues', 'rescue_rate', 'avoidable_rescues', 'plan_adherence',
  'slips', 'ask_share', 'prebrief_rate', 'debrief_rate',
  ...ROLES.map((r) => `role_${r}`),
  ...SESSION_KINDS.map((k) => `sessions_${k}`),
]

/** The CSV's cells for a metric set, written the way the CSV writes them. */
function expectedFigures(m: MetricSet): Record<string, string> {
  const cell = (v: number | null) => (v === null ? '' : String(v))
  return {
    calls: cell(m.calls),
    held_calls: cell(m.heldCalls),
    prebriefed: cell(m.prebriefed),
    debriefed: cell(m.debriefed),
    rescues: cell(m.rescues),
    rescue_rate: cell(m.rescueRate),
    avoidable_rescues: cell(m.avoidableRescues),
    plan_adherence: cell(m.planAdherence),
    slips: cell(m.slips),
    ask_share: cell(m.askShare),
    prebrief_rate: cell(m.prebriefRate),
    debrief_rate: cell(m.debriefRate),
    ...Object.fromEntries(ROLES.map((r) => [`role_${r}`, String(m.roleMix[r])])),
    ...Object.fromEntries(SESSION_KINDS.map((k) => [`sessions_${k}`, String(m.sessions[k])])),
  }
}

describe('exports.metricsCsv', () => {
  it('by month: one row per calendar month, the figures of insights.metrics', async () => {
    const core = await fixtureCore()
    const report = await invoke(core, 'insights.metrics', period)
    const { filename, text } = await invoke(core, 'exports.metricsCsv', { ...period, by: 'month' })
    expect(filename).toBe('coachbook-metrics-by-month-2026-10-01-to-2026-11-30.csv')
    expect(text.startsWith('\uFEFFmonth,from,to,as_of,')).toBe(true)
    expect(text.split('\r\n')[0]).toBe(`\uFEFF${['month', 'from', 'to', 'as_of', ...FIGURES].join(',')}`)
    const rows = readBack(text)
    expect(rows.map((r) => r['month'])).toEqual(['2026-10', '2026-11'])
    report.byMonth.forEach((bucket, i) => {
      expect(rows[i]).toEqual({ month: bucket.period, from: period.from, to: period.to, as_of: period.asOf, ...expectedFigures(bucket) })
    })
    expect(Number(rows[0]?.['calls'])).toBeGreaterThan(0)
  })

  it('by rep: one row per rep with self-sufficiency; rates are fractions, empty when undefined', async () => {
    const core = await fixtureCore()
    const report = await invoke(core, 'insights.metrics', period)
    const rows = readBack((await invoke(core, 'exports.metricsCsv', { ...period, by: 'rep' })).text)
    expect(rows).toHaveLength(report.byRep.length)
    report.byRep.forEach((rep, i) => {
      expect(rows[i]).toEqual({
        rep: rep.repName,
        rep_id: rep.repId,
        archived: rep.archived ? 'yes' : 'no',
        from: period.from,
        to: period.to,
        as_of: period.asOf,
        ...expectedFigures(rep),
        self_sufficiency: rep.selfSufficiency === null ? '' : String(rep.selfSufficiency),
      })
    })
    const rates = rows.flatMap((r) => [r['rescue_rate'], r['debrief_rate']]).filter((v) => v !== '')
    expect(rates.length).toBeGreaterThan(0)
    for (const rate of rates) expect(Number(rate)).toBeGreaterThanOrEqual(0)
    for (const rate of rates) expect(Number(rate)).toBeLessThanOrEqual(1)
  })

  it('by week, and for one rep', async () => {
    const core = await fixtureCore()
    const weeks = readBack((await invoke(core, 'exports.metricsCsv', { ...period, by: 'week' })).text)
    expect(weeks[0]?.['week']).toBe('2026-W40')
    const dana = await invoke(core, 'exports.metricsCsv', { ...period, by: 'rep', repId: 'rep-dana' })
    expect(dana.filename).toContain('one-rep')
    expect(readBack(dana.text).map((r) => r['rep_id'])).toEqual(['rep-dana'])
  })

  it('refuses a reversed period and an unknown grouping', async () => {
    const core = await fixtureCore()
    const reversed = await invokeResult(core, 'exports.metricsCsv', { from: '2026-12-01', to: '2026-01-01', by: 'month' })
    expect(reversed.ok ? null : reversed.error.code).toBe('INVALID_INPUT')
    const grouping = await invokeResult(core, 'exports.metricsCsv', { ...period, by: 'year' as 'month' })
    expect(grouping.ok ? null : grouping.error.issues?.[0]?.path).toBe('by')
  })
})
