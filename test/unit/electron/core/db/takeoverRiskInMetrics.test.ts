import fs from 'node:fs'
import path from 'node:path'
import type Database from 'better-sqlite3-multiple-ciphers'
import { afterEach, describe, expect, it } from 'vitest'
import { CALIBRATION_BIN_WIDTH, CALIBRATION_BINS } from '../../../../../shared/insights'
import { openConnection } from '../../../../../electron/core/db/connection'
import { deferDerivedWork } from '../../../../../electron/core/db/derivedWork'
import { MIGRATIONS, migrate } from '../../../../../electron/core/db/migrations'
import { createChartsService } from '../../../../../electron/core/services/insights'
import * as chartsSql from '../../../../../electron/core/services/insights/chartsSql'
import { verifyMetricCounts } from '../../../../../electron/core/services/insights/verifyCounts'
import { seedJournal } from '../../../../../electron/core/services/seed'
import { makeTempDataDir } from '../../../../helpers/tempJournal'

/**
 * Migration takeover_risk_in_metrics (0018) keeps each call's predicted takeover chance in
 * call_metrics, so the calibration chart reads no pre-brief. A journal written at the version
 * before gets every chance carried over, answers the calibration exactly as the pre-briefs say
 * (the join it used to make, kept here as the oracle), and keeps it right through every way a
 * chance changes: a pre-brief's edit, its deletion, a new pre-brief, an import's deferred work.
 */
const MIGRATION = MIGRATIONS.find((migration) => migration.name === 'takeover_risk_in_metrics')
if (!MIGRATION) throw new Error('the takeover_risk_in_metrics migration is missing')
const VERSION_BEFORE = MIGRATION.version - 1
const TODAY = '2026-12-06'
const ALL_TIME = { from: '2020-01-01', to: TODAY }

const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

function seededBefore(calls = 300): Database.Database {
  const dir = makeTempDataDir()
  dirs.push(dir)
  const db = openConnection(path.join(dir, 'coachbook.db'))
  migrate(db, { migrations: MIGRATIONS.filter((m) => m.version <= VERSION_BEFORE) })
  seedJournal(db, { calls, today: TODAY })
  return db
}

/** The calibration as the pre-briefs themselves give it: the join the chart made before 0018. */
function calibrationFromBriefs(db: Database.Database, repId?: string) {
  const rows = db
    .prepare(
      `SELECT MIN(${CALIBRATION_BINS - 1}, p.takeover_risk / ${CALIBRATION_BIN_WIDTH}) AS bin, COUNT(*) AS calls,
         SUM(m.actual_role = 'crutch') AS rescues
       FROM call_metrics_source AS m JOIN prebriefs AS p ON p.call_id = m.call_id
       WHERE m.call_date BETWEEN @from AND @to ${repId ? 'AND m.rep_id = @repId' : ''}
         AND m.actual_role IS NOT NULL AND m.planned_role IS NOT NULL AND p.takeover_risk IS NOT NULL
       GROUP BY 1 ORDER BY 1`,
    )
    .all({ ...ALL_TIME, ...(repId ? { repId } : {}) }) as { bin: number; calls: number; rescues: number }[]
  return rows
}

function calibrationShown(db: Database.Database, repId?: string) {
  const { bins } = createChartsService(db, { today: () => TODAY }).charts({ ...ALL_TIME, repId }).calibration
  return bins.flatMap((bin, index) => (bin.calls > 0 ? [{ bin: index, calls: bin.calls, rescues: bin.rescues }] : []))
}

const riskInMetrics = (db: Database.Database, callId: string) =>
  db.prepare('SELECT takeover_risk FROM call_metrics WHERE call_id = ?').pluck().get(callId)

