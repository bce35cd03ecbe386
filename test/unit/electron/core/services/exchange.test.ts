import type Database from 'better-sqlite3-multiple-ciphers'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { ImportPreview } from '../../../../../shared/contract'
import { DEFAULT_SETTINGS } from '../../../../../shared/entities'
import type { JournalFile } from '../../../../../shared/journalFile'
import {
  invoke,
  invokeResult,
  openFixtureCore,
  openTempCore,
  readFixture,
  type TempCore,
} from '../../../../helpers/tempJournal'

const temps: TempCore[] = []
const open = () => {
  const temp = openTempCore()
  temps.push(temp)
  return temp.core
}
afterEach(() => {
  vi.useRealTimers()
  for (const temp of temps.splice(0)) temp.cleanup()
})

const fixtureText = readFixture('journal-small.json')
const fixture = JSON.parse(fixtureText) as JournalFile
/** A deep copy of the fixture to edit. */
const editable = () => JSON.parse(fixtureText) as Record<string, unknown> & JournalFile

/** Every row of every table: what "the journal was left exactly as it was" means. */
function snapshot(db: Database.Database) {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]
  const rows = (name: string) => db.prepare(`SELECT * FROM "${name}"`).all().map((row) => JSON.stringify(row)).sort()
  return Object.fromEntries(tables.map(({ name }) => [name, rows(name)]))
}
const totalChanges = (db: Database.Database) => (db.prepare('SELECT total_changes() AS n').get() as { n: number }).n

const counts = (added: number, updated: number, unchanged: number, newerInJournal = 0) => ({ added, updated, unchanged, newerInJournal })
/** The counts of importing the fixture: 3 reps, 12 calls (11 pre-briefs, 9 debriefs), 5 sessions, all in one verdict. */
const fixtureCounts = (verdict: 'added' | 'unchanged') => {
  const all = (n: number) => (verdict === 'added' ? counts(n, 0, 0) : counts(0, 0, n))
  // The fixture predates skill decisions: the two skills its debriefs closed by the old rule (seen
  // done on a later call that set out to observe them) read as decisions that they were mastered.
  return { reps: all(3), calls: all(12), prebriefs: all(11), debriefs: all(9), sessions: all(5), skills: all(2) }
}
const NO_TALK = { asks: null, tells: null, rootCause: null, rootCauseNote: null }
const FIXTURE_FILE_INFO = { writtenBy: null, exportedAt: '2026-11-23T10:00:00.000Z' }
/** A record as the journal keeps it after importing the fixture: dated by the file when it has no date of its own. */
const dated = <T extends { updatedAt?: string | null }>(record: T) => ({ ...record, updatedAt: record.updatedAt ?? fixture.exportedAt })
const datedCall = (call: JournalFile['calls'][number]) => ({
  ...dated(call),
  prebrief: call.prebrief && dated(call.prebrief),
  debrief: call.debrief && dated(call.debrief),
})

