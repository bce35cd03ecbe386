import { describe, expect, it } from 'vitest'
import type { Debrief, Prebrief } from '../../../../../shared/entities'
import { askShare, stepCount, toDebriefForm, toDebriefInput } from '../../../../../renderer/src/features/briefs/debriefForm'
import { moveItem } from '../../../../../renderer/src/features/briefs/listOrder'
import { numberOrNull, questionRow, toPrebriefForm, toPrebriefInput } from '../../../../../renderer/src/features/briefs/prebriefForm'
import { compareWithPlan } from '../../../../../renderer/src/features/briefs/PlanBeside'

const prebrief: Prebrief = {
  plannedRole: 'technical_expert',
  purpose: 'training',
  objective: 'Agree on the pilot scope',
  nextStep: 'Pilot kickoff date',
  leads: { opening: 'rep', presenting: 'together', objections: 'someone else' },
  questions: ['Why now?', 'Who signs?'],
  interventionRule: 'Only if pricing goes outside policy',
  takeoverRisk: 30,
  skillFocus: 'Asking for the next step',
  notes: null,
  updatedAt: null,
}

describe('moving an item in a list', () => {
  it('moves up, down and clamps at the ends', () => {
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'c', 'b'])
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c'])
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c'])
    expect(moveItem(['a', 'b', 'c'], 2, 9)).toEqual(['a', 'b', 'c'])
    expect(moveItem(['a', 'b', 'c'], 0, 9)).toEqual(['b', 'c', 'a'])
  })

  it('leaves the original list alone', () => {
    const list = ['a', 'b']
    moveItem(list, 1, 0)
    expect(list).toEqual(['a', 'b'])
  })
})

describe('the pre-brief form', () => {
  it('is not saved without a planned role', () => {
    expect(toPrebriefInput({ ...toPrebriefForm(null), objective: 'Something' })).toBeNull()
  })

  it('starts a new pre-brief with the suggested skill, and an existing one with its own', () => {
    expect(toPrebriefForm(null, 'Holding silence').skillFocus).toBe('Holding silence')
    expect(toPrebriefForm({ ...prebrief, skillFocus: null }, 'Holding silence').skillFocus).toBe('')
  })

  it('keeps only the leaders it knows and sends blank question rows nowhere', () => {
    const form = toPrebriefForm(prebrief)
    expect(form.leads).toEqual({ opening: 'rep', presenting: 'together' })
    form.questions = [...form.questions, questionRow('  '), questionRow(' Next? ')]
    expect(toPrebriefInput(form)?.questions).toEqual(['Why now?', 'Who signs?', 'Next?'])
  })

  it('round-trips a stored pre-brief', () => {
    expect(toPrebriefInput(toPrebriefForm(prebrief))).toEqual({
      plannedRole: 'technical_expert',
      purpose: 'training',
      objective: 'Agree on the pilot scope',
      nextStep: 'Pilot kickoff date',
      leads: { opening: 'rep', presenting: 'together' },
      questions: ['Why now?', 'Who signs?'],
      interventionRule: 'Only if pricing goes outside policy',
      takeoverRisk: 30,
      skillFocus: 'Asking for the next step',
      notes: null,
    })
  })

  it('sends number boxes as numbers, blank as null, and anything else as typed for the core to refuse', () => {
    expect(numberOrNull('')).toBeNull()
    expect(numberOrNull(' 150 ')).toBe(150)
    expect(numberOrNull('lots')).toBe('lots')
  })
})

describe('the debrief form', () => {
  it('starts with 3 repetitions, the fewest worth judging a skill by', () => {
    expect(toDebriefForm(null).drillReps).toBe('3')
  })

  it('sends who started a rescue and why only when the role was the crutch', () => {
    const form = { ...toDebriefForm(null), actualRole: 'crutch' as const, rescueInitiator: 'me' as const, rescueFear: 'habit' as const }
    expect(toDebriefInput(form, { planHadSkillFocus: false })).toMatchObject({ rescueInitiator: 'me', rescueFear: 'habit' })
    expect(toDebriefInput({ ...form, actualRole: 'technical_expert' }, { planHadSkillFocus: false })).toMatchObject({
      rescueInitiator: null,
      rescueFear: null,
    })
  })

  it('asks whether the skill was seen only when the plan named one', () => {
    const form = { ...toDebriefForm(null), actualRole: 'technical_expert' as const, skillObserved: true }
    expect(toDebriefInput(form, { planHadSkillFocus: true })?.skillObserved).toBe(true)
    expect(toDebriefInput(form, { planHadSkillFocus: false })?.skillObserved).toBeNull()
  })

  it('is not saved without an actual role', () => {
    expect(toDebriefInput(toDebriefForm(null), { planHadSkillFocus: false })).toBeNull()
  })

  it('steps counts within 0–999', () => {
    expect(stepCount('', 1)).toBe('1')
    expect(stepCount('0', -1)).toBe('0')
    expect(stepCount('998', 10)).toBe('999')
    expect(stepCount('999', 1)).toBe('999')
    expect(stepCount('5', -10)).toBe('0')
  })

  it('works out the asking share only when both counts are in', () => {
    expect(askShare('6', '9')).toBeCloseTo(0.4)
    expect(askShare('6', '')).toBeNull()
    expect(askShare('0', '0')).toBeNull()
    expect(askShare('-1', '3')).toBeNull()
  })

  it('compares the plan with the debrief on screen', () => {
    const debrief: Debrief | null = null
    const form = { ...toDebriefForm(debrief), actualRole: 'crutch' as const, outcome: 'advanced' as const, skillObserved: false }
    const rows = compareWithPlan(prebrief, form)
    expect(rows.map((r) => [r.topic, r.planned, r.actual, r.verdict?.text])).toEqual([
      ['Role', 'Technical expert', 'Crutch', 'Slipped into a rescue'],
      ['Taking over', '30% chance', 'you took over', undefined],
      ['Next step', 'Pilot kickoff date', 'Advanced (a concrete next step)', undefined],
      ['Skill to observe', 'Asking for the next step', 'not seen done well yet', undefined],
    ])
    expect(compareWithPlan(null, toDebriefForm(null))[0]).toMatchObject({ planned: 'no plan', actual: 'not recorded yet' })
  })
})
