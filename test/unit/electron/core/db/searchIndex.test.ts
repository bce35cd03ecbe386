import fs from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openConnection } from '../../../../../electron/core/db/connection'
import { MIGRATIONS, migrate } from '../../../../../electron/core/db/migrations'
import { rebuildSearchIndex, verifySearchIndex } from '../../../../../electron/core/db/searchIndex'
import { SEARCH_FIELDS } from '../../../../../shared/search'
import { invoke, makeTempDataDir, openFixtureCore, type TempCore } from '../../../../helpers/tempJournal'

const cleanups: (() => void)[] = []
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup()
})
async function fixture(): Promise<TempCore> {
  const temp = await openFixtureCore()
  cleanups.push(temp.cleanup)
  return temp
}
const count = (temp: TempCore, match: string) =>
  temp.core.db.prepare('SELECT COUNT(*) FROM search_index WHERE search_index MATCH ?').pluck().get(match)

describe('migration 0003 (search)', () => {
  it('has one full-text column per SEARCH_FIELDS entry, in the same order', async () => {
    const temp = await fixture()
    const columns = (temp.core.db.prepare('PRAGMA table_info(search_index)').all() as { name: string }[]).map((c) => c.name)
    expect(columns).toEqual(SEARCH_FIELDS.map((f) => f.key))
  })

  it('indexes the calls, sessions and reps a journal already held', () => {
    const dir = makeTempDataDir()
    cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }))
    const db = openConnection(path.join(dir, 'coachbook.db'))
    cleanups.push(() => db.close())
    const before = MIGRATIONS.filter((m) => m.name !== 'search' && m.version < (MIGRATIONS.find((x) => x.name === 'search')?.version ?? 0))
    migrate(db, { migrations: before })
    const at = '2026-11-01T10:00:00.000Z'
    db.prepare("INSERT INTO reps (id, name, title, created_at, updated_at) VALUES ('r1', 'Dana Ortiz', 'Account Executive', ?, ?)").run(at, at)
    db.prepare(
      "INSERT INTO calls (id, rep_id, call_date, account, opportunity, created_at, updated_at) VALUES ('c1', 'r1', '2026-11-02', 'Acme Corp', 'Fleet renewal', ?, ?)",
    ).run(at, at)
    db.prepare("INSERT INTO debriefs (call_id, actual_role, lesson, private_notes_text) VALUES ('c1', 'crutch', 'Hold the silence', 'I rescued')").run()
    db.prepare(
      "INSERT INTO coaching_sessions (id, rep_id, session_date, kind, skill, created_at, updated_at) VALUES ('s1', 'r1', '2026-11-04', 'drill', 'Pricing', ?, ?)",
    ).run(at, at)

    migrate(db)
    expect(db.prepare('SELECT kind, record_id, day, actual_role FROM search_records ORDER BY kind').all()).toEqual([
      { kind: 'call', record_id: 'c1', day: '2026-11-02', actual_role: 'crutch' },
      { kind: 'rep', record_id: 'r1', day: null, actual_role: null },
      { kind: 'session', record_id: 's1', day: '2026-11-04', actual_role: null },
    ])
    const match = (q: string) => db.prepare('SELECT COUNT(*) FROM search_index WHERE search_index MATCH ?').pluck().get(q)
    expect(match('"silen"* "rescu"*')).toBe(1)
    expect(match('"pricing"')).toBe(1)
    expect(match('"account" "executive"')).toBe(1)
    expect(verifySearchIndex(db)).toEqual([])
  })

  it('keeps the snippet markers out of the indexed text', async () => {
    const temp = await fixture()
    await invoke(temp.core, 'calls.update', { id: 'call-01', account: 'Ac\u{E000}me\u{E001} Corp' })
    expect(count(temp, '"acme" "fleet"')).toBe(2)
    const hit = (await invoke(temp.core, 'search.query', { text: 'acme corp' })).hits.find((h) => h.id === 'call-01')
    expect(hit?.snippet).toEqual([
      { text: 'Acme', match: true },
      { text: ' ', match: false },
      { text: 'Corp', match: true },
    ])
  })

  it('refuses to update a record in place (records are replaced)', async () => {
    const temp = await fixture()
    expect(() => temp.core.db.prepare("UPDATE search_records SET day = '2000-01-01'").run()).toThrow(/replaced, never updated/)
  })
})

describe('verifySearchIndex and rebuildSearchIndex', () => {
  it('finds nothing wrong with a journal kept by the triggers', async () => {
    const temp = await fixture()
    await invoke(temp.core, 'calls.delete', { id: 'call-03' })
    await invoke(temp.core, 'reps.update', { id: 'rep-marcus', name: 'Marcus Leigh' })
    await invoke(temp.core, 'sessions.update', { id: 'session-02', skill: 'Silence' })
    expect(verifySearchIndex(temp.core.db)).toEqual([])
  })

  it('notices text the index missed, a missing record and a stray row — and a rebuild mends them', async () => {
    const temp = await fixture()
    const db = temp.core.db
    // Edits made behind the triggers' back.
    db.exec('DROP TRIGGER search_debrief_updated')
    db.prepare("UPDATE debriefs SET lesson = 'Count to seventeen' WHERE call_id = 'call-07'").run()
    expect(verifySearchIndex(db)).toEqual(['search index: the words of call "call-07" are out of date'])

    db.exec('DROP TRIGGER search_record_removed')
    db.prepare("DELETE FROM search_records WHERE record_id = 'call-02'").run()
    db.prepare("INSERT INTO search_index (rowid, lesson) VALUES (999999, 'stray')").run()
    expect(verifySearchIndex(db)).toEqual([
      'search index: call "call-02" is missing or out of date',
      'search index: 2 full-text rows belong to no record',
      'search index: 1 word-list rows belong to no record',
    ])

    rebuildSearchIndex(db)
    expect(verifySearchIndex(db)).toEqual([])
    expect(count(temp, '"seventeen"')).toBe(1)
    expect(count(temp, '"stray"')).toBe(0)
    expect(count(temp, '"northwind"')).toBe(3)
  })
})
