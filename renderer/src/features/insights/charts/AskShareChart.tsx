import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, XAxis, YAxis } from 'recharts'
import { ASK_SHARE_TARGET } from '../../../../../shared/insightsLimits'
import { percentText, type AskShareRow } from '../../../../../shared/insightsSeries'
import { ChartBox } from './ChartBox'
import { CHART_FRAMES } from './chartFrames'
import { PeriodTable } from './PeriodTable'
import { noVerticalLines, percentTick, timeAxisInterval, valueAxisInterval, type ChartSizeProps } from './chartProps'
import { LEGEND_ROW_PX, legendWithReferences, StaticLegend } from './legend'
import { ASK_STYLE, SESSION_ASK_STYLE } from './palette'
import { chartTooltip } from './tooltip'

const TARGET_DASH = '4 4'

/**
 * Share of questions among everything said in debriefs, per bucket, against the 70% target; and,
 * when any session recorded its tallies, the same share in coaching sessions as a series of its
 * own (docs/metrics-sessions.md).
 */
export function AskShareChart({ data, width, height, print }: { data: readonly AskShareRow[] } & ChartSizeProps) {
  const withSessions = hasSessionSeries(data)
  const target = { label: `Target ${percentText(ASK_SHARE_TARGET)}`, dash: TARGET_DASH, print }
  // On paper at a fixed size the legend is plain HTML below the plot (StaticLegend: no measuring);
  // with the sessions' series its three entries take two rows at the report's 300 px.
  const staticLegend = print && width !== undefined && height !== undefined
  const margin = { top: 16, right: 12, bottom: 0, left: 0 }
  return (
    <ChartBox
      width={width}
      height={staticLegend ? height - (withSessions ? 2 : 1) * LEGEND_ROW_PX : height}
      print={print}
      defaultHeight={CHART_FRAMES.askShare.height}
      label={CHART_FRAMES.askShare.label}
      legend={
        staticLegend ? (
          <StaticLegend
            width={width - margin.left - margin.right}
            marginLeft={margin.left}
            series={[
              { value: 'Debriefs of calls', type: 'line', color: '#000' },
              ...(withSessions ? [{ value: 'Coaching sessions', type: 'line' as const, color: '#000' }] : []),
            ]}
            references={[target]}
          />
        ) : undefined
      }
      render={(size) => (
        <LineChart {...size} data={[...data]} margin={margin}>
          <CartesianGrid vertical={false} verticalCoordinatesGenerator={noVerticalLines} />
          <XAxis dataKey="tick" interval={timeAxisInterval(print, data.length)} minTickGap={8} />
          <YAxis {...valueAxisInterval(print)} domain={[0, 1]} tickFormatter={percentTick} width={44} />
          {chartTooltip<AskShareRow>(print, (row) => [
            row.label,
            `Debriefs of calls ${percentText(row.askShare)}`,
            ...(withSessions ? [`Coaching sessions ${percentText(row.sessionAskShare)}`] : []),
          ])}
          {/* The target is named in the legend: a label on the line would touch it and the points near it. */}
          {!staticLegend && <Legend content={legendWithReferences([target])} />}
          <ReferenceLine y={ASK_SHARE_TARGET} className="chart-reference" strokeDasharray={TARGET_DASH} />
          <Line
            name="Debriefs of calls"
            dataKey="askShare"
            stroke={print ? '#000' : ASK_STYLE.color}
            strokeWidth={2.5}
            dot={{ r: 3, fill: print ? '#000' : ASK_STYLE.color }}
            connectNulls
            isAnimationActive={false}
          />
          {withSessions && (
            <Line
              name="Coaching sessions"
              dataKey="sessionAskShare"
              stroke={print ? '#000' : SESSION_ASK_STYLE.color}
              strokeWidth={2.5}
              strokeDasharray={SESSION_ASK_STYLE.dash}
              dot={<SquareDot fill={print ? '#000' : SESSION_ASK_STYLE.color} />}
              connectNulls
              isAnimationActive={false}
            />
          )}
        </LineChart>
      )}
    />
  )
}

export function AskShareTable({ data }: { data: readonly AskShareRow[] }) {
  const columns = [{ header: 'Debriefs of calls', cell: (row: AskShareRow) => percentText(row.askShare) }]
  if (hasSessionSeries(data)) columns.push({ header: 'Coaching sessions', cell: (row: AskShareRow) => percentText(row.sessionAskShare) })
  return <PeriodTable caption="Ask share by period" rows={data} columns={columns} />
}

const hasSessionSeries = (data: readonly AskShareRow[]) => data.some((row) => row.sessionAskShare !== null)

/** A square point, so the sessions' line differs from the calls' in shape as well as colour. */
function SquareDot({ cx, cy, fill }: { cx?: number; cy?: number; fill: string }) {
  if (cx === undefined || cy === undefined || !Number.isFinite(cx) || !Number.isFinite(cy)) return null
  return <rect x={cx - 3.5} y={cy - 3.5} width={7} height={7} fill={fill} />
}
