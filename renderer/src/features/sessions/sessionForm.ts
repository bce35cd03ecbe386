import { SESSION_KINDS, type RootCause, type SessionKind } from '../../../../shared/domain'
import type { CoachingSession } from '../../../../shared/entities'
import type { RichTextDoc } from '../../../../shared/richText'
import type { FieldErrors } from '../../api/errors'
import type { SessionCreateInput } from './useSessions'

export const SESSION_FIELDS = ['repId', 'date', 'kind', 'skill', 'minutes', 'asks', 'tells', 'rootCause', 'rootCauseNote', 'notes'] as const
export type SessionField = (typeof SESSION_FIELDS)[number]

/** The form holds text as typed; the notes are the editor's stored document. */
export type SessionFormValues = {
  repId: string
  date: string
  kind: SessionKind | ''
  skill: string
  minutes: string
  /** Tallies as typed ('' is "not counted"), as in the debrief. */
  asks: string
  tells: string
  rootCause: RootCause | null
  rootCauseNote: string
  notes: RichTextDoc | null
}

/** One line each, in the app's words, beside the choice of kind. */
export const SESSION_KIND_HINTS: Record<SessionKind, string> = {
  role_play: 'You play the customer; the rep practises the conversation.',
  drill: 'One skill, repeated until it comes without thinking.',
  prebrief: 'Planning a call together before it happens.',
  postbrief: 'Looking back on a call together after it.',
  one_on_one: 'Your regular meeting with the rep.',
}

export function emptySessionForm(today: string, repId = ''): SessionFormValues {
  return { repId, date: today, kind: '', skill: '', minutes: '', asks: '', tells: '', rootCause: null, rootCauseNote: '', notes: null }
}

export function sessionToForm(session: CoachingSession): SessionFormValues {
  return {
    repId: session.repId,
    date: session.date,
    kind: session.kind,
    skill: session.skill ?? '',
    minutes: session.minutes === null ? '' : String(session.minutes),
    asks: session.asks === null ? '' : String(session.asks),
    tells: session.tells === null ? '' : String(session.tells),
    rootCause: session.rootCause,
    rootCauseNote: session.rootCauseNote ?? '',
    notes: session.notes,
  }
}

const MAX_MINUTES = 24 * 60
const MAX_COUNT = 999

/**
 * What the form sends, or the fields to fix first. The checks here are the ones a person needs
 * at once (nothing chosen, minutes that are not a number); the core checks everything again and
 * its answer lands next to the same fields.
 */
export function formToSessionInput(
  values: SessionFormValues,
): { ok: true; input: SessionCreateInput } | { ok: false; fieldErrors: FieldErrors<SessionField> } {
  const fieldErrors: FieldErrors<SessionField> = {}
  if (values.repId === '') fieldErrors.repId = 'Choose the rep you coached'
  if (values.date === '') fieldErrors.date = 'Enter the day of the session'
  if (values.kind === '' || !(SESSION_KINDS as readonly string[]).includes(values.kind)) fieldErrors.kind = 'Choose what kind of session it was'
  const minutesText = values.minutes.trim()
  let minutes: number | null = null
  if (minutesText !== '') {
    if (!/^\d+$/.test(minutesText)) fieldErrors.minutes = 'Enter whole minutes, such as 20'
    else if (Number(minutesText) > MAX_MINUTES) fieldErrors.minutes = 'A session cannot last more than a day'
    else minutes = Number(minutesText)
  }
  const count = (field: 'asks' | 'tells'): number | null => {
    const text = values[field].trim()
    if (text === '') return null
    if (!/^\d+$/.test(text) || Number(text) > MAX_COUNT) {
      fieldErrors[field] = `Enter a whole number from 0 to ${MAX_COUNT}`
      return null
    }
    return Number(text)
  }
  const asks = count('asks')
  const tells = count('tells')
  if (Object.keys(fieldErrors).length > 0 || values.kind === '') return { ok: false, fieldErrors }
  return {
    ok: true,
    input: {
      repId: values.repId,
      date: values.date,
      kind: values.kind,
      skill: values.skill.trim() === '' ? null : values.skill,
      minutes,
      asks,
      tells,
      rootCause: values.rootCause,
      rootCauseNote: values.rootCauseNote.trim() === '' ? null : values.rootCauseNote,
      notes: values.notes,
    },
  }
}

/** "Role play — Holding silence", or the kind alone. */
export function sessionTitle(kindLabel: string, skill: string | null): string {
  return skill ? `${kindLabel} — ${skill}` : kindLabel
}

/** "20 min", "1 h 30 min". */
export function formatMinutes(minutes: number | null): string {
  if (minutes === null) return '—'
  if (minutes < 60) return `${minutes} min`
  const hours = Math.floor(minutes / 60)
  const rest = minutes % 60
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`
}
