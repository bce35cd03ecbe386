import fs from 'node:fs'
import path from 'node:path'
import type Database from 'better-sqlite3-multiple-ciphers'
import { afterEach, describe, expect, it } from 'vitest'
import { openConnection } from '../../../../../electron/core/db/connection'
import { MIGRATIONS, migrate } from '../../../../../electron/core/db/migrations'
import { deferDerivedWork } from '../../../../../electron/core/db/derivedWork'
import { createRemindersRepository } from '../../../../../electron/core/db/reminders'
import { createChartsService } from '../../../../../electron/core/services/insights'
import * as chartsSql from '../../../../../electron/core/services/insights/chartsSql'
import { verifyMetricCounts } from '../../../../../electron/core/services/insights/verifyCounts'
import { seedJournal } from '../../../../../electron/core/services/seed'
import { makeTempDataDir } from '../../../../helpers/tempJournal'

/**
 * Migration metrics_keyed_by_rep_and_day re-keys call_metrics by (rep_id, call_date, call_id) and
 * drops its two covering indexes (docs/performance.md, "Database size, stop 23"). A journal written
 * at the version before, with calls in it, keeps every metrics row and count once migrated, answers
 * the charts as a journal written at the newest version, keeps its counts right through later
 * edits, and every read of call_metrics goes through the table's key or one of its indexes.
 */
const MIGRATION = MIGRATIONS.find((migration) => migration.name === 'metrics_keyed_by_rep_and_day')
if (!MIGRATION) throw new Error('the metrics_keyed_by_rep_and_day migration is missing')
const VERSION_BEFORE = MIGRATION.version - 1
const TODAY = '2026-12-06'
const PERIODS = [
  { from: '2026-11-07', to: TODAY },
  { from: '2025-12-07', to: TODAY },
  { from: '2020-01-01', to: TODAY },
]

const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

/** The same seeded journal (the seed is deterministic), written at the version before the migration or at the newest. */
function seeded(at: 'before' | 'newest', calls = 300): Database.Database {
  const dir = makeTempDataDir()
  dirs.push(dir)
  const db = openConnection(path.join(dir, 'coachbook.db'))
  migrate(db, at === 'before' ? { migrations: MIGRATIONS.filter((m) => m.version <= VERSION_BEFORE) } : {})
  seedJournal(db, { calls, today: TODAY })
  return db
}

const rows = (db: Database.Database, sql: string) => db.prepare(sql).all()

/** Everything derived from the calls that the migration must carry over untouched. */
function derived(db: Database.Database) {
  return {
    // The columns it had then (0018 added takeover_risk: takeoverRiskInMetrics.test.ts).
    metrics: rows(db, 'SELECT call_id, rep_id, call_date, deal_value, stakes, sidewalk, planned_role, actual_role, asks, tells FROM call_metrics ORDER BY call_id'),
    dayCounts: rows(db, 'SELECT * FROM call_day_counts ORDER BY day, rep_id'),
    rolePairs: rows(db, 'SELECT * FROM call_day_role_pairs ORDER BY day, rep_id'),
  }
}

function repIds(db: Database.Database): string[] {
  return db.prepare('SELECT id FROM reps ORDER BY id').pluck().all() as string[]
}

/** The charts, the rescues and the lessons, for the team and every rep, over each period. */
function chartAnswers(db: Database.Database) {
  const charts = createChartsService(db, { today: () => TODAY })
  return PERIODS.flatMap((period) =>
    [undefined, ...repIds(db)].map((repId) => ({
      charts: charts.charts({ ...period, repId }),
      crutch: charts.crutchCalls({ ...period, repId, limit: 7 }),
      crutchAll: charts.crutchCalls({ ...period, repId, limit: 5000 }),
      lessons: charts.sidewalkLessons({ ...period, repId, limit: 3 }),
      lessonsAll: charts.sidewalkLessons({ ...period, repId, limit: 5000 }),
    })),
  )
}

/** The plan's lines that read call_metrics, each with how. */
function metricsReads(db: Database.Database, sql: string): string[] {
  const names = [...new Set([...sql.matchAll(/@(\w+)/g)].map((match) => match[1] as string))]
  const params = Object.fromEntries(names.map((name) => [name, name === 'limit' ? 10 : '2026-01-01']))
  const plan = db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[]
  return plan.map((row) => row.detail).filter((detail) => /\b(call_metrics|m)\b/.test(detail) && /^(SCAN|SEARCH) /.test(detail))
}