describe('journal.export', () => {
  it('writes an empty journal as a valid file with the default settings', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-11-23T10:00:00.000Z'))
    expect(await invoke(open(), 'journal.export', {})).toEqual({
      format: 'coachbook',
      version: 1,
      writtenBy: { app: 'Coachbook', version: '0.0.0-test' },
      exportedAt: '2026-11-23T10:00:00.000Z',
      settings: DEFAULT_SETTINGS,
      reps: [],
      calls: [],
      sessions: [],
      skills: [],
    })
  })

  it('spells out every field of DOMAIN.md, in its order, private notes included', async () => {
    const core = open()
    await invoke(core, 'journal.import', { text: fixtureText })
    const file = await invoke(core, 'journal.export', {})
    const call = file.calls.find((c) => c.id === 'call-07')
    expect(Object.keys(file)).toEqual(['format', 'version', 'writtenBy', 'exportedAt', 'settings', 'reps', 'calls', 'sessions', 'skills'])
    expect(Object.keys(file.settings)).toEqual(['interstateThreshold', 'currency', 'paperSize', 'weekStart'])
    expect(Object.keys(file.reps[0] ?? {})).toEqual(['id', 'name', 'title', 'startedOn', 'archived', 'updatedAt'])
    expect(Object.keys(call ?? {})).toEqual([
      'id', 'repId', 'date', 'time', 'account', 'opportunity', 'dealValue', 'stage', 'stakes', 'cancelled', 'updatedAt', 'prebrief', 'debrief',
    ])
    expect(Object.keys(call?.prebrief ?? {})).toEqual([
      'plannedRole', 'purpose', 'objective', 'nextStep', 'leads', 'questions', 'interventionRule', 'takeoverRisk',
      'skillFocus', 'notes', 'updatedAt',
    ])
    expect(Object.keys(call?.debrief ?? {})).toEqual([
      'actualRole', 'outcome', 'rescueInitiator', 'rescueFear', 'asks', 'tells', 'repSelfAssessment', 'rootCause',
      'rootCauseNote', 'lesson', 'skillObserved', 'skillToDrill', 'drillType', 'drillReps', 'notes', 'privateNotes', 'completedAt',
      'updatedAt',
    ])
    expect(Object.keys(file.sessions[0] ?? {})).toEqual([
      'id', 'repId', 'date', 'kind', 'skill', 'minutes', 'asks', 'tells', 'rootCause', 'rootCauseNote', 'notes', 'updatedAt',
    ])
    expect(JSON.stringify(call?.debrief?.privateNotes)).toContain('End of quarter fear')
  })

  it('orders reps by name and calls and sessions by date, whatever order they were entered in', async () => {
    const core = open()
    const zoe = await invoke(core, 'reps.create', { name: 'Zoe' })
    const amy = await invoke(core, 'reps.create', { name: 'amy' })
    await invoke(core, 'calls.create', { repId: zoe.id, date: '2026-11-03', account: 'third' })
    await invoke(core, 'calls.create', { repId: zoe.id, date: '2026-11-02', time: '10:00', account: 'second' })
    await invoke(core, 'calls.create', { repId: amy.id, date: '2026-11-02', account: 'first (no time)' })
    await invoke(core, 'sessions.create', { repId: zoe.id, date: '2026-11-05', kind: 'drill', skill: 'later' })
    await invoke(core, 'sessions.create', { repId: zoe.id, date: '2026-11-01', kind: 'drill', skill: 'earlier' })
    const file = await invoke(core, 'journal.export', {})
    expect(file.reps.map((r) => r.name)).toEqual(['amy', 'Zoe'])
    expect(file.calls.map((c) => c.account)).toEqual(['first (no time)', 'second', 'third'])
    expect(file.sessions.map((s) => s.skill)).toEqual(['earlier', 'later'])
  })
})

describe('journal.import into an empty journal', () => {
  it('adds every record, takes the settings, and exports them back record by record', async () => {
    const core = open()
    expect(await invoke(core, 'journal.import', { text: fixtureText })).toEqual({
      ...fixtureCounts('added'),
      takesSettings: true,
      ...FIXTURE_FILE_INFO,
      tookFileVersions: false,
    })
    const exported = await invoke(core, 'journal.export', {})
    expect(exported.settings).toEqual(fixture.settings)
    expect(exported.reps.map((r) => r.id)).toEqual(fixture.reps.map((r) => r.id))
    expect(exported.calls.map((c) => c.id)).toEqual(fixture.calls.map((c) => c.id))
    expect(exported.sessions.map((s) => s.id)).toEqual(fixture.sessions.map((s) => s.id))
    // Records the file does not date are dated by its exportedAt: they were last changed no later.
    fixture.reps.forEach((rep, i) => expect(exported.reps[i], rep.id).toEqual(dated(rep)))
    fixture.calls.forEach((call, i) => expect(exported.calls[i], call.id).toEqual(datedCall(call)))
    // Its sessions predate the ask/tell fields, which read as not recorded.
    fixture.sessions.forEach((session, i) => expect(exported.sessions[i], session.id).toEqual({ ...NO_TALK, ...dated(session) }))
  })

  it('gives back the same journal after export → import → export', async () => {
    const first = open()
    await invoke(first, 'journal.import', { text: fixtureText })
    const rep = await invoke(first, 'reps.create', { name: 'Lee Chen', title: 'SDR' })
    await invoke(first, 'reps.update', { id: rep.id, archived: true })
    const call = await invoke(first, 'calls.create', { repId: rep.id, date: '2026-11-20', dealValue: 1234.5 })
    await invoke(first, 'debriefs.save', { callId: call.id, debrief: { actualRole: 'crutch', skillObserved: true } })
    const exported = await invoke(first, 'journal.export', {})

    const second = open()
    await invoke(second, 'journal.import', { text: JSON.stringify(exported) })
    const again = await invoke(second, 'journal.export', {})
    expect({ ...again, exportedAt: null }).toEqual({ ...exported, exportedAt: null })
  })
})

