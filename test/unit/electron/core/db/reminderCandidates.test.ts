import fs from 'node:fs'
import { afterEach, expect, it } from 'vitest'
import { migrate, readSchemaVersion, SCHEMA_VERSION } from '../../../../../electron/core/db/migrations'
import { createRemindersRepository } from '../../../../../electron/core/db/reminders'
import { seedJournal } from '../../../../../electron/core/services/seed'
import { nextWorkingDay } from '../../../../../shared/reminders'
import { journalBeforeMigration } from '../../../../helpers/migrationJournal'

/**
 * Migration reminder_candidates: the index of calls with no debrief holds what reminders read of
 * them, so the calls before today are read from it alone. Its version is whatever the bundled
 * migrations give it (the lead numbers them at a merge).
 */
const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

it('carries a journal of the version before it forward: the same candidates, read from the index alone', () => {
  const { db, dir } = journalBeforeMigration('reminder_candidates')
  dirs.push(dir)
  try {
    seedJournal(db, { calls: 200, today: '2026-11-13' })
    db.exec('DELETE FROM prebriefs WHERE rowid % 3 = 0; UPDATE calls SET cancelled = 1 WHERE rowid % 31 = 0')
    const today = '2026-11-13'
    const until = nextWorkingDay(today)
    const before = createRemindersRepository(db).candidateCalls(today, until)
    expect(before.filter((call) => call.debrief === null).length).toBeGreaterThan(10)

    migrate(db)
    expect(readSchemaVersion(db)).toBe(SCHEMA_VERSION)
    expect(createRemindersRepository(db).candidateCalls(today, until)).toEqual(before)
    // Before today, nothing but the index: SQLite says so in its plan.
    const plan = db
      .prepare<[], { detail: string }>(
        `EXPLAIN QUERY PLAN SELECT m.call_id, m.rep_id, m.call_date, m.planned_role FROM call_metrics m INDEXED BY call_metrics_without_debrief
         WHERE m.actual_role IS NULL AND m.call_date < '2026-11-13'`,
      )
      .all()
    expect(plan.map((step) => step.detail).join(' ')).toContain('COVERING INDEX call_metrics_without_debrief')
  } finally {
    db.close()
  }
})
