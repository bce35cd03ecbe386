import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Rep } from '../../../../../../shared/entities'
import { invoke, invokeResult, openFixtureCore, openTempCore, type TempCore } from '../../../../../helpers/tempJournal'
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

const overview = (today = '2026-11-15', limit?: number) =>
  invoke(temp.core, 'reps.overview', { id: rep.id, today, ...(limit === undefined ? {} : { limit }) })
const openSkills = async () => (await overview()).openSkills.map((s) => s.skill)

describe('reps.overview: open skills to drill', () => {
  it('opens a skill with the debrief that asks to drill it', async () => {
    const opener = await addCall(temp.core, rep.id, '2026-10-01', {
      debrief: { skillToDrill: 'Holding silence', drillType: 'role_play', drillReps: 4 },
    })
    expect((await overview()).openSkills).toEqual([
      {
        skill: 'Holding silence', drillType: 'role_play', drillReps: 4, target: 4, targetSetByYou: false, done: 0, status: 'open',
        statusOn: null, openedOn: '2026-10-01', countedFrom: '2026-10-01', fromCallId: opener.id, lastPractisedOn: null, recordId: null,
      },
    ])
    expect(await invoke(temp.core, 'reps.nextSkillFocus', { repId: rep.id })).toEqual({
      skill: 'Holding silence',
      fromCallId: opener.id,
    })
  })

  it('keeps it open after a later debrief that did not observe it', async () => {
    await addCall(temp.core, rep.id, '2026-10-01', { debrief: { skillToDrill: 'Holding silence' } })
    await addCall(temp.core, rep.id, '2026-10-05', {
      prebrief: { skillFocus: 'Holding silence' },
      debrief: { skillObserved: false },
    })
    // Observed, but it was not what this call set out to observe.
    await addCall(temp.core, rep.id, '2026-10-06', {
      prebrief: { skillFocus: 'Discovery questions' },
      debrief: { skillObserved: true },
    })
    expect(await openSkills()).toEqual(['Holding silence'])
  })

  it('counts a later call that set out to observe it and saw it done as a repetition; only marking it closes it', async () => {
    await addCall(temp.core, rep.id, '2026-10-01', { debrief: { skillToDrill: 'Holding silence' } })
    await addCall(temp.core, rep.id, '2026-10-09', {
      prebrief: { skillFocus: '  holding SILENCE ' },
      debrief: { skillObserved: true },
    })
    expect((await overview()).openSkills.map((s) => [s.skill, s.done, s.lastPractisedOn])).toEqual([['Holding silence', 1, '2026-10-09']])
    await invoke(temp.core, 'skills.update', { repId: rep.id, skill: 'holding silence', status: 'mastered', on: '2026-10-10' })
    const after = await overview()
    expect(after.openSkills).toEqual([])
    expect(after.closedSkills.map((s) => [s.skill, s.status, s.statusOn])).toEqual([['Holding silence', 'mastered', '2026-10-10']])
    expect(await invoke(temp.core, 'reps.nextSkillFocus', { repId: rep.id })).toEqual({ skill: null, fromCallId: null })
  })

  it('is not closed by an earlier call, even one entered afterwards', async () => {
    await addCall(temp.core, rep.id, '2026-10-01', { debrief: { skillToDrill: 'Holding silence' } })
    await addCall(temp.core, rep.id, '2026-09-20', {
      prebrief: { skillFocus: 'Holding silence' },
      debrief: { skillObserved: true },
    })
    expect(await openSkills()).toEqual(['Holding silence'])
  })

  it("is not closed by another rep's debrief or by a cancelled call", async () => {
    await addCall(temp.core, rep.id, '2026-10-01', { debrief: { skillToDrill: 'Holding silence' } })
    const other = await addRep(temp.core, 'Marcus Lee')
    await addCall(temp.core, other.id, '2026-10-09', { prebrief: { skillFocus: 'Holding silence' }, debrief: { skillObserved: true } })
    await addCall(temp.core, rep.id, '2026-10-10', {
      prebrief: { skillFocus: 'Holding silence' },
      debrief: { skillObserved: true },
      cancelled: true,
    })
    expect(await openSkills()).toEqual(['Holding silence'])
    expect(await invoke(temp.core, 'reps.nextSkillFocus', { repId: other.id })).toEqual({ skill: null, fromCallId: null })
  })

  it('orders by the call day and time, and lists each skill once, newest first', async () => {
    await addCall(temp.core, rep.id, '2026-10-01', { debrief: { skillToDrill: 'Discovery questions' } })
    await addCall(temp.core, rep.id, '2026-10-02', { debrief: { skillToDrill: 'Holding silence' } })
    const latest = await addCall(temp.core, rep.id, '2026-10-03', { time: '16:00', debrief: { skillToDrill: 'discovery Questions ' } })
    // Same day, earlier time: entered last, but it happened before.
    await addCall(temp.core, rep.id, '2026-10-03', { time: '09:00', debrief: { skillToDrill: 'Asking for the next step' } })
    const { openSkills } = await overview()
    expect(openSkills.map((s) => [s.skill, s.openedOn])).toEqual([
      ['discovery Questions', '2026-10-03'],
      ['Asking for the next step', '2026-10-03'],
      ['Holding silence', '2026-10-02'],
    ])
    expect(await invoke(temp.core, 'reps.nextSkillFocus', { repId: rep.id })).toEqual({
      skill: 'discovery Questions',
      fromCallId: latest.id,
    })
  })

  it('follows an edited debrief', async () => {
    const opener = await addCall(temp.core, rep.id, '2026-10-01', { debrief: { skillToDrill: 'Holding silence' } })
    expect(await openSkills()).toEqual(['Holding silence'])
    await invoke(temp.core, 'debriefs.save', { callId: opener.id, debrief: { actualRole: 'crutch', skillToDrill: null } })
    expect(await openSkills()).toEqual([])
  })
})

