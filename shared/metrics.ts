import { z } from 'zod'
import { isoDaySchema } from './dates'
import { ROLES, SESSION_KINDS, type Role, type SessionKind } from './domain'
import { idSchema } from './fields'
import { MAX_PERIOD_DAYS } from './limits'
import { addPeriodIssue } from './period'

/**
 * The metrics of DOMAIN.md ("Metrics (exact definitions)"). The database adds up counts; this
 * module is the one place that turns counts into the reported figures, so every ratio follows the
 * same rule: a denominator of 0 gives `null`, never 0. Rates are fractions, never rounded here.
 */

export type RoleMix = Record<Role, number>
export type SessionMix = Record<SessionKind, number>

/** What the database adds up for one slice of calls and sessions (a period, bucket or rep). */
export type MetricCounts = {
  /** Calls in the slice (cancelled calls are never counted anywhere). */
  calls: number
  /** Calls with `date <= asOf`. */
  heldCalls: number
  /** Held calls with a pre-brief (a pre-brief always has a planned role). */
  prebriefed: number
  /**
   * Held calls with a debrief (always with an actual role). DOMAIN.md says "calls in the period
   * that have a debrief"; a debrief counts from its call's day (shared/callTiming.ts, issue 14
   * item 8), which the app's own screens make the same thing, and an imported debrief on a call
   * after `asOf` waits for that day. Every figure made from debriefs below follows it.
   */
  debriefed: number
  /** Held calls with a debrief: the numerator of `debriefRate` (equal to `debriefed`, kept apart as its own count). */
  heldDebriefed: number
  rescues: number
  avoidableRescues: number
  /** Debriefed calls that also have a planned role: the denominator of `planAdherence`. */
  plannedDebriefed: number
  /** … of which the actual role equals the planned role. */
  keptToPlan: number
  slips: number
  /** Sums over debriefs where both asks and tells are recorded. */
  asks: number
  tells: number
  roleMix: RoleMix
  sessions: SessionMix
}

export type MetricSet = {
  calls: number
  heldCalls: number
  prebriefed: number
  debriefed: number
  rescues: number
  rescueRate: number | null
  avoidableRescues: number
  planAdherence: number | null
  slips: number
  askShare: number | null
  prebriefRate: number | null
  debriefRate: number | null
  roleMix: RoleMix
  sessions: SessionMix
}

/** A month (`YYYY-MM`) or ISO week (`YYYY-Www`) bucket, intersected with the period. */
export type PeriodMetrics = { period: string } & MetricSet

export type RepMetrics = {
  repId: string
  repName: string
  archived: boolean
} & MetricSet & {
    /** `1 - rescueRate`; null when the rescue rate is. */
    selfSufficiency: number | null
  }

export type MetricsReport = {
  from: string
  to: string
  asOf: string
  /** The rep the whole report is restricted to, or null for the whole team. */
  repId: string | null
  totals: MetricSet
  byMonth: PeriodMetrics[]
  byWeek: PeriodMetrics[]
  /** Every rep (archived too) with a call or session in the period, by name then id. */
  byRep: RepMetrics[]
}

/** The figure names every metric object carries, in report order. */
export const METRIC_NAMES = [
  'calls',
  'heldCalls',
  'prebriefed',
  'debriefed',
  'rescues',
  'rescueRate',
  'avoidableRescues',
  'planAdherence',
  'slips',
  'askShare',
  'prebriefRate',
  'debriefRate',
  'roleMix',
  'sessions',
] as const satisfies readonly (keyof MetricSet)[]

/** A period longer than this is refused: it could only be a typing mistake, and each week is a bucket. */
export const MAX_METRICS_PERIOD_DAYS = MAX_PERIOD_DAYS

export const metricsQuerySchema = z
  .object({
    from: isoDaySchema,
    to: isoDaySchema,
    /** The day that separates held calls from planned ones; today when absent. */
    asOf: isoDaySchema.optional(),
    repId: idSchema.optional(),
  })
  .superRefine(addPeriodIssue)
export type MetricsQueryInput = z.input<typeof metricsQuerySchema>

export function emptyRoleMix(): RoleMix {
  return Object.fromEntries(ROLES.map((role) => [role, 0])) as RoleMix
}

export function emptySessionMix(): SessionMix {
  return Object.fromEntries(SESSION_KINDS.map((kind) => [kind, 0])) as SessionMix
}

export function emptyCounts(): MetricCounts {
  return {
    calls: 0,
    heldCalls: 0,
    prebriefed: 0,
    debriefed: 0,
    heldDebriefed: 0,
    rescues: 0,
    avoidableRescues: 0,
    plannedDebriefed: 0,
    keptToPlan: 0,
    slips: 0,
    asks: 0,
    tells: 0,
    roleMix: emptyRoleMix(),
    sessions: emptySessionMix(),
  }
}

/** `part / whole`, or null when there is nothing to divide by. */
export function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole
}

export function finishMetrics(counts: MetricCounts): MetricSet {
  return {
    calls: counts.calls,
    heldCalls: counts.heldCalls,
    prebriefed: counts.prebriefed,
    debriefed: counts.debriefed,
    rescues: counts.rescues,
    rescueRate: ratio(counts.rescues, counts.debriefed),
    avoidableRescues: counts.avoidableRescues,
    planAdherence: ratio(counts.keptToPlan, counts.plannedDebriefed),
    slips: counts.slips,
    askShare: ratio(counts.asks, counts.asks + counts.tells),
    prebriefRate: ratio(counts.prebriefed, counts.heldCalls),
    debriefRate: ratio(counts.heldDebriefed, counts.heldCalls),
    roleMix: { ...counts.roleMix },
    sessions: { ...counts.sessions },
  }
}

export function selfSufficiency(rescueRate: number | null): number | null {
  return rescueRate === null ? null : 1 - rescueRate
}
