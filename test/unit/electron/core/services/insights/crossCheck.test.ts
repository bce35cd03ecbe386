import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { createRandom } from '../../../../../../electron/core/services/seed/random'
import { createChartsService, createInsightsService } from '../../../../../../electron/core/services/insights'
import { seedJournal } from '../../../../../../electron/core/services/seed'
import { invoke, openTempCore, type TempCore } from '../../../../../helpers/tempJournal'

/**
 * A second, independent reading of DOMAIN.md's metric definitions, in plain TypeScript over the
 * journal's rows, compared field by field with the SQL engine on a seeded journal that is then
 * roughened up (explicit stakes, values on the threshold, missing counts, cancellations).
 * It shares no code with the engine: not the bucket keys, not the ratio rule.
 */

type CallRow = {
  id: string
  repId: string
  date: string
  cancelled: number
  dealValue: number | null
  stakes: string | null
  planned: string | null
  actual: string | null
  asks: number | null
  tells: number | null
}
type SessionRow = { repId: string; date: string; kind: string }
type RepRow = { id: string; name: string; archived: number }
type Query = { from: string; to: string; asOf: string; repId?: string }

const ROLES = ['visiting_dignitary', 'depth_and_breadth', 'technical_expert', 'crutch']
const KINDS = ['role_play', 'drill', 'prebrief', 'postbrief', 'one_on_one']

/** ISO week by the textbook method: move to the Thursday of the week, count weeks from 1 January. */
function isoWeekOf(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number]
  const date = new Date(Date.UTC(y, m - 1, d))
  const weekday = date.getUTCDay() === 0 ? 7 : date.getUTCDay()
  date.setUTCDate(date.getUTCDate() + 4 - weekday)
  const yearStart = Date.UTC(date.getUTCFullYear(), 0, 1)
  const week = Math.ceil(((date.getTime() - yearStart) / 86_400_000 + 1) / 7)
  return `${date.getUTCFullYear()}-W${week < 10 ? '0' : ''}${week}`
}

function nextDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10)
}

function figures(calls: CallRow[], sessions: SessionRow[], threshold: number | null, asOf: string) {
  const div = (a: number, b: number) => (b === 0 ? null : a / b)
  const stakesOf = (c: CallRow) =>
    c.stakes ?? (c.dealValue !== null && threshold !== null && c.dealValue >= threshold ? 'interstate' : 'sidewalk')
  const held = calls.filter((c) => c.date <= asOf)
  const prebriefed = held.filter((c) => c.planned !== null).length
  // A debrief counts from its call's day (shared/callTiming.ts): only held calls are debriefed.
  const debriefedCalls = held.filter((c) => c.actual !== null)
  const rescues = debriefedCalls.filter((c) => c.actual === 'crutch')
  const planned = debriefedCalls.filter((c) => c.planned !== null)
  const counted = debriefedCalls.filter((c) => c.asks !== null && c.tells !== null)
  const asks = counted.reduce((s, c) => s + (c.asks ?? 0), 0)
  const tells = counted.reduce((s, c) => s + (c.tells ?? 0), 0)
  return {
    calls: calls.length,
    heldCalls: held.length,
    prebriefed,
    debriefed: debriefedCalls.length,
    rescues: rescues.length,
    rescueRate: div(rescues.length, debriefedCalls.length),
    avoidableRescues: rescues.filter((c) => stakesOf(c) === 'sidewalk').length,
    planAdherence: div(planned.filter((c) => c.actual === c.planned).length, planned.length),
    slips: debriefedCalls.filter((c) => c.planned !== null && c.planned !== 'crutch' && c.actual === 'crutch').length,
    askShare: div(asks, asks + tells),
    prebriefRate: div(prebriefed, held.length),
    debriefRate: div(held.filter((c) => c.actual !== null).length, held.length),
    roleMix: Object.fromEntries(ROLES.map((r) => [r, debriefedCalls.filter((c) => c.actual === r).length])),
    sessions: Object.fromEntries(KINDS.map((k) => [k, sessions.filter((s) => s.kind === k).length])),
  }
}

