import type Database from 'better-sqlite3-multiple-ciphers'
import { afterEach, describe, expect, it } from 'vitest'
import { deferDerivedWork, type InsertTriggers } from '../../../../../electron/core/db/derivedWork'
import { liftableInsertTriggers } from '../../../../../electron/core/db/insertTriggers'
import { createRepositories } from '../../../../../electron/core/db/repositories'
import { journalFileSchema, type ParsedJournalFile } from '../../../../../shared/journalFile'
import { invoke, openTempCore, readFixture, type TempCore } from '../../../../helpers/tempJournal'

/**
 * electron/core/db/insertTriggers.ts: a bulk write with the per-row insert triggers lifted leaves
 * the very journal the per-row way leaves — every row, counter, derived table, word of the search
 * index and byte of the export — and a failure leaves the journal as it was, triggers included.
 */
const temps: TempCore[] = []
afterEach(() => {
  for (const temp of temps.splice(0)) temp.cleanup()
})
const open = () => {
  const temp = openTempCore()
  temps.push(temp)
  return temp.core
}

const AT = '2026-11-23T10:00:00.000Z'
const parse = (text: string): ParsedJournalFile => journalFileSchema.parse(JSON.parse(text))

/** The file's records written as an import writes them (applyPlan's order), in one transaction. */
function writeFile(db: Database.Database, file: ParsedJournalFile, insertTriggers: InsertTriggers, fail = false): void {
  const repos = createRepositories(db)
  db.transaction(() => {
    for (const { updatedAt: _u, ...rep } of file.reps) repos.reps.save(rep, AT)
    const written = {
      calls: file.calls.map((call) => call.id),
      sessions: file.sessions.map((session) => session.id),
    }
    deferDerivedWork(
      db,
      written,
      () => {
        for (const { prebrief: _p, debrief: _d, updatedAt: _u, ...call } of file.calls) repos.calls.save(call, AT)
        for (const { id, prebrief } of file.calls) if (prebrief) repos.briefs.savePrebrief(id, { ...prebrief, updatedAt: AT })
        for (const { id, debrief } of file.calls) if (debrief) repos.briefs.saveDebrief(id, debrief, AT)
        for (const session of file.sessions) repos.sessions.save(session, AT)
        if (fail) throw new Error('the disk is full')
      },
      insertTriggers,
    )
  })()
}

/** Every table's rows (full-text shadow tables and counters included; not when each migration ran) and the schema, by name. */
function everything(db: Database.Database) {
  const tables = db
    .prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name NOT IN ('schema_migrations') AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name")
    .all() as { name: string; sql: string }[]
  // A table WITHOUT ROWID is read in its key's order; any other by rowid (the search records' ids matter).
  const rowsOf = ({ name, sql }: { name: string; sql: string }) =>
    db.prepare(`SELECT * FROM "${name}"${sql.includes('WITHOUT ROWID') ? '' : ' ORDER BY rowid'}`).all()
  return {
    schema: db.prepare("SELECT type, name, tbl_name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY name").all(),
    rows: Object.fromEntries(tables.map((table) => [table.name, rowsOf(table)])),
  }
}

/** A file with more of everything than the fixture: its calls and sessions twice, under other ids. */
function doubledFixture(): string {
  const file = JSON.parse(readFixture()) as { calls: { id: string }[]; sessions: { id: string }[] }
  file.calls.push(...file.calls.map((call) => ({ ...call, id: `${call.id}-b` })))
  file.sessions.push(...file.sessions.map((session) => ({ ...session, id: `${session.id}-b` })))
  return JSON.stringify(file)
}

describe('insert triggers lifted for a bulk write', () => {
  it('leave exactly the journal the per-row triggers leave: rows, counters, derived tables, search answers, export and check', async () => {
    const file = parse(doubledFixture())
    const lifted = open()
    const perRow = open()
    writeFile(lifted.db, file, 'lifted')
    writeFile(perRow.db, file, 'per-row')

    expect(everything(lifted.db)).toEqual(everything(perRow.db))
    const counters = (db: Database.Database) =>
      db.prepare('SELECT (SELECT changes FROM journal_changes) AS changes, (SELECT version FROM skill_inputs_version) AS skills').get()
    expect(counters(lifted.db)).toEqual(counters(perRow.db))
    expect(counters(lifted.db)).toMatchObject({ changes: expect.any(Number) as number })
    expect((counters(lifted.db) as { changes: number }).changes).toBeGreaterThan(file.calls.length)

    for (const text of ['pilot', 'pr', 'zur', 'budget timeline']) {
      const hits = await invoke(lifted, 'search.query', { text, limit: 50 })
      expect(hits).toEqual(await invoke(perRow, 'search.query', { text, limit: 50 }))
    }
    expect((await invoke(lifted, 'search.query', { text: 'p', limit: 50 })).total).toBeGreaterThan(0)
    const exported = async (core: typeof lifted) => (await invoke(core, 'journal.exportFile', {})).text.replace(/"exportedAt": "[^"]*"/, '')
    expect(await exported(lifted)).toEqual(await exported(perRow))
    expect(lifted.check()).toEqual({ ok: true, problems: [] })
  })

  it('are all the insert triggers of calls, briefs and sessions today: a new one is decided on, not run per row unseen', () => {
    const core = open()
    const all = core.db
      .prepare(
        `SELECT name FROM sqlite_schema WHERE type = 'trigger' AND sql LIKE '%AFTER INSERT ON%'
           AND tbl_name IN ('calls', 'prebriefs', 'debriefs', 'coaching_sessions') ORDER BY name`,
      )
      .pluck()
      .all()
    expect(all.length).toBeGreaterThanOrEqual(10)
    expect(liftableInsertTriggers(core.db).map((trigger) => trigger.name).sort()).toEqual(all)
  })

  it('leave a trigger they cannot read in place, running per row', () => {
    const core = open()
    core.db.exec(`CREATE TABLE audit (call_id TEXT);
      CREATE TRIGGER audit_calls AFTER INSERT ON calls BEGIN INSERT INTO audit VALUES (NEW.id); END;`)
    expect(liftableInsertTriggers(core.db).map((trigger) => trigger.name)).not.toContain('audit_calls')
    const file = parse(readFixture())
    writeFile(core.db, file, 'lifted')
    expect(core.db.prepare('SELECT call_id FROM audit ORDER BY rowid').pluck().all()).toEqual(file.calls.map((call) => call.id))
  })

  it('put everything back when the write fails: the journal, its triggers and counters exactly as they were', async () => {
    const core = open()
    await invoke(core, 'journal.import', { text: readFixture() })
    const before = everything(core.db)
    expect(() => writeFile(core.db, parse(doubledFixture()), 'lifted', true)).toThrow(/disk is full/)
    expect(everything(core.db)).toEqual(before)
    expect(core.db.prepare('SELECT COUNT(*) FROM derived_deferred').pluck().get()).toBe(0)
    expect(core.check()).toEqual({ ok: true, problems: [] })
  })
})
