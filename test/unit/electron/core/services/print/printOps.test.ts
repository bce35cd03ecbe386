import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Rep } from '../../../../../../shared/entities'
import { plainTextToDoc } from '../../../../../../shared/richText'
import { invoke, invokeResult, openTempCore, type TempCore } from '../../../../../helpers/tempJournal'
import { addCall, addRep } from '../overview/journalScenes'

/** Written into every private-notes field; no print operation may ever hand it back. */
const PRIVATE_MARKER = 'PRIVATE-MARKER-7f3a I was scared of my boss'

let temp: TempCore
let dana: Rep
let lee: Rep
beforeEach(async () => {
  temp = openTempCore()
  await invoke(temp.core, 'settings.update', { interstateThreshold: 100000, currency: 'EUR', paperSize: 'a4' })
  dana = await addRep(temp.core, 'Dana Ortiz')
  lee = await addRep(temp.core, 'Lee Park')
})
afterEach(() => temp.cleanup())

async function rescuedCall(date = '2026-11-02') {
  const call = await invoke(temp.core, 'calls.create', {
    repId: dana.id,
    date,
    account: 'Acme Corp',
    opportunity: 'Fleet renewal',
    dealValue: 42000,
  })
  await invoke(temp.core, 'prebriefs.save', {
    callId: call.id,
    prebrief: { plannedRole: 'technical_expert', objective: 'Agree the pilot scope', interventionRule: 'Only on pricing terms' },
  })
  await invoke(temp.core, 'debriefs.save', {
    callId: call.id,
    debrief: {
      actualRole: 'crutch',
      outcome: 'advanced',
      rescueInitiator: 'me',
      rescueFear: 'boss_watching',
      rootCause: 'confidence',
      lesson: 'Let the silence after the price work',
      skillToDrill: 'Holding silence after pricing',
      drillType: 'role_play',
      drillReps: 3,
      repSelfAssessment: plainTextToDoc('I rushed the close'),
      notes: plainTextToDoc('Shared: good opening'),
      privateNotes: plainTextToDoc(PRIVATE_MARKER),
    },
  })
  return call
}

describe('print operations never carry private notes', () => {
  it('leaves the private-notes marker out of the debrief sheet, the rep sheet and the report', async () => {
    const call = await rescuedCall()
    const lost = await addCall(temp.core, dana.id, '2026-11-05', {
      debrief: { actualRole: 'crutch', outcome: 'lost', lesson: 'Qualify the budget first', privateNotes: plainTextToDoc(PRIVATE_MARKER) },
    })
    // The marker really is in the journal: the debrief screen's own read returns it.
    expect(JSON.stringify(await invoke(temp.core, 'calls.get', { id: call.id }))).toContain(PRIVATE_MARKER)

    const outputs = [
      await invoke(temp.core, 'print.debriefSheet', { callId: call.id }),
      await invoke(temp.core, 'print.debriefSheet', { callId: lost.id }),
      await invoke(temp.core, 'print.repSheet', { repId: dana.id, from: '2026-10-01', to: '2026-11-30' }),
      await invoke(temp.core, 'print.report', { from: '2026-10-01', to: '2026-11-30' }),
      await invoke(temp.core, 'print.report', { from: '2026-10-01', to: '2026-11-30', repId: dana.id }),
    ]
    for (const output of outputs) {
      const text = JSON.stringify(output)
      expect(text).not.toContain('PRIVATE-MARKER')
      expect(text).not.toMatch(/privateNotes/i)
    }
    // …while the shareable parts of the same debriefs do come through.
    expect(JSON.stringify(outputs[0])).toContain('Shared: good opening')
    expect(JSON.stringify(outputs[2])).toContain('Qualify the budget first')
  })
})

describe('print.debriefSheet', () => {
  it('answers the call, rep, plan and shareable debrief with the settings it prints with', async () => {
    const call = await rescuedCall()
    const sheet = await invoke(temp.core, 'print.debriefSheet', { callId: call.id })
    expect(sheet.paperSize).toBe('a4')
    expect(sheet.currency).toBe('EUR')
    expect(sheet.rep).toEqual({ id: dana.id, name: 'Dana Ortiz', title: null })
    expect(sheet.call).toMatchObject({ account: 'Acme Corp', dealValue: 42000, stakes: 'sidewalk', date: '2026-11-02' })
    expect(sheet.plan).toMatchObject({ plannedRole: 'technical_expert', interventionRule: 'Only on pricing terms' })
    expect(sheet.debrief).toMatchObject({ actualRole: 'crutch', rootCause: 'confidence', drillReps: 3 })
    // The rescue's initiator and fear are the manager's own and stay off the rep's sheet.
    expect(Object.keys(sheet.debrief ?? {})).not.toEqual(expect.arrayContaining(['rescueFear']))
    expect(JSON.stringify(sheet)).not.toContain('boss_watching')
  })

  it('derives interstate stakes from the threshold and works without briefs', async () => {
    const big = await invoke(temp.core, 'calls.create', { repId: lee.id, date: '2026-11-03', dealValue: 150000 })
    const sheet = await invoke(temp.core, 'print.debriefSheet', { callId: big.id })
    expect(sheet.call.stakes).toBe('interstate')
    expect(sheet.plan).toBeNull()
    expect(sheet.debrief).toBeNull()
  })

  it('answers NOT_FOUND for an unknown call', async () => {
    const result = await invokeResult(temp.core, 'print.debriefSheet', { callId: 'nope' })
    expect(result.ok ? null : result.error.code).toBe('NOT_FOUND')
  })
})

