import { z } from 'zod'
import type { Role, Stakes } from './domain'
import { isHeld } from './callTiming'
import { idSchema } from './fields'
import { addDays, isoWeekKeyMonday, isoWeeksInPeriod, monthsInPeriod } from './isoWeek'
import { metricsQuerySchema } from './metrics'
import { addPeriodIssue } from './period'
import { MAX_WEEKLY_BUCKETS, ROLLING_WINDOW_DAYS, MAX_CADENCE_COLUMNS, MAX_CADENCE_CELLS, CALIBRATION_BIN_WIDTH, CALIBRATION_BINS } from './insightsLimits'

/**
 * What the Insights screen's charts need beyond `insights.metrics` (shared/metrics.ts): the
 * shapes of `insights.charts`, `insights.crutchCalls` and `insights.span`, and the pure rules the
 * core and the screen share (which bucket a chart uses, where a bucket ends, the rolling window).
 * Every list here is bounded so no chart is ever handed more than about 1,000 points.
 */

/** Time buckets of the "over time" charts: ISO weeks for short periods, calendar months otherwise. */
export type ChartGrain = 'week' | 'month'
/** The cadence heatmap's columns: weeks, then months, then years as the period grows. */
export type CadenceGrain = 'week' | 'month' | 'year'

// The screen's limits and targets live apart from the schemas (./insightsLimits.ts), so the
// charts' code can read them without carrying zod.
export { MAX_WEEKLY_BUCKETS, ROLLING_WINDOW_DAYS, MAX_SCATTER_POINTS, SCATTER_TIME_BINS, SCATTER_VALUE_BINS, MAX_CADENCE_COLUMNS, MAX_CADENCE_CELLS, CALIBRATION_BIN_WIDTH, CALIBRATION_BINS, ASK_SHARE_TARGET } from './insightsLimits'

export const chartsQuerySchema = metricsQuerySchema
export type ChartsQueryInput = z.input<typeof chartsQuerySchema>

export const crutchCallsQuerySchema = z
  .object({
    from: metricsQuerySchema.shape.from,
    to: metricsQuerySchema.shape.to,
    /** Debriefs count up to this day (shared/callTiming.ts); today when absent. */
    asOf: metricsQuerySchema.shape.asOf,
    repId: idSchema.optional(),
    limit: z.number().int().min(1).max(500).default(100),
  })
  .superRefine(addPeriodIssue)
export type CrutchCallsQueryInput = z.input<typeof crutchCallsQuerySchema>

/** A bucket of the rolling line: the 90 days ending on `end` (the bucket's last day in the period). */
export type RollingPoint = { period: string; end: string; debriefed: number; rescues: number; rate: number | null }

export type RoleMatrixCell = { planned: Role; actual: Role; calls: number }

/**
 * One point of the rescue scatter. `x` is the day as a number of days after the period's first
 * day (fractional when binned: the mean of the bin), `y` the deal value (the bin's mean).
 * `callId` is set only on unbinned points.
 */
export type ScatterPoint = { x: number; y: number; stakes: Stakes; count: number; callId: string | null }

export type RescueScatter = {
  /** All rescues in the period (debriefed calls whose actual role is crutch). */
  rescues: number
  /** … of which have a deal value and so can be drawn. */
  withValue: number
  /** Rescues on sidewalk calls (DOMAIN.md), with or without a deal value. */
  avoidable: number
  /** True when there were more than MAX_SCATTER_POINTS and points stand for bins. */
  binned: boolean
  points: ScatterPoint[]
}

export type CadenceCell = { column: string; sessions: number; debriefs: number }
export type CadenceRow = { repId: string; repName: string; archived: boolean; cells: CadenceCell[] }
export type Cadence = { grain: CadenceGrain; columns: string[]; rows: CadenceRow[] }

