import fs from 'node:fs'
import path from 'node:path'
import type Database from 'better-sqlite3-multiple-ciphers'
import { afterEach, describe, expect, it } from 'vitest'
import { openConnection } from '../../../../../electron/core/db/connection'
import { deferDerivedWork } from '../../../../../electron/core/db/derivedWork'
import { MIGRATIONS, migrate } from '../../../../../electron/core/db/migrations'
import { createRepositories } from '../../../../../electron/core/db/repositories'
import { verifySearchIndex } from '../../../../../electron/core/db/searchIndex'
import { verifyMetricCounts } from '../../../../../electron/core/services/insights'
import type { Stakes } from '../../../../../shared/domain'
import { journalFileSchema, type JournalFile, type ParsedJournalFile } from '../../../../../shared/journalFile'
import { effectiveStakes } from '../../../../../shared/stakes'
import { invoke, makeTempDataDir, openTempCore, readFixture, type TempCore } from '../../../../helpers/tempJournal'

/**
 * Migration 0006 and db/derivedWork.ts: the one SQL statement of the stakes rule, triggers that
 * run only when what they read changed, and an import that rebuilds derived rows set-wise. Each
 * is held against the per-row way it replaces, on real journal files.
 */
const temps: TempCore[] = []
const dirs: string[] = []
afterEach(() => {
  for (const temp of temps.splice(0)) temp.cleanup()
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})
const open = () => {
  const temp = openTempCore()
  temps.push(temp)
  return temp.core
}