describe('print.repSheet', () => {
  it('lists the period only, leaves cancelled calls out, and keeps the open skills and lessons', async () => {
    await rescuedCall('2026-11-02')
    await addCall(temp.core, dana.id, '2026-08-01', { account: 'Too early' })
    await addCall(temp.core, dana.id, '2026-11-10', { account: 'Called off', cancelled: true })
    await addCall(temp.core, dana.id, '2026-11-12', { account: 'Globex', debrief: { outcome: 'lost', lesson: 'Ask about budget' } })
    await addCall(temp.core, lee.id, '2026-11-12', { account: 'Not Dana' })
    await invoke(temp.core, 'sessions.create', { repId: dana.id, date: '2026-11-04', kind: 'role_play', skill: 'Silence', minutes: 20, notes: plainTextToDoc('session words') })

    const sheet = await invoke(temp.core, 'print.repSheet', { repId: dana.id, from: '2026-10-01', to: '2026-11-30' })
    expect(sheet.period).toEqual({ from: '2026-10-01', to: '2026-11-30' })
    expect(sheet.calls.map((c) => c.account)).toEqual(['Globex', 'Acme Corp'])
    expect(sheet.callsTotal).toBe(2)
    expect(sheet.calls[1]).toMatchObject({ plannedRole: 'technical_expert', actualRole: 'crutch', outcome: 'advanced' })
    expect(sheet.openSkills.map((s) => s.skill)).toEqual(['Holding silence after pricing'])
    expect(sheet.lostDealLessons.map((l) => l.lesson)).toEqual(['Ask about budget'])
    expect(sheet.sessions).toEqual([expect.objectContaining({ kind: 'role_play', skill: 'Silence', minutes: 20 })])
    expect(JSON.stringify(sheet)).not.toContain('session words')
    expect(sheet.totals.rescues).toBe(1)
    expect(sheet.trend.map((m) => [m.month, m.debriefed, m.rescues])).toEqual([
      ['2026-10', 0, 0],
      ['2026-11', 2, 1],
    ])
  })

  it('looks back 90 days from today when no period is given', async () => {
    const sheet = await invoke(temp.core, 'print.repSheet', { repId: dana.id, today: '2026-11-30' })
    expect(sheet.period).toEqual({ from: '2026-09-02', to: '2026-11-30' })
  })
})

describe('print.report', () => {
  it('compares the period with the previous one of equal length and lists the rescues with their stakes', async () => {
    await rescuedCall('2026-11-02')
    const big = await invoke(temp.core, 'calls.create', { repId: lee.id, date: '2026-11-20', account: 'Initech', dealValue: 300000 })
    await invoke(temp.core, 'debriefs.save', { callId: big.id, debrief: { actualRole: 'crutch', rescueInitiator: 'customer' } })
    await addCall(temp.core, lee.id, '2026-11-21', { prebrief: { plannedRole: 'visiting_dignitary' }, debrief: { actualRole: 'visiting_dignitary' } })
    // Previous period of November (30 days): Oct 2 – Oct 31.
    await addCall(temp.core, dana.id, '2026-10-02', { debrief: { actualRole: 'crutch' } })
    await addCall(temp.core, dana.id, '2026-10-01', { debrief: { actualRole: 'crutch' } })

    const report = await invoke(temp.core, 'print.report', { from: '2026-11-01', to: '2026-11-30', asOf: '2026-12-01' })
    expect(report.previousPeriod).toEqual({ from: '2026-10-02', to: '2026-10-31' })
    expect(report.current.totals.rescues).toBe(2)
    expect(report.current.totals.debriefed).toBe(3)
    expect(report.previous.rescues).toBe(1)
    expect(report.rescues.map((r) => [r.date, r.repName, r.stakes])).toEqual([
      ['2026-11-02', 'Dana Ortiz', 'sidewalk'],
      ['2026-11-20', 'Lee Park', 'interstate'],
    ])
    expect(report.rescuesTotal).toBe(2)
    expect(report.current.byRep.map((r) => r.repName)).toEqual(['Dana Ortiz', 'Lee Park'])
    expect(report.rep).toBeNull()
  })

  it('restricts everything to one rep when asked', async () => {
    await rescuedCall('2026-11-02')
    const other = await invoke(temp.core, 'calls.create', { repId: lee.id, date: '2026-11-20' })
    await invoke(temp.core, 'debriefs.save', { callId: other.id, debrief: { actualRole: 'crutch' } })
    const report = await invoke(temp.core, 'print.report', { from: '2026-11-01', to: '2026-11-30', repId: lee.id })
    expect(report.rep).toEqual({ id: lee.id, name: 'Lee Park' })
    expect(report.rescues.map((r) => r.repName)).toEqual(['Lee Park'])
    expect(report.current.totals.rescues).toBe(1)
  })

  it('refuses a period that ends before it starts', async () => {
    const result = await invokeResult(temp.core, 'print.report', { from: '2026-11-30', to: '2026-11-01' })
    expect(result.ok ? null : result.error.code).toBe('INVALID_INPUT')
  })
})
