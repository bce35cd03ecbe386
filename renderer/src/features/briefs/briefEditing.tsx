import type { ReactNode } from 'react'
import type { DebriefInput, PrebriefInput } from '../../../../shared/contract'
import { CALL_PARTS } from '../../../../shared/domain'
import type { Debrief, Prebrief } from '../../../../shared/entities'
import {
  CALL_PART_LABELS,
  DRILL_TYPE_LABELS,
  LEADER_LABELS,
  OUTCOME_LABELS,
  PURPOSE_LABELS,
  RESCUE_FEAR_LABELS,
  RESCUE_INITIATOR_LABELS,
  ROLE_LABELS,
  ROOT_CAUSE_LABELS,
} from '../../../../shared/labels'
import type { RichTextDoc } from '../../../../shared/richText'
import { RichTextView } from '../../editor'
import { bothDocs, bothLists, bothTexts, looseFields, type ConflictItem, type Held, type MergedEditorShape } from '../../lib/editing'
import { debriefFields, DEBRIEF_FIELDS, toDebriefForm, toDebriefInput, type DebriefField, type DebriefForm } from './debriefForm'
import {
  prebriefFields,
  PREBRIEF_FIELDS,
  toPrebriefForm,
  toPrebriefInput,
  type PrebriefField,
  type PrebriefForm,
  type QuestionRow,
} from './prebriefForm'

/**
 * How the brief editors take part in "two windows, one truth" (docs/conflicts.md): what a field is
 * (every top-level field of the form; a rich-text note, the list of questions and the `leads` map
 * each count as one), how its value compares, how two versions are kept together, and how the
 * other window's version reads in the conflict panel.
 */
export function prebriefShape(): MergedEditorShape<PrebriefForm, Prebrief, PrebriefInput> {
  return {
    fields: PREBRIEF_FIELDS,
    toForm: (stored) => toPrebriefForm(stored),
    comparable: (form) => looseFields(prebriefFields(form)),
    toSend: toPrebriefInput,
    baseOf: prebriefFields,
    versionOf: (stored) => stored.updatedAt,
  }
}

export function debriefShape(planHadSkillFocus: boolean): MergedEditorShape<DebriefForm, Debrief, DebriefInput> {
  const options = { planHadSkillFocus }
  return {
    fields: DEBRIEF_FIELDS,
    toForm: (stored) => toDebriefForm(stored),
    comparable: (form) => looseFields(debriefFields(form, options)),
    toSend: (form) => toDebriefInput(form, options),
    baseOf: (form) => debriefFields(form, options),
    versionOf: (stored) => stored.updatedAt,
  }
}

const paragraphs = bothTexts('\n\n')
const oneLine = bothTexts(' / ')

/** "Keep both" where two versions can stand together; choices and numbers cannot. */
export const PREBRIEF_BOTH: Partial<Record<PrebriefField, (mine: unknown, theirs: unknown) => unknown>> = {
  objective: paragraphs,
  nextStep: paragraphs,
  interventionRule: paragraphs,
  skillFocus: oneLine,
  notes: bothDocs,
  questions: bothLists<QuestionRow>((row) => row.text),
}

export const DEBRIEF_BOTH: Partial<Record<DebriefField, (mine: unknown, theirs: unknown) => unknown>> = {
  repSelfAssessment: bothDocs,
  rootCauseNote: paragraphs,
  lesson: paragraphs,
  skillToDrill: oneLine,
  notes: bothDocs,
  privateNotes: bothDocs,
}

const PREBRIEF_LABELS: Record<PrebriefField, string> = {
  plannedRole: 'The role you plan to play',
  purpose: 'Why you are going',
  objective: 'Objective',
  nextStep: 'The next step the customer agrees to',
  leads: 'Who leads each part',
  questions: 'Questions the rep plans to ask',
  interventionRule: 'Your intervention rule',
  takeoverRisk: 'Chance you take over (%)',
  skillFocus: 'Skill to observe',
  notes: 'Notes',
}

