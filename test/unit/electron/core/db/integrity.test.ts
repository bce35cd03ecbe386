import fs from 'node:fs'
import Database from 'better-sqlite3-multiple-ciphers'
import { afterEach, describe, expect, it } from 'vitest'
import { checkDatabase } from '../../../../../electron/core/db/integrity'
import { SCHEMA_VERSION } from '../../../../../electron/core/db/migrations'
import { openCore } from '../../../../../electron/core/journal'
import { databasePath } from '../../../../../electron/core/paths'
import { plainTextToDoc } from '../../../../../shared/richText'
import { invoke, makeTempDataDir, openFixtureCore, openTempCore, type TempCore } from '../../../../helpers/tempJournal'

const temps: TempCore[] = []
afterEach(() => {
  for (const temp of temps.splice(0)) temp.cleanup()
})
const track = (temp: TempCore) => {
  temps.push(temp)
  return temp
}

describe('check()', () => {
  it('finds nothing wrong with a fresh journal or one holding the fixture', async () => {
    expect(track(openTempCore()).core.check()).toEqual({ ok: true, problems: [] })
    expect(track(await openFixtureCore()).core.check()).toEqual({ ok: true, problems: [] })
  })

  it('reports a call whose rep is missing (written with foreign keys off)', async () => {
    const { core } = track(await openFixtureCore())
    core.db.pragma('foreign_keys = OFF')
    core.db
      .prepare("INSERT INTO calls (id, rep_id, call_date, created_at, updated_at) VALUES ('orphan', 'rep-gone', '2026-11-02', 'x', 'x')")
      .run()
    core.db.pragma('foreign_keys = ON')
    const report = core.check()
    expect(report.ok).toBe(false)
    expect(report.problems).toEqual([expect.stringMatching(/^calls row \d+ points to a missing row in reps$/)])
  })

  it('reports rich text that does not parse, is not allowed, or disagrees with its plain text', async () => {
    const { core } = track(await openFixtureCore())
    core.db.prepare("UPDATE coaching_sessions SET notes_json = '{not json' WHERE id = 'session-01'").run()
    core.db.prepare(`UPDATE debriefs SET notes_json = '{"type":"doc","content":[{"type":"script"}]}' WHERE call_id = 'call-02'`).run()
    core.db.prepare("UPDATE debriefs SET private_notes_text = 'edited behind the app' WHERE call_id = 'call-07'").run()
    core.db.prepare("UPDATE prebriefs SET questions_json = '[1]' WHERE call_id = 'call-01'").run()
    expect(core.check().problems).toEqual([
      expect.stringMatching(/^debriefs "call-02" notes_json: content\[0\]\.type: Invalid option/),
      'debriefs "call-07" private_notes_json: the stored plain text does not match the document',
      'coaching_sessions "session-01" notes_json: not valid JSON',
      expect.stringMatching(/^prebriefs "call-01" questions_json: \[0\]: /),
    ])
  })

  it('reports days that do not exist, a missing settings row and a schema the app does not know', async () => {
    const { core } = track(await openFixtureCore())
    core.db.prepare("UPDATE calls SET call_date = '2026-02-30' WHERE id = 'call-03'").run()
    core.db.prepare("UPDATE reps SET started_on = 'soon' WHERE id = 'rep-dana'").run()
    core.db.prepare('DELETE FROM settings').run()
    core.db.prepare("INSERT INTO schema_migrations VALUES (?, 'future', 'x')").run(SCHEMA_VERSION + 1)
    const problems = core.check().problems
    expect(problems.slice(0, 4)).toEqual([
      `Schema version is ${SCHEMA_VERSION + 1}; this app expects ${SCHEMA_VERSION}`,
      'The settings row is missing',
      'reps "rep-dana" started_on: "soon" is not a calendar day',
      'calls "call-03" call_date: "2026-02-30" is not a calendar day',
    ])
    // Without settings there is no threshold, so calls whose stakes it decided no longer match
    // their metric rows: reported too, and nothing else.
    expect(problems.slice(4)).not.toHaveLength(0)
    for (const line of problems.slice(4)) expect(line).toMatch(/^The metrics row of call "call-\d+" does not match the call$/)
  })

  it('reports metric counts and a search index that no longer agree with the journal', async () => {
    const { core } = track(await openFixtureCore())
    // Written behind the triggers' backs, as a damaged or hand-edited file would be.
    core.db.prepare("DELETE FROM call_metrics WHERE call_id = 'call-01'").run()
    core.db.prepare("DELETE FROM search_records WHERE kind = 'rep' AND record_id = 'rep-dana'").run()
    const problems = core.check().problems
    expect(problems).toContain('The metrics row of call "call-01" does not match the call')
    expect(problems).toContain('search index: rep "rep-dana" is missing or out of date')
  })

  /**
   * Opening reads every table's and index's pages through table by table (journalHealth.ts), not
   * the whole-file quick_check, which also re-derives the full-text index: so garbage must be
   * found wherever it lands — a table, an index, the search index's own storage.
   */
  const damageTargets: [string, string][] = [
    ['a table', "SELECT 'coaching_sessions'"],
    ['an index', "SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'coaching_sessions' AND sql IS NOT NULL LIMIT 1"],
    ["the search index's storage", "SELECT 'search_index_data'"],
  ]
  it.each(damageTargets)('finds garbage written over a page of %s when it opens, and check() reports it', async (_what, objectQuery) => {
    const dataDir = makeTempDataDir()
    const first = openCore({ dataDir, face: 'cli', appVersion: 'test' })
    const rep = await invoke(first, 'reps.create', { name: 'Dana Ortiz' })
    const notes = plainTextToDoc('A coaching note long enough to fill pages. '.repeat(12))
    first.db.transaction(() => {
      for (let i = 0; i < 300; i++) {
        void first.handlers.sessions.create({ repId: rep.id, date: '2026-11-04', kind: 'drill', skill: `skill ${i}`, notes })
      }
    })()
    // Without free pages every page belongs to a table or index, so the page overwritten below is
    // one the checks read (garbage on a free page goes unnoticed, whatever the migrations lay out).
    first.db.exec('VACUUM')
    const pageSize = first.db.pragma('page_size', { simple: true }) as number
    const object = first.db.prepare(objectQuery).pluck().get() as string
    const pages = first.db.prepare("SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno").pluck().all(object) as number[]
    first.close()
    expect(pages.length).toBeGreaterThan(1)

    const file = databasePath(dataDir)
    const page = pages[Math.floor(pages.length / 2)] ?? 0
    const fd = fs.openSync(file, 'r+')
    fs.writeSync(fd, Buffer.alloc(pageSize, 0xa5), 0, pageSize, (page - 1) * pageSize)
    fs.closeSync(fd)

    // Opening it finds the damage first and refuses, for recovery to take over.
    expect(() => openCore({ dataDir, face: 'cli', appVersion: 'test' })).toThrow(expect.objectContaining({ code: 'NEEDS_RECOVERY' }) as Error)
    const damaged = new Database(file, { readonly: true })
    try {
      const report = checkDatabase(damaged)
      expect(report.ok).toBe(false)
      expect(report.problems[0]).toMatch(/^integrity_check: /)
    } finally {
      damaged.close()
      fs.rmSync(dataDir, { recursive: true, force: true })
    }
  })
})
