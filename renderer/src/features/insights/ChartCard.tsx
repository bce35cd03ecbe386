import { Suspense, useId, useState, type ReactNode } from 'react'

export type ChartCardProps = {
  title: string
  /** One line on what the chart shows and how to read it. */
  summary: ReactNode
  /** What to record to fill the chart, shown instead of it when `empty`. */
  emptyHint: string
  empty: boolean
  /** Headline figures above the chart (e.g. "12 avoidable"). */
  figures?: ReactNode
  chart: ReactNode
  /** Holds the chart's place, at its size, while its drawing's code loads (../lazyCharts.ts). */
  placeholder?: ReactNode
  table: ReactNode
  wide?: boolean
}

/** One chart on the Insights screen: its title, its empty state, the chart and its numbers as a table. */
export function ChartCard({ title, summary, emptyHint, empty, figures, chart, placeholder, table, wide }: ChartCardProps) {
  const headingId = useId()
  // Tables are built only once opened: a closed one would still cost its (up to ~1,000) rows on every period change.
  const [tableOpen, setTableOpen] = useState(false)
  return (
    <section className={`insights-card${wide ? ' insights-card--wide' : ''}`} aria-labelledby={headingId}>
      <h2 id={headingId} className="insights-card__title">
        {title}
      </h2>
      <p className="insights-card__summary">{summary}</p>
      {empty ? (
        <p className="insights-card__empty">
          <strong>Nothing to show yet.</strong> {emptyHint}
        </p>
      ) : (
        <>
          {figures && <div className="insights-card__figures">{figures}</div>}
          <Suspense fallback={placeholder ?? null}>{chart}</Suspense>
          <details className="insights-card__table" onToggle={(e) => setTableOpen(e.currentTarget.open)}>
            <summary>Show table</summary>
            {/* A wide table scrolls here; the focus stop lets a keyboard scroll it too. */}
            {tableOpen && (
              <div className="insights-table-scroll" tabIndex={0} role="region" aria-label={`${title}: table`}>
                <Suspense fallback={<p className="muted">Loading the table…</p>}>{table}</Suspense>
              </div>
            )}
          </details>
        </>
      )}
    </section>
  )
}
