import { afterEach, describe, expect, it } from 'vitest'
import { openConnection } from '../../../../../electron/core/db/connection'
import { createRemindersRepository } from '../../../../../electron/core/db/reminders'
import { databasePath } from '../../../../../electron/core/paths'
import { seedJournal } from '../../../../../electron/core/services/seed'
import type { Outcome } from '../../../../../shared/domain'
import { dueReminders, groupReminders, nextWorkingDay, type ReminderCall, type ReminderClock } from '../../../../../shared/reminders'
import { invoke, invokeResult, openTempCore, type TempCore } from '../../../../helpers/tempJournal'
import { addCall, addRep } from './overview/journalScenes'

const temps: TempCore[] = []
const open = () => {
  const temp = openTempCore()
  temps.push(temp)
  return temp
}
afterEach(() => {
  for (const temp of temps.splice(0)) temp.cleanup()
})

// A Friday morning: Monday's calls are "the next working day".
const CLOCK = { today: '2026-11-13', time: '09:00' }

/** One reminder of each kind, and as many records that must remind of nothing. */
async function journal() {
  const temp = open()
  const { core } = temp
  const dana = await addRep(core, 'Dana Ortiz')
  const old = await addRep(core, 'Sam Archived')
  const waiting = await addCall(core, dana.id, '2026-11-12', { account: 'Acme', prebrief: {} })
  const quick = await addCall(core, dana.id, '2026-11-10', { account: 'Globex', debrief: { lesson: null } })
  await addCall(core, dana.id, '2026-11-09', { debrief: { outcome: 'won' } })
  await addCall(core, dana.id, '2026-11-11', { cancelled: true })
  const monday = await addCall(core, dana.id, '2026-11-16', { account: 'Initech' })
  await addCall(core, dana.id, '2026-11-17', { account: 'Too far' })
  // The skill was opened on Oct 20 by a full debrief and never practised.
  await addCall(core, dana.id, '2026-10-20', { debrief: { outcome: 'advanced', skillToDrill: 'Holding silence' } })
  await addCall(core, dana.id, '2026-10-21', { debrief: { outcome: 'advanced', skillToDrill: 'Closing the meeting' } })
  await invoke(core, 'skills.update', { repId: dana.id, skill: 'Closing the meeting', status: 'mastered', today: CLOCK.today })
  await addCall(core, old.id, '2026-11-12', { account: 'Archived Co' })
  await addCall(core, old.id, '2026-10-01', { debrief: { outcome: 'lost', skillToDrill: 'Old skill' } })
  await invoke(core, 'reps.update', { id: old.id, archived: true })
  return { temp, core, dana, waiting, quick, monday }
}

describe('reminders.list', () => {
  it('answers each kind from the journal, grouped with counts, leaving out cancelled, done, archived, closed and far-off', async () => {
    const { core, waiting, quick, monday } = await journal()
    const inbox = await invoke(core, 'reminders.list', { clock: CLOCK })
    expect(inbox.total).toBe(4)
    expect(inbox.clock).toEqual(CLOCK)
    expect(inbox.groups.map((group) => [group.kind, group.total])).toEqual([
      ['debrief', 2],
      ['prebrief', 1],
      ['skill', 1],
    ])
    expect(inbox.groups[0]?.shown).toMatchObject([
      { callId: waiting.id, account: 'Acme', repName: 'Dana Ortiz', quickOnly: false },
      { callId: quick.id, account: 'Globex', quickOnly: true },
    ])
    expect(inbox.groups[1]?.shown).toMatchObject([{ callId: monday.id, date: '2026-11-16', account: 'Initech' }])
    expect(inbox.groups[2]?.shown).toMatchObject([{ skill: 'Holding silence', idleDays: 24, lastPractisedOn: null }])
  })

  it('before 08:00 yesterday’s call does not remind yet', async () => {
    const { core } = await journal()
    const early = await invoke(core, 'reminders.list', { clock: { today: '2026-11-13', time: '07:30' } })
    expect(early.groups.find((group) => group.kind === 'debrief')?.total).toBe(1)
  })

  it('turns each kind off and on in the journal’s settings, without touching the other settings', async () => {
    const { core } = await journal()
    await invoke(core, 'settings.update', { currency: 'EUR' })
    expect(await invoke(core, 'reminders.updateSettings', { debriefs: false, skills: false })).toEqual({
      debriefs: false,
      prebriefs: true,
      skills: false,
      notifications: true,
    })
    const inbox = await invoke(core, 'reminders.list', { clock: CLOCK })
    expect(inbox.groups.map((group) => group.kind)).toEqual(['prebrief'])
    expect(inbox.settings).toMatchObject({ debriefs: false, skills: false })
    expect((await invoke(core, 'settings.get', {})).currency).toBe('EUR')
    // settings.update rewrites its own columns only: the reminder choices stay.
    await invoke(core, 'settings.update', { paperSize: 'a4' })
    expect(await invoke(core, 'reminders.settings', {})).toMatchObject({ debriefs: false, skills: false })
  })

  it('refuses a bad clock or setting with the field named', async () => {
    const { core } = await journal()
    expect(await invokeResult(core, 'reminders.list', { clock: { today: '2026-13-01', time: '09:00' } })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', issues: [{ path: 'clock.today' }] },
    })
    expect(await invokeResult(core, 'reminders.updateSettings', { debriefs: 'yes' } as never)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', issues: [{ path: 'debriefs' }] },
    })
  })
})