describe('importing the same file again', () => {
  it('finds everything unchanged and writes nothing', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-11-23T10:00:00.000Z'))
    const core = open()
    await invoke(core, 'journal.import', { text: fixtureText })
    const before = snapshot(core.db)
    const changes = totalChanges(core.db)
    vi.setSystemTime(new Date('2026-11-24T10:00:00.000Z'))

    expect(await invoke(core, 'journal.import', { text: fixtureText })).toEqual({
      ...fixtureCounts('unchanged'),
      takesSettings: false,
      ...FIXTURE_FILE_INFO,
      tookFileVersions: false,
    })
    expect(totalChanges(core.db)).toBe(changes)
    expect(snapshot(core.db)).toEqual(before)
  })

  it('takes no backup when it would write nothing, and one before it writes', async () => {
    const core = open()
    const beforeImports = async () => (await invoke(core, 'backups.list', {})).filter((b) => b.kind === 'before-import').length
    await invoke(core, 'journal.import', { text: fixtureText })
    // Into an empty journal: nothing to lose, no copy (as before).
    expect(await beforeImports()).toBe(0)
    await invoke(core, 'journal.import', { text: fixtureText })
    expect(await beforeImports()).toBe(0)
    // A record the journal has changed since is kept, so the same file still writes nothing…
    await invoke(core, 'reps.update', { id: fixture.reps[0]!.id, title: 'Changed here' })
    expect(await invoke(core, 'journal.import', { text: fixtureText })).toMatchObject({ reps: counts(0, 0, 2, 1) })
    expect(await beforeImports()).toBe(0)
    // …unless the file's versions are taken: that writes, after a copy of the journal.
    expect(await invoke(core, 'journal.import', { text: fixtureText, takeFileVersions: true })).toMatchObject({ reps: counts(0, 0, 2, 1) })
    expect((await invoke(core, 'reps.get', { id: fixture.reps[0]!.id })).title).toBe(fixture.reps[0]!.title)
    expect(await beforeImports()).toBe(1)
    const file = editable()
    file.calls.push({ ...file.calls[0]!, id: 'call-new', prebrief: null, debrief: null })
    await invoke(core, 'journal.import', { text: JSON.stringify(file) })
    expect(await beforeImports()).toBe(2)
  })

  it('counts a record whose keys come in another order as unchanged', async () => {
    const core = open()
    await invoke(core, 'journal.import', { text: fixtureText })
    const file = editable()
    file.reps = file.reps.map((rep) => Object.fromEntries(Object.entries(rep).reverse()) as typeof rep)
    file.calls = file.calls.map((call) => Object.fromEntries(Object.entries(call).reverse()) as typeof call)
    expect(await invoke(core, 'journal.previewImport', { text: JSON.stringify(file) })).toMatchObject({
      reps: counts(0, 0, 3),
      calls: counts(0, 0, 12),
    })
  })
})

