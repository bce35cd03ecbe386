import type {
  CallPart,
  DrillType,
  Outcome,
  PaperSize,
  Purpose,
  RescueFear,
  RescueInitiator,
  Role,
  RootCause,
  SessionKind,
  Stage,
  Stakes,
  WeekStart,
} from './domain'
import type { RichTextDoc } from './richText'

/**
 * The journal's records as the core hands them out: every field present, `null` when unknown.
 * These mirror DOMAIN.md; the file format (journalFile.ts) maps onto them one to one.
 */
export type Rep = {
  id: string
  name: string
  title: string | null
  startedOn: string | null
  archived: boolean
}

export type Call = {
  id: string
  repId: string
  date: string
  time: string | null
  account: string | null
  opportunity: string | null
  dealValue: number | null
  stage: Stage | null
  /** The explicit stakes, when the manager set them; `effectiveStakes` derives the rest. */
  stakes: Stakes | null
  cancelled: boolean
}

export type Leads = Partial<Record<CallPart, string>>

export type Prebrief = {
  plannedRole: Role
  purpose: Purpose | null
  objective: string | null
  nextStep: string | null
  leads: Leads | null
  questions: string[]
  interventionRule: string | null
  takeoverRisk: number | null
  skillFocus: string | null
  notes: RichTextDoc | null
  updatedAt: string | null
}

export type Debrief = {
  actualRole: Role
  outcome: Outcome | null
  rescueInitiator: RescueInitiator | null
  rescueFear: RescueFear | null
  asks: number | null
  tells: number | null
  repSelfAssessment: RichTextDoc | null
  rootCause: RootCause | null
  rootCauseNote: string | null
  lesson: string | null
  /** Was the pre-brief's skill to observe seen done well? A `true` closes that open skill. */
  skillObserved: boolean | null
  skillToDrill: string | null
  drillType: DrillType | null
  drillReps: number | null
  notes: RichTextDoc | null
  /** The manager's own reflection. Never printed, never in a shareable export. */
  privateNotes: RichTextDoc | null
  completedAt: string | null
  /** When the debrief was last changed: the version an editor holds (docs/conflicts.md). */
  updatedAt: string | null
}

export type CoachingSession = {
  id: string
  repId: string
  date: string
  kind: SessionKind
  skill: string | null
  minutes: number | null
  notes: RichTextDoc | null
  /** When the session was last changed: the version an editor holds (docs/conflicts.md). */
  updatedAt: string | null
}

export type Settings = {
  interstateThreshold: number | null
  currency: string
  paperSize: PaperSize
  weekStart: WeekStart
}

export const DEFAULT_SETTINGS: Settings = {
  interstateThreshold: null,
  currency: 'USD',
  paperSize: 'letter',
  weekStart: 'monday',
}

/** A call as lists show it: the call, its rep's name, derived stakes and the roles at a glance. */
export type CallSummary = Call & {
  repName: string
  effectiveStakes: Stakes
  plannedRole: Role | null
  actualRole: Role | null
  outcome: Outcome | null
}

export type CallDetail = {
  call: Call
  rep: Rep
  effectiveStakes: Stakes
  prebrief: Prebrief | null
  debrief: Debrief | null
}