describe('migration metrics_keyed_by_rep_and_day', () => {
  it('carries a journal of the version before forward with every metrics row and count, answering as a new journal', () => {
    const fresh = seeded('newest')
    const expected = { derived: derived(fresh), charts: chartAnswers(fresh) }
    fresh.close()
    // The seed has what the lists show: rescues and lessons, more than a page of each over all time.
    const allTime = expected.charts.filter((answer) => answer.crutchAll.total > 7 && answer.lessonsAll.total > 3)
    expect(allTime.length).toBeGreaterThan(0)

    const db = seeded('before')
    try {
      const before = derived(db)
      expect(before).toEqual(expected.derived)
      expect(db.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'call_metrics'").pluck().all()).toEqual(
        expect.arrayContaining(['call_metrics_by_date', 'call_metrics_by_rep_date']),
      )
      migrate(db)
      expect(derived(db)).toEqual(before)
      expect(verifyMetricCounts(db)).toEqual([])
      const indexes = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'call_metrics' AND sql IS NOT NULL ORDER BY name").pluck().all()
      expect(indexes).toEqual(['call_metrics_without_debrief'])
      const triggers = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'call_metrics' ORDER BY name").pluck().all()
      expect(triggers).toEqual(['call_day_role_pairs_added', 'call_day_role_pairs_removed', 'call_metrics_added', 'call_metrics_no_update', 'call_metrics_removed'])
      expect(db.prepare("SELECT name FROM sqlite_temp_schema WHERE name = 'call_metrics_kept'").get()).toBeUndefined()
      expect(chartAnswers(db)).toEqual(expected.charts)
    } finally {
      db.close()
    }
  })

  it('keeps the counts right through edits once migrated: roles, days, reps, the threshold, deletions', () => {
    const db = seeded('before')
    try {
      migrate(db)
      const [first, second] = repIds(db)
      const call = (n: number) => db.prepare('SELECT id FROM calls WHERE cancelled = 0 ORDER BY id LIMIT 1 OFFSET ?').pluck().get(n) as string
      const debriefed = db.prepare('SELECT call_id FROM debriefs ORDER BY call_id LIMIT 1').pluck().get() as string
      db.prepare("UPDATE debriefs SET actual_role = CASE actual_role WHEN 'crutch' THEN 'technical_expert' ELSE 'crutch' END WHERE call_id = ?").run(debriefed)
      db.prepare("UPDATE calls SET call_date = '2026-01-15', rep_id = ? WHERE id = ?").run(second, call(3))
      db.prepare('UPDATE calls SET cancelled = 1 WHERE id = ?').run(call(5))
      db.prepare('UPDATE settings SET interstate_threshold = 5000 WHERE id = 1').run()
      db.prepare('DELETE FROM calls WHERE id = ?').run(call(7))
      db.prepare('DELETE FROM prebriefs WHERE call_id = ?').run(call(9))
      db.prepare(
        "INSERT INTO calls (id, rep_id, call_date, deal_value, created_at, updated_at) VALUES ('new-call', ?, '2026-02-01', 900, '2026-02-01T10:00:00.000Z', '2026-02-01T10:00:00.000Z')",
      ).run(first)
      db.prepare("INSERT INTO debriefs (call_id, actual_role, outcome) VALUES ('new-call', 'crutch', 'lost')").run()
      expect(db.prepare("SELECT rep_id, call_date, actual_role, sidewalk FROM call_metrics WHERE call_id = 'new-call'").get()).toEqual({
        rep_id: first,
        call_date: '2026-02-01',
        actual_role: 'crutch',
        sidewalk: 1,
      })
      expect(() => db.prepare("UPDATE call_metrics SET asks = 1 WHERE call_id = 'new-call'").run()).toThrow(/never updated/)
      // A bulk write (the import) moves a call to another rep and day while the triggers stand aside.
      const moved = call(11)
      db.transaction(() =>
        deferDerivedWork(db, { calls: [moved], sessions: [] }, () => {
          db.prepare("UPDATE calls SET rep_id = ?, call_date = '2025-03-03' WHERE id = ?").run(first, moved)
        }),
      )()
      expect(db.prepare('SELECT rep_id, call_date FROM call_metrics WHERE call_id = ?').all(moved)).toEqual([{ rep_id: first, call_date: '2025-03-03' }])
      expect(db.prepare('SELECT call_id FROM call_metrics GROUP BY call_id HAVING COUNT(*) > 1').all()).toEqual([])
      expect(verifyMetricCounts(db)).toEqual([])
    } finally {
      db.close()
    }
  })

  it('gives the newest-first lists in the order of the calls themselves, ties on a day broken by time and id', () => {
    const db = seeded('before')
    try {
      migrate(db)
      const [first, second] = repIds(db)
      // Calls on one day for two reps, some at the same time and one without: the order within the day.
      const add = db.prepare(
        `INSERT INTO calls (id, rep_id, call_date, call_time, deal_value, created_at, updated_at)
         VALUES (?, ?, '2026-11-20', ?, 100, '2026-11-20T08:00:00.000Z', '2026-11-20T08:00:00.000Z')`,
      )
      const debrief = db.prepare("INSERT INTO debriefs (call_id, actual_role, outcome, lesson) VALUES (?, ?, 'lost', 'Let the silence work')")
      for (const [n, [rep, time]] of ([[first, '09:00'], [second, '14:00'], [first, null], [second, '09:00'], [first, '14:00'], [second, '09:00']] as const).entries()) {
        add.run(`same-day-crutch-${n}`, rep, time)
        debrief.run(`same-day-crutch-${n}`, 'crutch')
        add.run(`same-day-lesson-${n}`, rep, time)
        debrief.run(`same-day-lesson-${n}`, 'technical_expert')
      }
      const charts = createChartsService(db, { today: () => TODAY })
      const oracle = (where: string, repId: string | undefined, from: string) =>
        db
          .prepare(
            `SELECT v.call_id FROM call_metrics_source v JOIN calls c ON c.id = v.call_id LEFT JOIN debriefs d ON d.call_id = v.call_id
             WHERE v.call_date BETWEEN @from AND @to ${repId === undefined ? '' : 'AND v.rep_id = @repId'} AND ${where}
             ORDER BY v.call_date DESC, c.call_time DESC, v.call_id DESC`,
          )
          .pluck()
          .all({ from, to: TODAY, ...(repId === undefined ? {} : { repId }) })
      const lessonWhere = "v.sidewalk = 1 AND v.actual_role IS NOT NULL AND v.actual_role <> 'crutch' AND d.outcome = 'lost' AND trim(ifnull(d.lesson, '')) <> ''"
      for (const { from } of PERIODS) {
        for (const repId of [undefined, first, second]) {
          const crutch = oracle("v.actual_role = 'crutch'", repId, from)
          const lessons = oracle(lessonWhere, repId, from)
          expect(crutch.length).toBeGreaterThan(2)
          expect(lessons.length).toBeGreaterThan(2)
          expect(charts.crutchCalls({ from, to: TODAY, repId, limit: 5000 }).calls.map((call) => call.id)).toEqual(crutch)
          expect(charts.crutchCalls({ from, to: TODAY, repId, limit: 4 }).calls.map((call) => call.id)).toEqual(crutch.slice(0, 4))
          expect(charts.sidewalkLessons({ from, to: TODAY, repId, limit: 5000 }).lessons.map((lesson) => lesson.id)).toEqual(lessons)
          expect(charts.sidewalkLessons({ from, to: TODAY, repId, limit: 4 }).lessons.map((lesson) => lesson.id)).toEqual(lessons.slice(0, 4))
        }
      }
    } finally {
      db.close()
    }
  })

  it('reads call_metrics by its key, team and per rep, and where the triggers replace a row', () => {
    const db = seeded('before', 80)
    try {
      migrate(db)
      const statements: [string, string][] = Object.entries(chartsSql).flatMap(([name, make]): [string, string][] => {
        if (typeof make === 'string' || name === 'bucketSql' || name === 'rolePairColumn') return []
        const text = make as (byRep: boolean, grain?: 'week') => string
        return [
          [`${name} (team)`, text(false, 'week')],
          [`${name} (rep)`, text(true, 'week')],
        ]
      })
      const reading = statements.map(([name, sql]) => ({ name, reads: metricsReads(db, sql) })).filter((entry) => entry.reads.length > 0)
      // rescue totals, points, bins, calibration, crutch count and list, lesson count and list
      expect(reading.length).toBe(16)
      for (const { name, reads } of reading) {
        for (const read of reads) {
          const byKey = /^SEARCH \S+ USING PRIMARY KEY \(rep_id=\? AND call_date[=>]/.test(read)
          expect({ name, read: byKey ? 'a range of the key' : read }).toEqual({ name, read: 'a range of the key' })
        }
      }
      const plan = (sql: string, ...params: unknown[]) =>
        (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((row) => row.detail).join(' | ')
      // The triggers' deletes, as the migration writes them, find the row by its whole key.
      const byKey = 'USING PRIMARY KEY (rep_id=? AND call_date=? AND call_id=?)'
      expect(plan('DELETE FROM call_metrics WHERE rep_id = ? AND call_date = ? AND call_id = ?', 'r', 'd', 'c')).toContain(byKey)
      expect(plan('DELETE FROM call_metrics WHERE (rep_id, call_date, call_id) IN (SELECT rep_id, call_date, id FROM calls WHERE id IN (?, ?))', 'a', 'b')).toContain(byKey)
      expect(
        plan('SELECT 1 FROM call_metrics_source v WHERE NOT EXISTS (SELECT 1 FROM call_metrics m WHERE m.rep_id = v.rep_id AND m.call_date = v.call_date AND m.call_id = v.call_id)'),
      ).toContain(byKey)
      const triggers = db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND sql LIKE '%DELETE FROM call_metrics%'").all() as { name: string; sql: string }[]
      expect(triggers.length).toBe(10)
      for (const { name, sql } of triggers) {
        expect({ name, deletesByCallId: /DELETE FROM call_metrics WHERE call_id/.test(sql) }).toEqual({ name, deletesByCallId: false })
      }
      // The reminders' candidates keep their partial index.
      createRemindersRepository(db)
      expect(
        plan(`SELECT m.call_id FROM call_metrics m INDEXED BY call_metrics_without_debrief WHERE m.actual_role IS NULL AND m.call_date <= ?`, TODAY),
      ).toContain('call_metrics_without_debrief')
    } finally {
      db.close()
    }
  })
})