function reference(all: { calls: CallRow[]; sessions: SessionRow[]; reps: RepRow[]; threshold: number | null }, q: Query) {
  const inScope = (x: { date: string; repId: string }) =>
    x.date >= q.from && x.date <= q.to && (q.repId === undefined || x.repId === q.repId)
  const calls = all.calls.filter((c) => c.cancelled === 0 && inScope(c))
  const sessions = all.sessions.filter(inScope)
  const months: string[] = []
  const weeks: string[] = []
  for (let day = q.from; day <= q.to; day = nextDay(day)) {
    if (months.at(-1) !== day.slice(0, 7)) months.push(day.slice(0, 7))
    if (weeks.at(-1) !== isoWeekOf(day)) weeks.push(isoWeekOf(day))
  }
  const reps = all.reps
    .filter((r) => calls.some((c) => c.repId === r.id) || sessions.some((s) => s.repId === r.id))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  return {
    from: q.from,
    to: q.to,
    asOf: q.asOf,
    repId: q.repId ?? null,
    totals: figures(calls, sessions, all.threshold, q.asOf),
    byMonth: months.map((period) => ({
      period,
      ...figures(
        calls.filter((c) => c.date.startsWith(period)),
        sessions.filter((s) => s.date.startsWith(period)),
        all.threshold,
        q.asOf,
      ),
    })),
    byWeek: weeks.map((period) => ({
      period,
      ...figures(
        calls.filter((c) => isoWeekOf(c.date) === period),
        sessions.filter((s) => isoWeekOf(s.date) === period),
        all.threshold,
        q.asOf,
      ),
    })),
    byRep: reps.map((rep) => {
      const f = figures(
        calls.filter((c) => c.repId === rep.id),
        sessions.filter((s) => s.repId === rep.id),
        all.threshold,
        q.asOf,
      )
      return {
        repId: rep.id,
        repName: rep.name,
        archived: rep.archived === 1,
        ...f,
        selfSufficiency: f.rescueRate === null ? null : 1 - f.rescueRate,
      }
    }),
  }
}

// Seeding and roughening up the journal takes a moment on a busy machine.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 })

let temp: TempCore
beforeAll(() => {
  temp = openTempCore()
  const { db } = temp.core
  seedJournal(db, { calls: 600, today: '2026-11-23', seed: 99 })
  // Roughen the journal up with what a seeded one has little of.
  const random = createRandom(4242)
  const ids = db.prepare('SELECT id FROM calls').pluck().all() as string[]
  const threshold = 60_000
  db.prepare('UPDATE settings SET interstate_threshold = ? WHERE id = 1').run(threshold)
  for (const id of ids) {
    const roll = random.next()
    if (roll < 0.08) db.prepare('UPDATE calls SET deal_value = ?, stakes = NULL WHERE id = ?').run(threshold, id)
    else if (roll < 0.14) db.prepare("UPDATE calls SET stakes = 'interstate' WHERE id = ?").run(id)
    else if (roll < 0.2) db.prepare("UPDATE calls SET stakes = 'sidewalk', deal_value = 5000000 WHERE id = ?").run(id)
    else if (roll < 0.26) db.prepare('UPDATE calls SET deal_value = NULL, stakes = NULL WHERE id = ?').run(id)
    else if (roll < 0.32) db.prepare('UPDATE calls SET cancelled = 1 WHERE id = ?').run(id)
    const second = random.next()
    if (second < 0.1) db.prepare('UPDATE debriefs SET asks = NULL WHERE call_id = ?').run(id)
    else if (second < 0.2) db.prepare('UPDATE debriefs SET tells = NULL WHERE call_id = ?').run(id)
    else if (second < 0.25) db.prepare('UPDATE debriefs SET asks = 0, tells = 0 WHERE call_id = ?').run(id)
    else if (second < 0.3) db.prepare("UPDATE prebriefs SET planned_role = 'crutch' WHERE call_id = ?").run(id)
    // Lessons the seed writes on every lost deal: some blank, some missing, some lost deals more.
    const third = random.next()
    if (third < 0.1) db.prepare("UPDATE debriefs SET lesson = '  ' WHERE call_id = ?").run(id)
    else if (third < 0.2) db.prepare('UPDATE debriefs SET lesson = NULL WHERE call_id = ?').run(id)
    else if (third < 0.35) db.prepare("UPDATE debriefs SET outcome = 'lost', lesson = 'Ask for the budget owner' WHERE call_id = ?").run(id)
  }
})
afterAll(() => temp.cleanup())

