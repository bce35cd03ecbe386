import { z } from 'zod'
import { instantSchema, isoDaySchema } from './dates'
import type { RootCause, SessionKind } from './domain'
import type { CallSummary, CoachingSession, Rep } from './entities'
import { idSchema } from './fields'
import type { SkillProgress } from './skills'

/**
 * The coaching loop at a glance: one rep's overview (`reps.overview`, `reps.nextSkillFocus`) and
 * the home screen's summary (`home.summary`). Days are the manager's local calendar days.
 */

export const repOverviewInputSchema = z.object({
  id: idSchema,
  /** The day "this month" is taken from; the server's local day when absent. */
  today: isoDaySchema.optional(),
  /** At most this many timeline entries and lessons, newest first. */
  limit: z.number().int().min(1).max(1000).default(200),
})

export const nextSkillFocusInputSchema = z.object({ repId: idSchema })

export const homeSummaryInputSchema = z.object({
  /** The local day; the local day of `now` when absent. */
  today: isoDaySchema.optional(),
  /** The instant debriefs are judged overdue against; the server clock when absent. */
  now: instantSchema.optional(),
})

/** A call or a coaching session on a rep's timeline. */
export type TimelineEntry =
  | { kind: 'call'; date: string; call: CallSummary }
  | { kind: 'session'; date: string; session: CoachingSession }

/**
 * A skill a debrief asked the rep to drill, with its repetitions so far (shared/skills.ts).
 * Kept under this name for the screens and sheets that list open skills.
 */
export type OpenSkill = SkillProgress

/** What a lost deal taught: reps learn more from a "no" than from a "yes", once it is debriefed. */
export type LostDealLesson = {
  callId: string
  date: string
  account: string | null
  opportunity: string | null
  lesson: string
}

/** Rescues (actual role crutch) among the debriefed calls of one calendar month, cancelled left out. */
export type MonthRescues = { month: string; rescues: number; debriefed: number }

export type RepOverview = {
  rep: Rep
  today: string
  /** Newest first, at most `limit` entries. */
  timeline: TimelineEntry[]
  /** Every call and session of the rep, however many the timeline shows. */
  timelineTotal: number
  /** Skills still being practised, newest opening first, each with its progress. */
  openSkills: OpenSkill[]
  /** Skills marked mastered or dropped, most recently closed first: folded away on the screen. */
  closedSkills: OpenSkill[]
  lostDealLessons: LostDealLesson[]
  rootCauses: Record<RootCause, number>
  thisMonth: MonthRescues
  sessionsByKind: Record<SessionKind, number>
}

export type NextSkillFocus = { skill: string | null; fromCallId: string | null }

/** A held call with no debrief yet; `overdue` once more than 24 hours have passed since it. */
export type AwaitingDebrief = CallSummary & { overdue: boolean }

export const ACTIVITY_KINDS = ['call_created', 'prebrief_saved', 'debrief_completed', 'session_logged'] as const
export type ActivityKind = (typeof ACTIVITY_KINDS)[number]

export type ActivityItem = {
  kind: ActivityKind
  /** When it happened (ISO instant). */
  at: string
  callId: string | null
  sessionId: string | null
  repId: string
  repName: string
  /** The calendar day of the call or session it concerns (`YYYY-MM-DD`), for the screen to format. */
  day: string
  /** One line in words, without the day, e.g. "Debrief of Acme Corp — Fleet renewal: Crutch, Advanced". */
  summary: string
}

export type HomeSummary = {
  today: string
  now: string
  /** Calls from today on, not cancelled, with no pre-brief yet; soonest first. */
  upcomingWithoutPrebrief: CallSummary[]
  upcomingWithoutPrebriefTotal: number
  /** Calls up to today, not cancelled, with no debrief yet; newest first. */
  awaitingDebrief: AwaitingDebrief[]
  awaitingDebriefTotal: number
  overdueTotal: number
  /**
   * Calls with a quick debrief only (no outcome yet, shared/quickDebrief.ts), newest first: the
   * full debrief is still to do.
   */
  fullDebriefDue: CallSummary[]
  fullDebriefDueTotal: number
  thisMonth: MonthRescues
  recentActivity: ActivityItem[]
}
