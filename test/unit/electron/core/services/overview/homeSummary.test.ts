import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { localToday } from '../../../../../../shared/dates'
import type { Rep } from '../../../../../../shared/entities'
import { invoke, invokeResult, openTempCore, type TempCore } from '../../../../../helpers/tempJournal'
import { addCall, addRep } from './journalScenes'

let temp: TempCore
let rep: Rep
beforeEach(async () => {
  temp = openTempCore()
  rep = await addRep(temp.core)
})
afterEach(() => {
  vi.useRealTimers()
  temp.cleanup()
})

/** An instant given in the local calendar and clock, the way the manager reads it. */
const local = (y: number, m: number, d: number, h = 0, min = 0) => new Date(y, m - 1, d, h, min).toISOString()
const summary = (today: string, now = local(Number(today.slice(0, 4)), Number(today.slice(5, 7)), Number(today.slice(8)), 12)) =>
  invoke(temp.core, 'home.summary', { today, now })

describe('home.summary: calls to prepare', () => {
  it('lists calls from today on without a pre-brief, soonest first, leaving out pre-briefed and cancelled ones', async () => {
    await addCall(temp.core, rep.id, '2026-11-19')
    const today = await addCall(temp.core, rep.id, '2026-11-20', { time: '15:00' })
    const todayEarly = await addCall(temp.core, rep.id, '2026-11-20', { time: '09:00' })
    const todayUntimed = await addCall(temp.core, rep.id, '2026-11-20')
    await addCall(temp.core, rep.id, '2026-11-21', { prebrief: { plannedRole: 'visiting_dignitary' } })
    await addCall(temp.core, rep.id, '2026-11-22', { cancelled: true })
    const later = await addCall(temp.core, rep.id, '2026-12-02', { account: 'Acme Corp' })

    const result = await summary('2026-11-20')
    expect(result.upcomingWithoutPrebrief.map((c) => c.id)).toEqual([todayEarly.id, today.id, todayUntimed.id, later.id])
    expect(result.upcomingWithoutPrebriefTotal).toBe(4)
    expect(result.upcomingWithoutPrebrief[3]).toMatchObject({ account: 'Acme Corp', repName: 'Dana Ortiz', plannedRole: null })
  })

  it('shows at most 20 and counts them all', async () => {
    for (let day = 1; day <= 25; day += 1) await addCall(temp.core, rep.id, `2026-12-${String(day).padStart(2, '0')}`)
    const result = await summary('2026-11-20')
    expect(result.upcomingWithoutPrebrief).toHaveLength(20)
    expect(result.upcomingWithoutPrebrief[0]?.date).toBe('2026-12-01')
    expect(result.upcomingWithoutPrebriefTotal).toBe(25)
  })
})

