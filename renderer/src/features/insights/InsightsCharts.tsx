import { memo, useMemo } from 'react'
import type { InsightsCharts as ChartsData } from '../../../../shared/insights'
import { ASK_SHARE_TARGET } from '../../../../shared/insightsLimits'
import {
  askShareRows,
  briefRateRows,
  calibrationRows,
  percentText,
  rescueRateRows,
  roleMatrixRows,
  roleMixRows,
  selfSufficiencySeries,
} from '../../../../shared/insightsSeries'
import type { MetricsReport } from '../../../../shared/metrics'
import { formatCount } from '../../lib/format'
import { ChartCard } from './ChartCard'
import { CadenceHeatmapChart, CadenceHeatmapTable } from './charts/CadenceHeatmapChart'
import { ChartPlaceholder, SelfSufficiencyPlaceholder } from './charts/ChartPlaceholder'
import { RoleMatrixChart, RoleMatrixTable } from './charts/RoleMatrixChart'
import {
  AskShareChart,
  AskShareTable,
  BriefRatesChart,
  BriefRatesTable,
  CalibrationChart,
  CalibrationTable,
  RescueRateChart,
  RescueRateTable,
  RescueScatterChart,
  RescueScatterTable,
  RoleMixChart,
  RoleMixTable,
  SelfSufficiencyChart,
  SelfSufficiencyTable,
} from './lazyCharts'

/**
 * Every chart of the screen, each shaped from the two core answers by shared/insightsSeries.ts.
 * Drawn again only when a new pair of answers (or the currency) comes in: the shaping is done
 * once per pair, and the page's own re-renders (a read starting, "updating…") skip the charts.
 */
