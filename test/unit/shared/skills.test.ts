import { describe, expect, it } from 'vitest'
import { DEFAULT_SKILL_TARGET } from '../../../shared/domain'
import type { SkillRecord } from '../../../shared/entities'
import {
  legacyMasteries,
  skillKey,
  skillProgress,
  splitSkills,
  type SkillOpening,
  type SkillPractice,
} from '../../../shared/skills'

let n = 0
const opening = (date: string, skill: string, fields: Partial<SkillOpening> = {}): SkillOpening => ({
  callId: `c${++n}`,
  date,
  skill,
  drillType: null,
  drillReps: null,
  ...fields,
})
const session = (date: string, skill: string): SkillPractice => ({ kind: 'session', id: `s${++n}`, date, skill })
const seenOnCall = (date: string, skill: string): SkillPractice => ({ kind: 'call', id: `c${++n}`, date, skill })
const record = (skill: string, fields: Partial<SkillRecord> = {}): SkillRecord => ({
  id: `k${++n}`,
  repId: 'r1',
  skill,
  targetReps: null,
  status: 'open',
  statusOn: null,
  updatedAt: null,
  ...fields,
})
const TODAY = '2026-11-15'
const progress = (openings: SkillOpening[], practice: SkillPractice[] = [], records: SkillRecord[] = [], today = TODAY) =>
  skillProgress({ openings, practice, records, today })

describe('skillKey', () => {
  it('ignores case and surrounding or doubled spaces', () => {
    expect(skillKey('  Holding   Silence ')).toBe('holding silence')
    expect(skillKey('holding silence')).toBe(skillKey('HOLDING SILENCE'))
  })
})

describe('skillProgress: what counts as a repetition', () => {
  it('counts sessions naming the skill and calls where it was seen done well, from its opening to today', () => {
    const [skill] = progress(
      [opening('2026-10-01', 'Holding silence', { drillReps: 4, drillType: 'role_play' })],
      [
        session('2026-09-30', 'Holding silence'), // before it was opened
        session('2026-10-01', 'holding  SILENCE'), // the day it opened counts
        seenOnCall('2026-10-08', 'Holding silence'),
        session('2026-10-09', 'Discovery questions'), // another skill
        session('2026-11-20', 'Holding silence'), // not happened yet
      ],
    )
    expect(skill).toMatchObject({ skill: 'Holding silence', done: 2, target: 4, lastPractisedOn: '2026-10-08', status: 'open' })
  })

  it('keeps counting from the first opening when a later debrief asks to drill it again', () => {
    const first = opening('2026-10-01', 'Holding silence', { drillReps: 3 })
    const again = opening('2026-10-20', 'Holding Silence', { drillReps: 6 })
    const [skill] = progress([first, again], [session('2026-10-05', 'Holding silence'), session('2026-10-25', 'Holding silence')])
    expect(skill).toMatchObject({ skill: 'Holding Silence', drillReps: 6, target: 6, done: 2, openedOn: '2026-10-20', countedFrom: '2026-10-01', fromCallId: again.callId })
  })

  it("takes the manager's target over the debrief's, and a sensible default when neither says", () => {
    const skills = progress(
      [opening('2026-10-01', 'Holding silence', { drillReps: 3 }), opening('2026-10-02', 'Discovery questions')],
      [],
      [record('HOLDING SILENCE', { targetReps: 8 })],
    )
    expect(skills.map((s) => [s.skill, s.target, s.targetSetByYou])).toEqual([
      ['Discovery questions', DEFAULT_SKILL_TARGET, false],
      ['Holding silence', 8, true],
    ])
  })
})

describe('skillProgress: mastered, dropped and reopened', () => {
  it('closes a skill only when marked, keeping the day; open again when marked open', () => {
    const openings = [opening('2026-10-01', 'Holding silence'), opening('2026-10-02', 'Discovery questions')]
    const practice = [seenOnCall('2026-10-08', 'Holding silence')]
    expect(progress(openings, practice).every((s) => s.status === 'open')).toBe(true)
    const marked = progress(openings, practice, [
      record('Holding silence', { status: 'mastered', statusOn: '2026-10-09' }),
      record('Discovery questions', { status: 'dropped', statusOn: '2026-10-03' }),
    ])
    const { open, closed } = splitSkills(marked)
    expect(open).toEqual([])
    expect(closed.map((s) => [s.skill, s.status, s.statusOn])).toEqual([
      ['Holding silence', 'mastered', '2026-10-09'],
      ['Discovery questions', 'dropped', '2026-10-03'],
    ])
    expect(progress(openings, practice, [record('Holding silence', { status: 'open' })]).map((s) => s.status)).toEqual(['open', 'open'])
  })

  it('reopens a closed skill that a debrief after the close asks to drill again, counting afresh from then', () => {
    const skills = progress(
      [opening('2026-10-01', 'Holding silence'), opening('2026-10-20', 'holding silence')],
      [session('2026-10-05', 'Holding silence'), session('2026-10-22', 'Holding silence')],
      [record('Holding silence', { status: 'mastered', statusOn: '2026-10-10' })],
    )
    expect(skills).toMatchObject([{ status: 'open', statusOn: null, countedFrom: '2026-10-20', done: 1 }])
  })

  it('does not reopen for a debrief on the day of the close or before it', () => {
    const skills = progress(
      [opening('2026-10-01', 'Holding silence'), opening('2026-10-10', 'Holding silence')],
      [],
      [record('Holding silence', { status: 'dropped', statusOn: '2026-10-10' })],
    )
    expect(skills.map((s) => s.status)).toEqual(['dropped'])
  })

  it('shows nothing for a decision whose opening debriefs are gone', () => {
    expect(progress([], [session('2026-10-05', 'Holding silence')], [record('Holding silence', { targetReps: 4 })])).toEqual([])
  })
})

describe('legacyMasteries: the rule before skill decisions', () => {
  const d = (date: string, fields: { skillFocus?: string; skillObserved?: boolean; skillToDrill?: string }) => ({
    date,
    skillFocus: fields.skillFocus ?? null,
    skillObserved: fields.skillObserved ?? null,
    skillToDrill: fields.skillToDrill ?? null,
  })

  it('finds a skill closed by a later debrief that set out to observe it and saw it done', () => {
    expect(
      legacyMasteries([
        d('2026-10-01', { skillToDrill: 'Holding silence' }),
        d('2026-10-05', { skillFocus: 'Holding silence', skillObserved: false }),
        d('2026-10-08', { skillFocus: '  HOLDING silence', skillObserved: true }),
        d('2026-10-09', { skillFocus: 'Holding silence', skillObserved: true }),
      ]),
    ).toEqual([{ skill: 'Holding silence', on: '2026-10-08' }])
  })

  it('leaves open what was observed before it was opened, or observed and asked again by the same debrief', () => {
    expect(
      legacyMasteries([
        d('2026-09-20', { skillFocus: 'Discovery questions', skillObserved: true }),
        d('2026-10-01', { skillToDrill: 'Discovery questions' }),
        d('2026-10-02', { skillToDrill: 'Holding silence' }),
        d('2026-10-08', { skillFocus: 'Holding silence', skillObserved: true, skillToDrill: 'holding silence' }),
      ]),
    ).toEqual([])
  })

  it('forgets a close once a later debrief reopens the skill', () => {
    expect(
      legacyMasteries([
        d('2026-10-01', { skillToDrill: 'Holding silence' }),
        d('2026-10-08', { skillFocus: 'Holding silence', skillObserved: true }),
        d('2026-10-20', { skillToDrill: 'Holding silence' }),
      ]),
    ).toEqual([])
  })
})
