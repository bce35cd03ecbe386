import { describe, expect, it } from 'vitest'
import { openSkills, skillKey, type SkillDebrief } from '../../../../../../electron/core/services/overview/openSkills'

let n = 0
const debrief = (date: string, fields: Partial<SkillDebrief> = {}): SkillDebrief => ({
  callId: `c${++n}-${date}`,
  date,
  skillFocus: null,
  skillObserved: null,
  skillToDrill: null,
  drillType: null,
  drillReps: null,
  ...fields,
})

describe('skillKey', () => {
  it('ignores case and surrounding or doubled spaces', () => {
    expect(skillKey('  Holding   Silence ')).toBe('holding silence')
    expect(skillKey('holding silence')).toBe(skillKey('HOLDING SILENCE'))
  })
})

describe('openSkills', () => {
  it('opens a skill with the debrief that asks to drill it', () => {
    const opener = debrief('2026-10-01', { skillToDrill: ' Holding silence ', drillType: 'role_play', drillReps: 3 })
    expect(openSkills([opener])).toEqual([
      { skill: 'Holding silence', drillType: 'role_play', drillReps: 3, openedOn: '2026-10-01', fromCallId: opener.callId },
    ])
  })

  it('keeps it open through later debriefs that did not observe it', () => {
    const opener = debrief('2026-10-01', { skillToDrill: 'Holding silence' })
    const notSeen = debrief('2026-10-05', { skillFocus: 'holding silence', skillObserved: false })
    const notRecorded = debrief('2026-10-06', { skillFocus: 'Holding silence', skillObserved: null })
    const otherFocus = debrief('2026-10-07', { skillFocus: 'Discovery questions', skillObserved: true })
    expect(openSkills([opener, notSeen, notRecorded, otherFocus]).map((s) => s.skill)).toEqual(['Holding silence'])
  })

  it('closes it when a later debrief, on a call set out to observe it, saw it done', () => {
    const opener = debrief('2026-10-01', { skillToDrill: 'Holding silence' })
    const seen = debrief('2026-10-08', { skillFocus: '  HOLDING silence', skillObserved: true })
    expect(openSkills([opener, seen])).toEqual([])
  })

  it('is not closed by an observation that came before it was opened', () => {
    const seen = debrief('2026-09-20', { skillFocus: 'Holding silence', skillObserved: true })
    const opener = debrief('2026-10-01', { skillToDrill: 'Holding silence' })
    expect(openSkills([seen, opener]).map((s) => s.fromCallId)).toEqual([opener.callId])
  })

  it('stays open when the observing debrief asks to drill it again', () => {
    const opener = debrief('2026-10-01', { skillToDrill: 'Holding silence' })
    const again = debrief('2026-10-08', { skillFocus: 'Holding silence', skillObserved: true, skillToDrill: 'holding silence', drillReps: 5 })
    expect(openSkills([opener, again])).toEqual([
      { skill: 'holding silence', drillType: null, drillReps: 5, openedOn: '2026-10-08', fromCallId: again.callId },
    ])
  })

  it('reopens a closed skill, lists each skill once, newest first', () => {
    const list = [
      debrief('2026-09-01', { skillToDrill: 'Discovery questions' }),
      debrief('2026-09-02', { skillToDrill: 'Holding silence' }),
      debrief('2026-09-03', { skillFocus: 'discovery questions', skillObserved: true }),
      debrief('2026-09-04', { skillToDrill: 'Asking for the next step' }),
      debrief('2026-09-05', { skillToDrill: 'Discovery Questions', drillType: 'drill' }),
      debrief('2026-09-06', { skillToDrill: '   ' }),
    ]
    expect(openSkills(list).map((s) => [s.skill, s.openedOn])).toEqual([
      ['Discovery Questions', '2026-09-05'],
      ['Asking for the next step', '2026-09-04'],
      ['Holding silence', '2026-09-02'],
    ])
  })

  it('refreshes a skill asked again while open, moving it to the top', () => {
    const list = [
      debrief('2026-09-01', { skillToDrill: 'Holding silence', drillReps: 3 }),
      debrief('2026-09-02', { skillToDrill: 'Asking for the next step' }),
      debrief('2026-09-03', { skillToDrill: 'holding silence', drillReps: 6 }),
    ]
    expect(openSkills(list).map((s) => [s.skill, s.drillReps])).toEqual([
      ['holding silence', 6],
      ['Asking for the next step', null],
    ])
  })
})
