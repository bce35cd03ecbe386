import { useId } from 'react'
import { Bar, CartesianGrid, ComposedChart, Legend, Line, XAxis, YAxis } from 'recharts'
import { ROLLING_WINDOW_DAYS } from '../../../../../shared/insightsLimits'
import { percentText, type RescueRateRow } from '../../../../../shared/insightsSeries'
import { ChartBox } from './ChartBox'
import { CHART_FRAMES } from './chartFrames'
import { PeriodTable } from './PeriodTable'
import { ChartPatterns, patternFill } from './ChartPatterns'
import { LEGEND_ROW_PX, patternLegend, StaticLegend } from './legend'
import { noVerticalLines, percentTick, timeAxisInterval, valueAxisInterval, type ChartSizeProps } from './chartProps'
import { RESCUE_STYLE, ROLLING_STYLE } from './palette'
import { chartTooltip } from './tooltip'

/** Rescue rate per bucket (hatched bars) with the rolling 90-day rate as a dashed line. */
export function RescueRateChart({ data, width, height, print }: { data: readonly RescueRateRow[] } & ChartSizeProps) {
  const id = useId().replace(/:/g, '')
  // On paper at a fixed size the legend is plain HTML below the plot (StaticLegend: no measuring).
  const staticLegend = print && width !== undefined && height !== undefined
  const margin = { top: 8, right: 12, bottom: 0, left: 0 }
  const rollingName = `Rolling ${ROLLING_WINDOW_DAYS}-day rate`
  return (
    <ChartBox
      width={width}
      height={staticLegend ? height - LEGEND_ROW_PX : height}
      print={print}
      defaultHeight={CHART_FRAMES.rescueRate.height}
      label={CHART_FRAMES.rescueRate.label}
      legend={
        staticLegend ? (
          <StaticLegend
            width={width - margin.left - margin.right}
            marginLeft={margin.left}
            series={[
              { value: 'Rescue rate', type: 'rect', color: patternFill(id, 'rescue') },
              { value: rollingName, type: 'line', color: '#000' },
            ]}
          />
        ) : undefined
      }
      render={(size) => (
        <ComposedChart {...size} data={[...data]} margin={margin}>
          <ChartPatterns prefix={id} specs={[{ key: 'rescue', color: RESCUE_STYLE.color, pattern: RESCUE_STYLE.pattern }]} print={print} />
          <CartesianGrid vertical={false} verticalCoordinatesGenerator={noVerticalLines} />
          <XAxis dataKey="tick" interval={timeAxisInterval(print, data.length)} minTickGap={8} />
          <YAxis {...valueAxisInterval(print)} domain={[0, 1]} tickFormatter={percentTick} width={44} />
          {chartTooltip<RescueRateRow>(print, (row) => [
            row.label,
            `Rescue rate ${percentText(row.rate)} (${row.rescues} of ${row.debriefed} debriefed)`,
            `Rolling ${ROLLING_WINDOW_DAYS} days ${percentText(row.rolling)}`,
          ])}
          {!staticLegend && <Legend content={patternLegend} />}
          <Bar
            name="Rescue rate"
            dataKey="rate"
            fill={patternFill(id, 'rescue')}
            stroke={print ? '#000' : RESCUE_STYLE.color}
            isAnimationActive={false}
            maxBarSize={48}
          />
          <Line
            name={rollingName}
            dataKey="rolling"
            stroke={print ? '#000' : ROLLING_STYLE.color}
            strokeWidth={2.5}
            strokeDasharray={ROLLING_STYLE.dash}
            dot={{ r: 3, fill: print ? '#000' : ROLLING_STYLE.color }}
            connectNulls
            isAnimationActive={false}
          />
        </ComposedChart>
      )}
    />
  )
}

export function RescueRateTable({ data }: { data: readonly RescueRateRow[] }) {
  return (
    <PeriodTable
      caption="Rescue rate by period"
      rows={data}
      columns={[
        { header: 'Debriefed', cell: (row) => row.debriefed },
        { header: 'Rescues', cell: (row) => row.rescues },
        { header: 'Rescue rate', cell: (row) => percentText(row.rate) },
        { header: `Rolling ${ROLLING_WINDOW_DAYS}-day rate`, cell: (row) => percentText(row.rolling) },
      ]}
    />
  )
}