export const InsightsCharts = memo(function InsightsCharts({ metrics, charts, currency }: { metrics: MetricsReport; charts: ChartsData; currency: string }) {
  const shaped = useMemo(() => shapeCharts(metrics, charts), [metrics, charts])
  const { totals, matrix, planned, multiples, calibration, cadenceEmpty, per } = shaped
  return (
    <div className="insights-grid">
      <ChartCard
        title="Rescue rate over time"
        summary={`Share of debriefed calls where you played the crutch, per ${per}, with the rate over the 90 days up to each ${per}'s end.`}
        empty={totals.debriefed === 0}
        emptyHint="Debrief your joint calls and record the role you actually played."
        placeholder={<ChartPlaceholder chart="rescueRate" />}
        chart={<RescueRateChart data={shaped.rescueRate} />}
        table={<RescueRateTable data={shaped.rescueRate} />}
      />
      <ChartCard
        title="Role mix over time"
        summary={`The role you actually played on debriefed calls, per ${per}.`}
        empty={totals.debriefed === 0}
        emptyHint="Debrief your joint calls and record the role you actually played."
        placeholder={<ChartPlaceholder chart="roleMix" />}
        chart={<RoleMixChart data={shaped.roleMix} />}
        table={<RoleMixTable data={shaped.roleMix} />}
      />
      <ChartCard
        title="Planned and actual roles"
        summary="Rows are the role you planned in the pre-brief, columns the role you played. Hatched cells are slips: you planned another role and ended up the crutch."
        empty={planned === 0}
        emptyHint="Plan calls with a pre-brief (the role you mean to play), then debrief them."
        figures={<Figure value={totals.slips} label={totals.slips === 1 ? 'slip' : 'slips'} />}
        chart={<RoleMatrixChart rows={matrix} />}
        table={<RoleMatrixTable rows={matrix} />}
      />
      <ChartCard
        title="Rescues against deal value"
        summary="Each rescue at its day and deal value. Below the interstate threshold is the sidewalk: the everyday deals where the rep should be left to try."
        empty={charts.scatter.withValue === 0}
        emptyHint={
          charts.scatter.rescues === 0
            ? 'Rescues show here once a debrief records that you played the crutch; give those calls a deal value.'
            : 'Give your rescued calls a deal value to place them here.'
        }
        figures={
          <>
            <Figure value={charts.scatter.avoidable} label={charts.scatter.avoidable === 1 ? 'avoidable rescue' : 'avoidable rescues'} />
            <Figure value={charts.scatter.rescues} label="rescues in all" />
            {charts.scatter.rescues > charts.scatter.withValue && (
              <span className="muted">{charts.scatter.rescues - charts.scatter.withValue} without a deal value are not drawn.</span>
            )}
            {charts.scatter.binned && <span className="muted">Nearby rescues are grouped; bigger marks stand for more calls.</span>}
            {charts.interstateThreshold === null && <span className="muted">Set an interstate threshold in Settings to draw the line.</span>}
          </>
        }
        placeholder={<ChartPlaceholder chart="rescueScatter" />}
        chart={
          <RescueScatterChart
            scatter={charts.scatter}
            from={charts.from}
            to={charts.to}
            interstateThreshold={charts.interstateThreshold}
            currency={currency}
          />
        }
        table={<RescueScatterTable scatter={charts.scatter} from={charts.from} currency={currency} />}
      />
      <ChartCard
        title="Asking rather than telling"
        summary={`Questions you asked as a share of everything you said, per ${per}: in debriefs of calls and, as a line of its own, in coaching sessions where a rep brought you a challenge. The target is ${percentText(ASK_SHARE_TARGET)}.`}
        empty={totals.askShare === null && charts.sessionTalk.askShare === null}
        emptyHint="In each debrief and each one-on-one, count the questions you asked and the things you told."
        figures={
          <>
            <Figure value={percentText(totals.askShare)} label="ask share in debriefs of calls" />
            <Figure value={percentText(charts.sessionTalk.askShare)} label={`in coaching sessions (${formatCount(charts.sessionTalk.sessions)} with a tally)`} />
          </>
        }
        placeholder={<ChartPlaceholder chart="askShare" />}
        chart={<AskShareChart data={shaped.askShare} />}
        table={<AskShareTable data={shaped.askShare} />}
      />
      <ChartCard
        title="Pre-brief and debrief rates"
        summary={`Share of held calls you planned with the rep beforehand and looked back on afterwards, per ${per}.`}
        empty={totals.heldCalls === 0}
        emptyHint="Record the joint calls you have been on, with their pre-briefs and debriefs."
        figures={
          <>
            <Figure value={percentText(totals.prebriefRate)} label="pre-briefed" />
            <Figure value={percentText(totals.debriefRate)} label="debriefed" />
          </>
        }
        placeholder={<ChartPlaceholder chart="briefRates" />}
        chart={<BriefRatesChart data={shaped.briefRates} />}
        table={<BriefRatesTable data={shaped.briefRates} />}
      />
      <ChartCard
        wide
        title="Each rep's self-sufficiency"
        summary={`Share of each rep's debriefed calls you did not rescue, per ${per}.`}
        empty={multiples.length === 0}
        emptyHint="Debrief calls with your reps and record the role you played."
        placeholder={<SelfSufficiencyPlaceholder series={multiples} />}
        chart={<SelfSufficiencyChart series={multiples} />}
        table={<SelfSufficiencyTable series={multiples} />}
      />
      <ChartCard
        wide
        title="Coaching cadence"
        summary={`Coaching sessions and debriefed calls per rep and ${charts.cadence.grain}: the stronger the colour, the more; a dot marks a coaching session.`}
        empty={cadenceEmpty}
        emptyHint="Log coaching sessions with your reps and debrief your joint calls."
        chart={<CadenceHeatmapChart cadence={charts.cadence} />}
        table={<CadenceHeatmapTable cadence={charts.cadence} />}
      />
      <ChartCard
        title="Predicted takeover against what happened"
        summary="Calls grouped by the chance of taking over you predicted in the pre-brief, against how many you did rescue. On the dashed line your predictions were right."
        empty={charts.calibration.calls === 0}
        emptyHint="In pre-briefs, predict the chance that you take over; then debrief those calls."
        figures={<Figure value={charts.calibration.calls} label="calls with a prediction" />}
        placeholder={<ChartPlaceholder chart="calibration" />}
        chart={<CalibrationChart data={calibration} />}
        table={<CalibrationTable data={calibration} />}
      />
    </div>
  )
})

/** The rows of every chart, from one pair of answers. */
function shapeCharts(metrics: MetricsReport, charts: ChartsData) {
  const buckets = charts.grain === 'week' ? metrics.byWeek : metrics.byMonth
  const matrix = roleMatrixRows(charts.roleMatrix)
  return {
    totals: metrics.totals,
    per: charts.grain === 'week' ? 'week' : 'month',
    rescueRate: rescueRateRows(buckets, charts.rolling),
    roleMix: roleMixRows(buckets),
    askShare: askShareRows(buckets, charts.sessionTalk.buckets),
    briefRates: briefRateRows(buckets),
    matrix,
    planned: matrix.reduce((sum, row) => sum + row.total, 0),
    multiples: selfSufficiencySeries(charts.repTrends),
    calibration: calibrationRows(charts.calibration.bins),
    cadenceEmpty: charts.cadence.rows.every((row) => row.cells.every((cell) => cell.sessions + cell.debriefs === 0)),
  }
}

/** A figure beside a chart's title: a count grouped as the locale writes it (15,292), or a share already written. */
function Figure({ value, label }: { value: number | string; label: string }) {
  return (
    <span className="insights-figure">
      <strong>{typeof value === 'number' ? formatCount(value) : value}</strong> {label}
    </span>
  )
}
