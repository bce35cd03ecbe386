import { CartesianGrid, Legend, ReferenceLine, Scatter, ScatterChart, XAxis, YAxis, ZAxis } from 'recharts'
import { STAKES, type Stakes } from '../../../../../shared/domain'
import type { RescueScatter, ScatterPoint } from '../../../../../shared/insights'
import { scatterDay } from '../../../../../shared/insightsSeries'
import { daysBetween } from '../../../../../shared/isoWeek'
import { STAKES_LABELS } from '../../../../../shared/labels'
import { Table } from '../../../components/Table'
import { formatDay, formatMoney } from '../../../lib/format'
import { ChartBox } from './ChartBox'
import { CHART_FRAMES } from './chartFrames'
import type { ChartSizeProps } from './chartProps'
import { legendWithReferences } from './legend'
import { STAKES_STYLES } from './palette'
import { chartTooltip } from './tooltip'

export type RescueScatterProps = {
  scatter: RescueScatter
  /** The period's first day: x is counted in days from it. */
  from: string
  to: string
  interstateThreshold: number | null
  currency: string
}

const THRESHOLD_DASH = '6 3'

const compactMoney = (currency: string) => (value: number) => {
  try {
    return new Intl.NumberFormat(undefined, { style: 'currency', currency, notation: 'compact', maximumFractionDigits: 1 }).format(value)
  } catch {
    return String(value)
  }
}

/**
 * Each rescue with a deal value at its day and value — sidewalk rescues (avoidable) as
 * vermillion circles, interstate ones as blue triangles — with the interstate threshold as a
 * line. Binned points (past 1,000 rescues) grow with the number of calls they stand for.
 */
export function RescueScatterChart({ scatter, from, to, interstateThreshold, currency, width, height, print }: RescueScatterProps & ChartSizeProps) {
  const days = Math.max(1, daysBetween(from, to))
  const money = compactMoney(currency)
  const byStakes = (stakes: Stakes) => scatter.points.filter((point) => point.stakes === stakes)
  return (
    <ChartBox
      width={width}
      height={height}
      print={print}
      defaultHeight={CHART_FRAMES.rescueScatter.height}
      label={CHART_FRAMES.rescueScatter.label}
      render={(size) => (
        <ScatterChart {...size} margin={{ top: 16, right: 16, bottom: 0, left: 8 }}>
          <CartesianGrid />
          <XAxis
            type="number"
            dataKey="x"
            name="Day"
            domain={[0, days]}
            tickFormatter={(x: number) => formatDay(scatterDay(from, x), { weekday: false })}
            minTickGap={24}
          />
          <YAxis
            type="number"
            dataKey="y"
            name="Deal value"
            tickFormatter={money}
            width={64}
            domain={[0, (dataMax: number) => Math.max(dataMax, interstateThreshold ?? 0) * 1.1]}
          />
          <ZAxis type="number" dataKey="count" range={scatter.binned ? [30, 360] : [50, 50]} />
          {chartTooltip<ScatterPoint>(print, (point) => [
            `${formatDay(scatterDay(from, point.x))}${point.count > 1 ? ` (about; ${point.count} rescues)` : ''}`,
            `${formatMoney(point.y, currency)}, ${STAKES_LABELS[point.stakes].toLowerCase()}`,
          ])}
          {/* The threshold is named in the legend: a label on the line would sit on the rescues near it. */}
          <Legend
            content={legendWithReferences(
              interstateThreshold === null ? [] : [{ label: `Interstate threshold ${money(interstateThreshold)}`, dash: THRESHOLD_DASH, print }],
            )}
          />
          {interstateThreshold !== null && (
            <ReferenceLine y={interstateThreshold} className="chart-reference" strokeDasharray={THRESHOLD_DASH} strokeWidth={1.5} />
          )}
          {STAKES.map((stakes) => (
            <Scatter
              key={stakes}
              name={stakes === 'sidewalk' ? 'Sidewalk (avoidable)' : 'Interstate'}
              data={byStakes(stakes)}
              shape={STAKES_STYLES[stakes].marker === 'triangle' ? 'triangle' : 'circle'}
              legendType={STAKES_STYLES[stakes].marker === 'triangle' ? 'triangle' : 'circle'}
              fill={print ? (stakes === 'sidewalk' ? '#000' : '#fff') : STAKES_STYLES[stakes].color}
              stroke={print ? '#000' : 'var(--color-surface)'}
              fillOpacity={print ? 1 : 0.85}
              isAnimationActive={false}
            />
          ))}
        </ScatterChart>
      )}
    />
  )
}

export function RescueScatterTable({ scatter, from, currency }: Pick<RescueScatterProps, 'scatter' | 'from' | 'currency'>) {
  return (
    <Table caption={scatter.binned ? 'Rescues by deal value, grouped' : 'Rescues by deal value'}>
      <thead>
        <tr>
          <th scope="col">{scatter.binned ? 'Day (group mean)' : 'Day'}</th>
          <th scope="col">{scatter.binned ? 'Deal value (group mean)' : 'Deal value'}</th>
          <th scope="col">Stakes</th>
          <th scope="col">Rescues</th>
        </tr>
      </thead>
      <tbody>
        {scatter.points.map((point, i) => (
          <tr key={point.callId ?? i}>
            <td>{formatDay(scatterDay(from, point.x), { weekday: false })}</td>
            <td>{formatMoney(point.y, currency)}</td>
            <td>{STAKES_LABELS[point.stakes]}</td>
            <td>{point.count}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  )
}
