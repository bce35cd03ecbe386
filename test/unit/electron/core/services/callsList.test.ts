import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { InputOf } from '../../../../../shared/contract'
import type { Rep } from '../../../../../shared/entities'
import { invoke, invokeResult, openTempCore, type TempCore } from '../../../../helpers/tempJournal'

/** The calls list's filters, split and sorts, run in SQL on a real journal (issue 14, item 8). */
let temp: TempCore
let dana: Rep
let marcus: Rep
const TODAY = '2026-11-10'

beforeEach(async () => {
  temp = openTempCore()
  dana = await invoke(temp.core, 'reps.create', { name: 'Dana Ortiz' })
  marcus = await invoke(temp.core, 'reps.create', { name: 'marcus Lee' })
  await invoke(temp.core, 'settings.update', { interstateThreshold: 100000 })
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date('2026-11-10T12:00:00'))
  const call = async (account: string, repId: string, date: string, extra: Record<string, unknown> = {}) =>
    (await invoke(temp.core, 'calls.create', { repId, date, account, ...extra })).id
  const held = await call('Held debriefed', dana.id, '2026-11-03', { dealValue: 250000 })
  await invoke(temp.core, 'prebriefs.save', { callId: held, prebrief: { plannedRole: 'visiting_dignitary' } })
  await invoke(temp.core, 'debriefs.save', { callId: held, debrief: { actualRole: 'crutch' } })
  const waiting = await call('Held waiting', marcus.id, '2026-11-09', { dealValue: 5000 })
  await invoke(temp.core, 'prebriefs.save', { callId: waiting, prebrief: { plannedRole: 'crutch' } })
  await call('Today waiting', dana.id, TODAY, { stakes: 'interstate' })
  await call('Cancelled', dana.id, '2026-11-08', { dealValue: 900 })
  await invoke(temp.core, 'calls.update', { id: (await list({ when: 'past', sort: 'dealValue', direction: 'asc' })).items[0]!.id, cancelled: true })
  await call('Tomorrow', marcus.id, '2026-11-11', { dealValue: 120000 })
  await call('Next month', dana.id, '2026-12-01')
})
afterEach(() => {
  vi.useRealTimers()
  temp.cleanup()
})

async function list(input: Partial<InputOf<'calls', 'list'>>) {
  return invoke(temp.core, 'calls.list', { today: TODAY, ...input })
}
const accounts = async (input: Partial<InputOf<'calls', 'list'>>) => (await list(input)).items.map((call) => call.account)

describe('calls.list filters, split and sorts', () => {
  it('splits upcoming (after today, soonest first) from past (held, today included, newest first)', async () => {
    expect(await accounts({ when: 'upcoming' })).toEqual(['Tomorrow', 'Next month'])
    expect(await accounts({ when: 'past' })).toEqual(['Today waiting', 'Held waiting', 'Cancelled', 'Held debriefed'])
    expect((await list({ when: 'past' })).total).toBe(4)
    expect((await list({})).total).toBe(6)
  })

  it('keeps the held calls waiting for a debrief, neither cancelled nor in the future', async () => {
    expect(await accounts({ awaitingDebrief: true })).toEqual(['Today waiting', 'Held waiting'])
    expect((await list({ awaitingDebrief: true, repId: marcus.id })).total).toBe(1)
  })

  it('filters by effective stakes (explicit, or the deal value against the threshold) and by role played, else planned', async () => {
    expect(await accounts({ stakes: 'interstate' })).toEqual(['Tomorrow', 'Today waiting', 'Held debriefed'])
    expect(await accounts({ stakes: 'sidewalk', when: 'past' })).toEqual(['Held waiting', 'Cancelled'])
    expect(await accounts({ role: 'crutch' })).toEqual(['Held waiting', 'Held debriefed'])
    expect(await accounts({ role: 'visiting_dignitary' })).toEqual([])
  })

  it('sorts by deal value (unknown last), by rep A to Z ignoring case, either way, in stable pages', async () => {
    expect(await accounts({ sort: 'dealValue' })).toEqual(['Held debriefed', 'Tomorrow', 'Held waiting', 'Cancelled', 'Next month', 'Today waiting'])
    expect((await accounts({ sort: 'rep' })).slice(0, 4)).toEqual(['Next month', 'Today waiting', 'Cancelled', 'Held debriefed'])
    expect((await accounts({ sort: 'rep', direction: 'desc' })).slice(0, 2)).toEqual(['Tomorrow', 'Held waiting'])
    const pages = [...(await accounts({ sort: 'dealValue', limit: 4 })), ...(await accounts({ sort: 'dealValue', limit: 4, offset: 4 }))]
    expect(pages).toEqual(await accounts({ sort: 'dealValue' }))
  })

  it('gives the same rows page by page, whichever end a page is read from, in every order', async () => {
    // Pages past the middle are read backwards from the end (electron/core/db/callListOrder.ts):
    // each must hold exactly the rows of the whole list at its place.
    await invoke(temp.core, 'calls.create', { repId: dana.id, date: '2026-11-03', account: 'Same day, no value' })
    await invoke(temp.core, 'calls.create', { repId: dana.id, date: '2026-11-03', time: '09:00', account: 'Same day, at nine', dealValue: 250000 })
    for (const sort of ['date', 'dealValue', 'rep'] as const) {
      for (const direction of ['asc', 'desc'] as const) {
        for (const filter of [{}, { role: 'crutch' as const }, { awaitingDebrief: true }]) {
          const whole = await list({ sort, direction, ...filter })
          const paged: (string | null)[] = []
          for (let offset = 0; offset < whole.total; offset += 3) paged.push(...(await accounts({ sort, direction, ...filter, limit: 3, offset })))
          expect(paged, `${sort} ${direction} ${JSON.stringify(filter)}`).toEqual(whole.items.map((call) => call.account))
          expect(await accounts({ sort, direction, ...filter, limit: 3, offset: whole.total })).toEqual([])
        }
      }
    }
  })

  it('refuses an unknown sort or split by name', async () => {
    expect(await invokeResult(temp.core, 'calls.list', { sort: 'mood' } as never)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect(await invokeResult(temp.core, 'calls.list', { when: 'someday' } as never)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
  })
})

describe('a call after today', () => {
  it('cannot be debriefed: it has not taken place, and nothing is written', async () => {
    const tomorrow = (await list({ when: 'upcoming' })).items[0]!
    const result = await invokeResult(temp.core, 'debriefs.save', { callId: tomorrow.id, debrief: { actualRole: 'crutch' } })
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('after today') as string } })
    expect((await invoke(temp.core, 'calls.get', { id: tomorrow.id })).debrief).toBeNull()
  })

  it('is not where a debriefed call can be moved to', async () => {
    const held = (await list({ role: 'crutch', when: 'past', sort: 'dealValue' })).items[0]!
    expect(held.account).toBe('Held debriefed')
    const moved = await invokeResult(temp.core, 'calls.update', { id: held.id, date: '2026-11-20' })
    expect(moved).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ path: 'date' }] } })
    expect((await invoke(temp.core, 'calls.get', { id: held.id })).call.date).toBe('2026-11-03')
  })
})
