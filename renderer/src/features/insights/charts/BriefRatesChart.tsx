import { CartesianGrid, Legend, Line, LineChart, XAxis, YAxis } from 'recharts'
import { percentText, type BriefRateRow } from '../../../../../shared/insightsSeries'
import { ChartBox } from './ChartBox'
import { CHART_FRAMES } from './chartFrames'
import { PeriodTable } from './PeriodTable'
import { noVerticalLines, percentTick, type ChartSizeProps } from './chartProps'
import { DEBRIEF_STYLE, PREBRIEF_STYLE } from './palette'
import { chartTooltip } from './tooltip'

/** Share of held calls with a pre-brief (solid, circles) and with a debrief (dashed, squares). */
export function BriefRatesChart({ data, width, height, print }: { data: readonly BriefRateRow[] } & ChartSizeProps) {
  const ink = (color: string) => (print ? '#000' : color)
  return (
    <ChartBox
      width={width}
      height={height}
      print={print}
      defaultHeight={CHART_FRAMES.briefRates.height}
      label={CHART_FRAMES.briefRates.label}
      render={(size) => (
        <LineChart {...size} data={[...data]} margin={{ top: 8, right: 12, bottom: 0, left: 0 }}>
          <CartesianGrid vertical={false} verticalCoordinatesGenerator={noVerticalLines} />
          <XAxis dataKey="tick" interval="preserveStartEnd" minTickGap={8} />
          <YAxis domain={[0, 1]} tickFormatter={percentTick} width={44} />
          {chartTooltip<BriefRateRow>(print, (row) => [
            `${row.label}: ${row.heldCalls} held calls`,
            `Pre-briefed ${percentText(row.prebriefRate)}`,
            `Debriefed ${percentText(row.debriefRate)}`,
          ])}
          <Legend />
          <Line
            name="Pre-brief rate"
            dataKey="prebriefRate"
            stroke={ink(PREBRIEF_STYLE.color)}
            strokeWidth={2.5}
            dot={{ r: 3, fill: ink(PREBRIEF_STYLE.color) }}
            connectNulls
            isAnimationActive={false}
          />
          <Line
            name="Debrief rate"
            dataKey="debriefRate"
            stroke={ink(DEBRIEF_STYLE.color)}
            strokeWidth={2.5}
            strokeDasharray={DEBRIEF_STYLE.dash}
            dot={{ r: 3, fill: ink(DEBRIEF_STYLE.color), strokeWidth: 0 }}
            legendType="square"
            connectNulls
            isAnimationActive={false}
          />
        </LineChart>
      )}
    />
  )
}

export function BriefRatesTable({ data }: { data: readonly BriefRateRow[] }) {
  return (
    <PeriodTable
      caption="Pre-brief and debrief rates by period"
      rows={data}
      columns={[
        { header: 'Held calls', cell: (row) => row.heldCalls },
        { header: 'Pre-brief rate', cell: (row) => percentText(row.prebriefRate) },
        { header: 'Debrief rate', cell: (row) => percentText(row.debriefRate) },
      ]}
    />
  )
}
