import fs from 'node:fs'
import type Database from 'better-sqlite3-multiple-ciphers'
import { afterEach, describe, expect, it } from 'vitest'
import { MIGRATIONS, migrate } from '../../../../../../electron/core/db/migrations'
import { createChartsService, rebuildMetricCounts, verifyMetricCounts } from '../../../../../../electron/core/services/insights'
import { createRandom } from '../../../../../../electron/core/services/seed/random'
import type { Role } from '../../../../../../shared/domain'
import { invoke, openTempCore, type TempCore } from '../../../../../helpers/tempJournal'
import { journalBeforeMigration } from '../../../../../helpers/migrationJournal'
import { journalText, type CallSpec } from './journalBuilder'

/**
 * The planned × played role matrix is read from per-day-and-rep counts kept by triggers
 * (`call_day_role_pairs`, migration 0011). Held here to the calls counted one by one, plainly,
 * after every way a journal changes: imports (whose derived rows are rebuilt set-wise,
 * db/derivedWork.ts), edits of roles, a call moved to another day and rep, cancellations, deletes.
 */
const ROLES: Role[] = ['visiting_dignitary', 'depth_and_breadth', 'technical_expert', 'crutch']
const REPS = [
  { id: 'r1', name: 'Ana' },
  { id: 'r2', name: 'Ben' },
  { id: 'r3', name: 'Chen' },
]