export type CalibrationBin = {
  /** Predicted chance range in percent, inclusive: 0–9, …, 90–100. */
  low: number
  high: number
  calls: number
  rescues: number
  /** Mean predicted chance as a fraction; null for an empty bin. */
  predicted: number | null
  /** Observed share of rescues; null for an empty bin. */
  observed: number | null
}

export type RepTrend = {
  repId: string
  repName: string
  archived: boolean
  buckets: { period: string; debriefed: number; rescues: number; selfSufficiency: number | null }[]
}

/**
 * Ask and tell in coaching sessions (docs/metrics-sessions.md): the same share as the calls'
 * `askShare`, over sessions of the period where both counts are recorded, kept apart from it so
 * DOMAIN.md's call metrics keep their meaning.
 */
export type SessionTalkBucket = { period: string; sessions: number; asks: number; tells: number; askShare: number | null }
export type SessionTalk = { sessions: number; asks: number; tells: number; askShare: number | null; buckets: SessionTalkBucket[] }

export type InsightsCharts = {
  from: string
  to: string
  asOf: string
  repId: string | null
  grain: ChartGrain
  interstateThreshold: number | null
  rolling: RollingPoint[]
  roleMatrix: RoleMatrixCell[]
  scatter: RescueScatter
  cadence: Cadence
  calibration: { calls: number; bins: CalibrationBin[] }
  repTrends: RepTrend[]
  sessionTalk: SessionTalk
}

/**
 * The part of `InsightsCharts` the printed progress report draws beside its metrics (the rescue
 * rate with its rolling rate, the role matrix): read with the report in one answer, so it costs
 * neither the scatter, heatmap and calibration it does not print nor a second read.
 */
export type ReportChartSeries = Pick<InsightsCharts, 'grain' | 'rolling' | 'roleMatrix'>

/** A call as Insights' lists name it: when, with whom, which deal. */
export type ListedCall = {
  id: string
  date: string
  repId: string
  repName: string
  account: string | null
  opportunity: string | null
  dealValue: number | null
}

export type CrutchCall = ListedCall & {
  stakes: Stakes
  plannedRole: Role | null
}
export type CrutchCallList = { total: number; calls: CrutchCall[] }

export { SIDEWALK_LESSONS_SHOWN } from './insightsLimits'

export const sidewalkLessonsQuerySchema = crutchCallsQuerySchema
export type SidewalkLessonsQueryInput = z.input<typeof sidewalkLessonsQuerySchema>

export type SidewalkLesson = ListedCall & {
  /** The role the manager played instead of taking over. */
  actualRole: Exclude<Role, 'crutch'>
  lesson: string
}
export type SidewalkLessonList = { total: number; lessons: SidewalkLesson[] }

/**
 * "Lost sidewalk deals that became lessons" (docs/metrics-story.md): a call that has taken place
 * (shared/callTiming.ts), on sidewalk stakes (DOMAIN.md's effective stakes), lost, where the
 * manager did not take over (the debrief's actual role is not the crutch), and whose debrief
 * records what was learned. The rep was let to fail on a deal that could bear it, and the "no"
 * was talked through: the method working as meant. Cancelled calls count for nothing, as in every
 * metric. The SQL in electron/core/services/insights/chartsSql.ts is this rule; a test holds the two equal.
 */
export function isSidewalkLesson(
  call: { date: string; cancelled: boolean; stakes: Stakes; actualRole: Role | null; outcome: string | null; lesson: string | null },
  asOf: string,
): boolean {
  return (
    !call.cancelled &&
    isHeld(call.date, asOf) &&
    call.stakes === 'sidewalk' &&
    call.actualRole !== null &&
    call.actualRole !== 'crutch' &&
    call.outcome === 'lost' &&
    (call.lesson ?? '').trim() !== ''
  )
}

/** The first and last day holding a call or session, for the "all" period; null in an empty journal. */
export type JournalSpan = { first: string | null; last: string | null }

