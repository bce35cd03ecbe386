import { z } from 'zod'
import type { LostDealLesson, OpenSkill } from './coaching'
import { isoDaySchema } from './dates'
import type {
  DrillType,
  Outcome,
  PaperSize,
  Purpose,
  Role,
  RootCause,
  SessionKind,
  Stage,
  Stakes,
} from './domain'
import { idSchema } from './fields'
import type { MetricSet, MetricsReport } from './metrics'
import type { ReportChartSeries } from './insights'
import { addPeriodIssue } from './period'
import type { Period } from './printPeriod'
import type { ShareableCheck } from './privacy'
import type { RichTextDoc } from './richText'

/**
 * What the print views read (`print.*` operations): only what may be shown to a rep, a coach or
 * a boss (shared/privacy.ts). No private field has a place here — private notes, who started a
 * takeover and the fear behind it, the predicted takeover chance — and the core reads none of
 * them for these operations, so a print view cannot show what it was never given.
 */

/** Every print view carries the settings it lays out with. */
export type PrintSettings = { paperSize: PaperSize; currency: string }

export type PrintCall = {
  id: string
  date: string
  time: string | null
  account: string | null
  opportunity: string | null
  dealValue: number | null
  stage: Stage | null
  /** Effective stakes (explicit, or derived from the deal value). */
  stakes: Stakes
  cancelled: boolean
}

export type DebriefSheetPlan = {
  plannedRole: Role
  purpose: Purpose | null
  objective: string | null
  nextStep: string | null
  interventionRule: string | null
  skillFocus: string | null
}

/** The shareable part of a debrief. The rescue's initiator and fear are the manager's own, so they stay off the rep's sheet. */
export type DebriefSheetDebrief = {
  actualRole: Role
  outcome: Outcome | null
  repSelfAssessment: RichTextDoc | null
  rootCause: RootCause | null
  rootCauseNote: string | null
  lesson: string | null
  skillToDrill: string | null
  drillType: DrillType | null
  drillReps: number | null
  /** The debrief's shareable notes. */
  notes: RichTextDoc | null
}

export type DebriefSheet = PrintSettings & {
  call: PrintCall
  rep: { id: string; name: string; title: string | null }
  plan: DebriefSheetPlan | null
  debrief: DebriefSheetDebrief | null
}

export type RepSheetCall = PrintCall & { plannedRole: Role | null; actualRole: Role | null; outcome: Outcome | null }
export type RepSheetSession = { id: string; date: string; kind: SessionKind; skill: string | null; minutes: number | null }
/** One calendar month of the rep's trend. */
export type RepTrendMonth = { month: string; debriefed: number; rescues: number; rescueRate: number | null; askShare: number | null }

export type RepSheet = PrintSettings & {
  rep: { id: string; name: string; title: string | null; startedOn: string | null; archived: boolean }
  period: Period
  /** Calls of the period, cancelled ones left out, newest first, at most `REP_SHEET_MAX_ROWS`. */
  calls: RepSheetCall[]
  callsTotal: number
  openSkills: OpenSkill[]
  /** Lost deals of the period with a lesson, newest first. */
  lostDealLessons: LostDealLesson[]
  /** Coaching sessions of the period, newest first, at most `REP_SHEET_MAX_ROWS`. */
  sessions: RepSheetSession[]
  sessionsTotal: number
  totals: MetricSet
  trend: RepTrendMonth[]
}

/** A rescue (actual role crutch) of the report's period. */
export type ReportRescue = {
  callId: string
  date: string
  repName: string
  account: string | null
  opportunity: string | null
  dealValue: number | null
  stakes: Stakes
  plannedRole: Role | null
  outcome: Outcome | null
}

export type ProgressReport = PrintSettings & {
  period: Period
  previousPeriod: Period
  /** The rep the report is restricted to, or null for the whole team. */
  rep: { id: string; name: string } | null
  current: MetricsReport
  previous: MetricSet
  rescues: ReportRescue[]
  rescuesTotal: number
  /** The charts' own series, as `insights.charts` has them for the same period and rep. */
  charts: ReportChartSeries
}

/** Long lists are cut: a printed sheet is for reading, the app keeps the rest. */
export const REP_SHEET_MAX_ROWS = 40
export const REPORT_MAX_RESCUES = 200

const periodFields = {
  from: isoDaySchema,
  to: isoDaySchema,
}

export const debriefSheetInputSchema = z.object({ callId: idSchema })
export const repSheetInputSchema = z
  .object({
    repId: idSchema,
    from: periodFields.from.optional(),
    to: periodFields.to.optional(),
    /** The day the default period ends on; the local day when absent. */
    today: isoDaySchema.optional(),
  })
  .superRefine(addPeriodIssue)
export const reportInputSchema = z
  .object({ ...periodFields, repId: idSchema.optional(), asOf: isoDaySchema.optional() })
  .superRefine(addPeriodIssue)

// Compile-time proof that no print type carries a private field under its own name.
export const PRINT_TYPES_ARE_SHAREABLE: [
  ShareableCheck<DebriefSheetPlan, 'prebrief'>,
  ShareableCheck<DebriefSheetDebrief, 'debrief'>,
  ShareableCheck<RepSheetCall, 'prebrief'>,
  ShareableCheck<RepSheetCall, 'debrief'>,
  ShareableCheck<ReportRescue, 'prebrief'>,
  ShareableCheck<ReportRescue, 'debrief'>,
] = [true, true, true, true, true, true]
