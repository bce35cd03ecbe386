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

const counts = (added: number, updated: number, unchanged: number) => ({ added, updated, unchanged })

describe('journal.export', () => {
  it('writes an empty journal as a valid file with the default settings', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-11-23T10:00:00.000Z'))
    expect(await invoke(open(), 'journal.export', {})).toEqual({
      format: 'coachbook',
      version: 1,
      exportedAt: '2026-11-23T10:00:00.000Z',
      settings: DEFAULT_SETTINGS,
      reps: [],
      calls: [],
      sessions: [],
    })
  })

  it('spells out every field of DOMAIN.md, in its order, private notes included', async () => {
    const core = open()
    await invoke(core, 'journal.import', { text: fixtureText })
    const file = await invoke(core, 'journal.export', {})
    const call = file.calls.find((c) => c.id === 'call-07')
    expect(Object.keys(file)).toEqual(['format', 'version', 'exportedAt', 'settings', 'reps', 'calls', 'sessions'])
    expect(Object.keys(file.settings)).toEqual(['interstateThreshold', 'currency', 'paperSize', 'weekStart'])
    expect(Object.keys(file.reps[0] ?? {})).toEqual(['id', 'name', 'title', 'startedOn', 'archived'])
    expect(Object.keys(call ?? {})).toEqual([
      'id', 'repId', 'date', 'time', 'account', 'opportunity', 'dealValue', 'stage', 'stakes', 'cancelled', 'prebrief', 'debrief',
    ])
    expect(Object.keys(call?.prebrief ?? {})).toEqual([
      'plannedRole', 'purpose', 'objective', 'nextStep', 'leads', 'questions', 'interventionRule', 'takeoverRisk',
      'skillFocus', 'notes', 'updatedAt',
    ])
    expect(Object.keys(call?.debrief ?? {})).toEqual([
      'actualRole', 'outcome', 'rescueInitiator', 'rescueFear', 'asks', 'tells', 'repSelfAssessment', 'rootCause',
      'rootCauseNote', 'lesson', 'skillObserved', 'skillToDrill', 'drillType', 'drillReps', 'notes', 'privateNotes', 'completedAt',
    ])
    expect(Object.keys(file.sessions[0] ?? {})).toEqual(['id', 'repId', 'date', 'kind', 'skill', 'minutes', 'notes'])
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
      reps: counts(3, 0, 0),
      calls: counts(12, 0, 0),
      sessions: counts(5, 0, 0),
      takesSettings: true,
    })
    const exported = await invoke(core, 'journal.export', {})
    expect(exported.settings).toEqual(fixture.settings)
    expect(exported.reps.map((r) => r.id)).toEqual(fixture.reps.map((r) => r.id))
    expect(exported.calls.map((c) => c.id)).toEqual(fixture.calls.map((c) => c.id))
    expect(exported.sessions.map((s) => s.id)).toEqual(fixture.sessions.map((s) => s.id))
    fixture.reps.forEach((rep, i) => expect(exported.reps[i], rep.id).toEqual(rep))
    fixture.calls.forEach((call, i) => expect(exported.calls[i], call.id).toEqual(call))
    fixture.sessions.forEach((session, i) => expect(exported.sessions[i], session.id).toEqual(session))
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
      reps: counts(0, 0, 3),
      calls: counts(0, 0, 12),
      sessions: counts(0, 0, 5),
      takesSettings: false,
    })
    expect(totalChanges(core.db)).toBe(changes)
    expect(snapshot(core.db)).toEqual(before)
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
  it('updates by id, the file winning, and adds what is new', async () => {
    const core = open()
    await invoke(core, 'journal.import', { text: fixtureText })
    const file = editable()
    file.reps[1] = { ...file.reps[1]!, title: 'Senior Account Executive' }
    file.calls[0] = { ...file.calls[0]!, account: 'Acme Corporation' }
    file.calls[4] = { ...file.calls[4]!, debrief: { ...file.calls[4]!.debrief!, outcome: 'won' } }
    file.calls.push({ ...file.calls[0], id: 'call-13', date: '2026-11-27', prebrief: null, debrief: null })
    file.sessions[0] = { ...file.sessions[0]!, minutes: 45 }

    const expected: ImportPreview = {
      reps: counts(0, 1, 2),
      calls: counts(1, 2, 10),
      sessions: counts(0, 1, 4),
      takesSettings: false,
    }
    expect(await invoke(core, 'journal.previewImport', { text: JSON.stringify(file) })).toEqual(expected)
    expect(await invoke(core, 'journal.import', { text: JSON.stringify(file) })).toEqual(expected)

    expect((await invoke(core, 'reps.get', { id: 'rep-marcus' })).title).toBe('Senior Account Executive')
    expect((await invoke(core, 'calls.get', { id: 'call-01' })).call.account).toBe('Acme Corporation')
    expect((await invoke(core, 'calls.get', { id: 'call-05' })).debrief?.outcome).toBe('won')
    expect((await invoke(core, 'calls.get', { id: 'call-13' })).call.date).toBe('2026-11-27')
  })

  it('replaces a call whole: a brief the file does not carry is removed', async () => {
    const core = open()
    await invoke(core, 'journal.import', { text: fixtureText })
    const file = editable()
    file.calls[0] = { ...file.calls[0]!, prebrief: null }
    await invoke(core, 'journal.import', { text: JSON.stringify(file) })
    const detail = await invoke(core, 'calls.get', { id: 'call-01' })
    expect(detail.prebrief).toBeNull()
    expect(detail.debrief).toEqual(fixture.calls[0]?.debrief)
  })

  it('keeps records the file does not mention', async () => {
    const core = open()
    await invoke(core, 'journal.import', { text: fixtureText })
    const mine = await invoke(core, 'calls.create', { repId: 'rep-dana', date: '2026-11-30' })
    await invoke(core, 'journal.import', { text: fixtureText })
    expect((await invoke(core, 'calls.get', { id: mine.id })).call).toEqual(mine)
  })
})

describe('journal.previewImport', () => {
  it('answers the counts import would give and writes nothing', async () => {
    const core = open()
    await invoke(core, 'reps.create', { name: 'Already here' })
    const before = snapshot(core.db)
    const changes = totalChanges(core.db)
    expect(await invoke(core, 'journal.previewImport', { text: fixtureText })).toEqual({
      reps: counts(3, 0, 0),
      calls: counts(12, 0, 0),
      sessions: counts(5, 0, 0),
      takesSettings: false,
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
    expect((await refused(JSON.stringify({ ...fixture, version: 2 }))).message).toBe(
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
    expect(await invokeResult(core, 'journal.import', { text: fixtureText })).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL', message: expect.stringContaining('disk said no') as string },
    })
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
    expect(exported.reps[0]).toEqual(fixture.reps[0])
    expect(exported.calls[0]).toEqual(fixture.calls[0])
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
        interventionRule: null, takeoverRisk: null, skillFocus: null, notes: null, updatedAt: null,
      },
      debrief: {
        actualRole: 'crutch', outcome: null, rescueInitiator: null, rescueFear: null, asks: null, tells: null,
        repSelfAssessment: null, rootCause: null, rootCauseNote: null, lesson: null, skillObserved: null,
        skillToDrill: null, drillType: null, drillReps: null, notes: null, privateNotes: null, completedAt: null,
      },
    })
    expect(await invoke(core, 'sessions.list', {})).toEqual([
      { id: 's1', repId: 'r1', date: '2026-11-04', kind: 'drill', skill: null, minutes: null, notes: null },
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
