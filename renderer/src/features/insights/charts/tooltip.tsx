import type { ReactNode } from 'react'
import { Tooltip } from 'recharts'

/**
 * A themed tooltip (CSS variables, so it follows light and dark), or nothing in print. `lines`
 * turns the hovered row into the text to show.
 */
export function chartTooltip<Row>(print: boolean | undefined, lines: (row: Row) => ReactNode[]) {
  if (print) return null
  return (
    <Tooltip
      cursor={{ fill: 'var(--color-surface-hover)', stroke: 'var(--color-border-strong)' }}
      content={({ active, payload }) => {
        const row = payload?.[0]?.payload as Row | undefined
        if (!active || row === undefined) return null
        return (
          <div className="chart-tooltip">
            {lines(row).map((line, i) => (
              <p key={i}>{line}</p>
            ))}
          </div>
        )
      }}
    />
  )
}
