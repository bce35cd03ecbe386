import { ROLES, type Role } from './domain'
import type { CalibrationBin, InsightsCharts, RoleMatrixCell, RollingPoint, SessionTalkBucket } from './insights'
import { addDays, monthsInPeriod } from './isoWeek'
import type { MetricsReport, PeriodMetrics } from './metrics'

/**
 * Pure shaping from the core's answers (MetricsReport, InsightsCharts) to the rows each chart and
 * its table show. No counting happens here — the core counted — only joining, labelling and
 * capping, so the chart components stay dumb and these rules stay tested.
 */

/** Never hand a time chart more buckets than this (each bucket is a few points per series). */
export const MAX_TIME_BUCKETS = 240

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** `2026-03` → "Mar 2026", `2026-W10` → "Week 10, 2026", `2026` → "2026". */
export function bucketLabel(bucket: string): string {
  const week = /^(\d{4})-W(\d{2})$/.exec(bucket)
  if (week) return `Week ${Number(week[2])}, ${week[1]}`
  const month = /^(\d{4})-(\d{2})$/.exec(bucket)
  if (month) return `${MONTHS[Number(month[2]) - 1] ?? month[2]} ${month[1]}`
  return bucket
}

/** The short axis form: "Mar 26", "W10", "2026". */
export function bucketTick(bucket: string): string {
  const week = /^\d{4}-W(\d{2})$/.exec(bucket)
  if (week) return `W${Number(week[1])}`
  const month = /^\d{2}(\d{2})-(\d{2})$/.exec(bucket)
  if (month) return `${MONTHS[Number(month[2]) - 1] ?? month[2]} ${month[1]}`
  return bucket
}

export type TimeRow = { period: string; label: string; tick: string }

function timeRow(period: string): TimeRow {
  return { period, label: bucketLabel(period), tick: bucketTick(period) }
}

/** The latest MAX_TIME_BUCKETS buckets (a custom period of decades would otherwise flood a chart). */
export function capBuckets<T>(rows: readonly T[], max: number = MAX_TIME_BUCKETS): T[] {
  return rows.length > max ? rows.slice(rows.length - max) : [...rows]
}

export type RescueRateRow = TimeRow & { rescues: number; debriefed: number; rate: number | null; rolling: number | null }

export function rescueRateRows(buckets: readonly PeriodMetrics[], rolling: readonly RollingPoint[]): RescueRateRow[] {
  const rollingByPeriod = new Map(rolling.map((point) => [point.period, point.rate]))
  return capBuckets(buckets).map((bucket) => ({
    ...timeRow(bucket.period),
    rescues: bucket.rescues,
    debriefed: bucket.debriefed,
    rate: bucket.rescueRate,
    rolling: rollingByPeriod.get(bucket.period) ?? null,
  }))
}

export type RoleMixRow = TimeRow & Record<Role, number> & { debriefed: number }

export function roleMixRows(buckets: readonly PeriodMetrics[]): RoleMixRow[] {
  return capBuckets(buckets).map((bucket) => ({ ...timeRow(bucket.period), ...bucket.roleMix, debriefed: bucket.debriefed }))
}

/** `askShare` from call debriefs (DOMAIN.md); `sessionAskShare` from coaching sessions, a series of its own. */
export type AskShareRow = TimeRow & { askShare: number | null; sessionAskShare: number | null }

export function askShareRows(buckets: readonly PeriodMetrics[], sessions: readonly SessionTalkBucket[] = []): AskShareRow[] {
  const inSessions = new Map(sessions.map((bucket) => [bucket.period, bucket.askShare]))
  return capBuckets(buckets).map((bucket) => ({
    ...timeRow(bucket.period),
    askShare: bucket.askShare,
    sessionAskShare: inSessions.get(bucket.period) ?? null,
  }))
}

export type BriefRateRow = TimeRow & { heldCalls: number; prebriefRate: number | null; debriefRate: number | null }

export function briefRateRows(buckets: readonly PeriodMetrics[]): BriefRateRow[] {
  return capBuckets(buckets).map((bucket) => ({
    ...timeRow(bucket.period),
    heldCalls: bucket.heldCalls,
    prebriefRate: bucket.prebriefRate,
    debriefRate: bucket.debriefRate,
  }))
}