describe('importing a changed file', () => {
  it('updates by id where the file is newer, and adds what is new', async () => {
    const core = open()
    await invoke(core, 'journal.import', { text: fixtureText })
    const file = editable()
    // A later export of the same journal: its undated records are dated by it.
    file.exportedAt = '2026-11-30T10:00:00.000Z'
    file.reps[1] = { ...file.reps[1]!, title: 'Senior Account Executive' }
    file.calls[0] = { ...file.calls[0]!, account: 'Acme Corporation' }
    file.calls[4] = { ...file.calls[4]!, debrief: { ...file.calls[4]!.debrief!, outcome: 'won' } }
    file.calls.push({ ...file.calls[0], id: 'call-13', date: '2026-11-27', prebrief: null, debrief: null })
    file.sessions[0] = { ...file.sessions[0]!, minutes: 45 }

    const expected: ImportPreview = {
      reps: counts(0, 1, 2),
      calls: counts(1, 1, 11),
      prebriefs: counts(0, 0, 11),
      debriefs: counts(0, 1, 8),
      sessions: counts(0, 1, 4),
      skills: counts(0, 0, 2),
      takesSettings: false,
      writtenBy: null,
      exportedAt: '2026-11-30T10:00:00.000Z',
    }
    expect(await invoke(core, 'journal.previewImport', { text: JSON.stringify(file) })).toEqual(expected)
    expect(await invoke(core, 'journal.import', { text: JSON.stringify(file) })).toEqual({ ...expected, tookFileVersions: false })

    expect((await invoke(core, 'reps.get', { id: 'rep-marcus' })).title).toBe('Senior Account Executive')
    expect((await invoke(core, 'calls.get', { id: 'call-01' })).call.account).toBe('Acme Corporation')
    expect((await invoke(core, 'calls.get', { id: 'call-05' })).debrief?.outcome).toBe('won')
    expect((await invoke(core, 'calls.get', { id: 'call-13' })).call.date).toBe('2026-11-27')
  })

  it('never removes a brief the file does not carry, even when told to take the file\'s versions', async () => {
    const core = open()
    await invoke(core, 'journal.import', { text: fixtureText })
    const file = editable()
    file.exportedAt = '2026-11-30T10:00:00.000Z'
    file.calls[0] = { ...file.calls[0]!, prebrief: null }
    await invoke(core, 'journal.import', { text: JSON.stringify(file), takeFileVersions: true })
    const detail = await invoke(core, 'calls.get', { id: 'call-01' })
    expect(detail.prebrief).toEqual(fixture.calls[0]?.prebrief)
    expect(detail.debrief).toEqual(dated(fixture.calls[0]!.debrief!))
  })

  it('adds briefs to calls the journal has, then updates them, each written the way its verdict says', async () => {
    // New records are inserted and changed ones upserted (db/briefs.ts `savePrebrief`): a brief
    // added to a call the journal already has, then the same brief changed, take each path in turn.
    const core = open()
    const bare = editable()
    bare.calls = bare.calls.map((call) => ({ ...call, prebrief: null, debrief: null }))
    await invoke(core, 'journal.import', { text: JSON.stringify(bare) })
    expect((await invoke(core, 'calls.get', { id: 'call-01' })).prebrief).toBeNull()

    const summary = await invoke(core, 'journal.import', { text: fixtureText })
    expect(summary).toMatchObject({ calls: counts(0, 0, 12), prebriefs: counts(11, 0, 0), debriefs: counts(9, 0, 0) })
    const added = await invoke(core, 'calls.get', { id: 'call-01' })
    expect(added.prebrief).toEqual(dated(fixture.calls[0]!.prebrief!))
    expect(added.debrief).toEqual(dated(fixture.calls[0]!.debrief!))

    const file = editable()
    file.exportedAt = '2026-11-30T10:00:00.000Z'
    const later = '2026-11-30T09:00:00.000Z'
    file.calls[0] = {
      ...file.calls[0]!,
      prebrief: { ...file.calls[0]!.prebrief!, takeoverRisk: 80, updatedAt: later },
      debrief: { ...file.calls[0]!.debrief!, asks: 11, updatedAt: later },
    }
    const again = await invoke(core, 'journal.import', { text: JSON.stringify(file) })
    expect(again).toMatchObject({ prebriefs: counts(0, 1, 10), debriefs: counts(0, 1, 8) })
    const updated = await invoke(core, 'calls.get', { id: 'call-01' })
    expect([updated.prebrief?.takeoverRisk, updated.debrief?.asks]).toEqual([80, 11])
    const check = (sql: string) => core.db.prepare(sql).pluck().get()
    expect(check('SELECT COUNT(*) FROM prebriefs')).toBe(11)
    expect(check('SELECT COUNT(*) FROM debriefs')).toBe(9)
  })

  it('keeps records the file does not mention', async () => {
    const core = open()
    await invoke(core, 'journal.import', { text: fixtureText })
    const mine = await invoke(core, 'calls.create', { repId: 'rep-dana', date: '2026-11-30' })
    await invoke(core, 'journal.import', { text: fixtureText })
    expect((await invoke(core, 'calls.get', { id: mine.id })).call).toEqual(mine)
  })
})

