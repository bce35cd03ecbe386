import { memo, useMemo } from 'react'
import { askShareRows, rescueRateRows, roleMatrixRows, roleMixRows } from '../../../../shared/insightsSeries'
import type { ProgressReport } from '../../../../shared/print'
import { AskShareChart, RescueRateChart, RoleMatrixChart, RoleMixChart } from '../insights/charts'

/** Each chart's size on paper, in CSS pixels: two to a row inside the narrower (A4) column. */
export const CHART_SIZE = { width: 300, height: 200 }

/**
 * The report's four main charts — the Insights screen's own components in their print mode (no
 * animation, black-and-white-legible marks), at fixed sizes, each in a figure that page breaks
 * never cut. Shaped the way the Insights screen shapes them (shared/insightsSeries.ts). Drawn once
 * per report: memoised, with the rows shaped once, so a render of the page around them (the print
 * frame's own state) does not hand Recharts new arrays to lay out again (issue 13).
 */
export const ReportCharts = memo(function ReportCharts({ report }: { report: ProgressReport }) {
  const { charts } = report
  const buckets = charts.grain === 'week' ? report.current.byWeek : report.current.byMonth
  const per = charts.grain === 'week' ? 'week' : 'month'
  const rows = useMemo(
    () => ({
      rescueRate: rescueRateRows(buckets, charts.rolling),
      roleMix: roleMixRows(buckets),
      roleMatrix: roleMatrixRows(charts.roleMatrix),
      askShare: askShareRows(buckets),
    }),
    [buckets, charts],
  )
  return (
    <div className="print-charts">
      <figure className="print-figure" data-chart="rescue-rate">
        <figcaption>Rescue rate by {per}, with the rolling 90-day rate</figcaption>
        <RescueRateChart {...CHART_SIZE} print data={rows.rescueRate} />
      </figure>
      <figure className="print-figure" data-chart="role-mix">
        <figcaption>Roles played on debriefed calls, by {per}</figcaption>
        <RoleMixChart {...CHART_SIZE} print data={rows.roleMix} />
      </figure>
      <figure className="print-figure" data-chart="plan-matrix">
        <figcaption>Planned role → role played</figcaption>
        <RoleMatrixChart {...CHART_SIZE} print rows={rows.roleMatrix} />
      </figure>
      <figure className="print-figure" data-chart="ask-share">
        <figcaption>Asking, not telling, by {per}</figcaption>
        <AskShareChart {...CHART_SIZE} print data={rows.askShare} />
      </figure>
    </div>
  )
})
