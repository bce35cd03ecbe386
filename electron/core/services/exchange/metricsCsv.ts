import { ROLES, SESSION_KINDS } from '../../../../shared/domain'
import type { ExportedFile, MetricsCsvGrouping } from '../../../../shared/exchange'
import type { MetricSet, MetricsReport } from '../../../../shared/metrics'
import type { CoreContext } from '../../context'
import { createInsightsService, type MetricsQuery } from '../insights'
import { writeCsv, type CsvCell } from './csvWrite'

/**
 * The insights as a spreadsheet (docs/csv-columns.md): one row per calendar month, ISO week or rep
 * of the period, the figures exactly as `insights.metrics` reports them. Rates stay fractions
 * (0.25), unrounded; a rate with nothing to divide by is an empty cell, never 0.
 */
const FIGURES = [
  ['calls', (m) => m.calls],
  ['held_calls', (m) => m.heldCalls],
  ['prebriefed', (m) => m.prebriefed],
  ['debriefed', (m) => m.debriefed],
  ['rescues', (m) => m.rescues],
  ['rescue_rate', (m) => m.rescueRate],
  ['avoidable_rescues', (m) => m.avoidableRescues],
  ['plan_adherence', (m) => m.planAdherence],
  ['slips', (m) => m.slips],
  ['ask_share', (m) => m.askShare],
  ['prebrief_rate', (m) => m.prebriefRate],
  ['debrief_rate', (m) => m.debriefRate],
  ...ROLES.map((role) => [`role_${role}`, (m: MetricSet) => m.roleMix[role]] as const),
  ...SESSION_KINDS.map((kind) => [`sessions_${kind}`, (m: MetricSet) => m.sessions[kind]] as const),
] as const satisfies readonly (readonly [string, (m: MetricSet) => CsvCell])[]

const figureNames = FIGURES.map(([name]) => name)
const figures = (m: MetricSet): CsvCell[] => FIGURES.map(([, value]) => value(m))

export const METRICS_CSV_HEADERS: Record<MetricsCsvGrouping, readonly string[]> = {
  month: ['month', 'from', 'to', 'as_of', ...figureNames],
  week: ['week', 'from', 'to', 'as_of', ...figureNames],
  rep: ['rep', 'rep_id', 'archived', 'from', 'to', 'as_of', ...figureNames, 'self_sufficiency'],
}

export function metricsCsvFromReport(report: MetricsReport, by: MetricsCsvGrouping): string {
  const period = [report.from, report.to, report.asOf]
  const rows: CsvCell[][] =
    by === 'rep'
      ? report.byRep.map((r) => [r.repName, r.repId, r.archived, ...period, ...figures(r), r.selfSufficiency])
      : (by === 'month' ? report.byMonth : report.byWeek).map((b) => [b.period, ...period, ...figures(b)])
  return writeCsv(METRICS_CSV_HEADERS[by], rows)
}

export function metricsCsv(ctx: CoreContext, query: MetricsQuery & { by: MetricsCsvGrouping }): ExportedFile {
  const report = createInsightsService(ctx.db).metrics(query)
  const scope = query.repId === undefined ? '' : '-one-rep'
  return {
    filename: `coachbook-metrics-by-${query.by}${scope}-${report.from}-to-${report.to}.csv`,
    text: metricsCsvFromReport(report, query.by),
  }
}
