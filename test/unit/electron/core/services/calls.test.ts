import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Rep } from '../../../../../shared/entities'
import { invoke, invokeResult, openTempCore, type TempCore } from '../../../../helpers/tempJournal'

let temp: TempCore
let dana: Rep
let marcus: Rep
beforeEach(async () => {
  temp = openTempCore()
  dana = await invoke(temp.core, 'reps.create', { name: 'Dana Ortiz' })
  marcus = await invoke(temp.core, 'reps.create', { name: 'Marcus Lee' })
})
afterEach(() => {
  vi.useRealTimers()
  temp.cleanup()
})

const count = (table: string) => (temp.core.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n

describe('calls.create', () => {
  it('creates a call with every field, unknown ones null, not cancelled', async () => {
    const call = await invoke(temp.core, 'calls.create', {
      repId: dana.id,
      date: '2026-11-02',
      time: '14:30',
      account: ' Acme Corp ',
      opportunity: '',
      dealValue: 42000,
      stage: 'proposal',
    })
    expect(call).toEqual({
      id: expect.any(String) as string,
      repId: dana.id,
      date: '2026-11-02',
      time: '14:30',
      account: 'Acme Corp',
      opportunity: null,
      dealValue: 42000,
      stage: 'proposal',
      stakes: null,
      cancelled: false,
    })
  })

  it('answers NOT_FOUND naming the rep when the rep does not exist, and writes nothing', async () => {
    expect(await invokeResult(temp.core, 'calls.create', { repId: 'rep-ghost', date: '2026-11-02' })).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'No rep with id "rep-ghost"' },
    })
    expect(count('calls')).toBe(0)
  })

  it('refuses an impossible or out-of-range date, a missing rep, a malformed time or a negative deal value, each in words', async () => {
    for (const [input, message] of [
      [{ date: '2026-02-29' }, 'date: That date does not exist'],
      [{ date: '0001-06-01' }, 'date: Use a date between 1900 and 2100'],
      [{ date: '2999-06-01' }, 'date: Use a date between 1900 and 2100'],
      [{ date: '2026-11-02', repId: '' }, 'repId: Choose the rep this is with'],
      [{ date: '2026-11-02', time: '25:00' }, 'time: Use a time in the form HH:MM'],
      [{ date: '2026-11-02', dealValue: -1 }, 'dealValue: An amount cannot be negative'],
      [{ date: '2026-11-02', stage: 'pitch' }, expect.stringMatching(/^stage: Invalid option/) as string],
    ] as const) {
      expect(await invokeResult(temp.core, 'calls.create', { repId: dana.id, ...input } as never), JSON.stringify(input)).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT', message },
      })
    }
    expect(count('calls')).toBe(0)
  })
})

describe('calls.get', () => {
  it('answers the call with its rep, derived stakes and briefs', async () => {
    await invoke(temp.core, 'settings.update', { interstateThreshold: 100000 })
    const call = await invoke(temp.core, 'calls.create', { repId: dana.id, date: '2026-11-02', dealValue: 100000 })
    expect(await invoke(temp.core, 'calls.get', { id: call.id })).toEqual({
      call,
      rep: dana,
      effectiveStakes: 'interstate',
      prebrief: null,
      debrief: null,
    })
    const { prebrief } = await invoke(temp.core, 'prebriefs.save', { callId: call.id, prebrief: { plannedRole: 'visiting_dignitary' } })
    const { debrief } = await invoke(temp.core, 'debriefs.save', { callId: call.id, debrief: { actualRole: 'crutch' } })
    expect(await invoke(temp.core, 'calls.get', { id: call.id })).toMatchObject({ prebrief, debrief })
  })

  it('answers NOT_FOUND for an unknown call', async () => {
    expect(await invokeResult(temp.core, 'calls.get', { id: 'call-404' })).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'No call with id "call-404"' },
    })
  })
})