export type MatrixRow = { planned: Role; cells: { actual: Role; calls: number; slip: boolean }[]; total: number }

/** The 4×4 grid in ROLES order; a slip is a crutch played on a call planned for another role. */
export function roleMatrixRows(cells: readonly RoleMatrixCell[]): MatrixRow[] {
  const count = new Map(cells.map((cell) => [`${cell.planned}>${cell.actual}`, cell.calls]))
  return ROLES.map((planned) => {
    const row = ROLES.map((actual) => ({
      actual,
      calls: count.get(`${planned}>${actual}`) ?? 0,
      slip: actual === 'crutch' && planned !== 'crutch',
    }))
    return { planned, cells: row, total: row.reduce((sum, cell) => sum + cell.calls, 0) }
  })
}

export type SelfSufficiencyRow = TimeRow & { selfSufficiency: number | null; debriefed: number; rescues: number }
export type SelfSufficiencySeries = { repId: string; repName: string; archived: boolean; rows: SelfSufficiencyRow[]; debriefed: number }

/** One small multiple per rep with a debrief in the period (a rep with none has nothing to draw). */
export function selfSufficiencySeries(trends: InsightsCharts['repTrends']): SelfSufficiencySeries[] {
  return trends
    .map((trend) => ({
      repId: trend.repId,
      repName: trend.repName,
      archived: trend.archived,
      rows: capBuckets(trend.buckets).map((bucket) => ({ ...timeRow(bucket.period), ...bucket })),
      debriefed: trend.buckets.reduce((sum, bucket) => sum + bucket.debriefed, 0),
    }))
    .filter((series) => series.debriefed > 0)
}

/**
 * One rep's self-sufficiency month by month, from a metrics report restricted to that rep: every
 * month of the period, a month with nothing debriefed drawn as a gap (null), never as 0 or 100%.
 * The rep page's trend; the same series shape as the Insights screen's small multiples.
 */
export function repMonthlySeries(rep: { id: string; name: string; archived: boolean }, report: Pick<MetricsReport, 'from' | 'to' | 'byMonth'>): SelfSufficiencySeries {
  const found = new Map(report.byMonth.map((month) => [month.period, month]))
  const rows = monthsInPeriod(report.from, report.to).map((period) => {
    const month = found.get(period)
    const debriefed = month?.debriefed ?? 0
    const rescues = month?.rescues ?? 0
    // DOMAIN.md's self-sufficiency, 1 − rescueRate (metrics.ts `selfSufficiency`, not imported: that module carries zod).
    const rate = month?.rescueRate ?? null
    return { ...timeRow(period), debriefed, rescues, selfSufficiency: rate === null ? null : 1 - rate }
  })
  return { repId: rep.id, repName: rep.name, archived: rep.archived, rows, debriefed: rows.reduce((sum, row) => sum + row.debriefed, 0) }
}

export type CalibrationRow = CalibrationBin & { label: string; midpoint: number }

/** Bins with calls only: an empty bin has no observed share to compare. */
export function calibrationRows(bins: readonly CalibrationBin[]): CalibrationRow[] {
  return bins
    .filter((bin) => bin.calls > 0)
    .map((bin) => ({ ...bin, label: `${bin.low}–${bin.high}%`, midpoint: (bin.low + bin.high + 1) / 200 }))
}

/** The heatmap's shade, 0 (nothing) to 4 (the busiest cell), on a linear scale of the maximum. */
export function heatLevel(value: number, max: number): 0 | 1 | 2 | 3 | 4 {
  if (value <= 0 || max <= 0) return 0
  return Math.max(1, Math.min(4, Math.ceil((value / max) * 4))) as 1 | 2 | 3 | 4
}

/** The scatter's x (days after the period's first day, maybe fractional) as a calendar day. */
export function scatterDay(from: string, x: number): string {
  return addDays(from, Math.round(x))
}

/** A fraction as a whole percentage for display ("25%"), or an en dash for null. */
export function percentText(value: number | null): string {
  return value === null ? '–' : `${Math.round(value * 100)}%`
}