describe('home.summary: calls waiting for a debrief', () => {
  it('lists held calls without a debrief, newest first, leaving out debriefed, cancelled and future ones', async () => {
    const old = await addCall(temp.core, rep.id, '2026-10-01')
    await addCall(temp.core, rep.id, '2026-11-10', { debrief: { actualRole: 'crutch' } })
    await addCall(temp.core, rep.id, '2026-11-12', { cancelled: true })
    const recent = await addCall(temp.core, rep.id, '2026-11-19', { time: '10:00', prebrief: { plannedRole: 'technical_expert' } })
    await addCall(temp.core, rep.id, '2026-11-21')
    const result = await summary('2026-11-20')
    expect(result.awaitingDebrief.map((c) => [c.id, c.overdue])).toEqual([
      [recent.id, true],
      [old.id, true],
    ])
    expect(result.awaitingDebrief[0]).toMatchObject({ plannedRole: 'technical_expert', actualRole: null })
    expect(result.awaitingDebriefTotal).toBe(2)
    expect(result.overdueTotal).toBe(2)
  })

  it('flags a timed call overdue once more than 24 hours have passed since its time: not at 23h, yes at 25h', async () => {
    await addCall(temp.core, rep.id, '2026-11-19', { time: '10:00' })
    const at = async (now: string) => {
      const result = await invoke(temp.core, 'home.summary', { today: '2026-11-20', now })
      return [result.awaitingDebrief[0]?.overdue, result.overdueTotal]
    }
    expect(await at(local(2026, 11, 20, 9, 0))).toEqual([false, 0])
    expect(await at(local(2026, 11, 20, 10, 0))).toEqual([false, 0])
    expect(await at(local(2026, 11, 20, 11, 0))).toEqual([true, 1])
  })

  it('gives an untimed call until 24 hours after the end of its day', async () => {
    // Planned, so that on its own day it is already waiting for a debrief rather than for a plan.
    await addCall(temp.core, rep.id, '2026-11-19', { prebrief: { plannedRole: 'technical_expert' } })
    const overdueAt = async (today: string, now: string) =>
      (await invoke(temp.core, 'home.summary', { today, now })).awaitingDebrief[0]?.overdue
    expect(await overdueAt('2026-11-19', local(2026, 11, 19, 23, 0))).toBe(false)
    expect(await overdueAt('2026-11-20', local(2026, 11, 20, 23, 0))).toBe(false)
    expect(await overdueAt('2026-11-21', local(2026, 11, 21, 1, 0))).toBe(true)
  })

  it('lists a call today once: to plan while it has no pre-brief, to debrief once it has one', async () => {
    const unplanned = await addCall(temp.core, rep.id, '2026-11-20', { time: '09:00' })
    const planned = await addCall(temp.core, rep.id, '2026-11-20', { time: '10:00', prebrief: { plannedRole: 'depth_and_breadth' } })
    const yesterday = await addCall(temp.core, rep.id, '2026-11-19')
    const result = await summary('2026-11-20')
    expect(result.upcomingWithoutPrebrief.map((c) => c.id)).toEqual([unplanned.id])
    expect(result.awaitingDebrief.map((c) => c.id)).toEqual([planned.id, yesterday.id])
    expect(result.awaitingDebriefTotal).toBe(2)

    await invoke(temp.core, 'prebriefs.save', { callId: unplanned.id, prebrief: { plannedRole: 'visiting_dignitary' } })
    const later = await summary('2026-11-20')
    expect(later.upcomingWithoutPrebrief).toEqual([])
    expect(later.awaitingDebrief.map((c) => c.id)).toEqual([planned.id, unplanned.id, yesterday.id])
    expect(later.awaitingDebriefTotal).toBe(3)
  })

  it('counts overdue calls beyond the 20 shown, old and recent alike', async () => {
    for (let day = 1; day <= 22; day += 1) await addCall(temp.core, rep.id, `2026-10-${String(day).padStart(2, '0')}`)
    await addCall(temp.core, rep.id, '2026-11-19', { time: '18:00' })
    await addCall(temp.core, rep.id, '2026-11-18', { time: '18:00' })
    const result = await invoke(temp.core, 'home.summary', { today: '2026-11-20', now: local(2026, 11, 20, 12, 0) })
    expect(result.awaitingDebrief).toHaveLength(20)
    expect(result.awaitingDebriefTotal).toBe(24)
    expect(result.overdueTotal).toBe(23)
  })
})

describe('home.summary: full debriefs still to do', () => {
  it('lists calls debriefed only quickly (no outcome yet), newest first; a full debrief or a cancellation takes one off', async () => {
    const older = await addCall(temp.core, rep.id, '2026-11-10', { debrief: { actualRole: 'crutch', lesson: 'Let the silence work' } })
    const newer = await addCall(temp.core, rep.id, '2026-11-18', { debrief: { actualRole: 'technical_expert' } })
    await addCall(temp.core, rep.id, '2026-11-12', { debrief: { actualRole: 'crutch', outcome: 'won' } })
    await addCall(temp.core, rep.id, '2026-11-13', { debrief: { actualRole: 'crutch' }, cancelled: true })
    await addCall(temp.core, rep.id, '2026-11-14')
    let result = await summary('2026-11-20')
    expect(result.fullDebriefDue.map((c) => c.id)).toEqual([newer.id, older.id])
    expect(result.fullDebriefDueTotal).toBe(2)
    expect(result.fullDebriefDue[1]).toMatchObject({ actualRole: 'crutch', repName: 'Dana Ortiz' })

    await invoke(temp.core, 'debriefs.save', { callId: older.id, debrief: { actualRole: 'crutch', outcome: 'advanced' } })
    result = await summary('2026-11-20')
    expect(result.fullDebriefDue.map((c) => c.id)).toEqual([newer.id])
    expect(result.fullDebriefDueTotal).toBe(1)
  })
})