const DEBRIEF_LABELS: Record<DebriefField, string> = {
  actualRole: 'The role you actually played',
  outcome: 'How the call ended',
  rescueInitiator: 'Who started the takeover?',
  rescueFear: 'The fear behind it',
  asks: 'Questions you asked',
  tells: 'Things you told',
  repSelfAssessment: 'The rep’s own assessment',
  rootCause: 'Root cause',
  rootCauseNote: 'What points to it',
  lesson: 'The lesson',
  skillObserved: 'Was the skill you set out to observe seen done well?',
  skillToDrill: 'One skill to drill',
  drillType: 'How to practise it',
  drillReps: 'Repetitions',
  notes: 'Notes to share',
  privateNotes: 'Private notes',
}

const EMPTY = <em className="muted">Left empty</em>

function labelled(labels: Record<string, string>, value: unknown): ReactNode {
  return typeof value === 'string' && value in labels ? labels[value] : EMPTY
}

function text(value: unknown): ReactNode {
  return typeof value === 'string' && value.trim() !== '' ? value : EMPTY
}

function note(value: unknown): ReactNode {
  const doc = value as RichTextDoc | null
  return doc && (doc.content?.length ?? 0) > 0 ? <RichTextView doc={doc} /> : EMPTY
}

function prebriefValue(field: PrebriefField, value: unknown): ReactNode {
  switch (field) {
    case 'plannedRole':
      return labelled(ROLE_LABELS, value)
    case 'purpose':
      return labelled(PURPOSE_LABELS, value)
    case 'leads': {
      const leads = (value ?? {}) as Partial<Record<string, string>>
      const parts = CALL_PARTS.filter((part) => leads[part]).map(
        (part) => `${CALL_PART_LABELS[part]}: ${LEADER_LABELS[leads[part] as keyof typeof LEADER_LABELS] ?? leads[part]}`,
      )
      return parts.length > 0 ? parts.join(' · ') : EMPTY
    }
    case 'questions': {
      const rows = ((value ?? []) as QuestionRow[]).filter((row) => row.text.trim() !== '')
      return rows.length > 0 ? (
        <ol>
          {rows.map((row) => (
            <li key={row.key}>{row.text}</li>
          ))}
        </ol>
      ) : (
        EMPTY
      )
    }
    case 'notes':
      return note(value)
    default:
      return text(value)
  }
}

/** The debrief's choices, shown by their labels when another window chose differently. */
const DEBRIEF_CHOICE_LABELS: Partial<Record<DebriefField, Record<string, string>>> = {
  actualRole: ROLE_LABELS,
  outcome: OUTCOME_LABELS,
  rescueInitiator: RESCUE_INITIATOR_LABELS,
  rescueFear: RESCUE_FEAR_LABELS,
  rootCause: ROOT_CAUSE_LABELS,
  drillType: DRILL_TYPE_LABELS,
}

function debriefValue(field: DebriefField, value: unknown): ReactNode {
  const labels = DEBRIEF_CHOICE_LABELS[field]
  if (labels) return labelled(labels, value)
  switch (field) {
    case 'skillObserved':
      return value === true ? 'Yes' : value === false ? 'No' : EMPTY
    case 'repSelfAssessment':
    case 'notes':
    case 'privateNotes':
      return note(value)
    default:
      return text(value)
  }
}

export function prebriefConflicts(held: Held): ConflictItem[] {
  return PREBRIEF_FIELDS.filter((field) => field in held).map((field) => ({
    field,
    label: PREBRIEF_LABELS[field],
    theirs: prebriefValue(field, held[field]?.theirs),
    canKeepBoth: field in PREBRIEF_BOTH,
  }))
}

export function debriefConflicts(held: Held): ConflictItem[] {
  return DEBRIEF_FIELDS.filter((field) => field in held).map((field) => ({
    field,
    label: DEBRIEF_LABELS[field],
    theirs: debriefValue(field, held[field]?.theirs),
    canKeepBoth: field in DEBRIEF_BOTH,
  }))
}