export function chartGrain(from: string, to: string): ChartGrain {
  return isoWeeksInPeriod(from, to).length <= MAX_WEEKLY_BUCKETS ? 'week' : 'month'
}

export function chartBuckets(grain: ChartGrain, from: string, to: string): string[] {
  return grain === 'week' ? isoWeeksInPeriod(from, to) : monthsInPeriod(from, to)
}

/** The smallest heatmap grain that fits the column and cell caps for this many reps. */
export function cadenceGrain(from: string, to: string, reps: number): CadenceGrain {
  const maxColumns = Math.min(MAX_CADENCE_COLUMNS, Math.floor(MAX_CADENCE_CELLS / Math.max(1, reps)))
  if (isoWeeksInPeriod(from, to).length <= maxColumns) return 'week'
  if (monthsInPeriod(from, to).length <= maxColumns) return 'month'
  return 'year'
}

export function cadenceColumns(grain: CadenceGrain, from: string, to: string): string[] {
  if (grain === 'year') {
    const years: string[] = []
    for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) years.push(String(year).padStart(4, '0'))
    return years
  }
  return grain === 'week' ? isoWeeksInPeriod(from, to) : monthsInPeriod(from, to)
}

/** The last day of a week (`YYYY-Www`) or month (`YYYY-MM`) bucket, but never past `to`. */
export function bucketEnd(bucket: string, to: string): string {
  let end: string
  if (bucket.includes('-W')) {
    end = addDays(isoWeekKeyMonday(bucket), 6)
  } else {
    const year = Number(bucket.slice(0, 4))
    const month = Number(bucket.slice(5, 7))
    const next = month === 12 ? `${String(year + 1).padStart(4, '0')}-01-01` : `${bucket.slice(0, 4)}-${String(month + 1).padStart(2, '0')}-01`
    end = addDays(next, -1)
  }
  return end < to ? end : to
}

/** The first day of a week or month bucket, but never before `from`. */
export function bucketStart(bucket: string, from: string): string {
  const start = bucket.includes('-W') ? isoWeekKeyMonday(bucket) : `${bucket}-01`
  return start > from ? start : from
}

export type DayCounts = { day: string; debriefed: number; rescues: number }

/**
 * The rescue rate over the `windowDays` days ending on each bucket's end: rescues / debriefed in
 * that window, null when nothing was debriefed in it. `days` must be sorted by day and may skip
 * days without debriefs; it should reach back `windowDays - 1` days before the first bucket.
 */
export function rollingRescueRate(
  days: readonly DayCounts[],
  buckets: readonly { period: string; end: string }[],
  windowDays: number = ROLLING_WINDOW_DAYS,
): RollingPoint[] {
  // Prefix sums let every window be answered by two binary searches.
  const debriefed = [0]
  const rescues = [0]
  for (const day of days) {
    debriefed.push((debriefed.at(-1) ?? 0) + day.debriefed)
    rescues.push((rescues.at(-1) ?? 0) + day.rescues)
  }
  /** How many entries of `days` fall on or before `day`. */
  const upTo = (day: string): number => {
    let low = 0
    let high = days.length
    while (low < high) {
      const mid = (low + high) >> 1
      if ((days[mid]?.day ?? '') <= day) low = mid + 1
      else high = mid
    }
    return low
  }
  return buckets.map(({ period, end }) => {
    const last = upTo(end)
    const first = upTo(addDays(end, -windowDays))
    const d = (debriefed[last] ?? 0) - (debriefed[first] ?? 0)
    const r = (rescues[last] ?? 0) - (rescues[first] ?? 0)
    return { period, end, debriefed: d, rescues: r, rate: d === 0 ? null : r / d }
  })
}

/** The calibration bin (0…CALIBRATION_BINS-1) of a predicted chance in percent; 100 joins 90–99. */
export function calibrationBin(predictedPercent: number): number {
  return Math.min(CALIBRATION_BINS - 1, Math.floor(predictedPercent / CALIBRATION_BIN_WIDTH))
}
