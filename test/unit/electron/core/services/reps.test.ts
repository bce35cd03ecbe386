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

it('offers no way to delete a rep: archiving keeps their history', async () => {
  expect(Object.keys(temp.core.handlers.reps).sort()).toEqual(['create', 'get', 'list', 'nextSkillFocus', 'overview', 'update'])
  expect(await invokeResult(temp.core, 'reps.delete' as never, { id: 'x' } as never)).toMatchObject({
    ok: false,
    error: { code: 'NOT_FOUND', message: 'Unknown operation "reps.delete"' },
  })
})