describe('reminders.takeNew', () => {
  it('announces each reminder once, with counts only, and again once it has gone and come back', async () => {
    const { temp, core, waiting } = await journal()
    const first = await invoke(core, 'reminders.takeNew', { clock: CLOCK })
    expect(first.reminders).toHaveLength(4)
    expect(first.text).toEqual({ title: 'Coachbook reminders', body: '2 debriefs waiting, 1 call to plan, 1 skill to practise.' })
    expect(await invoke(core, 'reminders.takeNew', { clock: CLOCK })).toEqual({ reminders: [], text: null })

    // The waiting call gets its debrief: its notice is forgotten, so when the debrief is deleted
    // the reminder is news again.
    await invoke(core, 'debriefs.save', { callId: waiting.id, debrief: { actualRole: 'technical_expert', outcome: 'won' } })
    expect(await invoke(core, 'reminders.takeNew', { clock: CLOCK })).toEqual({ reminders: [], text: null })
    const db = openConnection(databasePath(temp.dataDir))
    expect(db.prepare('SELECT count(*) FROM reminder_notices').pluck().get()).toBe(3)
    db.close()
    await invoke(core, 'debriefs.delete', { callId: waiting.id })
    const back = await invoke(core, 'reminders.takeNew', { clock: CLOCK })
    expect(back.reminders.map((reminder) => reminder.kind)).toEqual(['debrief'])
    expect(back.text?.body).toBe('1 debrief waiting.')
  })

  it('keeps each rep’s skills until something they are read from changes: an autosave of notes moves nothing', async () => {
    const { core, dana } = await journal()
    const version = () => core.db.prepare('SELECT version FROM skill_inputs_version').pluck().get() as number
    const skills = async () => (await invoke(core, 'reminders.list', { clock: CLOCK })).groups.find((group) => group.kind === 'skill')?.total ?? 0
    expect(await skills()).toBe(1)
    const opened = (await invoke(core, 'calls.list', { repId: dana.id, from: '2026-10-20', to: '2026-10-20' })).items[0]
    if (!opened) throw new Error('the call that opened the skill is missing')
    const { debrief } = await invoke(core, 'calls.get', { id: opened.id })
    if (!debrief) throw new Error('the call that opened the skill has no debrief')
    const { updatedAt: _u, completedAt: _c, ...fields } = debrief
    const before = version()
    await invoke(core, 'debriefs.save', { callId: opened.id, debrief: { ...fields, lesson: 'Count to five before answering' } })
    expect(version()).toBe(before)
    // Practised today: the skill is no longer idle, and the reminder goes at once.
    const session = await invoke(core, 'sessions.create', { repId: dana.id, date: CLOCK.today, kind: 'drill', skill: 'Holding silence', minutes: 10, notes: null })
    expect(version()).toBeGreaterThan(before)
    expect(await skills()).toBe(0)
    // Dropping the session's skill brings it back.
    await invoke(core, 'sessions.update', { id: session.id, skill: null })
    expect(await skills()).toBe(1)
  })

  it('reads the same candidate calls from the partial indexes as a scan of every call would', () => {
    const { core } = open()
    seedJournal(core.db, { calls: 150, today: CLOCK.today })
    // A few calls with only the 60-second debrief (no outcome yet), one of them with no pre-brief.
    core.db.exec("UPDATE debriefs SET outcome = NULL WHERE rowid % 17 = 0; DELETE FROM prebriefs WHERE rowid % 23 = 0")
    const scan = core.db
      .prepare(
        `SELECT c.id FROM calls c JOIN reps r ON r.id = c.rep_id
         LEFT JOIN prebriefs p ON p.call_id = c.id LEFT JOIN debriefs d ON d.call_id = c.id
         WHERE c.cancelled = 0 AND r.archived = 0
           AND ((c.call_date <= @today AND (d.call_id IS NULL OR d.outcome IS NULL))
             OR (c.call_date BETWEEN @today AND @until AND p.call_id IS NULL AND d.call_id IS NULL))
         ORDER BY c.id`,
      )
      .pluck()
      .all({ today: CLOCK.today, until: nextWorkingDay(CLOCK.today) })
    const read = createRemindersRepository(core.db).candidateCalls(CLOCK.today, nextWorkingDay(CLOCK.today))
    expect(scan.length).toBeGreaterThan(10)
    expect(read.map((call) => call.callId).sort()).toEqual(scan)
  })

  it('answers the same inbox, and announces the same reminders, as reading every candidate call whole did', async () => {
    const { core } = open()
    seedJournal(core.db, { calls: 400, today: CLOCK.today, seed: 7 })
    // Quick debriefs only (no outcome), calls with no pre-brief, cancelled calls, an archived rep.
    core.db.exec(`UPDATE debriefs SET outcome = NULL WHERE rowid % 13 = 0;
      DELETE FROM prebriefs WHERE rowid % 5 = 0;
      UPDATE calls SET cancelled = 1 WHERE rowid % 29 = 0;
      UPDATE reps SET archived = 1 WHERE id = (SELECT min(id) FROM reps)`)
    await invoke(core, 'reminders.updateSettings', { skills: false })
    // Stop 19's read: every candidate call joined with its row, account and time included.
    type Row = { id: string; rep_id: string; rep_name: string; call_date: string; call_time: string | null; account: string | null; has_prebrief: number; has_debrief: number; outcome: Outcome | null }
    const before = core.db.prepare<{ today: string; until: string }, Row>(
      `SELECT c.id, c.rep_id, r.name AS rep_name, c.call_date, c.call_time, c.account,
         p.call_id IS NOT NULL AS has_prebrief, 0 AS has_debrief, NULL AS outcome
       FROM call_metrics m CROSS JOIN calls c ON c.id = m.call_id JOIN reps r ON r.id = c.rep_id
       LEFT JOIN prebriefs p ON p.call_id = c.id
       WHERE m.actual_role IS NULL AND m.call_date <= @until AND c.cancelled = 0 AND r.archived = 0
         AND (c.call_date <= @today OR p.call_id IS NULL)
       UNION ALL
       SELECT c.id, c.rep_id, r.name AS rep_name, c.call_date, c.call_time, c.account,
         p.call_id IS NOT NULL AS has_prebrief, 1 AS has_debrief, d.outcome
       FROM debriefs d CROSS JOIN calls c ON c.id = d.call_id JOIN reps r ON r.id = c.rep_id
       LEFT JOIN prebriefs p ON p.call_id = c.id
       WHERE d.outcome IS NULL AND c.cancelled = 0 AND r.archived = 0 AND c.call_date <= @today`,
    )
    const settings = await invoke(core, 'reminders.settings', {})
    const remindersBefore = (clock: ReminderClock) => {
      const calls: ReminderCall[] = before.all({ today: clock.today, until: nextWorkingDay(clock.today) }).map((row) => ({
        callId: row.id, repId: row.rep_id, repName: row.rep_name, repArchived: false, date: row.call_date, time: row.call_time,
        account: row.account, cancelled: false, hasPrebrief: row.has_prebrief === 1, debrief: row.has_debrief === 1 ? { outcome: row.outcome } : null,
      }))
      return dueReminders({ calls, skills: [], settings }, clock)
    }
    // A Friday before and after 08:00, a Saturday, and a Monday a week on.
    for (const clock of [CLOCK, { ...CLOCK, time: '07:30' }, { today: '2026-11-14', time: '12:00' }, { today: '2026-11-23', time: '08:00' }]) {
      const expected = remindersBefore(clock)
      expect(expected.length, clock.today).toBeGreaterThan(20)
      const inbox = await invoke(core, 'reminders.list', { clock })
      expect(inbox.total).toBe(expected.length)
      expect(inbox.groups).toEqual(groupReminders(expected))
    }
    const announced = await invoke(core, 'reminders.takeNew', { clock: CLOCK })
    const byKey = (a: { key: string }, b: { key: string }) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
    expect([...announced.reminders].sort(byKey)).toEqual(remindersBefore(CLOCK).sort(byKey))
  })
})
