import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { invoke, invokeResult, openTempCore, type TempCore } from '../../../../helpers/tempJournal'

let temp: TempCore
beforeEach(() => {
  temp = openTempCore()
})
afterEach(() => {
  vi.useRealTimers()
  temp.cleanup()
})

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

describe('reps.create', () => {
  it('creates an active rep with a fresh id, trimming the name and storing empty text as null', async () => {
    const rep = await invoke(temp.core, 'reps.create', { name: '  Dana Ortiz ', title: ' ', startedOn: null })
    expect(rep).toEqual({ id: expect.stringMatching(UUID) as string, name: 'Dana Ortiz', title: null, startedOn: null, archived: false })
    expect(await invoke(temp.core, 'reps.get', { id: rep.id })).toEqual(rep)
  })

  it('records created_at and updated_at as ISO instants in UTC', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-11-02T09:15:00.000Z'))
    const rep = await invoke(temp.core, 'reps.create', { name: 'Dana Ortiz', title: 'Account Executive', startedOn: '2025-02-03' })
    expect(temp.core.db.prepare('SELECT created_at, updated_at FROM reps WHERE id = ?').get(rep.id)).toEqual({
      created_at: '2026-11-02T09:15:00.000Z',
      updated_at: '2026-11-02T09:15:00.000Z',
    })
  })

  it('refuses a blank name or an impossible start date', async () => {
    const blank = await invokeResult(temp.core, 'reps.create', { name: '   ' })
    expect(blank).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: 'name: A name is required' } })
    const day = await invokeResult(temp.core, 'reps.create', { name: 'Dana', startedOn: '2026-02-30' })
    expect(day).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: 'startedOn: That date does not exist' } })
    expect(await invoke(temp.core, 'reps.list', { includeArchived: true })).toEqual([])
  })
})

describe('reps.get', () => {
  it('answers NOT_FOUND naming the id', async () => {
    expect(await invokeResult(temp.core, 'reps.get', { id: 'rep-404' })).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'No rep with id "rep-404"' },
    })
  })
})

describe('reps.list', () => {
  it('lists reps alphabetically, leaving archived reps out unless asked', async () => {
    const zoe = await invoke(temp.core, 'reps.create', { name: 'zoe Adams' })
    const dana = await invoke(temp.core, 'reps.create', { name: 'Dana Ortiz' })
    const marcus = await invoke(temp.core, 'reps.create', { name: 'Marcus Lee' })
    await invoke(temp.core, 'reps.update', { id: marcus.id, archived: true })

    expect((await invoke(temp.core, 'reps.list', {})).map((r) => r.id)).toEqual([dana.id, zoe.id])
    expect((await invoke(temp.core, 'reps.list', { includeArchived: true })).map((r) => r.id)).toEqual([
      dana.id,
      marcus.id,
      zoe.id,
    ])
  })
})

describe('reps.update', () => {
  it('changes only the fields it is given and clears those given as null', async () => {
    const rep = await invoke(temp.core, 'reps.create', { name: 'Dana Ortiz', title: 'AE', startedOn: '2025-02-03' })

    expect(await invoke(temp.core, 'reps.update', { id: rep.id, name: 'Dana O.' })).toEqual({ ...rep, name: 'Dana O.' })
    expect(await invoke(temp.core, 'reps.update', { id: rep.id, title: null, startedOn: undefined })).toEqual({
      ...rep,
      name: 'Dana O.',
      title: null,
    })
    expect(await invoke(temp.core, 'reps.update', { id: rep.id, startedOn: null, archived: true })).toEqual({
      ...rep,
      name: 'Dana O.',
      title: null,
      startedOn: null,
      archived: true,
    })
    expect(await invoke(temp.core, 'reps.update', { id: rep.id, archived: false, title: 'Senior AE' })).toMatchObject({
      archived: false,
      title: 'Senior AE',
    })
  })

  it('keeps created_at and moves updated_at', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-11-02T09:00:00.000Z'))
    const rep = await invoke(temp.core, 'reps.create', { name: 'Dana Ortiz' })
    vi.setSystemTime(new Date('2026-11-03T09:00:00.000Z'))
    await invoke(temp.core, 'reps.update', { id: rep.id, title: 'AE' })
    expect(temp.core.db.prepare('SELECT created_at, updated_at FROM reps WHERE id = ?').get(rep.id)).toEqual({
      created_at: '2026-11-02T09:00:00.000Z',
      updated_at: '2026-11-03T09:00:00.000Z',
    })
  })

  it('answers NOT_FOUND for an unknown rep and refuses a blank name', async () => {
    expect(await invokeResult(temp.core, 'reps.update', { id: 'nobody', name: 'X' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'No rep with id "nobody"' },
    })
    const rep = await invoke(temp.core, 'reps.create', { name: 'Dana Ortiz' })
    expect(await invokeResult(temp.core, 'reps.update', { id: rep.id, name: '' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    })
    expect(await invoke(temp.core, 'reps.get', { id: rep.id })).toEqual(rep)
  })
})