let temp: TempCore | undefined
const dirs: string[] = []
afterEach(() => {
  temp?.cleanup()
  temp = undefined
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

const day = (offset: number) => new Date(Date.UTC(2026, 0, 1 + offset)).toISOString().slice(0, 10)

/** A random journal of `count` calls over 2026, most with a plan and a debrief. */
function randomCalls(seed: number, count: number): CallSpec[] {
  const random = createRandom(seed)
  return Array.from({ length: count }, (_, i) => ({
    id: `c${i}`,
    rep: random.pick(REPS).id,
    date: day(random.int(0, 300)),
    cancelled: random.chance(0.05),
    ...(random.chance(0.8) ? { planned: random.pick(ROLES) } : {}),
    ...(random.chance(0.8) ? { actual: random.pick(ROLES) } : {}),
  }))
}

/** The matrix counted from the journal's own rows, sharing nothing with the engine. */
function plainMatrix(db: Database.Database, q: { from: string; heldTo: string; repId?: string }) {
  const rows = db
    .prepare(
      `SELECT c.rep_id AS repId, c.call_date AS date, p.planned_role AS planned, d.actual_role AS actual
       FROM calls c JOIN prebriefs p ON p.call_id = c.id JOIN debriefs d ON d.call_id = c.id
       WHERE c.cancelled = 0`,
    )
    .all() as { repId: string; date: string; planned: Role; actual: Role }[]
  const inScope = rows.filter((r) => r.date >= q.from && r.date <= q.heldTo && (q.repId === undefined || r.repId === q.repId))
  return ROLES.flatMap((planned) =>
    ROLES.map((actual) => ({ planned, actual, calls: inScope.filter((r) => r.planned === planned && r.actual === actual).length })),
  )
}

/** Random periods, as-of days and reps; the engine's matrix against the plain one for each. */
function expectMatrixAsCounted(db: Database.Database, seed: number): number {
  const charts = createChartsService(db)
  const random = createRandom(seed)
  const queries: { from: string; to: string; asOf: string; repId?: string }[] = [{ from: '2025-01-01', to: '2027-12-31', asOf: '2027-12-31' }]
  for (let i = 0; i < 8; i++) {
    const start = random.int(-20, 300)
    const q = { from: day(start), to: day(start + random.int(0, 200)), asOf: day(start + random.int(-10, 250)) }
    queries.push(random.chance(0.4) ? { ...q, repId: random.pick(REPS).id } : q)
  }
  let counted = 0
  for (const q of queries) {
    const heldTo = q.asOf < q.to ? q.asOf : q.to
    const expected = plainMatrix(db, { from: q.from, heldTo, ...(q.repId ? { repId: q.repId } : {}) })
    expect(charts.charts(q).roleMatrix).toEqual(expected)
    counted += expected.reduce((sum, cell) => sum + cell.calls, 0)
  }
  expect(verifyMetricCounts(db)).toEqual([])
  return counted
}

describe('the role matrix read from per-day counts', () => {
  it('equals the calls counted one by one, through imports, edits, moves, cancellations and deletes', async () => {
    temp = openTempCore()
    const { core } = temp
    const calls = randomCalls(11, 240)
    await invoke(core, 'journal.import', { text: journalText({ threshold: null, reps: REPS, calls }) })
    expect(expectMatrixAsCounted(core.db, 1)).toBeGreaterThan(100)

    // The same file again with other roles, days and reps for a third of the calls: written by the
    // import's set-wise rebuild of derived rows.
    const random = createRandom(12)
    const changed = calls.map((call) =>
      random.chance(0.33)
        ? { ...call, date: day(random.int(0, 300)), rep: random.pick(REPS).id, planned: random.pick(ROLES), actual: random.pick(ROLES) }
        : call,
    )
    await invoke(core, 'journal.import', { text: journalText({ threshold: null, reps: REPS, calls: changed }), takeFileVersions: true })
    expect(expectMatrixAsCounted(core.db, 2)).toBeGreaterThan(100)

    // One at a time through the core: a role changed, a call moved to another day and rep, a
    // cancellation, a pre-brief and a call deleted.
    const planned = changed.filter((call) => call.planned && call.actual && !call.cancelled)
    const [first, second, third, fourth, fifth] = planned
    if (!first || !second || !third || !fourth || !fifth) throw new Error('the random journal has too few planned, debriefed calls')
    await invoke(core, 'debriefs.save', { callId: first.id, debrief: { actualRole: first.actual === 'crutch' ? 'technical_expert' : 'crutch' } })
    await invoke(core, 'calls.update', { id: second.id, date: '2026-03-15', repId: second.rep === 'r1' ? 'r2' : 'r1' })
    await invoke(core, 'calls.update', { id: third.id, cancelled: true })
    core.db.prepare('DELETE FROM prebriefs WHERE call_id = ?').run(fourth.id)
    await invoke(core, 'calls.delete', { id: fifth.id })
    expect(expectMatrixAsCounted(core.db, 3)).toBeGreaterThan(100)
  })

  it('is checked by coachbook check and rebuilt with the other counts', async () => {
    temp = openTempCore()
    const { core } = temp
    await invoke(core, 'journal.import', { text: journalText({ threshold: null, reps: REPS, calls: randomCalls(21, 30) }) })
    const busiest = core.db.prepare('SELECT day, rep_id FROM call_day_role_pairs ORDER BY calls DESC, day LIMIT 1').get() as { day: string; rep_id: string }
    core.db.prepare('UPDATE call_day_role_pairs SET calls = calls + 1 WHERE day = ? AND rep_id = ?').run(busiest.day, busiest.rep_id)
    expect(verifyMetricCounts(core.db)).toEqual([`The planned and played roles of ${busiest.day} ${busiest.rep_id} do not match its calls`])
    rebuildMetricCounts(core.db)
    expect(verifyMetricCounts(core.db)).toEqual([])
  })
})

describe('migration 0011 (role pairs by day)', () => {
  it('counts the calls of a journal written at the version before it, and keeps counting afterwards', () => {
    const { db, dir, mine } = journalBeforeMigration('role_pairs_by_day')
    dirs.push(dir)
    try {
      const at = '2026-01-01T00:00:00.000Z'
      const rep = db.prepare('INSERT INTO reps (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)')
      for (const r of REPS) rep.run(r.id, r.name, at, at)
      const call = db.prepare('INSERT INTO calls (id, rep_id, call_date, cancelled, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)')
      const prebrief = db.prepare('INSERT INTO prebriefs (call_id, planned_role) VALUES (?, ?)')
      const debrief = db.prepare('INSERT INTO debriefs (call_id, actual_role) VALUES (?, ?)')
      for (const c of randomCalls(31, 120)) {
        call.run(c.id, c.rep, c.date, c.cancelled ? 1 : 0, at, at)
        if (c.planned) prebrief.run(c.id, c.planned)
        if (c.actual) debrief.run(c.id, c.actual)
      }
      expect(db.prepare("SELECT COUNT(*) FROM sqlite_master WHERE name = 'call_day_role_pairs'").pluck().get()).toBe(0)

      expect(migrate(db)).toMatchObject({ from: mine.version - 1, applied: MIGRATIONS.filter((m) => m.version >= mine.version).map((m) => m.version) })
      expect(db.prepare('SELECT COUNT(*) FROM call_day_role_pairs').pluck().get()).toBeGreaterThan(20)
      expect(expectMatrixAsCounted(db, 4)).toBeGreaterThan(50)

      db.prepare("UPDATE debriefs SET actual_role = 'crutch' WHERE call_id IN (SELECT call_id FROM prebriefs LIMIT 10)").run()
      db.prepare("UPDATE calls SET call_date = '2026-06-01' WHERE id IN (SELECT call_id FROM debriefs LIMIT 10)").run()
      expect(expectMatrixAsCounted(db, 5)).toBeGreaterThan(50)
    } finally {
      db.close()
    }
  })
})
