import type Database from 'better-sqlite3-multiple-ciphers'
import { localToday } from '../../../../shared/dates'
import { ROLES, SESSION_KINDS } from '../../../../shared/domain'
import { isoWeeksInPeriod, monthsInPeriod } from '../../../../shared/isoWeek'
import {
  emptyCounts,
  finishMetrics,
  selfSufficiency,
  type MetricCounts,
  type MetricsReport,
  type PeriodMetrics,
  type RepMetrics,
} from '../../../../shared/metrics'
import { requirePeriod } from '../../../../shared/period'
import { AppFailure } from '../../../../shared/result'
import { metricsSql, roleColumn, sessionColumn, type CountColumn, type Grain, type MetricsRow } from './metricsSql'

export type MetricsQuery = {
  from: string
  to: string
  /** Defaults to today in the local calendar. */
  asOf?: string | undefined
  /** Restricts everything (totals, buckets, byRep) to this rep. */
  repId?: string | undefined
}

export type InsightsOptions = {
  /** Today's local day; injectable so tests do not depend on the clock. */
  today?: () => string
}

type RepRow = { id: string; name: string; archived: number }

const COUNT_COLUMNS = Object.keys(emptyCounts()).filter(
  (key): key is CountColumn => key !== 'roleMix' && key !== 'sessions',
)

/**
 * The metrics engine: one aggregate statement (metricsSql.ts) in a read transaction, turned into
 * a report by the pure `finishMetrics`. Buckets with no calls or sessions are still listed, with
 * zero counts and null ratios, so a chart can show the gap.
 */
export function createInsightsService(db: Database.Database, options: InsightsOptions = {}) {
  const today = options.today ?? (() => localToday())
  const threshold = db.prepare<[], { t: number | null }>('SELECT interstate_threshold AS t FROM settings WHERE id = 1')
  const repExists = db.prepare<[string], { id: string }>('SELECT id FROM reps WHERE id = ?')
  const repsByName = db.prepare<[], RepRow>('SELECT id, name, archived FROM reps ORDER BY name, id')
  // Two shapes so the planner can use the per-rep indexes when a rep is chosen.
  const statements = {
    team: db.prepare<Record<string, unknown>, MetricsRow>(metricsSql(false)),
    rep: db.prepare<Record<string, unknown>, MetricsRow>(metricsSql(true)),
  }

  const read = db.transaction((query: Required<Pick<MetricsQuery, 'from' | 'to' | 'asOf'>> & { repId: string | null }) => {
    if (query.repId !== null && !repExists.get(query.repId)) {
      throw new AppFailure('NOT_FOUND', `There is no rep with the id "${query.repId}"`)
    }
    const params = {
      from: query.from,
      to: query.to,
      asOf: query.asOf,
      threshold: threshold.get()?.t ?? null,
      ...(query.repId === null ? {} : { repId: query.repId }),
    }
    return { counts: statements[query.repId === null ? 'team' : 'rep'].all(params), reps: repsByName.all() }
  })

  return {
    metrics(input: MetricsQuery): MetricsReport {
      requirePeriod(input)
      const query = { from: input.from, to: input.to, asOf: input.asOf ?? today(), repId: input.repId ?? null }
      const rows = read(query)

      const slices = new Map<string, MetricCounts>()
      const slice = (grain: Grain, bucket: string): MetricCounts => {
        const key = `${grain}:${bucket}`
        let counts = slices.get(key)
        if (!counts) {
          counts = emptyCounts()
          slices.set(key, counts)
        }
        return counts
      }
      for (const row of rows.counts) {
        const counts = slice(row.grain, row.bucket)
        for (const column of COUNT_COLUMNS) counts[column] = row[column]
        for (const role of ROLES) counts.roleMix[role] = row[roleColumn(role)]
        for (const kind of SESSION_KINDS) counts.sessions[kind] = row[sessionColumn(kind)]
      }

      const buckets = (grain: 'month' | 'week', keys: string[]): PeriodMetrics[] => {
        const listed = new Set(keys)
        for (const key of slices.keys()) {
          const [g, bucket] = splitKey(key)
          // A bucket the database saw but the calendar did not list would silently lose data.
          if (g === grain && !listed.has(bucket)) throw new Error(`Metrics bucket ${bucket} lies outside the period`)
        }
        return keys.map((period) => ({ period, ...finishMetrics(slices.get(`${grain}:${period}`) ?? emptyCounts()) }))
      }

      const byRep: RepMetrics[] = rows.reps
        .filter((rep) => slices.has(`rep:${rep.id}`))
        .map((rep) => {
          const metrics = finishMetrics(slices.get(`rep:${rep.id}`) ?? emptyCounts())
          return {
            repId: rep.id,
            repName: rep.name,
            archived: rep.archived === 1,
            ...metrics,
            selfSufficiency: selfSufficiency(metrics.rescueRate),
          }
        })

      return {
        from: query.from,
        to: query.to,
        asOf: query.asOf,
        repId: query.repId,
        totals: finishMetrics(slices.get('total:') ?? emptyCounts()),
        byMonth: buckets('month', monthsInPeriod(query.from, query.to)),
        byWeek: buckets('week', isoWeeksInPeriod(query.from, query.to)),
        byRep,
      }
    },
  }
}
export type InsightsService = ReturnType<typeof createInsightsService>

function splitKey(key: string): [string, string] {
  const at = key.indexOf(':')
  return [key.slice(0, at), key.slice(at + 1)]
}
