import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Rep } from '../../../../../shared/entities'
import { plainTextToDoc } from '../../../../../shared/richText'
import { invoke, invokeResult, openTempCore, type TempCore } from '../../../../helpers/tempJournal'

let temp: TempCore
let dana: Rep
let marcus: Rep
beforeEach(async () => {
  temp = openTempCore()
  dana = await invoke(temp.core, 'reps.create', { name: 'Dana Ortiz' })
  marcus = await invoke(temp.core, 'reps.create', { name: 'Marcus Lee' })
})
afterEach(() => temp.cleanup())

describe('sessions.create', () => {
  it('creates a coaching session, storing its notes with their plain text', async () => {
    const notes = plainTextToDoc('Three rounds.\nThe third was clean.')
    const session = await invoke(temp.core, 'sessions.create', {
      repId: dana.id,
      date: '2026-11-04',
      kind: 'role_play',
      skill: 'Holding silence after pricing',
      minutes: 20,
      notes,
    })
    expect(session).toEqual({
      id: expect.any(String) as string,
      repId: dana.id,
      date: '2026-11-04',
      kind: 'role_play',
      skill: 'Holding silence after pricing',
      minutes: 20,
      asks: null,
      tells: null,
      rootCause: null,
      rootCauseNote: null,
      notes,
      updatedAt: expect.any(String) as string,
    })
    expect(temp.core.db.prepare('SELECT notes_text FROM coaching_sessions WHERE id = ?').get(session.id)).toEqual({
      notes_text: 'Three rounds.\nThe third was clean.',
    })
  })

  it('records the ask/tell tallies and root cause of a challenge the rep brought, and merges their edits', async () => {
    const session = await invoke(temp.core, 'sessions.create', {
      repId: dana.id,
      date: '2026-11-04',
      kind: 'one_on_one',
      skill: null,
      asks: 7,
      tells: 2,
      rootCause: 'fear_of_stump',
      rootCauseNote: '  Worried the CFO asks about payback  ',
    })
    expect(session).toMatchObject({ asks: 7, tells: 2, rootCause: 'fear_of_stump', rootCauseNote: 'Worried the CFO asks about payback' })
    const base = { repId: dana.id, date: '2026-11-04', kind: 'one_on_one' as const, skill: null, asks: 7, tells: 2 }
    // Another window changed the tells meanwhile; this one the asks: both survive.
    await invoke(temp.core, 'sessions.update', { id: session.id, tells: 3 })
    const saved = await invoke(temp.core, 'sessions.update', { id: session.id, base, asks: 8, tells: 2, rootCauseNote: '' })
    expect(saved.conflicts).toEqual([])
    expect(saved.session).toMatchObject({ asks: 8, tells: 3, rootCauseNote: null })
    expect((await invokeResult(temp.core, 'sessions.create', { repId: dana.id, date: '2026-11-04', kind: 'one_on_one', skill: null, asks: -1 })).ok).toBe(false)
    expect((await invokeResult(temp.core, 'sessions.create', { repId: dana.id, date: '2026-11-04', kind: 'one_on_one', skill: null, rootCause: 'nerves' as 'other' })).ok).toBe(false)
  })

  it('answers NOT_FOUND for an unknown rep and refuses an unknown kind or a day-long session', async () => {
    expect(await invokeResult(temp.core, 'sessions.create', { repId: 'ghost', date: '2026-11-04', kind: 'drill' })).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'No rep with id "ghost"' },
    })
    expect(
      await invokeResult(temp.core, 'sessions.create', { repId: dana.id, date: '2026-11-04', kind: 'lecture' as never }),
    ).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/^kind: Invalid option/) as string } })
    expect(
      await invokeResult(temp.core, 'sessions.create', { repId: dana.id, date: '2026-11-04', kind: 'drill', minutes: 1441 }),
    ).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: 'minutes: A session cannot last more than a day' } })
    expect(await invoke(temp.core, 'sessions.list', {})).toEqual([])
  })
})

