import type Database from 'better-sqlite3-multiple-ciphers'
import { localToday } from '../../../../shared/dates'
import { ROLES } from '../../../../shared/domain'
import {
  CALIBRATION_BIN_WIDTH,
  CALIBRATION_BINS,
  MAX_SCATTER_POINTS,
  ROLLING_WINDOW_DAYS,
  SCATTER_TIME_BINS,
  SCATTER_VALUE_BINS,
  bucketEnd,
  cadenceColumns,
  cadenceGrain,
  chartBuckets,
  chartGrain,
  rollingRescueRate,
  type CadenceRow,
  type CalibrationBin,
  type CrutchCallList,
  type DayCounts,
  type InsightsCharts,
  type JournalSpan,
  type ReportChartSeries,
  type RepTrend,
  type ScatterPoint,
  type SessionTalk,
  type SidewalkLesson,
  type SidewalkLessonList,
} from '../../../../shared/insights'
import { heldUntil } from '../../../../shared/callTiming'
import { addDays, daysBetween } from '../../../../shared/isoWeek'
import { ratio, selfSufficiency } from '../../../../shared/metrics'
import { requirePeriod } from '../../../../shared/period'
import { AppFailure } from '../../../../shared/result'
import type { InsightsOptions } from './metrics'
import * as sql from './chartsSql'

export type ChartsQuery = { from: string; to: string; asOf?: string | undefined; repId?: string | undefined }
export type CrutchCallsQuery = { from: string; to: string; asOf?: string | undefined; repId?: string | undefined; limit: number }

type RepRow = { id: string; name: string; archived: number }
type ScatterRow = { callId: string | null; x: number; y: number; sidewalk: number; count: number }
type BucketRow = { repId: string; bucket: string }

/**
 * The Insights screen's chart data (shared/insights.ts): one read transaction of small aggregate
 * statements (chartsSql.ts); only the rolling window and the zero-filling are done here.
 */
