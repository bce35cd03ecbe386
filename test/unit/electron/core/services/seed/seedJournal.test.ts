import { afterEach, describe, expect, it, vi } from 'vitest'
import { createChartsService, createInsightsService, verifyMetricCounts } from '../../../../../../electron/core/services/insights'
import { DEFAULT_SEED, SEED_INTERSTATE_THRESHOLD, seedJournal } from '../../../../../../electron/core/services/seed'
import { addDays } from '../../../../../../shared/isoWeek'
import { richTextDocSchema } from '../../../../../../shared/richText'
import { richTextJsonOf, unpackRichText } from '../../../../../../shared/packedRichText'
import { invoke, openTempCore, type TempCore } from '../../../../../helpers/tempJournal'

const TODAY = '2026-11-23'
// Seeding thousands of calls takes a second or two, more on a busy machine.
vi.setConfig({ testTimeout: 60_000 })
const temps: TempCore[] = []
afterEach(() => {
  for (const temp of temps.splice(0)) temp.cleanup()
})
function fresh(): TempCore {
  const temp = openTempCore()
  temps.push(temp)
  return temp
}
const count = (temp: TempCore, sql: string) => (temp.core.db.prepare(sql).get() as { n: number }).n

describe('seedJournal', () => {
  it('fills an empty journal with a believable one and says what it did', () => {
    const temp = fresh()
    const summary = seedJournal(temp.core.db, { calls: 1500, today: TODAY })
    expect(summary).toMatchObject({ seed: DEFAULT_SEED, reps: 8, calls: 1500, from: '2023-11-24', to: '2026-12-14' })
    expect(count(temp, 'SELECT COUNT(*) AS n FROM reps')).toBe(8)
    expect(count(temp, 'SELECT COUNT(*) AS n FROM reps WHERE archived = 1')).toBe(1)
    expect(count(temp, 'SELECT COUNT(*) AS n FROM calls')).toBe(1500)
    expect(count(temp, 'SELECT COUNT(*) AS n FROM prebriefs')).toBe(summary.prebriefs)
    expect(count(temp, 'SELECT COUNT(*) AS n FROM debriefs')).toBe(summary.debriefs)
    expect(count(temp, 'SELECT COUNT(*) AS n FROM calls WHERE cancelled = 1')).toBe(summary.cancelled)
    expect(count(temp, 'SELECT COUNT(*) AS n FROM coaching_sessions')).toBe(summary.sessions)
    expect(summary.sessions).toBeGreaterThan(300)
    expect(count(temp, "SELECT COUNT(*) AS n FROM debriefs WHERE actual_role = 'crutch'")).toBe(summary.rescues)

    // Calls from three years back to three weeks ahead, on weekdays; the future ones not debriefed.
    expect(count(temp, `SELECT COUNT(*) AS n FROM calls WHERE call_date < '${summary.from}' OR call_date > '${summary.to}'`)).toBe(0)
    expect(count(temp, "SELECT COUNT(*) AS n FROM calls WHERE strftime('%w', call_date) IN ('0', '6')")).toBe(0)
    expect(count(temp, `SELECT COUNT(*) AS n FROM calls WHERE call_date > '${TODAY}'`)).toBeGreaterThan(5)
    expect(count(temp, `SELECT COUNT(*) AS n FROM calls c JOIN debriefs d ON d.call_id = c.id WHERE c.call_date > '${TODAY}'`)).toBe(0)
    expect(count(temp, 'SELECT COUNT(*) AS n FROM calls c JOIN debriefs d ON d.call_id = c.id WHERE c.cancelled = 1')).toBe(0)
    // Nothing was written after today, not even for next week's calls.
    for (const [table, column] of [
      ['calls', 'created_at'],
      ['calls', 'updated_at'],
      ['prebriefs', 'updated_at'],
      ['debriefs', 'completed_at'],
      ['coaching_sessions', 'updated_at'],
    ] as const) {
      expect(count(temp, `SELECT COUNT(*) AS n FROM ${table} WHERE substr(${column}, 1, 10) > '${TODAY}'`), `${table}.${column}`).toBe(0)
    }
    // About 85% pre-briefed; most held calls debriefed.
    expect(summary.prebriefs / summary.calls).toBeGreaterThan(0.75)
    expect(summary.prebriefs / summary.calls).toBeLessThan(0.95)
    const held = count(temp, `SELECT COUNT(*) AS n FROM calls WHERE call_date <= '${TODAY}' AND cancelled = 0`)
    expect(summary.debriefs / held).toBeGreaterThan(0.8)
    // The archived rep left more than a year ago; the late joiners have no calls before joining.
    const lastOfArchived = temp.core.db
      .prepare('SELECT MAX(call_date) FROM calls c JOIN reps r ON r.id = c.rep_id WHERE r.archived = 1')
      .pluck()
      .get() as string
    expect(lastOfArchived < addDays(TODAY, -365)).toBe(true)
    const reps = temp.core.db.prepare('SELECT id, started_on, archived FROM reps ORDER BY id').all() as {
      id: string
      started_on: string
      archived: number
    }[]
    for (const rep of reps) {
      const first = temp.core.db.prepare('SELECT MIN(call_date) AS d FROM calls WHERE rep_id = ?').pluck().get(rep.id) as string
      expect(first >= rep.started_on || rep.started_on < summary.from).toBe(true)
    }
  })

  it('writes rich text the editor accepts, with plain text that matches it', () => {
    const temp = fresh()
    seedJournal(temp.core.db, { calls: 400, today: TODAY })
    expect(temp.core.check()).toEqual({ ok: true, problems: [] })
    expect(verifyMetricCounts(temp.core.db)).toEqual([])
    const rows = temp.core.db
      .prepare(
        `SELECT notes_json AS json, notes_text AS text FROM debriefs WHERE notes_json IS NOT NULL
         UNION ALL SELECT private_notes_json, private_notes_text FROM debriefs WHERE private_notes_json IS NOT NULL`,
      )
      .all() as { json: string; text: string }[]
    expect(rows.length).toBeGreaterThan(100)
    for (const row of rows) expect(richTextDocSchema.safeParse(unpackRichText(row.json, row.text)).success).toBe(true)
    const marks = rows.map((row) => richTextJsonOf(row.json, row.text)).join('')
    expect(marks).toContain('"bold"')
    expect(marks).toContain('"bulletList"')
  })

  it('shows a manager who rescues less over time', () => {
    const temp = fresh()
    seedJournal(temp.core.db, { calls: 1500, today: TODAY })
    const insights = createInsightsService(temp.core.db)
    const first = insights.metrics({ from: '2023-11-24', to: '2024-11-23', asOf: TODAY }).totals
    const last = insights.metrics({ from: '2025-11-24', to: TODAY, asOf: TODAY }).totals
    expect(first.rescueRate ?? 0).toBeGreaterThan((last.rescueRate ?? 1) + 0.1)
    expect(first.askShare ?? 1).toBeLessThan(last.askShare ?? 0)
    // Every role, every session kind, explicit stakes and interstate deals all appear.
    expect(Object.values(last.roleMix).every((n) => n > 0)).toBe(true)
    expect(Object.values(last.sessions).every((n) => n > 0)).toBe(true)
    expect(count(temp, 'SELECT COUNT(*) AS n FROM calls WHERE stakes IS NOT NULL')).toBeGreaterThan(0)
    expect(count(temp, `SELECT COUNT(*) AS n FROM calls WHERE deal_value >= ${SEED_INTERSTATE_THRESHOLD}`)).toBeGreaterThan(0)
  })

  it('predicts takeovers that come true more often the higher the prediction', () => {
    const temp = fresh()
    seedJournal(temp.core.db, { calls: 3000, today: TODAY })
    const { calibration } = createChartsService(temp.core.db, { today: () => TODAY }).charts({ from: '2023-11-24', to: TODAY, asOf: TODAY })
    const share = (bins: typeof calibration.bins) => {
      const calls = bins.reduce((sum, bin) => sum + bin.calls, 0)
      return { calls, rescued: bins.reduce((sum, bin) => sum + bin.rescues, 0) / Math.max(1, calls) }
    }
    const low = share(calibration.bins.filter((bin) => bin.high < 20))
    const middle = share(calibration.bins.filter((bin) => bin.low >= 20 && bin.high < 50))
    const high = share(calibration.bins.filter((bin) => bin.low >= 50))
    // Every band is filled, and the rescued share climbs with the prediction.
    for (const band of [low, middle, high]) expect(band.calls).toBeGreaterThan(50)
    expect(middle.rescued).toBeGreaterThan(low.rescued + 0.04)
    expect(high.rescued).toBeGreaterThan(middle.rescued + 0.2)
    // Predictions spread over the scale rather than piling up in one bin.
    expect(calibration.bins.filter((bin) => bin.calls > 0).length).toBeGreaterThanOrEqual(8)
  })

  it('gives the same journal for the same seed and day, and another for another seed', async () => {
    const snapshot = async (seed: number | undefined) => {
      const temp = fresh()
      seedJournal(temp.core.db, { calls: 300, today: TODAY, seed })
      const { exportedAt: _at, ...journal } = await invoke(temp.core, 'journal.export', {})
      return journal
    }
    const a = await snapshot(undefined)
    const b = await snapshot(DEFAULT_SEED)
    const c = await snapshot(7)
    expect(b).toEqual(a)
    expect(c.calls).not.toEqual(a.calls)
    expect(a.calls[0]?.id).toBe(`seed${DEFAULT_SEED}-call-001`)
  })

  it('sets the interstate threshold only when the journal has none', async () => {
    const temp = fresh()
    seedJournal(temp.core.db, { calls: 10, today: TODAY })
    expect((await invoke(temp.core, 'settings.get', {})).interstateThreshold).toBe(SEED_INTERSTATE_THRESHOLD)

    const other = fresh()
    await invoke(other.core, 'settings.update', { interstateThreshold: 90_000 })
    seedJournal(other.core.db, { calls: 10, today: TODAY })
    expect((await invoke(other.core, 'settings.get', {})).interstateThreshold).toBe(90_000)
  })

  it('refuses a journal that holds data unless forced, and never seeds the same seed twice', async () => {
    const temp = fresh()
    await invoke(temp.core, 'reps.create', { name: 'A real rep' })
    expect(() => seedJournal(temp.core.db, { calls: 10, today: TODAY })).toThrow(/already holds data.*--force/)
    expect(count(temp, 'SELECT COUNT(*) AS n FROM calls')).toBe(0)

    const summary = seedJournal(temp.core.db, { calls: 10, today: TODAY, force: true })
    expect(summary.calls).toBe(10)
    expect(() => seedJournal(temp.core.db, { calls: 10, today: TODAY, force: true })).toThrow(/seed 1123; choose another --seed/)
    seedJournal(temp.core.db, { calls: 10, today: TODAY, force: true, seed: 2 })
    expect(count(temp, 'SELECT COUNT(*) AS n FROM calls')).toBe(20)
    expect(count(temp, 'SELECT COUNT(*) AS n FROM reps')).toBe(17)
  })

  it('refuses counts and seeds that are not whole numbers in range', () => {
    const temp = fresh()
    expect(() => seedJournal(temp.core.db, { calls: -1 })).toThrow(/whole number from 0/)
    expect(() => seedJournal(temp.core.db, { calls: 1.5 })).toThrow(/whole number from 0/)
    expect(() => seedJournal(temp.core.db, { calls: 2_000_000 })).toThrow(/whole number from 0/)
    expect(() => seedJournal(temp.core.db, { calls: 1, seed: -3 })).toThrow(/seed must be/)
    expect(count(temp, 'SELECT COUNT(*) AS n FROM reps')).toBe(0)
  })

  it('seeds reps only for zero calls, and defaults today to the local date', () => {
    const temp = fresh()
    const summary = seedJournal(temp.core.db, { calls: 0 })
    expect(summary).toMatchObject({ reps: 8, calls: 0 })
    expect(addDays(summary.to, -21)).toBe(addDays(summary.from, 3 * 365))
  })
})