describe('migration takeover_risk_in_metrics', () => {
  it('carries every predicted chance into call_metrics, and the calibration is the pre-briefs’ own', () => {
    const db = seededBefore()
    try {
      const expected = calibrationFromBriefs(db)
      expect(expected.length).toBeGreaterThan(3)
      migrate(db)
      const differing = db
        .prepare(
          `SELECT m.call_id FROM call_metrics AS m LEFT JOIN prebriefs AS p ON p.call_id = m.call_id
           WHERE m.takeover_risk IS NOT p.takeover_risk`,
        )
        .all()
      expect(differing).toEqual([])
      expect(db.prepare('SELECT COUNT(*) FROM call_metrics WHERE takeover_risk IS NOT NULL').pluck().get()).toBeGreaterThan(50)
      expect(verifyMetricCounts(db)).toEqual([])
      expect(calibrationShown(db)).toEqual(expected)
      const rep = db.prepare('SELECT id FROM reps ORDER BY id').pluck().get() as string
      expect(calibrationShown(db, rep)).toEqual(calibrationFromBriefs(db, rep))
    } finally {
      db.close()
    }
  })

  it('follows a chance edited, cleared, added with a new pre-brief, or gone with its pre-brief', () => {
    const db = seededBefore()
    try {
      migrate(db)
      const debriefedWithRisk = db
        .prepare(
          `SELECT p.call_id FROM prebriefs AS p JOIN debriefs AS d ON d.call_id = p.call_id
           WHERE p.takeover_risk IS NOT NULL AND p.planned_role IS NOT NULL AND d.actual_role IS NOT NULL ORDER BY p.call_id`,
        )
        .pluck()
        .all() as string[]
      const [edited, cleared, deleted] = debriefedWithRisk
      if (!edited || !cleared || !deleted) throw new Error('the seed has too few pre-briefed, debriefed calls')

      // Only the chance changes (an autosave of the pre-brief): the chart moves with it.
      const before = calibrationShown(db)
      const risk = db.prepare('SELECT takeover_risk FROM prebriefs WHERE call_id = ?').pluck().get(edited) as number
      const other = risk >= 50 ? 0 : 100
      db.prepare('UPDATE prebriefs SET takeover_risk = ? WHERE call_id = ?').run(other, edited)
      expect(riskInMetrics(db, edited)).toBe(other)
      expect(calibrationShown(db)).not.toEqual(before)
      expect(calibrationShown(db)).toEqual(calibrationFromBriefs(db))

      db.prepare('UPDATE prebriefs SET takeover_risk = NULL WHERE call_id = ?').run(cleared)
      expect(riskInMetrics(db, cleared)).toBeNull()
      db.prepare('DELETE FROM prebriefs WHERE call_id = ?').run(deleted)
      expect(riskInMetrics(db, deleted)).toBeNull()

      const unbriefed = db
        .prepare('SELECT c.id FROM calls AS c WHERE c.cancelled = 0 AND NOT EXISTS (SELECT 1 FROM prebriefs WHERE call_id = c.id) ORDER BY c.id')
        .pluck()
        .get() as string
      db.prepare("INSERT INTO prebriefs (call_id, planned_role, takeover_risk) VALUES (?, 'technical_expert', 70)").run(unbriefed)
      expect(riskInMetrics(db, unbriefed)).toBe(70)

      // An import writes with the triggers standing aside and rebuilds the rows after (derivedWork.ts).
      db.transaction(() =>
        deferDerivedWork(db, { calls: [edited], sessions: [] }, () => {
          db.prepare('UPDATE prebriefs SET takeover_risk = 40 WHERE call_id = ?').run(edited)
        }),
      )()
      expect(riskInMetrics(db, edited)).toBe(40)
      expect(calibrationShown(db)).toEqual(calibrationFromBriefs(db))
      expect(verifyMetricCounts(db)).toEqual([])
    } finally {
      db.close()
    }
  })

  it('reads the calibration from call_metrics’ key alone, team and per rep', () => {
    const db = seededBefore(40)
    try {
      migrate(db)
      for (const byRep of [false, true]) {
        const plan = db
          .prepare(`EXPLAIN QUERY PLAN ${chartsSql.calibrationSql(byRep)}`)
          .all({ from: '2026-01-01', heldTo: '2026-12-01', ...(byRep ? { repId: 'x' } : {}) }) as { detail: string }[]
        const details = plan.map((row) => row.detail).join('\n')
        expect(details).not.toMatch(/prebriefs/)
        expect(details).toMatch(/SEARCH call_metrics USING PRIMARY KEY \(rep_id=\? AND call_date>\? AND call_date<\?\)/)
      }
    } finally {
      db.close()
    }
  })
})
