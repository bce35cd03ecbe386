import type { SelfSufficiencySeries } from '../../../../shared/insightsSeries'
import { SelfSufficiencyChart, SelfSufficiencyTable } from '../insights/charts/SelfSufficiencyChart'

/**
 * The rep's self-sufficiency month by month, drawn by the Insights screen's own small-multiple
 * chart, with its numbers as a table under "Show table". Its own module so Recharts loads only
 * when the rep page draws it (RepTrend.tsx loads it lazily), never with the rep page's code.
 */
export function RepTrendChart({ series }: { series: SelfSufficiencySeries }) {
  return (
    <>
      <SelfSufficiencyChart series={[series]} />
      <details className="rep-trend__table">
        <summary>Show table</summary>
        <SelfSufficiencyTable series={[series]} />
      </details>
    </>
  )
}