describe('importing an older file over a journal that has moved on', () => {
  /** A journal holding the fixture, an export of it (last week's backup), then a week of work. */
  async function movedOn() {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-11-24T09:00:00.000Z'))
    const core = open()
    await invoke(core, 'journal.import', { text: fixtureText })
    const older = JSON.stringify(await invoke(core, 'journal.export', {}))
    vi.setSystemTime(new Date('2026-12-01T09:00:00.000Z'))
    await invoke(core, 'reps.update', { id: 'rep-marcus', title: 'Team Lead' })
    await invoke(core, 'calls.update', { id: 'call-01', account: 'Acme Corporation' })
    const call05 = await invoke(core, 'calls.get', { id: 'call-05' })
    await invoke(core, 'debriefs.save', { callId: 'call-05', debrief: { ...call05.debrief!, lesson: 'Written this week' } })
    await invoke(core, 'prebriefs.save', { callId: 'call-05', prebrief: { ...call05.prebrief!, objective: 'Planned this week' } })
    await invoke(core, 'sessions.update', { id: 'session-01', minutes: 45 })
    return { core, older }
  }

  it('keeps every record changed since the file was written, and the preview says how many', async () => {
    const { core, older } = await movedOn()
    const preview = await invoke(core, 'journal.previewImport', { text: older })
    expect(preview).toMatchObject({
      reps: counts(0, 0, 2, 1),
      calls: counts(0, 0, 11, 1),
      prebriefs: counts(0, 0, 10, 1),
      debriefs: counts(0, 0, 8, 1),
      sessions: counts(0, 0, 4, 1),
      writtenBy: 'Coachbook 0.0.0-test',
      exportedAt: '2026-11-24T09:00:00.000Z',
    })
    const before = snapshot(core.db)
    expect(await invoke(core, 'journal.import', { text: older })).toEqual({ ...preview, tookFileVersions: false })
    expect(snapshot(core.db)).toEqual(before)
    expect((await invoke(core, 'reps.get', { id: 'rep-marcus' })).title).toBe('Team Lead')
    const call05 = await invoke(core, 'calls.get', { id: 'call-05' })
    expect([call05.debrief?.lesson, call05.prebrief?.objective]).toEqual(['Written this week', 'Planned this week'])
  })

  it('takes the file\'s versions only when asked, stamped as a change made now', async () => {
    const { core, older } = await movedOn()
    const summary = await invoke(core, 'journal.import', { text: older, takeFileVersions: true })
    expect(summary).toMatchObject({ reps: counts(0, 0, 2, 1), tookFileVersions: true })
    expect((await invoke(core, 'reps.get', { id: 'rep-marcus' })).title).toBe('Account Executive')
    expect((await invoke(core, 'calls.get', { id: 'call-01' })).call.account).toBe('Acme Corp')
    expect((await invoke(core, 'calls.get', { id: 'call-05' })).debrief?.lesson).toBe(fixture.calls[4]?.debrief?.lesson)
    // Stepping back is a change made now (open windows must take it in); the content is the
    // file's again, so the same file now finds it unchanged.
    const file = JSON.parse(older) as JournalFile
    const fileTime = file.reps.find((r) => r.id === 'rep-marcus')?.updatedAt ?? ''
    const stored = (await invoke(core, 'journal.export', {})).reps.find((r) => r.id === 'rep-marcus')?.updatedAt ?? ''
    expect(Date.parse(stored)).toBeGreaterThan(Date.parse(fileTime))
    expect(await invoke(core, 'journal.previewImport', { text: older })).toMatchObject({ reps: counts(0, 0, 3), calls: counts(0, 0, 12) })
  })

  it('takes a newer file\'s versions by default, with their times', async () => {
    const { core } = await movedOn()
    vi.setSystemTime(new Date('2026-12-02T09:00:00.000Z'))
    const newer = await invoke(core, 'journal.export', {})
    newer.reps = newer.reps.map((rep) => (rep.id === 'rep-marcus' ? { ...rep, title: 'Director', updatedAt: '2026-12-02T08:00:00.000Z' } : rep))
    expect(await invoke(core, 'journal.import', { text: JSON.stringify(newer) })).toMatchObject({ reps: counts(0, 1, 2) })
    expect((await invoke(core, 'reps.get', { id: 'rep-marcus' })).title).toBe('Director')
    expect(core.db.prepare("SELECT updated_at FROM reps WHERE id = 'rep-marcus'").get()).toEqual({ updated_at: '2026-12-02T08:00:00.000Z' })
  })

  it('keeps the journal\'s version when the times are equal or the file cannot date its record', async () => {
    const { core } = await movedOn()
    const sameTime = await invoke(core, 'journal.export', {})
    sameTime.reps = sameTime.reps.map((rep) => (rep.id === 'rep-marcus' ? { ...rep, title: 'Same instant' } : rep))
    expect(await invoke(core, 'journal.previewImport', { text: JSON.stringify(sameTime) })).toMatchObject({ reps: counts(0, 0, 2, 1) })
    const undated = { format: 'coachbook', version: 1, reps: [{ id: 'rep-marcus', name: 'Marcus Lee', title: 'No date' }] }
    expect(await invoke(core, 'journal.import', { text: JSON.stringify(undated) })).toMatchObject({ reps: counts(0, 0, 0, 1) })
    expect((await invoke(core, 'reps.get', { id: 'rep-marcus' })).title).toBe('Team Lead')
  })
})