describe('home.summary: this month', () => {
  it("counts this month's rescues among its debriefed calls, cancelled ones left out", async () => {
    const marcus = await addRep(temp.core, 'Marcus Lee')
    await addCall(temp.core, rep.id, '2026-10-31', { debrief: { actualRole: 'crutch' } })
    await addCall(temp.core, rep.id, '2026-11-01', { debrief: { actualRole: 'crutch' } })
    await addCall(temp.core, marcus.id, '2026-11-15', { debrief: { actualRole: 'crutch' } })
    await addCall(temp.core, marcus.id, '2026-11-16', { debrief: { actualRole: 'depth_and_breadth' } })
    await addCall(temp.core, rep.id, '2026-11-17', { debrief: { actualRole: 'crutch' }, cancelled: true })
    await addCall(temp.core, rep.id, '2026-11-30', { debrief: { actualRole: 'crutch' } })
    await addCall(temp.core, rep.id, '2026-12-01', { debrief: { actualRole: 'crutch' } })
    // A debrief counts from its call's day (shared/callTiming.ts): the 30th's waits until then.
    expect((await summary('2026-11-20')).thisMonth).toEqual({ month: '2026-11', rescues: 2, debriefed: 3 })
    expect((await summary('2026-11-30')).thisMonth).toEqual({ month: '2026-11', rescues: 3, debriefed: 4 })
    expect((await summary('2026-12-01')).thisMonth).toEqual({ month: '2026-12', rescues: 1, debriefed: 1 })
  })
})

describe('home.summary: recent activity', () => {
  it('lists the latest changes of every kind, newest first, in words', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-11-18T09:00:00.000Z'))
    const call = await addCall(temp.core, rep.id, '2026-11-19', { account: 'Acme Corp', opportunity: 'Fleet renewal' })
    vi.setSystemTime(new Date('2026-11-18T10:00:00.000Z'))
    await invoke(temp.core, 'prebriefs.save', { callId: call.id, prebrief: { plannedRole: 'technical_expert' } })
    vi.setSystemTime(new Date('2026-11-19T17:00:00.000Z'))
    await invoke(temp.core, 'debriefs.save', { callId: call.id, debrief: { actualRole: 'crutch', outcome: 'lost' } })
    vi.setSystemTime(new Date('2026-11-20T08:00:00.000Z'))
    const session = await invoke(temp.core, 'sessions.create', {
      repId: rep.id,
      date: '2026-11-20',
      kind: 'role_play',
      skill: 'Holding silence',
      minutes: 20,
    })
    vi.setSystemTime(new Date('2026-11-20T09:00:00.000Z'))
    const untitled = await addCall(temp.core, rep.id, '2026-11-25')

    const result = await invoke(temp.core, 'home.summary', {})
    expect(result.today).toBe(localToday(new Date('2026-11-20T09:00:00.000Z')))
    expect(result.now).toBe('2026-11-20T09:00:00.000Z')
    const base = { repId: rep.id, repName: 'Dana Ortiz' }
    expect(result.recentActivity).toEqual([
      { ...base, kind: 'call_created', at: '2026-11-20T09:00:00.000Z', callId: untitled.id, sessionId: null, day: '2026-11-25', summary: 'New call' },
      { ...base, kind: 'session_logged', at: '2026-11-20T08:00:00.000Z', callId: null, sessionId: session.id, day: '2026-11-20', summary: 'Role play — Holding silence, 20 min' },
      { ...base, kind: 'debrief_completed', at: '2026-11-19T17:00:00.000Z', callId: call.id, sessionId: null, day: '2026-11-19', summary: 'Debrief of Acme Corp — Fleet renewal: Crutch, Lost' },
      { ...base, kind: 'prebrief_saved', at: '2026-11-18T10:00:00.000Z', callId: call.id, sessionId: null, day: '2026-11-19', summary: 'Pre-brief for Acme Corp — Fleet renewal — planned as Technical expert' },
      { ...base, kind: 'call_created', at: '2026-11-18T09:00:00.000Z', callId: call.id, sessionId: null, day: '2026-11-19', summary: 'New call: Acme Corp — Fleet renewal' },
    ])
  })

  it('keeps the 15 latest', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    for (let i = 0; i < 20; i += 1) {
      vi.setSystemTime(new Date(Date.UTC(2026, 10, 1, i)))
      await addCall(temp.core, rep.id, '2026-11-25', { account: `Account ${i}` })
    }
    const result = await invoke(temp.core, 'home.summary', { today: '2026-11-20' })
    expect(result.recentActivity).toHaveLength(15)
    expect(result.recentActivity[0]?.summary).toBe('New call: Account 19')
    expect(result.recentActivity[14]?.summary).toBe('New call: Account 5')
  })
})

describe('home.summary: inputs', () => {
  it('takes today from the local day of now, and refuses malformed input', async () => {
    const result = await invoke(temp.core, 'home.summary', { now: local(2026, 3, 1, 0, 30) })
    expect(result.today).toBe('2026-03-01')
    expect(result.thisMonth.month).toBe('2026-03')
    for (const input of [{ today: '2026-02-30' }, { now: 'yesterday' }, { today: 20261120 }]) {
      expect(await invokeResult(temp.core, 'home.summary', input as never)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    }
  })
})
