import type { DebriefInput } from '../../../../shared/contract'
import type { DrillType, Outcome, RescueFear, RescueInitiator, Role, RootCause } from '../../../../shared/domain'
import { MIN_DRILL_REPS, RESCUE_ROLE } from '../../../../shared/domain'
import type { Debrief } from '../../../../shared/entities'
import type { RichTextDoc } from '../../../../shared/richText'
import { numberOrNull } from './prebriefForm'

/** The debrief as the screen holds it; counts and repetitions as typed. */
export type DebriefForm = {
  actualRole: Role | null
  outcome: Outcome | null
  rescueInitiator: RescueInitiator | null
  rescueFear: RescueFear | null
  asks: string
  tells: string
  repSelfAssessment: RichTextDoc | null
  rootCause: RootCause | null
  rootCauseNote: string
  lesson: string
  skillObserved: boolean | null
  skillToDrill: string
  drillType: DrillType | null
  drillReps: string
  notes: RichTextDoc | null
  privateNotes: RichTextDoc | null
}

export const DEBRIEF_FIELDS = [
  'actualRole',
  'outcome',
  'rescueInitiator',
  'rescueFear',
  'asks',
  'tells',
  'repSelfAssessment',
  'rootCause',
  'rootCauseNote',
  'lesson',
  'skillObserved',
  'skillToDrill',
  'drillType',
  'drillReps',
  'notes',
  'privateNotes',
] as const
export type DebriefField = (typeof DEBRIEF_FIELDS)[number]

/** A tap counter's bounds: the same as the core's count (0 to 999). */
export const COUNT_MIN = 0
export const COUNT_MAX = 999

const text = (n: number | null) => (n === null ? '' : String(n))

export function toDebriefForm(debrief: Debrief | null): DebriefForm {
  return {
    actualRole: debrief?.actualRole ?? null,
    outcome: debrief?.outcome ?? null,
    rescueInitiator: debrief?.rescueInitiator ?? null,
    rescueFear: debrief?.rescueFear ?? null,
    asks: text(debrief?.asks ?? null),
    tells: text(debrief?.tells ?? null),
    repSelfAssessment: debrief?.repSelfAssessment ?? null,
    rootCause: debrief?.rootCause ?? null,
    rootCauseNote: debrief?.rootCauseNote ?? '',
    lesson: debrief?.lesson ?? '',
    skillObserved: debrief?.skillObserved ?? null,
    skillToDrill: debrief?.skillToDrill ?? '',
    drillType: debrief?.drillType ?? null,
    // Repetitions start at the fewest worth judging a skill by.
    drillReps: debrief ? text(debrief.drillReps) : String(MIN_DRILL_REPS),
    notes: debrief?.notes ?? null,
    privateNotes: debrief?.privateNotes ?? null,
  }
}

/** Who started a rescue and why are asked only about a rescue; the answers wait on screen otherwise. */
export function isRescue(form: Pick<DebriefForm, 'actualRole'>): boolean {
  return form.actualRole === RESCUE_ROLE
}

/** What is sent to `debriefs.save`, or null while it cannot be saved (no actual role yet). */
export function toDebriefInput(form: DebriefForm, options: { planHadSkillFocus: boolean }): DebriefInput | null {
  const fields = debriefFields(form, options)
  return fields.actualRole === null ? null : { ...fields, actualRole: fields.actualRole }
}

/** Every field as sent, even before a role is picked: what a save states as its base. */
export type DebriefFields = Omit<DebriefInput, 'actualRole'> & { actualRole: Role | null }

export function debriefFields(form: DebriefForm, { planHadSkillFocus }: { planHadSkillFocus: boolean }): DebriefFields {
  const rescue = isRescue(form)
  return {
    actualRole: form.actualRole,
    outcome: form.outcome,
    rescueInitiator: rescue ? form.rescueInitiator : null,
    rescueFear: rescue ? form.rescueFear : null,
    asks: numberOrNull(form.asks),
    tells: numberOrNull(form.tells),
    repSelfAssessment: form.repSelfAssessment,
    rootCause: form.rootCause,
    rootCauseNote: form.rootCauseNote,
    lesson: form.lesson,
    skillObserved: planHadSkillFocus ? form.skillObserved : null,
    skillToDrill: form.skillToDrill,
    drillType: form.drillType,
    drillReps: numberOrNull(form.drillReps),
    notes: form.notes,
    privateNotes: form.privateNotes,
  }
}

/** Steps a counter's text by `delta`, kept within 0–999 (text that is not a count counts as 0). */
export function stepCount(value: string, delta: number): string {
  const current = Number.parseInt(value, 10)
  const base = Number.isFinite(current) ? current : 0
  const next = Math.max(COUNT_MIN, Math.min(COUNT_MAX, base + delta))
  return String(next)
}

/** The share of the debrief conversation spent asking: null until both counts are in and not both 0. */
export function askShare(asks: string, tells: string): number | null {
  const a = Number(asks)
  const t = Number(tells)
  if (asks.trim() === '' || tells.trim() === '') return null
  if (!Number.isInteger(a) || !Number.isInteger(t) || a < 0 || t < 0) return null
  return a + t === 0 ? null : a / (a + t)
}
