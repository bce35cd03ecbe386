import type { ReactNode } from 'react'
import type { CoachingSession, Rep } from '../../../../shared/entities'
import { ROOT_CAUSE_LABELS, SESSION_KIND_LABELS } from '../../../../shared/labels'
import type { RichTextDoc } from '../../../../shared/richText'
import { RichTextView } from '../../editor'
import { bothDocs, bothTexts, looseFields, type ConflictItem, type Held, type MergedEditorShape } from '../../lib/editing'
import { formatDay } from '../../lib/format'
import { formToSessionInput, SESSION_FIELDS, sessionToForm, type SessionField, type SessionFormValues } from './sessionForm'
import type { SessionCreateInput } from './useSessions'

/** How the session screen takes part in "two windows, one truth" (docs/conflicts.md). */
export function sessionShape(): MergedEditorShape<SessionFormValues, CoachingSession, SessionCreateInput> {
  const send = (form: SessionFormValues) => {
    const parsed = formToSessionInput(form)
    return parsed.ok ? parsed.input : null
  }
  return {
    fields: SESSION_FIELDS,
    toForm: sessionToForm,
    comparable: looseFields,
    toSend: send,
    baseOf: (form) => send(form) ?? looseFields(form),
    versionOf: (stored) => stored.updatedAt,
  }
}

export const SESSION_BOTH: Partial<Record<SessionField, (mine: unknown, theirs: unknown) => unknown>> = {
  skill: bothTexts(' / '),
  rootCauseNote: bothTexts('\n\n'),
  notes: bothDocs,
}

const LABELS: Record<SessionField, string> = {
  repId: 'Rep',
  date: 'Day',
  kind: 'Kind of session',
  skill: 'Skill',
  minutes: 'Minutes',
  asks: 'Questions you asked',
  tells: 'Things you told',
  rootCause: 'Root cause',
  rootCauseNote: 'What points to it',
  notes: 'Notes',
}

const EMPTY = <em className="muted">Left empty</em>

function shown(field: SessionField, value: unknown, reps: readonly Rep[]): ReactNode {
  if (value === null || value === '' || value === undefined) return EMPTY
  switch (field) {
    case 'repId':
      return reps.find((rep) => rep.id === value)?.name ?? 'Another rep'
    case 'date':
      return typeof value === 'string' ? formatDay(value) : EMPTY
    case 'kind':
      return SESSION_KIND_LABELS[value as keyof typeof SESSION_KIND_LABELS] ?? EMPTY
    case 'rootCause':
      return ROOT_CAUSE_LABELS[value as keyof typeof ROOT_CAUSE_LABELS] ?? EMPTY
    case 'asks':
    case 'tells':
      return typeof value === 'number' || typeof value === 'string' ? String(value) : EMPTY
    case 'notes': {
      const doc = value as RichTextDoc
      return (doc.content?.length ?? 0) > 0 ? <RichTextView doc={doc} /> : EMPTY
    }
    default:
      return typeof value === 'string' ? value : EMPTY
  }
}

export function sessionConflicts(held: Held, reps: readonly Rep[]): ConflictItem[] {
  return SESSION_FIELDS.filter((field) => field in held).map((field) => ({
    field,
    label: LABELS[field],
    theirs: shown(field, held[field]?.theirs, reps),
    canKeepBoth: field in SESSION_BOTH,
  }))
}