/** Every derived row, in an order that does not depend on the rowids the index happened to give. */
function derived(db: Database.Database) {
  db.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS temp.words USING fts5vocab (main, search_index, 'col')`)
  return {
    // The columns every version has had (0018 added takeover_risk: takeoverRiskInMetrics.test.ts).
    metrics: db.prepare('SELECT call_id, rep_id, call_date, deal_value, stakes, sidewalk, planned_role, actual_role, asks, tells FROM call_metrics ORDER BY call_id').all(),
    days: db.prepare('SELECT * FROM call_day_counts ORDER BY day, rep_id').all(),
    records: db
      .prepare(
        `SELECT kind, record_id, rep_id, day, time, cancelled, planned_role, actual_role, outcome, session_kind
         FROM search_records ORDER BY kind, record_id`,
      )
      .all(),
    words: db.prepare('SELECT term, col, doc, cnt FROM temp.words ORDER BY term, col').all(),
  }
}

/** The file's records written one row at a time, every trigger doing its per-row work (as imports did before 0006). */
function writeRowByRow(db: Database.Database, file: ParsedJournalFile, at: string): void {
  const repos = createRepositories(db)
  db.transaction(() => {
    for (const { updatedAt: _u, ...rep } of file.reps) repos.reps.save(rep, at)
    for (const { prebrief: _p, debrief: _d, updatedAt: _u, ...call } of file.calls) repos.calls.save(call, at)
    for (const { id, prebrief } of file.calls) if (prebrief) repos.briefs.savePrebrief(id, { ...prebrief, updatedAt: at })
    for (const { id, debrief } of file.calls) if (debrief) repos.briefs.saveDebrief(id, debrief, at)
    for (const session of file.sessions) repos.sessions.save(session, at)
    if (file.settings) repos.settings.save({ ...repos.settings.get(), interstateThreshold: file.settings.interstateThreshold }, at)
  })()
}

const parse = (text: string) => journalFileSchema.parse(JSON.parse(text))

/**
 * The file's records in a journal still at an older schema, every trigger of that schema doing
 * its per-row work: written row by row into a journal of today's schema (the repositories speak
 * only that one), then copied over a row at a time, column by column the older schema has.
 */
function writeAtOlderSchema(db: Database.Database, dir: string, file: ParsedJournalFile, at: string): void {
  const sourceFile = path.join(dir, 'today.db')
  const source = openConnection(sourceFile)
  try {
    migrate(source)
    writeRowByRow(source, file, at)
  } finally {
    source.close()
  }
  db.prepare('ATTACH DATABASE ? AS source').run(sourceFile)
  try {
    db.transaction(() => {
      for (const table of ['settings', 'reps', 'calls', 'prebriefs', 'debriefs', 'coaching_sessions']) {
        const columns = (db.pragma(`main.table_info(${table})`) as { name: string }[]).map((column) => column.name).join(', ')
        db.exec(`INSERT OR REPLACE INTO main.${table} (${columns}) SELECT ${columns} FROM source.${table} ORDER BY rowid`)
      }
    })()
  } finally {
    db.exec('DETACH DATABASE source')
  }
}

/** The fixture with calls moved to another day and rep, roles, counts and words changed, and a call and a session added. */
function changedFixture(): string {
  const file = JSON.parse(readFixture()) as JournalFile
  const later = '2026-12-01T09:00:00.000Z'
  const [first, second, third] = file.calls
  if (!first || !second || !third) throw new Error('the fixture has fewer calls than this test needs')
  Object.assign(first, { date: '2026-11-20', repId: 'rep-marcus', account: 'Zürich Versicherung', dealValue: 900_000, updatedAt: later })
  if (second.debrief) Object.assign(second.debrief, { actualRole: 'crutch', asks: 9, tells: 1, lesson: 'Let the silence work', updatedAt: later })
  Object.assign(third, { cancelled: true, updatedAt: later })
  file.calls.push({ ...first, id: 'call-new', date: '2026-11-21', prebrief: null, debrief: null, updatedAt: later })
  const session = file.sessions[0]
  if (session) file.sessions.push({ ...session, id: 'session-new', skill: 'Négociation', updatedAt: later })
  return JSON.stringify(file)
}

describe('a journal import (derived rows rebuilt set-wise at the end)', () => {
  it('leaves exactly the derived rows that writing the records row by row leaves', async () => {
    const imported = open()
    const rowByRow = open()
    await invoke(imported, 'journal.import', { text: readFixture() })
    writeRowByRow(rowByRow.db, parse(readFixture()), '2026-11-23T10:00:00.000Z')
    expect(derived(imported.db)).toEqual(derived(rowByRow.db))
    expect(derived(imported.db).metrics.length).toBeGreaterThan(0)

    // Again with calls that change day, rep, stakes, roles and words, one cancelled, new ones.
    const text = changedFixture()
    await invoke(imported, 'journal.import', { text, takeFileVersions: true })
    writeRowByRow(rowByRow.db, parse(text), '2026-12-01T09:00:00.000Z')
    expect(derived(imported.db)).toEqual(derived(rowByRow.db))
    expect(verifyMetricCounts(imported.db)).toEqual([])
    expect(verifySearchIndex(imported.db)).toEqual([])
    const match = (q: string) => imported.db.prepare('SELECT COUNT(*) FROM search_index WHERE search_index MATCH ?').pluck().get(q)
    expect(match('"zurich"*')).toBe(2)
    expect(match('"silen"*')).toBeGreaterThan(0)
  })

  it('leaves no deferral behind, and defers nothing outside a transaction', async () => {
    const core = open()
    await invoke(core, 'journal.import', { text: readFixture() })
    expect(core.db.prepare('SELECT COUNT(*) FROM derived_deferred').pluck().get()).toBe(0)
    expect(() => deferDerivedWork(core.db, { calls: ['call-01'], sessions: [] }, () => undefined)).toThrow(/inside a transaction/)
  })
})

describe('migration 0006', () => {
  it('derives the stakes in SQL exactly as shared/stakes.ts does', () => {
    const core = open()
    const repos = createRepositories(core.db)
    const at = '2026-11-01T10:00:00.000Z'
    repos.reps.save({ id: 'r', name: 'Dana', title: null, startedOn: null, archived: false }, at)
    const cases: { stakes: Stakes | null; dealValue: number | null }[] = []
    for (const stakes of [null, 'sidewalk', 'interstate'] as const) {
      for (const dealValue of [null, 0, 249_999.99, 250_000, 250_000.01, 9_000_000]) cases.push({ stakes, dealValue })
    }
    cases.forEach((c, i) =>
      repos.calls.save({ id: `c${i}`, repId: 'r', date: '2026-11-02', time: null, account: null, opportunity: null, stage: null, cancelled: false, ...c }, at),
    )
    for (const threshold of [null, 0, 250_000]) {
      repos.settings.save({ ...repos.settings.get(), interstateThreshold: threshold }, at)
      const sidewalk = new Map(
        (core.db.prepare('SELECT call_id, sidewalk FROM call_metrics').all() as { call_id: string; sidewalk: number }[]).map((r) => [r.call_id, r.sidewalk]),
      )
      cases.forEach((c, i) => expect([c, threshold, sidewalk.get(`c${i}`) === 1]).toEqual([c, threshold, effectiveStakes(c, threshold) === 'sidewalk']))
      expect(verifyMetricCounts(core.db)).toEqual([])
    }
  })

  it('rebuilds nothing when a save changes nothing the triggers read', async () => {
    const core = open()
    await invoke(core, 'journal.import', { text: readFixture() })
    const repos = createRepositories(core.db)
    const debrief = repos.briefs.getDebrief('call-01')
    if (!debrief) throw new Error('the fixture has no debrief on call-01')
    // Rows changed, less the journal's change count (migration 0009), which each of them raises once.
    const changes = (save: () => void) => {
      const now = () => core.db.prepare('SELECT total_changes() - (SELECT changes FROM journal_changes)').pluck().get() as number
      const before = now()
      save()
      return now() - before
    }
    const recordId = () => core.db.prepare("SELECT id FROM search_records WHERE kind = 'call' AND record_id = 'call-01'").pluck().get()
    const indexedAs = recordId()
    // An autosave of a field nothing derived reads (who started the rescue): the debrief row alone.
    expect(changes(() => repos.briefs.saveDebrief('call-01', { ...debrief, rescueInitiator: 'customer' }, '2026-12-01T10:00:00.000Z'))).toBe(1)
    expect(recordId()).toBe(indexedAs)
    // A word of the lesson: the call's search record is rebuilt.
    expect(changes(() => repos.briefs.saveDebrief('call-01', { ...debrief, lesson: 'Wait for the zephyrine pause' }, '2026-12-01T10:01:00.000Z'))).toBeGreaterThan(1)
    expect(recordId()).not.toBe(indexedAs)
    expect(core.db.prepare('SELECT COUNT(*) FROM search_index WHERE search_index MATCH ?').pluck().get('"zephyr"*')).toBe(1)
    expect(verifySearchIndex(core.db)).toEqual([])
    expect(verifyMetricCounts(core.db)).toEqual([])
  })

  it('upgrades a journal at version 5 in place: metrics, search rows and words as a new journal has them', () => {
    const dir = makeTempDataDir()
    dirs.push(dir)
    const db = openConnection(path.join(dir, 'coachbook.db'))
    try {
      migrate(db, { migrations: MIGRATIONS.filter((m) => m.version <= 5) })
      writeAtOlderSchema(db, dir, parse(readFixture()), '2026-11-23T10:00:00.000Z')
      expect(db.prepare("SELECT sql FROM sqlite_master WHERE name = 'search_index'").pluck().get()).toContain("prefix = '1 2 3 4'")
      const before = derived(db)
      db.exec('DROP TABLE temp.words')

      expect(migrate(db)).toMatchObject({ from: 5, applied: MIGRATIONS.filter((m) => m.version > 5).map((m) => m.version) })
      // Migration 0010: the prefix indexes moved to search_words (the positions stay in search_index).
      expect(db.prepare("SELECT sql FROM sqlite_master WHERE name = 'search_index'").pluck().get()).not.toContain('prefix')
      expect(db.prepare("SELECT sql FROM sqlite_master WHERE name = 'search_words'").pluck().get()).toContain("prefix = '1 2'")
      expect(derived(db)).toEqual(before)
      expect(verifyMetricCounts(db)).toEqual([])
      expect(verifySearchIndex(db)).toEqual([])
      const match = (q: string) => db.prepare('SELECT COUNT(*) FROM search_index WHERE search_index MATCH ?').pluck().get(q)
      // Prefixes of every length, and accents folded both ways.
      expect(match('"a"*')).toBeGreaterThan(0)
      expect(match('"ac"*')).toBeGreaterThan(match('"acme"') as number)
      expect(match('"acm"*')).toBe(match('"acme"'))
      expect(match('"acm"*')).toBeGreaterThan(0)
      expect(match('"natarajan"')).toBeGreaterThan(0)

      // And it keeps itself right afterwards, the stakes included.
      const repos = createRepositories(db)
      repos.reps.save({ id: 'rep-dana', name: 'Dána Ortiz', title: 'Account Executive', startedOn: '2025-02-03', archived: false }, '2026-12-01T10:00:00.000Z')
      repos.settings.save({ ...repos.settings.get(), interstateThreshold: 10_000 }, '2026-12-01T10:00:00.000Z')
      expect(match('"dana" "acme"')).toBeGreaterThan(0)
      expect(verifyMetricCounts(db)).toEqual([])
      expect(verifySearchIndex(db)).toEqual([])
    } finally {
      db.close()
    }
  })
})
