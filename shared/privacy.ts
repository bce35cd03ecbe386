import type { CoachingSession, Call, Debrief, Prebrief, Rep, Settings, SkillRecord } from './entities'

/**
 * What may leave the app on shareable output — printed sheets, the progress report, the calls
 * CSV and the metrics CSV — and what may not. Private is everything the manager records about
 * themself: their private notes, who started a takeover and the fear behind it, and how likely
 * they thought they were to take over. The rest describes the call, the rep and the coaching,
 * which the rep, a coach or a boss may see.
 *
 * Every field of every record is listed (a field added to a record does not compile until it is
 * classified here), and every shareable output reads this table: the print types and the calls
 * CSV columns are checked against it at compile time and by a test that walks a journal of marked
 * values through every output (test/e2e/privacy.spec.ts). The full journal file is not shareable
 * output: it carries everything and says so where it is offered.
 */
export type Visibility = 'shareable' | 'private'

export const FIELD_VISIBILITY = {
  rep: {
    id: 'shareable',
    name: 'shareable',
    title: 'shareable',
    startedOn: 'shareable',
    archived: 'shareable',
  },
  call: {
    id: 'shareable',
    repId: 'shareable',
    date: 'shareable',
    time: 'shareable',
    account: 'shareable',
    opportunity: 'shareable',
    dealValue: 'shareable',
    stage: 'shareable',
    stakes: 'shareable',
    cancelled: 'shareable',
  },
  prebrief: {
    plannedRole: 'shareable',
    purpose: 'shareable',
    objective: 'shareable',
    nextStep: 'shareable',
    leads: 'shareable',
    questions: 'shareable',
    // The one condition for stepping in is agreed with the rep before the call.
    interventionRule: 'shareable',
    // How likely the manager thought it was that they would take over: their own forecast.
    takeoverRisk: 'private',
    skillFocus: 'shareable',
    notes: 'shareable',
    updatedAt: 'shareable',
  },
  debrief: {
    actualRole: 'shareable',
    outcome: 'shareable',
    // Who started a takeover and what drove it: the manager's account of their own motives.
    rescueInitiator: 'private',
    rescueFear: 'private',
    asks: 'shareable',
    tells: 'shareable',
    repSelfAssessment: 'shareable',
    rootCause: 'shareable',
    rootCauseNote: 'shareable',
    lesson: 'shareable',
    skillObserved: 'shareable',
    skillToDrill: 'shareable',
    drillType: 'shareable',
    drillReps: 'shareable',
    notes: 'shareable',
    privateNotes: 'private',
    completedAt: 'shareable',
    // When the record last changed (docs/conflicts.md): bookkeeping, like completedAt.
    updatedAt: 'shareable',
  },
  session: {
    id: 'shareable',
    repId: 'shareable',
    date: 'shareable',
    kind: 'shareable',
    skill: 'shareable',
    minutes: 'shareable',
    // The talk of a challenge conversation, like a debrief's: counts and a diagnosis of the rep's
    // challenge, which the rep and a coach may see (the manager's own motives are not recorded here).
    asks: 'shareable',
    tells: 'shareable',
    rootCause: 'shareable',
    rootCauseNote: 'shareable',
    notes: 'shareable',
    updatedAt: 'shareable',
  },
  // The manager's decisions about a rep's skill to drill: part of the rep's coaching plan.
  skill: {
    id: 'shareable',
    repId: 'shareable',
    skill: 'shareable',
    targetReps: 'shareable',
    status: 'shareable',
    statusOn: 'shareable',
    updatedAt: 'shareable',
  },
  settings: {
    interstateThreshold: 'shareable',
    currency: 'shareable',
    paperSize: 'shareable',
    weekStart: 'shareable',
  },
} as const satisfies {
  rep: Record<keyof Rep, Visibility>
  call: Record<keyof Call, Visibility>
  prebrief: Record<keyof Prebrief, Visibility>
  debrief: Record<keyof Debrief, Visibility>
  session: Record<keyof CoachingSession, Visibility>
  skill: Record<keyof SkillRecord, Visibility>
  settings: Record<keyof Settings, Visibility>
}

export type RecordKind = keyof typeof FIELD_VISIBILITY
type Table = typeof FIELD_VISIBILITY

/** The private fields of a kind of record, e.g. `PrivateField<'debrief'>` = 'rescueInitiator' | … */
export type PrivateField<K extends RecordKind> = {
  [F in keyof Table[K]]: Table[K][F] extends 'private' ? F : never
}[keyof Table[K]]

/** The names of a shareable output's fields that are private to `K` (never, when none are). */
export type PrivateFieldsIn<T, K extends RecordKind> = Extract<keyof T, PrivateField<K>>

/**
 * Compile-time check for a shareable output's type: `true` when it carries no private field of
 * record kind `K`, else the names of the ones it carries, so the assignment below it fails.
 *
 *   const debriefSheetIsShareable: ShareableCheck<DebriefSheetDebrief, 'debrief'> = true
 */
export type ShareableCheck<T, K extends RecordKind> = [PrivateFieldsIn<T, K>] extends [never] ? true : PrivateFieldsIn<T, K>

export function isPrivate<K extends RecordKind>(kind: K, field: keyof Table[K] & string): boolean {
  return (FIELD_VISIBILITY[kind] as Record<string, Visibility>)[field] === 'private'
}

/** Every private field, as `kind.field`: for documents and tests. */
export const PRIVATE_FIELDS: readonly string[] = Object.entries(FIELD_VISIBILITY).flatMap(([kind, fields]) =>
  Object.entries(fields as Record<string, Visibility>)
    .filter(([, visibility]) => visibility === 'private')
    .map(([field]) => `${kind}.${field}`),
)

/** A record without its private fields: what a shareable output may be built from. */
export type Shareable<R, K extends RecordKind> = Omit<R, PrivateField<K>>

/**
 * Drops a record's private fields, so code that builds a shareable output from it cannot read
 * them, even by mistake (the type no longer has them).
 */
export function shareable<K extends RecordKind, R extends object>(kind: K, record: R): Shareable<R, K> {
  const visibility = FIELD_VISIBILITY[kind] as Record<string, Visibility>
  return Object.fromEntries(Object.entries(record).filter(([field]) => visibility[field] !== 'private')) as Shareable<R, K>
}