function loadRows() {
  const { db } = temp.core
  return {
    calls: db
      .prepare(
        `SELECT c.id, c.rep_id AS repId, c.call_date AS date, c.cancelled, c.deal_value AS dealValue, c.stakes,
                p.planned_role AS planned, d.actual_role AS actual, d.asks, d.tells
         FROM calls c LEFT JOIN prebriefs p ON p.call_id = c.id LEFT JOIN debriefs d ON d.call_id = c.id`,
      )
      .all() as CallRow[],
    sessions: db.prepare('SELECT rep_id AS repId, session_date AS date, kind FROM coaching_sessions').all() as SessionRow[],
    reps: db.prepare('SELECT id, name, archived FROM reps').all() as RepRow[],
    threshold: db.prepare('SELECT interstate_threshold FROM settings WHERE id = 1').pluck().get() as number | null,
  }
}

describe('the SQL engine against an independent reading of DOMAIN.md', () => {
  it('agrees field by field on random periods, asOf days and rep filters', () => {
    const rows = loadRows()
    const engine = createInsightsService(temp.core.db)
    const random = createRandom(777)
    const repIds = rows.reps.map((r) => r.id)
    const day = (offset: number) => {
      const d = new Date(Date.UTC(2023, 10, 1 + offset))
      return d.toISOString().slice(0, 10)
    }
    const queries: Query[] = [
      { from: '2020-01-01', to: '2027-12-31', asOf: '2026-11-23' }, // everything
      { from: '2025-12-20', to: '2026-01-10', asOf: '2026-01-01' }, // across a year boundary
      { from: '2026-11-01', to: '2026-12-31', asOf: '2026-11-23', repId: repIds[0] ?? '' }, // with future calls
    ]
    for (let i = 0; i < 12; i++) {
      const start = random.int(0, 1150)
      const from = day(start)
      const to = day(start + random.int(0, random.chance(0.5) ? 40 : 400))
      const asOf = day(start + random.int(-30, 450))
      queries.push(random.chance(0.4) ? { from, to, asOf, repId: random.pick(repIds) } : { from, to, asOf })
    }
    let nonEmpty = 0
    for (const q of queries) {
      const expected = reference(rows, q)
      expect(engine.metrics(q)).toEqual(expected)
      if (expected.totals.rescues > 0 && expected.totals.avoidableRescues < expected.totals.rescues) nonEmpty += 1
    }
    // The comparison must have had something to compare.
    expect(nonEmpty).toBeGreaterThan(5)
    expect(rows.calls.some((c) => c.cancelled === 1)).toBe(true)
    expect(rows.calls.some((c) => c.actual !== null && (c.asks === null) !== (c.tells === null))).toBe(true)
  })
})