describe('reps.create from a form that names the id', () => {
  it('makes one rep however often the same create arrives (a double click, a retry)', async () => {
    const input = { id: 'form-1f2e', name: 'Dana Ortiz', title: 'AE' }
    const [first, second] = await Promise.all([invoke(temp.core, 'reps.create', input), invoke(temp.core, 'reps.create', input)])
    const third = await invoke(temp.core, 'reps.create', input)
    expect(first).toEqual({ id: 'form-1f2e', name: 'Dana Ortiz', title: 'AE', startedOn: null, archived: false })
    expect([second, third]).toEqual([first, first])
    expect(await invoke(temp.core, 'reps.list', { includeArchived: true })).toEqual([first])
  })

  it('refuses the same id with other details, changing nothing', async () => {
    const rep = await invoke(temp.core, 'reps.create', { id: 'form-1f2e', name: 'Dana Ortiz' })
    expect(await invokeResult(temp.core, 'reps.create', { id: 'form-1f2e', name: 'Marcus Lee' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringContaining('A rep with id "form-1f2e" already exists') as string },
    })
    expect(await invoke(temp.core, 'reps.list', {})).toEqual([rep])
  })
})

describe('reps.update from a dialog that states its base', () => {
  it('keeps a field changed elsewhere that the dialog did not touch', async () => {
    const rep = await invoke(temp.core, 'reps.create', { name: 'Dana Ortiz', title: 'AE' })
    await invoke(temp.core, 'reps.update', { id: rep.id, title: 'Senior AE' })
    const saved = await invoke(temp.core, 'reps.update', { id: rep.id, name: 'Dana O.', title: 'AE', base: rep })
    expect(saved).toMatchObject({ name: 'Dana O.', title: 'Senior AE' })
  })

  it('refuses a field changed both elsewhere and in the dialog, naming its new value, and writes nothing', async () => {
    const rep = await invoke(temp.core, 'reps.create', { name: 'Dana Ortiz', title: 'AE' })
    const other = await invoke(temp.core, 'reps.update', { id: rep.id, title: 'Senior AE' })
    expect(await invokeResult(temp.core, 'reps.update', { id: rep.id, name: 'Dana O.', title: 'Team lead', base: rep })).toEqual({
      ok: false,
      error: {
        code: 'CONFLICT',
        message: expect.stringContaining('changed in another window') as string,
        issues: [{ path: 'title', message: 'Changed in another window while you were editing: it is now “Senior AE”. Save again to keep yours.' }],
      },
    })
    expect(await invoke(temp.core, 'reps.get', { id: rep.id })).toEqual(other)
    // Saved again from what is stored now, the dialog's words go through.
    expect(await invoke(temp.core, 'reps.update', { id: rep.id, name: 'Dana O.', title: 'Team lead', base: other })).toMatchObject({
      name: 'Dana O.',
      title: 'Team lead',
    })
  })
})

