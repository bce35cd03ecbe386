import type { SelfSufficiencySeries } from '../../../../../shared/insightsSeries'
import { CHART_FRAMES, SELF_SUFFICIENCY_PANEL_H, selfSufficiencyLabel } from './chartFrames'
import { SelfSufficiencyPanels } from './SelfSufficiencyPanels'

/*
 * Where a chart will be, shown while the charting library's code is still on its way: the Insights
 * screen draws its figures and words at once and loads the drawings beside them (../lazyCharts.ts),
 * since at a journal's full size the charts stand far below the first screen. Each placeholder is
 * what the chart itself draws while it is away from the viewport (ChartBox → LazyChart): the same
 * figure, name and box height, so nothing moves when the drawing arrives.
 */

/** The place of one of the charts in CHART_FRAMES. */
export function ChartPlaceholder({ chart }: { chart: keyof typeof CHART_FRAMES }) {
  const { label, height } = CHART_FRAMES[chart]
  return <EmptyChartBox label={label} height={height} />
}

/** The place of the self-sufficiency small multiples: every rep's panel, each still empty. */
export function SelfSufficiencyPlaceholder({ series }: { series: readonly SelfSufficiencySeries[] }) {
  return (
    <SelfSufficiencyPanels
      series={series}
      panel={(rep) => <EmptyChartBox label={selfSufficiencyLabel(rep.repName)} height={SELF_SUFFICIENCY_PANEL_H} />}
    />
  )
}

function EmptyChartBox({ label, height }: { label: string; height: number }) {
  return (
    <figure className="insights-chart" aria-label={label}>
      <div className="lazy-chart" data-drawn={false} style={{ height }} />
    </figure>
  )
}
