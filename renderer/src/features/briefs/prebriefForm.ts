import type { PrebriefInput } from '../../../../shared/contract'
import type { CallPart, Leader, Purpose, Role } from '../../../../shared/domain'
import { CALL_PARTS, LEADERS } from '../../../../shared/domain'
import type { Prebrief } from '../../../../shared/entities'
import type { RichTextDoc } from '../../../../shared/richText'

/** A question row on screen; the key keeps focus and React's identity through reordering. */
export type QuestionRow = { key: string; text: string }

/** The pre-brief as the screen holds it: text as typed, numbers as typed, nothing trimmed yet. */
export type PrebriefForm = {
  plannedRole: Role | null
  purpose: Purpose | null
  objective: string
  nextStep: string
  leads: Partial<Record<CallPart, Leader>>
  questions: QuestionRow[]
  interventionRule: string
  /** As typed in the number box: '' is "not estimated"; anything else is sent as a number. */
  takeoverRisk: string
  skillFocus: string
  notes: RichTextDoc | null
}

export const PREBRIEF_FIELDS = [
  'plannedRole',
  'purpose',
  'objective',
  'nextStep',
  'leads',
  'questions',
  'interventionRule',
  'takeoverRisk',
  'skillFocus',
  'notes',
] as const
export type PrebriefField = (typeof PREBRIEF_FIELDS)[number]

let rowSeq = 0
export function questionRow(text = ''): QuestionRow {
  rowSeq += 1
  return { key: `q${rowSeq}`, text }
}

function isLeader(value: string | undefined): value is Leader {
  return (LEADERS as readonly string[]).includes(value ?? '')
}

/**
 * The form for a call's pre-brief. A call without one starts empty, except for the skill to
 * observe: the rep's open skill to drill, when there is one.
 */
export function toPrebriefForm(prebrief: Prebrief | null, suggestedSkill: string | null = null): PrebriefForm {
  const leads: PrebriefForm['leads'] = {}
  for (const part of CALL_PARTS) {
    const value = prebrief?.leads?.[part]
    if (isLeader(value)) leads[part] = value
  }
  return {
    plannedRole: prebrief?.plannedRole ?? null,
    purpose: prebrief?.purpose ?? null,
    objective: prebrief?.objective ?? '',
    nextStep: prebrief?.nextStep ?? '',
    leads,
    questions: (prebrief?.questions ?? []).map((text) => questionRow(text)),
    interventionRule: prebrief?.interventionRule ?? '',
    takeoverRisk: prebrief?.takeoverRisk === null || prebrief?.takeoverRisk === undefined ? '' : String(prebrief.takeoverRisk),
    skillFocus: prebrief ? (prebrief.skillFocus ?? '') : (suggestedSkill ?? ''),
    notes: prebrief?.notes ?? null,
  }
}

/**
 * A number box's text as sent: '' is null, a number is a number, and anything else goes as the
 * text it is, so the core refuses it in its own words (JSON would quietly turn NaN into null).
 */
export function numberOrNull(text: string): number | null {
  const trimmed = text.trim()
  if (trimmed === '') return null
  const value = Number(trimmed)
  return Number.isFinite(value) ? value : (trimmed as unknown as number)
}

/**
 * What is sent to `prebriefs.save`, or null while it cannot be saved (no role yet). Blank
 * question rows are drafts and are left out; everything else goes as it stands, so the core
 * judges the whole record (a takeover chance of 150 is refused with nothing half-saved).
 */
export function toPrebriefInput(form: PrebriefForm): PrebriefInput | null {
  const fields = prebriefFields(form)
  return fields.plannedRole === null ? null : { ...fields, plannedRole: fields.plannedRole }
}

/** Every field as sent, even before a role is picked: what a save states as its base. */
export type PrebriefFields = Omit<PrebriefInput, 'plannedRole'> & { plannedRole: Role | null }

export function prebriefFields(form: PrebriefForm): PrebriefFields {
  const leads = Object.keys(form.leads).length > 0 ? { ...form.leads } : null
  return {
    plannedRole: form.plannedRole,
    purpose: form.purpose,
    objective: form.objective,
    nextStep: form.nextStep,
    leads,
    questions: form.questions.map((q) => q.text.trim()).filter((text) => text !== ''),
    interventionRule: form.interventionRule,
    takeoverRisk: numberOrNull(form.takeoverRisk),
    skillFocus: form.skillFocus,
    notes: form.notes,
  }
}
