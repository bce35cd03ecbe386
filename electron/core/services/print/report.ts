import type Database from 'better-sqlite3-multiple-ciphers'
import { heldUntil } from '../../../../shared/callTiming'
import { localToday } from '../../../../shared/dates'
import type { Outcome, Role, Stakes } from '../../../../shared/domain'
import { REPORT_MAX_RESCUES, type ProgressReport, type ReportRescue } from '../../../../shared/print'
import { requirePeriod } from '../../../../shared/period'
import { previousPeriod } from '../../../../shared/printPeriod'
import { effectiveStakes } from '../../../../shared/stakes'
import type { CoreContext } from '../../context'
import type { ChartsService, InsightsService } from '../insights'
import { requireRep } from '../reps'

/**
 * The progress report: the period's metrics against the previous period of equal length (both
 * from the insights engine, so the report and the Insights screen never disagree), the list of
 * rescues with their stakes, and the charts' own series (rolling rate, role matrix) from the
 * charts engine — one read for the whole report (issue 13: it used to read `insights.charts`
 * beside this, all of it, for two of its series).
 */
/** `heldTo`: debriefs count from their call's day (shared/callTiming.ts `heldUntil`). */
type Query = { from: string; heldTo: string; repId: string | null }
type RescueRow = {
  id: string
  call_date: string
  account: string | null
  opportunity: string | null
  deal_value: number | null
  stakes: Stakes | null
  rep_name: string
  planned_role: Role | null
  outcome: Outcome | null
}

// `@repId IS NULL OR …` keeps one statement for the team and for one rep.
const DEBRIEFED_IN_PERIOD = `FROM calls c
  JOIN reps r ON r.id = c.rep_id
  JOIN debriefs d ON d.call_id = c.id
  LEFT JOIN prebriefs p ON p.call_id = c.id
  WHERE c.cancelled = 0 AND c.call_date BETWEEN @from AND @heldTo AND (@repId IS NULL OR c.rep_id = @repId)`

export function createReportReader(db: Database.Database, insights: InsightsService, charts: ChartsService) {
  const rescues = db.prepare<Query & { limit: number }, RescueRow>(
    `SELECT c.id, c.call_date, c.account, c.opportunity, c.deal_value, c.stakes, r.name AS rep_name,
       p.planned_role, d.outcome
     ${DEBRIEFED_IN_PERIOD} AND d.actual_role = 'crutch'
     ORDER BY c.call_date, c.call_time NULLS FIRST, c.id LIMIT @limit`,
  )

  return (ctx: CoreContext, input: { from: string; to: string; repId?: string | undefined; asOf?: string | undefined }): ProgressReport =>
    ctx.db.transaction((): ProgressReport => {
      const rep = input.repId === undefined ? null : requireRep(ctx, input.repId)
      const period = { from: input.from, to: input.to }
      requirePeriod(period)
      const previous = previousPeriod(period)
      const asOf = input.asOf ?? localToday(new Date(ctx.now()))
      const query: Query = { from: period.from, heldTo: heldUntil(period.to, asOf), repId: rep?.id ?? null }
      const { currency, paperSize, interstateThreshold } = ctx.repos.settings.get()
      const scope = { repId: rep?.id, asOf }
      const current = insights.metrics({ ...period, ...scope })
      return {
        paperSize,
        currency,
        period,
        previousPeriod: previous,
        rep: rep && { id: rep.id, name: rep.name },
        current,
        previous: insights.metrics({ ...previous, ...scope }).totals,
        rescues: rescues.all({ ...query, limit: REPORT_MAX_RESCUES }).map(
          (row): ReportRescue => ({
            callId: row.id,
            date: row.call_date,
            repName: row.rep_name,
            account: row.account,
            opportunity: row.opportunity,
            dealValue: row.deal_value,
            stakes: effectiveStakes({ stakes: row.stakes, dealValue: row.deal_value }, interstateThreshold),
            plannedRole: row.planned_role,
            outcome: row.outcome,
          }),
        ),
        // The period's rescues are its debriefed crutch calls up to the as-of day: the metrics'
        // own count (a scan of every call and debrief row here took ~0.2 s at 100,000 calls).
        rescuesTotal: current.totals.rescues,
        charts: charts.reportSeries({ ...period, ...scope }),
      }
    })()
}