describe('reps.overview: lessons, tallies and counts', () => {
  it('takes lessons only from lost deals that recorded one, newest first', async () => {
    const older = await addCall(temp.core, rep.id, '2026-09-01', {
      account: 'Initech',
      opportunity: 'Support upgrade',
      debrief: { outcome: 'lost', lesson: 'Open with their outage' },
    })
    const newer = await addCall(temp.core, rep.id, '2026-10-01', { account: 'Globex', debrief: { outcome: 'lost', lesson: 'Meet the CFO early' } })
    await addCall(temp.core, rep.id, '2026-10-02', { debrief: { outcome: 'won', lesson: 'Not from a loss' } })
    await addCall(temp.core, rep.id, '2026-10-03', { debrief: { outcome: 'lost' } })
    await addCall(temp.core, rep.id, '2026-10-04', { debrief: { outcome: 'lost', lesson: 'Cancelled' }, cancelled: true })
    expect((await overview()).lostDealLessons).toEqual([
      { callId: newer.id, date: '2026-10-01', account: 'Globex', opportunity: null, lesson: 'Meet the CFO early' },
      { callId: older.id, date: '2026-09-01', account: 'Initech', opportunity: 'Support upgrade', lesson: 'Open with their outage' },
    ])
  })

  it('tallies root causes and sessions with every key present', async () => {
    await addCall(temp.core, rep.id, '2026-10-01', { debrief: { rootCause: 'confidence' } })
    await addCall(temp.core, rep.id, '2026-10-02', { debrief: { rootCause: 'confidence' } })
    await addCall(temp.core, rep.id, '2026-10-03', { debrief: { rootCause: 'delivery' } })
    await addCall(temp.core, rep.id, '2026-10-04', { debrief: { rootCause: 'messaging' }, cancelled: true })
    await addCall(temp.core, rep.id, '2026-10-05', { debrief: {} })
    const other = await addRep(temp.core, 'Marcus Lee')
    await addCall(temp.core, other.id, '2026-10-01', { debrief: { rootCause: 'competence' } })
    await invoke(temp.core, 'sessions.create', { repId: rep.id, date: '2026-10-02', kind: 'role_play' })
    await invoke(temp.core, 'sessions.create', { repId: rep.id, date: '2026-10-03', kind: 'role_play' })
    await invoke(temp.core, 'sessions.create', { repId: rep.id, date: '2026-10-03', kind: 'one_on_one' })
    await invoke(temp.core, 'sessions.create', { repId: other.id, date: '2026-10-03', kind: 'drill' })
    const result = await overview()
    expect(result.rootCauses).toEqual({
      confidence: 2,
      competence: 0,
      unknown_questions: 0,
      fear_of_stump: 0,
      messaging: 0,
      delivery: 1,
      other: 0,
    })
    expect(result.sessionsByKind).toEqual({ role_play: 2, drill: 0, prebrief: 0, postbrief: 0, one_on_one: 1 })
  })

  it("counts this month's rescues and debriefs, the month's first and last days included", async () => {
    await addCall(temp.core, rep.id, '2026-10-31', { debrief: { actualRole: 'crutch' } })
    await addCall(temp.core, rep.id, '2026-11-01', { debrief: { actualRole: 'crutch' } })
    await addCall(temp.core, rep.id, '2026-11-14', { debrief: { actualRole: 'visiting_dignitary' } })
    await addCall(temp.core, rep.id, '2026-11-30', { debrief: { actualRole: 'crutch' } })
    await addCall(temp.core, rep.id, '2026-11-20', { debrief: { actualRole: 'crutch' }, cancelled: true })
    await addCall(temp.core, rep.id, '2026-11-21')
    await addCall(temp.core, rep.id, '2026-12-01', { debrief: { actualRole: 'crutch' } })
    const other = await addRep(temp.core, 'Marcus Lee')
    await addCall(temp.core, other.id, '2026-11-10', { debrief: { actualRole: 'crutch' } })
    // A debrief counts from its call's day (shared/callTiming.ts): the month so far, up to today.
    expect((await overview('2026-11-30')).thisMonth).toEqual({ month: '2026-11', rescues: 2, debriefed: 3 })
    expect((await overview('2026-11-15')).thisMonth).toEqual({ month: '2026-11', rescues: 1, debriefed: 2 })
    expect((await overview('2026-11-01')).thisMonth).toEqual({ month: '2026-11', rescues: 1, debriefed: 1 })
    expect((await overview('2026-10-31')).thisMonth).toEqual({ month: '2026-10', rescues: 1, debriefed: 1 })
    expect((await overview('2026-12-31')).thisMonth).toEqual({ month: '2026-12', rescues: 1, debriefed: 1 })
    expect((await overview('2027-01-01')).thisMonth).toEqual({ month: '2027-01', rescues: 0, debriefed: 0 })
  })

  it("takes this month from the server's local day when none is given", async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date(2026, 11, 3, 12, 0))
    const result = await invoke(temp.core, 'reps.overview', { id: rep.id })
    expect(result.today).toBe('2026-12-03')
    expect(result.thisMonth.month).toBe('2026-12')
  })
})