describe('sessions.list', () => {
  it('lists newest first, filtered by rep and inclusive dates', async () => {
    const make = (repId: string, date: string, skill: string) =>
      invoke(temp.core, 'sessions.create', { repId, date, kind: 'drill', skill })
    await make(dana.id, '2026-10-31', 'a')
    await make(marcus.id, '2026-11-02', 'b')
    await make(dana.id, '2026-11-03', 'c')
    await make(dana.id, '2026-11-05', 'd')
    const skills = async (input: Parameters<typeof invoke<'sessions.list'>>[2]) =>
      (await invoke(temp.core, 'sessions.list', input)).map((s) => s.skill)

    expect(await skills({})).toEqual(['d', 'c', 'b', 'a'])
    expect(await skills({ repId: dana.id })).toEqual(['d', 'c', 'a'])
    expect(await skills({ from: '2026-11-02', to: '2026-11-03' })).toEqual(['c', 'b'])
    expect(await skills({ repId: marcus.id, to: '2026-11-01' })).toEqual([])
  })

  it('answers NOT_FOUND for an unknown rep', async () => {
    expect(await invokeResult(temp.core, 'sessions.list', { repId: 'ghost' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'No rep with id "ghost"' },
    })
  })
})

describe('sessions.update', () => {
  it('patches: absent keys stay, null clears, values replace', async () => {
    const session = await invoke(temp.core, 'sessions.create', {
      repId: dana.id,
      date: '2026-11-04',
      kind: 'role_play',
      skill: 'Pricing',
      minutes: 20,
      notes: plainTextToDoc('Notes'),
    })
    const update = async (input: Omit<Parameters<typeof invoke<'sessions.update'>>[2], 'id'>) => {
      const { session: saved, conflicts } = await invoke(temp.core, 'sessions.update', { id: session.id, ...input })
      expect(conflicts).toEqual([])
      const { updatedAt: _updatedAt, ...fields } = saved
      return fields
    }
    const { updatedAt: _updatedAt, ...fields } = session
    expect(await update({ minutes: 30 })).toEqual({ ...fields, minutes: 30 })
    expect(await update({ skill: null, notes: null })).toEqual({ ...fields, minutes: 30, skill: null, notes: null })
    expect(await update({ repId: marcus.id, kind: 'one_on_one', date: '2026-11-06' })).toEqual({
      ...fields,
      repId: marcus.id,
      kind: 'one_on_one',
      date: '2026-11-06',
      minutes: 30,
      skill: null,
      notes: null,
    })
  })

  it('merges with another window\'s changes when it states its base, and answers a field changed in both', async () => {
    const session = await invoke(temp.core, 'sessions.create', { repId: dana.id, date: '2026-11-04', kind: 'drill', skill: 'Pricing', minutes: 20 })
    const { id: _id, updatedAt: _u, ...base } = session
    await invoke(temp.core, 'sessions.update', { id: session.id, ...base, minutes: 25, skill: 'Pricing, again', base })
    const saved = await invoke(temp.core, 'sessions.update', { id: session.id, ...base, kind: 'role_play', skill: 'Silence', base })
    expect(saved.conflicts).toEqual([{ field: 'skill', theirs: 'Pricing, again', mine: 'Silence' }])
    expect(saved.session).toMatchObject({ minutes: 25, kind: 'role_play', skill: 'Pricing, again' })
  })

  it('makes one session however often the same create arrives', async () => {
    const input = { id: 'form-session-1', repId: dana.id, date: '2026-11-04', kind: 'drill' as const }
    const first = await invoke(temp.core, 'sessions.create', input)
    expect(await invoke(temp.core, 'sessions.create', input)).toEqual(first)
    expect(await invoke(temp.core, 'sessions.list', {})).toEqual([first])
  })

  it('answers NOT_FOUND for an unknown session or rep and leaves the session as it was', async () => {
    const session = await invoke(temp.core, 'sessions.create', { repId: dana.id, date: '2026-11-04', kind: 'drill' })
    expect(await invokeResult(temp.core, 'sessions.update', { id: 'nope', minutes: 5 })).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'No coaching session with id "nope"' },
    })
    expect(await invokeResult(temp.core, 'sessions.update', { id: session.id, repId: 'ghost', minutes: 5 })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'No rep with id "ghost"' },
    })
    expect(await invoke(temp.core, 'sessions.list', {})).toEqual([session])
  })
})

describe('sessions.delete', () => {
  it('deletes a session, and answers NOT_FOUND for an unknown one', async () => {
    const session = await invoke(temp.core, 'sessions.create', { repId: dana.id, date: '2026-11-04', kind: 'drill' })
    const kept = await invoke(temp.core, 'sessions.create', { repId: dana.id, date: '2026-11-05', kind: 'drill' })
    expect(await invoke(temp.core, 'sessions.delete', { id: session.id })).toEqual({ id: session.id })
    expect(await invoke(temp.core, 'sessions.list', {})).toEqual([kept])
    expect(await invokeResult(temp.core, 'sessions.delete', { id: session.id })).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: `No coaching session with id "${session.id}"` },
    })
  })
})