describe('a file from a newer Coachbook', () => {
  it('is refused as NEWER_SCHEMA, naming the app that wrote it, and changes nothing', async () => {
    const core = open()
    await invoke(core, 'journal.import', { text: fixtureText })
    const before = snapshot(core.db)
    const file = { ...fixture, version: 2, writtenBy: { app: 'Coachbook', version: '3.1.0' } }
    for (const channel of ['journal.previewImport', 'journal.import'] as const) {
      expect(await invokeResult(core, channel, { text: JSON.stringify(file) })).toEqual({
        ok: false,
        error: {
          code: 'NEWER_SCHEMA',
          message:
            'This journal file was written by Coachbook 3.1.0 in format version 2; this Coachbook (0.0.0-test) reads format version 1. ' +
            'Update Coachbook, then import the file again. Nothing was imported.',
        },
      })
    }
    const anonymous = await invokeResult(core, 'journal.import', { text: JSON.stringify({ ...fixture, version: 5 }) })
    expect(anonymous).toMatchObject({ ok: false, error: { code: 'NEWER_SCHEMA', message: expect.stringContaining('written by a newer Coachbook in format version 5') as string } })
    expect(snapshot(core.db)).toEqual(before)
  })

  it('is read when it keeps format version 1, whatever its extra fields', async () => {
    const core = open()
    const file = { ...fixture, writtenBy: { app: 'Coachbook', version: '9.0.0' }, futureField: { anything: true } }
    expect(await invoke(core, 'journal.import', { text: JSON.stringify(file) })).toMatchObject({ writtenBy: 'Coachbook 9.0.0', reps: counts(3, 0, 0) })
  })
})

describe('journal.previewImport', () => {
  it('answers the counts import would give and writes nothing', async () => {
    const core = open()
    await invoke(core, 'reps.create', { name: 'Already here' })
    const before = snapshot(core.db)
    const changes = totalChanges(core.db)
    expect(await invoke(core, 'journal.previewImport', { text: fixtureText })).toEqual({
      ...fixtureCounts('added'),
      takesSettings: false,
      ...FIXTURE_FILE_INFO,
    })
    expect(totalChanges(core.db)).toBe(changes)
    expect(snapshot(core.db)).toEqual(before)
  })

  it('refuses an invalid file the way import does', async () => {
    const core = open()
    expect(await invokeResult(core, 'journal.previewImport', { text: readFixture('journal-bad-role.json') })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', issues: [{ path: 'calls[1].debrief.actualRole' }] },
    })
  })
})

