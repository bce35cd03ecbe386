import type { ReactNode } from 'react'
import type { SelfSufficiencySeries } from '../../../../../shared/insightsSeries'

const PANEL_MIN_W = 200

/**
 * The self-sufficiency small multiples' grid: one titled panel per rep, `panel` drawing its chart
 * (SelfSufficiencyChart) or holding its place (ChartPlaceholder). With a fixed `width`, panels are
 * laid out in as many columns of at least 200 px as fit, and `panel` is told each one's width.
 */
export function SelfSufficiencyPanels({
  series,
  width,
  panel,
}: {
  series: readonly SelfSufficiencySeries[]
  width?: number | undefined
  panel: (rep: SelfSufficiencySeries, panelWidth: number | undefined) => ReactNode
}) {
  const columns = width === undefined ? undefined : Math.max(1, Math.floor(width / PANEL_MIN_W))
  const panelW = width === undefined || columns === undefined ? undefined : Math.floor(width / columns) - 12
  return (
    <div className="multiples" style={columns ? { gridTemplateColumns: `repeat(${columns}, 1fr)` } : undefined}>
      {series.map((rep) => (
        <section key={rep.repId} className="multiples__panel" aria-label={`${rep.repName} self-sufficiency`}>
          <h3>
            {rep.repName}
            {rep.archived ? ' (archived)' : ''}
          </h3>
          {panel(rep, panelW)}
        </section>
      ))}
    </div>
  )
}