describe('calls.list', () => {
  /** Creates calls one second apart so their entry order is known. */
  async function createInOrder(...calls: { repId: string; date: string; time?: string | null; account: string }[]) {
    vi.useFakeTimers({ toFake: ['Date'] })
    let at = Date.parse('2026-11-01T08:00:00.000Z')
    const ids: Record<string, string> = {}
    for (const call of calls) {
      vi.setSystemTime(new Date((at += 1000)))
      ids[call.account] = (await invoke(temp.core, 'calls.create', call)).id
    }
    vi.useRealTimers()
    return ids
  }

  it('lists newest first: by day, then time (no time last), then most recently entered', async () => {
    await createInOrder(
      { repId: dana.id, date: '2026-11-02', time: '09:00', account: 'morning' },
      { repId: dana.id, date: '2026-11-02', time: '14:00', account: 'afternoon, entered first' },
      { repId: dana.id, date: '2026-11-02', time: null, account: 'no time' },
      { repId: dana.id, date: '2026-11-03', time: null, account: 'next day' },
      { repId: dana.id, date: '2026-11-02', time: '14:00', account: 'afternoon, entered last' },
      { repId: dana.id, date: '2026-10-30', time: '23:00', account: 'last month' },
    )
    const { items, total } = await invoke(temp.core, 'calls.list', {})
    expect(total).toBe(6)
    expect(items.map((c) => c.account)).toEqual([
      'next day',
      'afternoon, entered last',
      'afternoon, entered first',
      'morning',
      'no time',
      'last month',
    ])
  })

  it('filters by rep and by an inclusive date range, and pages with the total of the whole selection', async () => {
    await createInOrder(
      { repId: dana.id, date: '2026-10-31', account: 'd1' },
      { repId: dana.id, date: '2026-11-01', account: 'd2' },
      { repId: marcus.id, date: '2026-11-02', account: 'm1' },
      { repId: dana.id, date: '2026-11-03', account: 'd3' },
      { repId: dana.id, date: '2026-11-04', account: 'd4' },
    )
    const accounts = async (input: Parameters<typeof invoke<'calls.list'>>[2]) => {
      const { items, total } = await invoke(temp.core, 'calls.list', input)
      return { accounts: items.map((c) => c.account), total }
    }
    expect(await accounts({ repId: dana.id })).toEqual({ accounts: ['d4', 'd3', 'd2', 'd1'], total: 4 })
    expect(await accounts({ from: '2026-11-01', to: '2026-11-03' })).toEqual({ accounts: ['d3', 'm1', 'd2'], total: 3 })
    expect(await accounts({ repId: dana.id, from: '2026-11-01', to: '2026-11-03' })).toEqual({
      accounts: ['d3', 'd2'],
      total: 2,
    })
    expect(await accounts({ limit: 2 })).toEqual({ accounts: ['d4', 'd3'], total: 5 })
    expect(await accounts({ limit: 2, offset: 2 })).toEqual({ accounts: ['m1', 'd2'], total: 5 })
    expect(await accounts({ offset: 10 })).toEqual({ accounts: [], total: 5 })
  })

  it('summarises each call: rep name, effective stakes and the roles and outcome at a glance', async () => {
    await invoke(temp.core, 'settings.update', { interstateThreshold: 250000 })
    const big = await invoke(temp.core, 'calls.create', { repId: dana.id, date: '2026-11-03', dealValue: 250000 })
    const small = await invoke(temp.core, 'calls.create', {
      repId: marcus.id,
      date: '2026-11-02',
      dealValue: 900000,
      stakes: 'sidewalk',
    })
    await invoke(temp.core, 'prebriefs.save', { callId: big.id, prebrief: { plannedRole: 'technical_expert' } })
    await invoke(temp.core, 'debriefs.save', { callId: big.id, debrief: { actualRole: 'crutch', outcome: 'won' } })

    const { items } = await invoke(temp.core, 'calls.list', {})
    expect(items).toEqual([
      { ...big, repName: 'Dana Ortiz', effectiveStakes: 'interstate', plannedRole: 'technical_expert', actualRole: 'crutch', outcome: 'won' },
      { ...small, repName: 'Marcus Lee', effectiveStakes: 'sidewalk', plannedRole: null, actualRole: null, outcome: null },
    ])
  })

  it('answers NOT_FOUND when filtering by an unknown rep, and refuses a bad page size', async () => {
    expect(await invokeResult(temp.core, 'calls.list', { repId: 'ghost' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'No rep with id "ghost"' },
    })
    expect(await invokeResult(temp.core, 'calls.list', { limit: 0 })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect(await invokeResult(temp.core, 'calls.list', { limit: 501 })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
  })
})

describe('calls.update', () => {
  it('patches: absent keys stay, null clears, values replace', async () => {
    const call = await invoke(temp.core, 'calls.create', {
      repId: dana.id,
      date: '2026-11-02',
      time: '14:30',
      account: 'Acme Corp',
      opportunity: 'Fleet renewal',
      dealValue: 42000,
      stage: 'proposal',
      stakes: 'interstate',
    })
    expect(await invoke(temp.core, 'calls.update', { id: call.id, account: 'Acme Inc' })).toEqual({ ...call, account: 'Acme Inc' })
    expect(
      await invoke(temp.core, 'calls.update', { id: call.id, time: null, dealValue: null, stage: null, stakes: null, opportunity: '' }),
    ).toEqual({ ...call, account: 'Acme Inc', time: null, dealValue: null, stage: null, stakes: null, opportunity: null })
    expect(
      await invoke(temp.core, 'calls.update', { id: call.id, repId: marcus.id, date: '2026-11-05', cancelled: true }),
    ).toMatchObject({ repId: marcus.id, date: '2026-11-05', cancelled: true, account: 'Acme Inc' })
  })

  it('answers NOT_FOUND for an unknown call or rep and leaves the call as it was', async () => {
    const call = await invoke(temp.core, 'calls.create', { repId: dana.id, date: '2026-11-02' })
    expect(await invokeResult(temp.core, 'calls.update', { id: 'nope', account: 'X' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'No call with id "nope"' },
    })
    expect(await invokeResult(temp.core, 'calls.update', { id: call.id, repId: 'ghost', account: 'X' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'No rep with id "ghost"' },
    })
    expect((await invoke(temp.core, 'calls.get', { id: call.id })).call).toEqual(call)
  })
})

describe('calls.delete', () => {
  it('deletes the call with its pre-brief and debrief', async () => {
    const call = await invoke(temp.core, 'calls.create', { repId: dana.id, date: '2026-11-02' })
    const other = await invoke(temp.core, 'calls.create', { repId: dana.id, date: '2026-11-03' })
    for (const id of [call.id, other.id]) {
      await invoke(temp.core, 'prebriefs.save', { callId: id, prebrief: { plannedRole: 'technical_expert' } })
      await invoke(temp.core, 'debriefs.save', { callId: id, debrief: { actualRole: 'technical_expert' } })
    }
    expect(await invoke(temp.core, 'calls.delete', { id: call.id })).toEqual({ id: call.id })
    expect([count('calls'), count('prebriefs'), count('debriefs')]).toEqual([1, 1, 1])
    expect(await invokeResult(temp.core, 'calls.get', { id: call.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })

  it('answers NOT_FOUND for an unknown call', async () => {
    expect(await invokeResult(temp.core, 'calls.delete', { id: 'nope' })).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'No call with id "nope"' },
    })
  })
})

describe('calls.create from a form that names the id', () => {
  it('makes one call however often the same create arrives', async () => {
    const input = { id: 'form-call-1', repId: dana.id, date: '2026-11-02', account: 'Acme Corp' }
    const [a, b] = await Promise.all([invoke(temp.core, 'calls.create', input), invoke(temp.core, 'calls.create', input)])
    expect(b).toEqual(a)
    expect(count('calls')).toBe(1)
    expect(await invokeResult(temp.core, 'calls.create', { ...input, account: 'Other' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect((await invoke(temp.core, 'calls.get', { id: 'form-call-1' })).call.account).toBe('Acme Corp')
  })
})

describe('calls.update from a dialog that states its base', () => {
  it('keeps what another window changed meanwhile, and refuses a field both changed', async () => {
    const call = await invoke(temp.core, 'calls.create', { repId: dana.id, date: '2026-11-02', account: 'Acme', dealValue: 1000 })
    await invoke(temp.core, 'calls.update', { id: call.id, dealValue: 5000, repId: marcus.id })
    const merged = await invoke(temp.core, 'calls.update', { ...call, account: 'Acme Corp', base: call })
    expect(merged).toMatchObject({ account: 'Acme Corp', dealValue: 5000, repId: marcus.id })
    const lee = await invoke(temp.core, 'reps.create', { name: 'Lee Chen' })
    const refused = await invokeResult(temp.core, 'calls.update', { ...call, repId: lee.id, dealValue: 2000, base: call })
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'CONFLICT',
        issues: [
          { path: 'repId', message: expect.stringContaining('now with another rep') as string },
          { path: 'dealValue', message: expect.stringContaining('it is now 5000') as string },
        ],
      },
    })
    expect((await invoke(temp.core, 'calls.get', { id: call.id })).call).toEqual(merged)
  })
})