describe('a file that is not valid', () => {
  /** Imports `text` into a journal holding the fixture and checks the journal did not change at all. */
  async function refused(text: string) {
    const { core, cleanup } = await openFixtureCore()
    temps.push({ core, dataDir: '', cleanup })
    const before = snapshot(core.db)
    const changes = totalChanges(core.db)
    const result = await invokeResult(core, 'journal.import', { text })
    expect(totalChanges(core.db)).toBe(changes)
    expect(snapshot(core.db)).toEqual(before)
    if (result.ok) throw new Error('the file was accepted')
    return result.error
  }

  it('is refused whole, naming the first bad field exactly', async () => {
    const error = await refused(readFixture('journal-bad-role.json'))
    expect(error.code).toBe('INVALID_INPUT')
    expect(error.message).toMatch(/^calls\[1\]\.debrief\.actualRole: Invalid option/)
    expect(error.issues?.[0]?.path).toBe('calls[1].debrief.actualRole')
  })

  it('is refused when one field deep in a large file is wrong', async () => {
    const file = editable()
    ;(file.calls[9]!.prebrief as Record<string, unknown>)['takeoverRisk'] = 150
    const error = await refused(JSON.stringify(file))
    expect(error).toMatchObject({
      code: 'INVALID_INPUT',
      message: 'calls[9].prebrief.takeoverRisk: Use a number from 0 to 100',
      issues: [{ path: 'calls[9].prebrief.takeoverRisk' }],
    })
  })

  it('is refused when a call or session names a rep neither the file nor the journal has', async () => {
    const file = editable()
    file.calls[3] = { ...file.calls[3]!, repId: 'rep-ghost' }
    file.sessions[1] = { ...file.sessions[1]!, repId: 'rep-ghost' }
    const error = await refused(JSON.stringify(file))
    expect(error).toEqual({
      code: 'INVALID_INPUT',
      message: 'calls[3].repId: No rep with id "rep-ghost" in this file or in the journal',
      issues: [
        { path: 'calls[3].repId', message: 'No rep with id "rep-ghost" in this file or in the journal' },
        { path: 'sessions[1].repId', message: 'No rep with id "rep-ghost" in this file or in the journal' },
      ],
    })
  })

  it('is refused for a link to a script, a duplicate id, or another format', async () => {
    const unsafe = editable()
    const notes = unsafe.calls[0]!.debrief!.notes!
    notes.content = [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }] }]
    expect((await refused(JSON.stringify(unsafe))).message).toBe(
      'calls[0].debrief.notes.content[0].content[0].marks[0].attrs.href: Links must use http, https or mailto',
    )

    const duplicate = editable()
    duplicate.reps.push({ ...duplicate.reps[0]!, name: 'Copy' })
    expect((await refused(JSON.stringify(duplicate))).message).toBe('reps[3].id: Duplicate id "rep-dana"')

    expect((await refused(JSON.stringify({ ...fixture, format: 'notes' }))).message).toBe(
      'format: This is not a Coachbook journal file',
    )
    expect((await refused(JSON.stringify({ ...fixture, version: 0 }))).message).toBe(
      'version: This journal file version is not supported',
    )
  })

  it('is refused when it is not JSON, naming the line and column', async () => {
    const text = '{\n  "format": "coachbook",\n  "version": 1,,\n}'
    expect(await refused(text)).toEqual({
      code: 'INVALID_INPUT',
      message: expect.stringMatching(/^The file is not valid JSON: .+ at line 3, column 16$/) as string,
    })
    expect(await refused('{"format": "coachbook"')).toMatchObject({ message: expect.stringMatching(/at line 1, column 23$/) as string })
    expect(await refused('  ')).toEqual({ code: 'INVALID_INPUT', message: 'The file is empty' })
  })

  it('writes nothing when a write fails half way through', async () => {
    const core = open()
    core.db.exec("CREATE TEMP TRIGGER refuse_sessions BEFORE INSERT ON coaching_sessions BEGIN SELECT RAISE(ABORT, 'disk said no'); END")
    const before = snapshot(core.db)
    // SQLite's own words stay in the log; the answer is a sentence with the error id.
    const result = await invokeResult(core, 'journal.import', { text: fixtureText })
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL', message: expect.stringMatching(/unexpected problem.*\(error [A-Z2-9]{8}\)/) as string } })
    expect(JSON.stringify(result)).not.toContain('disk said no')
    expect(snapshot(core.db)).toEqual(before)
    expect(await invoke(core, 'settings.get', {})).toEqual(DEFAULT_SETTINGS)
  })
})