describe('the lost sidewalk deals that became lessons against a plain reading of the rule', () => {
  it('counts and lists the same calls on random periods, asOf days and rep filters', () => {
    const { db } = temp.core
    type LessonRow = {
      id: string
      repId: string
      date: string
      cancelled: number
      dealValue: number | null
      stakes: string | null
      actual: string | null
      outcome: string | null
      lesson: string | null
    }
    const calls = db
      .prepare(
        `SELECT c.id, c.rep_id AS repId, c.call_date AS date, c.cancelled, c.deal_value AS dealValue, c.stakes,
                d.actual_role AS actual, d.outcome, d.lesson
         FROM calls c LEFT JOIN debriefs d ON d.call_id = c.id`,
      )
      .all() as LessonRow[]
    const threshold = db.prepare('SELECT interstate_threshold FROM settings WHERE id = 1').pluck().get() as number | null
    const sidewalk = (c: LessonRow) => (c.stakes ?? (c.dealValue !== null && threshold !== null && c.dealValue >= threshold ? 'interstate' : 'sidewalk')) === 'sidewalk'
    const charts = createChartsService(db)
    const random = createRandom(31)
    const repIds = [...new Set(calls.map((c) => c.repId))]
    const day = (offset: number) => new Date(Date.UTC(2023, 10, 1 + offset)).toISOString().slice(0, 10)
    const queries: Query[] = [{ from: '2020-01-01', to: '2027-12-31', asOf: '2026-11-23' }]
    for (let i = 0; i < 10; i++) {
      const start = random.int(0, 1150)
      const from = day(start)
      const to = day(start + random.int(0, 400))
      const asOf = day(start + random.int(-30, 450))
      queries.push(random.chance(0.4) ? { from, to, asOf, repId: random.pick(repIds) } : { from, to, asOf })
    }
    let found = 0
    for (const q of queries) {
      const heldTo = q.asOf < q.to ? q.asOf : q.to
      const expected = calls
        .filter((c) => c.date >= q.from && c.date <= heldTo && (!q.repId || c.repId === q.repId) && c.cancelled === 0)
        .filter((c) => c.actual !== null && c.actual !== 'crutch' && sidewalk(c) && c.outcome === 'lost' && (c.lesson ?? '').trim() !== '')
        .map((c) => c.id)
        .sort()
      const answer = charts.sidewalkLessons({ ...q, limit: 500 })
      expect(answer.total).toBe(expected.length)
      expect(answer.lessons.map((lesson) => lesson.id).sort()).toEqual(expected)
      found += expected.length
    }
    // The comparison must have had something to compare.
    expect(found).toBeGreaterThan(20)
  })
})

describe('the progress report against the plain reading and the charts engine', () => {
  it("counts the period's rescues as the calls read plainly, and carries insights.charts' own series", async () => {
    const { db } = temp.core
    const rows = loadRows()
    const charts = createChartsService(db)
    const random = createRandom(57)
    const repIds = rows.reps.map((r) => r.id)
    const day = (offset: number) => new Date(Date.UTC(2023, 10, 1 + offset)).toISOString().slice(0, 10)
    const queries: Query[] = [{ from: '2020-01-01', to: '2027-12-31', asOf: '2026-11-23' }]
    for (let i = 0; i < 6; i++) {
      const start = random.int(0, 1150)
      const from = day(start)
      const to = day(start + random.int(0, random.chance(0.5) ? 40 : 400))
      const asOf = day(start + random.int(-30, 450))
      queries.push(random.chance(0.4) ? { from, to, asOf, repId: random.pick(repIds) } : { from, to, asOf })
    }
    let rescued = 0
    for (const q of queries) {
      const heldTo = q.asOf < q.to ? q.asOf : q.to
      const rescues = rows.calls.filter(
        (c) => c.cancelled === 0 && c.actual === 'crutch' && c.date >= q.from && c.date <= heldTo && (!q.repId || c.repId === q.repId),
      ).length
      const report = await invoke(temp.core, 'print.report', q)
      expect(report.rescuesTotal).toBe(rescues)
      const { grain, rolling, roleMatrix } = charts.charts(q)
      expect(report.charts).toEqual({ grain, rolling, roleMatrix })
      rescued += rescues
    }
    expect(rescued).toBeGreaterThan(20)
  })
})