describe('reps.overview: timeline', () => {
  it('merges calls and sessions newest first, capped by limit', async () => {
    const early = await addCall(temp.core, rep.id, '2026-10-01', { account: 'Acme Corp', debrief: { actualRole: 'crutch', outcome: 'won' } })
    const timed = await addCall(temp.core, rep.id, '2026-10-05', { time: '14:00' })
    const session = await invoke(temp.core, 'sessions.create', { repId: rep.id, date: '2026-10-05', kind: 'drill', skill: 'Silence' })
    const later = await addCall(temp.core, rep.id, '2026-10-09', { cancelled: true })
    const other = await addRep(temp.core, 'Marcus Lee')
    await addCall(temp.core, other.id, '2026-10-07')

    const result = await overview()
    expect(result.timeline.map((e) => (e.kind === 'call' ? e.call.id : e.session.id))).toEqual([
      later.id,
      timed.id,
      session.id,
      early.id,
    ])
    expect(result.timelineTotal).toBe(4)
    expect(result.timeline[3]).toEqual({
      kind: 'call',
      date: '2026-10-01',
      call: expect.objectContaining({
        id: early.id,
        repName: 'Dana Ortiz',
        account: 'Acme Corp',
        effectiveStakes: 'sidewalk',
        plannedRole: null,
        actualRole: 'crutch',
        outcome: 'won',
      }) as unknown,
    })
    expect(result.timeline[0]).toMatchObject({ kind: 'call', call: { cancelled: true } })
    expect(result.timeline[2]).toEqual({ kind: 'session', date: '2026-10-05', session })

    const capped = await overview('2026-11-15', 2)
    expect(capped.timeline.map((e) => e.date)).toEqual(['2026-10-09', '2026-10-05'])
    expect(capped.timelineTotal).toBe(4)
    expect(capped.rep).toEqual(rep)
  })
})

describe('reps.overview and reps.nextSkillFocus: inputs', () => {
  it('answers NOT_FOUND for an unknown rep and INVALID_INPUT for bad input', async () => {
    expect(await invokeResult(temp.core, 'reps.overview', { id: 'nobody' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await invokeResult(temp.core, 'reps.nextSkillFocus', { repId: 'nobody' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
    for (const input of [{ id: rep.id, today: '2026-13-01' }, { id: rep.id, limit: 0 }, { id: rep.id, limit: 1001 }, { id: '' }]) {
      expect(await invokeResult(temp.core, 'reps.overview', input)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    }
  })

  it("reads the fixture journal's skills and lessons", async () => {
    const fixture = await openFixtureCore()
    try {
      const dana = await invoke(fixture.core, 'reps.overview', { id: 'rep-dana', today: '2026-11-23' })
      // call-01's skill was not seen on call-07, which set out to observe it; call-11 will observe call-07's.
      expect(dana.openSkills.map((s) => [s.skill, s.fromCallId])).toEqual([
        ['Holding silence after pricing', 'call-07'],
        ["Opening with the customer's problem", 'call-04'],
        ['Asking for the next step', 'call-01'],
      ])
      expect(dana.lostDealLessons.map((l) => l.callId)).toEqual(['call-04'])
      expect(dana.thisMonth).toEqual({ month: '2026-11', rescues: 1, debriefed: 1 })
      const priya = await invoke(fixture.core, 'reps.nextSkillFocus', { repId: 'rep-priya' })
      // call-06 opened "Handling technical objections"; call-09 set out to observe it and saw it done.
      expect(priya).toEqual({ skill: null, fromCallId: null })
    } finally {
      fixture.cleanup()
    }
  })
})
