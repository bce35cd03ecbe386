import { useId } from 'react'
import { ROLES } from '../../../../../shared/domain'
import type { MatrixRow } from '../../../../../shared/insightsSeries'
import { ROLE_LABELS } from '../../../../../shared/labels'
import { Table } from '../../../components/Table'
import type { ChartSizeProps } from './chartProps'
import { ChartPatterns, patternFill } from './ChartPatterns'
import { HEAT_COLOR, OKABE_ITO } from './palette'
import './charts.css'

const LABEL_W = 150
const HEAD_H = 44
const VIEW_W = 560
const CELL_W = (VIEW_W - LABEL_W) / ROLES.length
const CELL_H = 48
const VIEW_H = HEAD_H + CELL_H * ROLES.length

/**
 * Planned role (rows) against the role actually played (columns). Cells shade with their count;
 * the crutch column off the diagonal — a rescue on a call planned otherwise — is a slip, drawn
 * hatched with a heavy vermillion border. Drawn in SVG (a grid, not a Recharts chart).
 */
export function RoleMatrixChart({ rows, width, height, print }: { rows: readonly MatrixRow[] } & ChartSizeProps) {
  const id = useId().replace(/:/g, '')
  const max = Math.max(1, ...rows.flatMap((row) => row.cells.map((cell) => cell.calls)))
  return (
    <figure className={`insights-chart matrix${print ? ' insights-chart--print' : ''}`} aria-label="Planned role against actual role">
      <svg
        viewBox={`0 0 ${VIEW_W} ${VIEW_H}`}
        width={width ?? VIEW_W}
        height={height ?? VIEW_H}
        role="img"
        aria-label="Planned role against actual role; the table below the chart holds the counts"
      >
        <ChartPatterns prefix={id} specs={[{ key: 'slip', color: OKABE_ITO.vermillion, pattern: 'hatch' }]} print={print} />
        <text className="chart-text" x={LABEL_W - 8} y={14} textAnchor="end">
          Planned ↓ / played →
        </text>
        {ROLES.map((role, c) => (
          <text key={role} className="chart-text" x={LABEL_W + c * CELL_W + CELL_W / 2} y={HEAD_H - 10} textAnchor="middle">
            {shortRole(role)}
          </text>
        ))}
        {rows.map((row, r) => (
          <g key={row.planned}>
            <text className="chart-text" x={LABEL_W - 8} y={HEAD_H + r * CELL_H + CELL_H / 2 + 4} textAnchor="end">
              {shortRole(row.planned)}
            </text>
            {row.cells.map((cell, c) => {
              const x = LABEL_W + c * CELL_W
              const y = HEAD_H + r * CELL_H
              const planned = row.planned === 'crutch' && cell.actual === 'crutch'
              return (
                <g key={cell.actual}>
                  <rect
                    x={x + 2}
                    y={y + 2}
                    width={CELL_W - 4}
                    height={CELL_H - 4}
                    rx={4}
                    className={cell.calls === 0 ? 'heatmap__cell--0' : undefined}
                    fill={cell.calls === 0 ? undefined : cell.slip && cell.calls > 0 ? patternFill(id, 'slip') : print ? '#000' : HEAT_COLOR}
                    fillOpacity={cell.slip ? 0.55 : print ? 0.06 + 0.3 * (cell.calls / max) : 0.12 + 0.55 * (cell.calls / max)}
                    stroke={cell.slip ? (print ? '#000' : OKABE_ITO.vermillion) : planned ? 'var(--color-text)' : 'none'}
                    strokeWidth={cell.slip ? 3 : 1.5}
                    strokeDasharray={planned ? '4 3' : undefined}
                  />
                  <text
                    x={x + CELL_W / 2}
                    y={y + CELL_H / 2 + 5}
                    textAnchor="middle"
                    className="chart-text matrix__count"
                    style={{ fill: print ? '#000' : 'var(--color-text)', fontWeight: 700, fontSize: 15 }}
                  >
                    {cell.calls}
                    {cell.slip && cell.calls > 0 ? ' slip' + (cell.calls === 1 ? '' : 's') : ''}
                  </text>
                </g>
              )
            })}
          </g>
        ))}
      </svg>
    </figure>
  )
}

function shortRole(role: (typeof ROLES)[number]): string {
  return role === 'visiting_dignitary' ? 'Dignitary' : role === 'depth_and_breadth' ? 'Depth & breadth' : role === 'technical_expert' ? 'Expert' : 'Crutch'
}

export function RoleMatrixTable({ rows }: { rows: readonly MatrixRow[] }) {
  return (
    <Table caption="Debriefed calls by planned role (rows) and actual role (columns)">
      <thead>
        <tr>
          <th scope="col">Planned</th>
          {ROLES.map((role) => (
            <th key={role} scope="col">
              Played: {ROLE_LABELS[role]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.planned}>
            <th scope="row">{ROLE_LABELS[row.planned]}</th>
            {row.cells.map((cell) => (
              <td key={cell.actual}>
                {cell.calls}
                {cell.slip && cell.calls > 0 ? (cell.calls === 1 ? ' (slip)' : ' (slips)') : ''}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </Table>
  )
}
