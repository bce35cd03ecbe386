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
  SkillStatus,
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
  /**
   * Questions asked and things told when the rep brought a selling challenge (a one-on-one,
   * mostly): the same tallies a debrief keeps for a call (docs/metrics-sessions.md).
   */
  asks: number | null
  tells: number | null
  /** The diagnosed root cause of the challenge, as in a debrief. */
  rootCause: RootCause | null
  rootCauseNote: string | null
  notes: RichTextDoc | null
  /** When the session was last changed: the version an editor holds (docs/conflicts.md). */
  updatedAt: string | null
}

/**
 * What the manager decided about one rep's skill to drill (docs/skills.md): a target of
 * repetitions other than the debrief's, and whether it is mastered or dropped since `statusOn`.
 * The skill itself is opened by debriefs; this record only exists once something was decided.
 */
export type SkillRecord = {
  id: string
  repId: string
  /** The skill's words; matched to debriefs and sessions ignoring case and spacing. */
  skill: string
  targetReps: number | null
  status: SkillStatus
  /** The day it was marked mastered or dropped; null while open. */
  statusOn: string | null
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
