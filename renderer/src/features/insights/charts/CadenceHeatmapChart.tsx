import type { Cadence } from '../../../../../shared/insights'
import { bucketLabel, bucketTick, heatLevel } from '../../../../../shared/insightsSeries'
import { Table } from '../../../components/Table'
import type { ChartSizeProps } from './chartProps'
import { LazyChart } from './LazyChart'
import { HEAT_COLOR } from './palette'
import './charts.css'

const LABEL_W = 150
const HEAD_H = 26
const ROW_H = 24
const VIEW_W = 760
const LEVEL_OPACITY = [0, 0.25, 0.45, 0.7, 1] as const

/**
 * Reps × weeks (or months, or years on long periods): each cell shades with the coaching
 * touches in it — sessions plus debriefed calls — and carries a dot when it holds a coaching
 * session, so debrief-only weeks read apart from coached ones in grey too.
 */
export function CadenceHeatmapChart({ cadence, width, height, print }: { cadence: Cadence } & ChartSizeProps) {
  const columns = cadence.columns.length
  const cellW = (VIEW_W - LABEL_W) / Math.max(1, columns)
  const viewH = HEAD_H + ROW_H * cadence.rows.length
  const max = Math.max(1, ...cadence.rows.flatMap((row) => row.cells.map((cell) => cell.sessions + cell.debriefs)))
  const every = Math.max(1, Math.ceil(columns / 10))
  return (
    <figure className={`insights-chart heatmap${print ? ' insights-chart--print' : ''}`} aria-label="Coaching cadence">
      <LazyChart eager={Boolean(print) || width !== undefined} aspectRatio={VIEW_W / viewH}>
        <svg
          viewBox={`0 0 ${VIEW_W} ${viewH}`}
          width={width ?? '100%'}
          height={height}
          role="img"
          aria-label="Coaching sessions and debriefs per rep over time; the table below the chart holds the counts"
        >
          {cadence.columns.map((column, c) =>
            c % every === 0 ? (
              <text key={column} className="chart-text" x={LABEL_W + c * cellW + 1} y={HEAD_H - 8}>
                {bucketTick(column)}
              </text>
            ) : null,
          )}
          {cadence.rows.map((row, r) => (
            <g key={row.repId}>
              <text className="chart-text" x={LABEL_W - 8} y={HEAD_H + r * ROW_H + ROW_H / 2 + 4} textAnchor="end">
                {row.repName.length > 20 ? `${row.repName.slice(0, 19)}…` : row.repName}
              </text>
              {row.cells.map((cell, c) => {
                const level = heatLevel(cell.sessions + cell.debriefs, max)
                const x = LABEL_W + c * cellW
                const y = HEAD_H + r * ROW_H
                return (
                  <g key={cell.column}>
                    <rect
                      x={x + 1}
                      y={y + 1}
                      width={Math.max(1, cellW - 2)}
                      height={ROW_H - 2}
                      rx={2}
                      className={level === 0 ? 'heatmap__cell--0' : undefined}
                      fill={level === 0 ? undefined : print ? '#000' : HEAT_COLOR}
                      fillOpacity={level === 0 ? 1 : LEVEL_OPACITY[level] * (print ? 0.8 : 1)}
                    >
                      <title>{`${row.repName}, ${bucketLabel(cell.column)}: ${cell.sessions} sessions, ${cell.debriefs} debriefs`}</title>
                    </rect>
                    {cell.sessions > 0 && (
                      <circle
                        className="heatmap__dot"
                        cx={x + cellW / 2}
                        cy={y + ROW_H / 2}
                        r={Math.min(3.5, cellW / 4)}
                        stroke={level >= 3 ? 'var(--color-surface)' : 'none'}
                        style={level >= 3 && print ? { fill: '#fff' } : undefined}
                      />
                    )}
                  </g>
                )
              })}
            </g>
          ))}
        </svg>
      </LazyChart>
    </figure>
  )
}

export function CadenceHeatmapTable({ cadence }: { cadence: Cadence }) {
  return (
    <Table caption="Coaching sessions and debriefs per rep">
      <thead>
        <tr>
          <th scope="col">Rep</th>
          {cadence.columns.map((column) => (
            <th key={column} scope="col">
              {bucketLabel(column)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {cadence.rows.map((row) => (
          <tr key={row.repId}>
            <th scope="row">{row.repName}</th>
            {row.cells.map((cell) => (
              <td key={cell.column}>
                {cell.sessions} s / {cell.debriefs} d
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </Table>
  )
}