describe('reps.delete', () => {
  it('removes a rep with no calls and no sessions', async () => {
    const rep = await invoke(temp.core, 'reps.create', { name: 'Typo Rep' })
    expect(await invoke(temp.core, 'reps.delete', { id: rep.id })).toEqual({ id: rep.id })
    expect(await invokeResult(temp.core, 'reps.get', { id: rep.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(temp.core.check()).toEqual({ ok: true, problems: [] })
  })

  it('refuses a rep who has records, saying how many and what to do instead', async () => {
    const rep = await invoke(temp.core, 'reps.create', { name: 'Dana Ortiz' })
    await invoke(temp.core, 'calls.create', { repId: rep.id, date: '2026-11-02' })
    await invoke(temp.core, 'calls.create', { repId: rep.id, date: '2026-11-03' })
    await invoke(temp.core, 'sessions.create', { repId: rep.id, date: '2026-11-04', kind: 'drill' })
    expect(await invokeResult(temp.core, 'reps.delete', { id: rep.id })).toEqual({
      ok: false,
      error: {
        code: 'CONFLICT',
        message: 'Dana Ortiz has 2 calls and 1 coaching session, so they cannot be deleted. Merge them into another rep to move those records, or archive Dana Ortiz.',
      },
    })
    expect(await invoke(temp.core, 'reps.get', { id: rep.id })).toEqual(rep)
  })
})

describe('reps.merge', () => {
  it('moves every call and session to the other rep, removes the merged rep, and leaves the derived tables right', async () => {
    const { core } = temp
    const dana = await invoke(core, 'reps.create', { name: 'Dana Ortiz', title: null, startedOn: null })
    const twice = await invoke(core, 'reps.create', { name: 'Dana O.', title: 'AE', startedOn: '2025-02-03' })
    const kept = await invoke(core, 'calls.create', { repId: dana.id, date: '2026-11-01', account: 'Kept' })
    const moved = await invoke(core, 'calls.create', { repId: twice.id, date: '2026-11-02', account: 'Globex pilot' })
    await invoke(core, 'debriefs.save', { callId: moved.id, debrief: { actualRole: 'crutch', lesson: 'Hold the silence' } })
    const session = await invoke(core, 'sessions.create', { repId: twice.id, date: '2026-11-03', kind: 'drill', skill: 'Silence' })

    expect(await invoke(core, 'reps.merge', { id: twice.id, intoId: dana.id })).toEqual({
      // What Dana did not record, the merged rep fills in.
      rep: { ...dana, title: 'AE', startedOn: '2025-02-03' },
      movedCalls: 1,
      movedSessions: 1,
    })
    expect((await invoke(core, 'calls.get', { id: moved.id })).call.repId).toBe(dana.id)
    expect((await invoke(core, 'calls.get', { id: moved.id })).debrief?.lesson).toBe('Hold the silence')
    expect((await invoke(core, 'sessions.list', { repId: dana.id })).map((s) => s.id)).toEqual([session.id])
    expect((await invoke(core, 'calls.list', { repId: dana.id })).items.map((c) => c.id).sort()).toEqual([kept.id, moved.id].sort())
    expect(await invokeResult(core, 'reps.get', { id: twice.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    // The search index and the metric tables follow (coachbook check recounts both).
    const hits = await invoke(core, 'search.query', { text: 'globex', limit: 10 })
    expect(hits.hits.map((h) => [h.id, h.repId])).toEqual([[moved.id, dana.id]])
    const metrics = await invoke(core, 'insights.metrics', { from: '2026-11-01', to: '2026-11-30', asOf: '2026-11-30' })
    expect(metrics.byRep.map((r) => [r.repId, r.calls])).toEqual([[dana.id, 2]])
    expect(core.check()).toEqual({ ok: true, problems: [] })
  })

  it('refuses to merge a rep into themselves or into a rep that does not exist, changing nothing', async () => {
    const dana = await invoke(temp.core, 'reps.create', { name: 'Dana Ortiz' })
    await invoke(temp.core, 'calls.create', { repId: dana.id, date: '2026-11-01' })
    expect(await invokeResult(temp.core, 'reps.merge', { id: dana.id, intoId: dana.id })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect(await invokeResult(temp.core, 'reps.merge', { id: dana.id, intoId: 'nobody' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'No rep with id "nobody"' },
    })
    expect((await invoke(temp.core, 'calls.list', { repId: dana.id })).total).toBe(1)
  })
})
