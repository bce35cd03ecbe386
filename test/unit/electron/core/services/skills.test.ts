import fs from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { openConnection } from '../../../../../electron/core/db/connection'
import { MIGRATIONS, migrate } from '../../../../../electron/core/db/migrations'
import { databasePath } from '../../../../../electron/core/paths'
import type { JournalFile } from '../../../../../shared/journalFile'
import { invoke, invokeResult, makeTempDataDir, openTempCore, readFixture, type TempCore } from '../../../../helpers/tempJournal'
import { addCall, addRep } from './overview/journalScenes'

const temps: TempCore[] = []
const dirs: string[] = []
const open = (options: Parameters<typeof openTempCore>[0] = {}) => {
  const temp = openTempCore(options)
  temps.push(temp)
  return temp.core
}
afterEach(() => {
  for (const temp of temps.splice(0)) temp.cleanup()
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

const TODAY = '2026-11-15'
const skillsOf = async (core: ReturnType<typeof open>, repId: string) => invoke(core, 'skills.list', { repId, today: TODAY })

/** A rep with "Holding silence" opened on Oct 1 (3 repetitions planned), a session and an observed call since. */
async function practisedSkill() {
  const core = open()
  const rep = await addRep(core)
  await addCall(core, rep.id, '2026-10-01', { debrief: { skillToDrill: 'Holding silence', drillType: 'role_play', drillReps: 3 } })
  await invoke(core, 'sessions.create', { repId: rep.id, date: '2026-10-03', kind: 'role_play', skill: 'holding silence' })
  await addCall(core, rep.id, '2026-10-08', { prebrief: { skillFocus: 'Holding silence' }, debrief: { skillObserved: true } })
  return { core, rep }
}

describe('skills.update: target, mastered, dropped, and back', () => {
  it('counts sessions and observed calls toward the target, which the manager can change and give back', async () => {
    const { core, rep } = await practisedSkill()
    expect(await skillsOf(core, rep.id)).toMatchObject([{ skill: 'Holding silence', done: 2, target: 3, targetSetByYou: false }])
    const set = await invoke(core, 'skills.update', { repId: rep.id, skill: 'HOLDING silence', targetReps: 6, today: TODAY })
    expect(set).toMatchObject([{ done: 2, target: 6, targetSetByYou: true }])
    const back = await invoke(core, 'skills.update', { repId: rep.id, skill: 'Holding silence', targetReps: null, today: TODAY })
    expect(back).toMatchObject([{ target: 3, targetSetByYou: false }])
  })

  it('marks mastered or dropped with the day, and open again, keeping the target through it all', async () => {
    const { core, rep } = await practisedSkill()
    await invoke(core, 'skills.update', { repId: rep.id, skill: 'Holding silence', targetReps: 4 })
    const mastered = await invoke(core, 'skills.update', { repId: rep.id, skill: 'Holding silence', status: 'mastered', on: '2026-10-09', today: TODAY })
    expect(mastered).toMatchObject([{ status: 'mastered', statusOn: '2026-10-09', target: 4 }])
    const overview = await invoke(core, 'reps.overview', { id: rep.id, today: TODAY })
    expect([overview.openSkills.length, overview.closedSkills.map((s) => s.skill)]).toEqual([0, ['Holding silence']])
    const reopened = await invoke(core, 'skills.update', { repId: rep.id, skill: 'Holding silence', status: 'open', today: TODAY })
    expect(reopened).toMatchObject([{ status: 'open', statusOn: null, target: 4, done: 2 }])
    // Marked today when no day is given.
    const dropped = await invoke(core, 'skills.update', { repId: rep.id, skill: 'Holding silence', status: 'dropped', today: TODAY })
    expect(dropped).toMatchObject([{ status: 'dropped', statusOn: TODAY }])
  })

  it('refuses a skill no debrief of the rep asked to drill, an unknown rep and a bad target', async () => {
    const { core, rep } = await practisedSkill()
    expect(await invokeResult(core, 'skills.update', { repId: rep.id, skill: 'Cold calling', status: 'mastered' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
    expect(await invokeResult(core, 'skills.update', { repId: 'nobody', skill: 'Holding silence' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    for (const targetReps of [0, 1001, 2.5]) {
      expect(await invokeResult(core, 'skills.update', { repId: rep.id, skill: 'Holding silence', targetReps })).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT' },
      })
    }
    expect(await skillsOf(core, rep.id)).toMatchObject([{ target: 3, status: 'open' }])
  })

  it('moves decisions with a merged rep; where both decided, the rep kept keeps theirs', async () => {
    const core = open()
    const twice = await addRep(core, 'Dana O.')
    const kept = await addRep(core, 'Dana Ortiz')
    for (const rep of [twice, kept]) {
      await addCall(core, rep.id, '2026-10-01', { debrief: { skillToDrill: 'Holding silence' } })
    }
    await addCall(core, twice.id, '2026-10-02', { debrief: { skillToDrill: 'Discovery questions' } })
    await invoke(core, 'skills.update', { repId: twice.id, skill: 'Holding silence', targetReps: 9 })
    await invoke(core, 'skills.update', { repId: twice.id, skill: 'Discovery questions', status: 'dropped', on: '2026-10-05' })
    await invoke(core, 'skills.update', { repId: kept.id, skill: 'Holding silence', targetReps: 4 })
    await invoke(core, 'reps.merge', { id: twice.id, intoId: kept.id })
    expect((await skillsOf(core, kept.id)).map((s) => [s.skill, s.target, s.status])).toEqual([
      ['Discovery questions', 5, 'dropped'],
      ['Holding silence', 4, 'open'],
    ])
  })
})

describe('skill decisions and session talk in the journal file', () => {
  it('export → import gives back the same decisions and session tallies', async () => {
    const { core, rep } = await practisedSkill()
    await invoke(core, 'skills.update', { repId: rep.id, skill: 'Holding silence', targetReps: 4, status: 'mastered', on: '2026-10-09' })
    await invoke(core, 'sessions.create', {
      repId: rep.id, date: '2026-10-10', kind: 'one_on_one', skill: null, asks: 5, tells: 2, rootCause: 'messaging', rootCauseNote: 'Pitch too long',
    })
    const exported = await invoke(core, 'journal.export', {})
    expect(exported.skills).toEqual([
      { id: expect.any(String) as string, repId: rep.id, skill: 'Holding silence', targetReps: 4, status: 'mastered', statusOn: '2026-10-09', updatedAt: expect.any(String) as string },
    ])
    expect(exported.sessions.find((s) => s.kind === 'one_on_one')).toMatchObject({ asks: 5, tells: 2, rootCause: 'messaging', rootCauseNote: 'Pitch too long' })

    const second = open()
    const text = JSON.stringify(exported)
    expect(await invoke(second, 'journal.import', { text })).toMatchObject({ skills: { added: 1, updated: 0, unchanged: 0, newerInJournal: 0 } })
    expect({ ...(await invoke(second, 'journal.export', {})), exportedAt: null }).toEqual({ ...exported, exportedAt: null })
    expect(await invoke(second, 'journal.previewImport', { text })).toMatchObject({ skills: { added: 0, unchanged: 1 } })
  })

  it('follows the updatedAt rules: a newer decision in the journal is kept unless the file versions are taken', async () => {
    const { core, rep } = await practisedSkill()
    await invoke(core, 'skills.update', { repId: rep.id, skill: 'Holding silence', status: 'mastered', on: '2026-10-09' })
    const older = JSON.stringify(await invoke(core, 'journal.export', {}))
    await invoke(core, 'skills.update', { repId: rep.id, skill: 'Holding silence', status: 'open' })
    expect(await invoke(core, 'journal.import', { text: older })).toMatchObject({ skills: { newerInJournal: 1 } })
    expect((await skillsOf(core, rep.id))[0]?.status).toBe('open')
    await invoke(core, 'journal.import', { text: older, takeFileVersions: true })
    expect((await skillsOf(core, rep.id))[0]).toMatchObject({ status: 'mastered', statusOn: '2026-10-09' })
  })

  it('refuses a file deciding the same skill twice, or a closed skill without its day, naming the field', async () => {
    const core = open()
    const file = (skills: unknown[]) =>
      JSON.stringify({ format: 'coachbook', version: 1, reps: [{ id: 'r1', name: 'Dana' }], skills })
    const twice = await invokeResult(core, 'journal.import', {
      text: file([
        { id: 'k1', repId: 'r1', skill: 'Holding silence' },
        { id: 'k2', repId: 'r1', skill: 'holding  Silence' },
      ]),
    })
    expect(twice).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('skills[1].skill') as string } })
    const undated = await invokeResult(core, 'journal.import', { text: file([{ id: 'k1', repId: 'r1', skill: 'X', status: 'mastered' }]) })
    expect(undated).toMatchObject({ ok: false, error: { message: expect.stringContaining('skills[0].statusOn') as string } })
    expect(await invoke(core, 'reps.list', { includeArchived: true })).toEqual([])
  })

  it('imports an older file without skills, reading the skills its debriefs closed as mastered', async () => {
    const core = open()
    const file = JSON.parse(readFixture()) as JournalFile
    expect('skills' in file).toBe(false)
    await invoke(core, 'journal.import', { text: JSON.stringify(file) })
    // call-06 opened Priya's "Handling technical objections"; call-09 set out to observe it and saw it done.
    const priya = await invoke(core, 'reps.overview', { id: 'rep-priya', today: '2026-11-23' })
    expect(priya.openSkills).toEqual([])
    expect(priya.closedSkills.map((s) => [s.skill, s.status, s.statusOn])).toEqual([
      ['Handling technical objections', 'mastered', file.calls.find((c) => c.id === 'call-09')?.date],
    ])
    // Importing it again finds that decision unchanged.
    expect(await invoke(core, 'journal.previewImport', { text: JSON.stringify(file) })).toMatchObject({ skills: { added: 0, unchanged: 2 } })
  })
})

describe('migration 0007 from a version-6 journal', () => {
  it('records the skills the old rule had closed as mastered, so the open skills stay as they were', async () => {
    const dir = makeTempDataDir()
    dirs.push(dir)
    const db = openConnection(databasePath(dir))
    try {
      migrate(db, { migrations: MIGRATIONS.filter((m) => m.version <= 6) })
      const at = '2026-01-01T00:00:00.000Z'
      db.prepare('INSERT INTO reps (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)').run('r1', 'Dana', at, at)
      const call = db.prepare('INSERT INTO calls (id, rep_id, call_date, call_time, cancelled, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
      const debrief = db.prepare(
        "INSERT INTO debriefs (call_id, actual_role, skill_to_drill, skill_observed) VALUES (?, 'technical_expert', ?, ?)",
      )
      const prebrief = db.prepare("INSERT INTO prebriefs (call_id, planned_role, skill_focus) VALUES (?, 'technical_expert', ?)")
      // Closed: opened on c1, seen done on c2 (later the same day), seen again on c3.
      call.run('c1', 'r1', '2026-10-01', '09:00', 0, at, at)
      debrief.run('c1', 'Holding silence', null)
      call.run('c2', 'r1', '2026-10-01', '15:00', 0, at, at)
      prebrief.run('c2', '  HOLDING silence ')
      debrief.run('c2', null, 1)
      call.run('c3', 'r1', '2026-10-09', null, 0, at, at)
      prebrief.run('c3', 'Holding silence')
      debrief.run('c3', null, 1)
      // Open: seen before it was opened; another seen on a cancelled call; a third observed and asked again.
      call.run('c4', 'r1', '2026-09-01', null, 0, at, at)
      prebrief.run('c4', 'Discovery questions')
      debrief.run('c4', null, 1)
      call.run('c5', 'r1', '2026-10-02', null, 0, at, at)
      debrief.run('c5', 'Discovery questions', null)
      call.run('c6', 'r1', '2026-10-03', null, 0, at, at)
      debrief.run('c6', 'Asking for the next step', null)
      call.run('c7', 'r1', '2026-10-04', null, 1, at, at)
      prebrief.run('c7', 'Asking for the next step')
      debrief.run('c7', null, 1)
      call.run('c8', 'r1', '2026-10-05', null, 0, at, at)
      debrief.run('c8', 'Opening with a question', null)
      call.run('c9', 'r1', '2026-10-06', null, 0, at, at)
      prebrief.run('c9', 'Opening with a question')
      debrief.run('c9', 'opening with a question', 1)
      db.prepare(
        "INSERT INTO coaching_sessions (id, rep_id, session_date, kind, skill, created_at, updated_at) VALUES ('s1', 'r1', '2026-10-07', 'drill', 'Discovery questions', ?, ?)",
      ).run(at, at)

      migrate(db)
      expect(db.prepare('SELECT rep_id, skill, status, status_on, target_reps FROM skills').all()).toEqual([
        { rep_id: 'r1', skill: 'Holding silence', status: 'mastered', status_on: '2026-10-01', target_reps: null },
      ])
      expect(db.prepare("SELECT asks, tells, root_cause, root_cause_note FROM coaching_sessions WHERE id = 's1'").get()).toEqual({
        asks: null, tells: null, root_cause: null, root_cause_note: null,
      })
    } finally {
      db.close()
    }
    const core = open({ dataDir: dir })
    const overview = await invoke(core, 'reps.overview', { id: 'r1', today: TODAY })
    expect(overview.openSkills.map((s) => [s.skill, s.done])).toEqual([
      ['opening with a question', 1],
      ['Asking for the next step', 0],
      ['Discovery questions', 1],
    ])
    expect(overview.closedSkills.map((s) => [s.skill, s.status, s.done])).toEqual([['Holding silence', 'mastered', 2]])
  })
})