describe('lenient reading', () => {
  it('ignores unknown fields, at every level', async () => {
    const core = open()
    const file = editable() as unknown as Record<string, unknown> & { reps: object[]; calls: { prebrief: object }[] }
    file['generator'] = 'another app'
    file.reps[0] = { ...file.reps[0], mood: 'great' }
    file.calls[0]!.prebrief = { ...file.calls[0]!.prebrief, weather: 'rain' }
    await invoke(core, 'journal.import', { text: JSON.stringify(file) })
    const exported = await invoke(core, 'journal.export', {})
    expect(exported.reps[0]).toEqual(dated(fixture.reps[0]!))
    expect(exported.calls[0]).toEqual(datedCall(fixture.calls[0]!))
  })

  it('reads missing optional fields as null (and flags as false)', async () => {
    const core = open()
    const minimal = {
      format: 'coachbook',
      version: 1,
      reps: [{ id: 'r1', name: 'Dana Ortiz' }],
      calls: [{ id: 'c1', repId: 'r1', date: '2026-11-02', prebrief: { plannedRole: 'crutch' }, debrief: { actualRole: 'crutch' } }],
      sessions: [{ id: 's1', repId: 'r1', date: '2026-11-04', kind: 'drill' }],
    }
    expect(await invoke(core, 'journal.import', { text: JSON.stringify(minimal) })).toMatchObject({ takesSettings: false })
    expect(await invoke(core, 'calls.get', { id: 'c1' })).toEqual({
      call: {
        id: 'c1', repId: 'r1', date: '2026-11-02', time: null, account: null, opportunity: null, dealValue: null,
        stage: null, stakes: null, cancelled: false,
      },
      rep: { id: 'r1', name: 'Dana Ortiz', title: null, startedOn: null, archived: false },
      effectiveStakes: 'sidewalk',
      prebrief: {
        plannedRole: 'crutch', purpose: null, objective: null, nextStep: null, leads: null, questions: [],
        interventionRule: null, takeoverRisk: null, skillFocus: null, notes: null, updatedAt: expect.any(String) as string,
      },
      debrief: {
        actualRole: 'crutch', outcome: null, rescueInitiator: null, rescueFear: null, asks: null, tells: null,
        repSelfAssessment: null, rootCause: null, rootCauseNote: null, lesson: null, skillObserved: null,
        skillToDrill: null, drillType: null, drillReps: null, notes: null, privateNotes: null, completedAt: null,
        // A file with no dates at all: the import is when these records changed in this journal.
        updatedAt: expect.any(String) as string,
      },
    })
    expect(await invoke(core, 'sessions.list', {})).toEqual([
      {
        id: 's1', repId: 'r1', date: '2026-11-04', kind: 'drill', skill: null, minutes: null, ...NO_TALK, notes: null,
        updatedAt: expect.any(String) as string,
      },
    ])
  })

  it('accepts calls and sessions for reps the journal already has', async () => {
    const core = open()
    await invoke(core, 'journal.import', { text: fixtureText })
    const file = { format: 'coachbook', version: 1, calls: [{ id: 'c-new', repId: 'rep-priya', date: '2026-12-01' }] }
    expect(await invoke(core, 'journal.import', { text: JSON.stringify(file) })).toMatchObject({ calls: counts(1, 0, 0) })
  })

  it('reads a file that starts with a byte-order mark', async () => {
    const core = open()
    expect(await invoke(core, 'journal.import', { text: `\uFEFF${fixtureText}` })).toMatchObject({ reps: counts(3, 0, 0) })
  })
})

describe('settings on import', () => {
  it('are taken only into a journal with no reps, calls or sessions', async () => {
    const core = open()
    await invoke(core, 'reps.create', { name: 'Already here' })
    expect(await invoke(core, 'journal.import', { text: fixtureText })).toMatchObject({ takesSettings: false })
    expect(await invoke(core, 'settings.get', {})).toEqual(DEFAULT_SETTINGS)
  })

  it('fill in what the file states and keep the rest', async () => {
    const core = open()
    await invoke(core, 'settings.update', { paperSize: 'a4', interstateThreshold: 5 })
    const file = { format: 'coachbook', version: 1, settings: { currency: 'EUR', interstateThreshold: null } }
    expect(await invoke(core, 'journal.import', { text: JSON.stringify(file) })).toMatchObject({ takesSettings: true })
    expect(await invoke(core, 'settings.get', {})).toEqual({ ...DEFAULT_SETTINGS, paperSize: 'a4', currency: 'EUR', interstateThreshold: null })
  })

  it('are not taken from a file that has none', async () => {
    const core = open()
    await invoke(core, 'settings.update', { currency: 'GBP' })
    const file = { format: 'coachbook', version: 1, reps: [{ id: 'r1', name: 'Dana' }] }
    expect(await invoke(core, 'journal.import', { text: JSON.stringify(file) })).toMatchObject({ takesSettings: false })
    expect((await invoke(core, 'settings.get', {})).currency).toBe('GBP')
  })
})