export function createChartsService(db: Database.Database, options: InsightsOptions = {}) {
  const today = options.today ?? (() => localToday())
  const both = <Row>(text: (byRep: boolean) => string) => ({
    team: db.prepare<Record<string, unknown>, Row>(text(false)),
    rep: db.prepare<Record<string, unknown>, Row>(text(true)),
  })
  const threshold = db.prepare<[], { t: number | null }>('SELECT interstate_threshold AS t FROM settings WHERE id = 1')
  const repExists = db.prepare<[string], { id: string }>('SELECT id FROM reps WHERE id = ?')
  const daily = both<DayCounts>(sql.dailyRescuesSql)
  const matrix = both<Record<string, number | null>>(sql.roleMatrixSql)
  const rescueTotals = both<{ rescues: number; withValue: number; avoidable: number; maxValue: number | null }>(sql.rescueTotalsSql)
  const rescuePoints = both<ScatterRow>(sql.rescuePointsSql)
  const rescueBins = both<ScatterRow>(sql.rescueBinsSql)
  const calibration = both<{ bin: number; calls: number; rescues: number; predicted: number }>(sql.calibrationSql)
  const chartReps = both<RepRow>(sql.chartRepsSql)
  const crutchCount = both<{ total: number }>(sql.crutchCountSql)
  const sidewalkLessonCount = both<{ total: number }>(sql.sidewalkLessonCountSql)
  const sidewalkLessons = both<SidewalkLesson>(sql.sidewalkLessonsSql)
  const crutchCalls = both<Omit<CrutchCallList['calls'][number], 'stakes'> & { sidewalk: number }>(sql.crutchCallsSql)
  const span = db.prepare<[], JournalSpan>(sql.spanSql)
  // Grain-dependent statements, prepared on first use.
  const byGrain = new Map<string, Database.Statement<Record<string, unknown>, BucketRow & Record<string, number>>>()
  const grained = (key: string, text: string) => {
    let statement = byGrain.get(key)
    if (!statement) {
      statement = db.prepare(text)
      byGrain.set(key, statement)
    }
    return statement
  }

  const checkRep = (repId: string | undefined) => {
    if (repId !== undefined && !repExists.get(repId)) throw new AppFailure('NOT_FOUND', `There is no rep with the id "${repId}"`)
  }

  const read = db.transaction((query: Required<Pick<ChartsQuery, 'from' | 'to' | 'asOf'>> & { repId: string | undefined }): InsightsCharts => {
    checkRep(query.repId)
    const scope = query.repId === undefined ? 'team' : 'rep'
    const byRep = scope === 'rep'
    // Debriefs count up to the as-of day (shared/callTiming.ts): the debrief statements stop at heldTo.
    const params = { from: query.from, to: query.to, heldTo: heldUntil(query.to, query.asOf), ...(byRep ? { repId: query.repId } : {}) }
    const grain = chartGrain(query.from, query.to)
    const buckets = chartBuckets(grain, query.from, query.to)

    const { rolling, roleMatrix } = readSeries(query.from, query.to, buckets, scope, params)

    const reps = chartReps[scope].all(params)
    const cadence = readCadence(query.from, query.to, reps, scope, params)
    const repTrends = readRepTrends(grain, buckets, reps, scope, params)

    return {
      from: query.from,
      to: query.to,
      asOf: query.asOf,
      repId: query.repId ?? null,
      grain,
      interstateThreshold: threshold.get()?.t ?? null,
      rolling,
      roleMatrix,
      scatter: readScatter(query.from, query.to, scope, params),
      cadence,
      calibration: readCalibration(scope, params),
      repTrends,
      sessionTalk: readSessionTalk(grain, buckets, scope, params),
    }
  })

  /** The rolling rescue rate at each bucket's end and the planned × actual role matrix. */
  function readSeries(from: string, to: string, buckets: string[], scope: 'team' | 'rep', params: Record<string, unknown>) {
    const days = daily[scope].all({ ...params, windowFrom: addDays(from, -(ROLLING_WINDOW_DAYS - 1)) })
    const rolling = rollingRescueRate(
      days,
      buckets.map((period) => ({ period, end: bucketEnd(period, to) })),
    )
    // One row of sums, each null when no day of the period had a call with both roles.
    const sums = matrix[scope].get(params)
    const roleMatrix = ROLES.flatMap((planned) =>
      ROLES.map((actual) => ({ planned, actual, calls: sums?.[sql.rolePairColumn(planned, actual)] ?? 0 })),
    )
    return { rolling, roleMatrix }
  }

  function readSessionTalk(grain: InsightsCharts['grain'], buckets: string[], scope: 'team' | 'rep', params: Record<string, unknown>): SessionTalk {
    const found = new Map<string, { sessions: number; asks: number; tells: number }>()
    for (const row of grained(`talk:${scope}:${grain}`, sql.sessionTalkSql(scope === 'rep', grain)).all(params)) {
      found.set(row.bucket, { sessions: row['sessions'] ?? 0, asks: row['asks'] ?? 0, tells: row['tells'] ?? 0 })
    }
    const totals = { sessions: 0, asks: 0, tells: 0 }
    const rows = buckets.map((period) => {
      const counts = found.get(period) ?? { sessions: 0, asks: 0, tells: 0 }
      totals.sessions += counts.sessions
      totals.asks += counts.asks
      totals.tells += counts.tells
      return { period, ...counts, askShare: ratio(counts.asks, counts.asks + counts.tells) }
    })
    return { ...totals, askShare: ratio(totals.asks, totals.asks + totals.tells), buckets: rows }
  }

  function readScatter(from: string, to: string, scope: 'team' | 'rep', params: Record<string, unknown>) {
    const totals = rescueTotals[scope].get(params) ?? { rescues: 0, withValue: 0, avoidable: 0, maxValue: null }
    const binned = totals.withValue > MAX_SCATTER_POINTS
    const rows = binned
      ? rescueBins[scope].all({
          ...params,
          dayWidth: (daysBetween(from, to) + 1) / SCATTER_TIME_BINS,
          // The top value lands in the last bin; a max of 0 still needs a width above 0.
          valueWidth: Math.max(totals.maxValue ?? 0, 1) / SCATTER_VALUE_BINS,
        })
      : rescuePoints[scope].all(params)
    const points: ScatterPoint[] = rows.map((row) => ({
      x: row.x,
      y: row.y,
      stakes: row.sidewalk === 1 ? 'sidewalk' : 'interstate',
      count: row.count,
      callId: row.callId,
    }))
    return { rescues: totals.rescues, withValue: totals.withValue, avoidable: totals.avoidable, binned, points }
  }

  function readCalibration(scope: 'team' | 'rep', params: Record<string, unknown>) {
    const rows = new Map(calibration[scope].all(params).map((row) => [row.bin, row]))
    let calls = 0
    const bins: CalibrationBin[] = Array.from({ length: CALIBRATION_BINS }, (_, bin) => {
      const row = rows.get(bin)
      calls += row?.calls ?? 0
      return {
        low: bin * CALIBRATION_BIN_WIDTH,
        high: bin === CALIBRATION_BINS - 1 ? 100 : (bin + 1) * CALIBRATION_BIN_WIDTH - 1,
        calls: row?.calls ?? 0,
        rescues: row?.rescues ?? 0,
        predicted: row ? row.predicted / row.calls / 100 : null,
        observed: row ? ratio(row.rescues, row.calls) : null,
      }
    })
    return { calls, bins }
  }

  function readCadence(from: string, to: string, reps: RepRow[], scope: 'team' | 'rep', params: Record<string, unknown>) {
    const grain = cadenceGrain(from, to, reps.length)
    const columns = cadenceColumns(grain, from, to)
    const found = new Map<string, { sessions: number; debriefs: number }>()
    for (const row of grained(`cadence:${scope}:${grain}`, sql.cadenceSql(scope === 'rep', grain)).all(params)) {
      found.set(`${row.repId}|${row.bucket}`, { sessions: row['sessions'] ?? 0, debriefs: row['debriefs'] ?? 0 })
    }
    const rows: CadenceRow[] = reps.map((rep) => ({
      repId: rep.id,
      repName: rep.name,
      archived: rep.archived === 1,
      cells: columns.map((column) => ({ column, sessions: 0, debriefs: 0, ...found.get(`${rep.id}|${column}`) })),
    }))
    return { grain, columns, rows }
  }

  function readRepTrends(
    grain: InsightsCharts['grain'],
    buckets: string[],
    reps: RepRow[],
    scope: 'team' | 'rep',
    params: Record<string, unknown>,
  ): RepTrend[] {
    const found = new Map<string, { debriefed: number; rescues: number }>()
    for (const row of grained(`trend:${scope}:${grain}`, sql.repTrendSql(scope === 'rep', grain)).all(params)) {
      found.set(`${row.repId}|${row.bucket}`, { debriefed: row['debriefed'] ?? 0, rescues: row['rescues'] ?? 0 })
    }
    return reps.map((rep) => ({
      repId: rep.id,
      repName: rep.name,
      archived: rep.archived === 1,
      buckets: buckets.map((period) => {
        const { debriefed, rescues } = found.get(`${rep.id}|${period}`) ?? { debriefed: 0, rescues: 0 }
        return { period, debriefed, rescues, selfSufficiency: selfSufficiency(ratio(rescues, debriefed)) }
      }),
    }))
  }

  const listParams = (query: CrutchCallsQuery) => ({
    from: query.from,
    heldTo: heldUntil(query.to, query.asOf ?? today()),
    ...(query.repId === undefined ? {} : { repId: query.repId }),
  })

  const readSidewalkLessons = db.transaction((query: CrutchCallsQuery): SidewalkLessonList => {
    checkRep(query.repId)
    const scope = query.repId === undefined ? 'team' : 'rep'
    const params = listParams(query)
    return {
      total: sidewalkLessonCount[scope].get(params)?.total ?? 0,
      lessons: sidewalkLessons[scope].all({ ...params, limit: query.limit }),
    }
  })

  const readCrutchCalls = db.transaction((query: CrutchCallsQuery): CrutchCallList => {
    checkRep(query.repId)
    const scope = query.repId === undefined ? 'team' : 'rep'
    const params = listParams(query)
    const total = crutchCount[scope].get(params)?.total ?? 0
    const calls = crutchCalls[scope].all({ ...params, limit: query.limit }).map(({ sidewalk, ...call }) => ({
      ...call,
      stakes: sidewalk === 1 ? ('sidewalk' as const) : ('interstate' as const),
    }))
    return { total, calls }
  })

  return {
    charts(input: ChartsQuery): InsightsCharts {
      requirePeriod(input)
      return read({ from: input.from, to: input.to, asOf: input.asOf ?? today(), repId: input.repId })
    },
    crutchCalls(input: CrutchCallsQuery): CrutchCallList {
      requirePeriod(input)
      return readCrutchCalls(input)
    },
    sidewalkLessons(input: CrutchCallsQuery): SidewalkLessonList {
      requirePeriod(input)
      return readSidewalkLessons(input)
    },
    /**
     * The printed report's chart series (shared/insights.ts `ReportChartSeries`): the same
     * statements as `charts`, without the charts the report does not print. Called inside the
     * report's own read transaction; checks neither the period nor the rep (the report did).
     */
    reportSeries(query: { from: string; to: string; asOf: string; repId?: string | undefined }): ReportChartSeries {
      const scope = query.repId === undefined ? 'team' : 'rep'
      const params = { from: query.from, to: query.to, heldTo: heldUntil(query.to, query.asOf), ...(query.repId === undefined ? {} : { repId: query.repId }) }
      const grain = chartGrain(query.from, query.to)
      return { grain, ...readSeries(query.from, query.to, chartBuckets(grain, query.from, query.to), scope, params) }
    },
    span(): JournalSpan {
      return span.get() ?? { first: null, last: null }
    },
  }
}
export type ChartsService = ReturnType<typeof createChartsService>
