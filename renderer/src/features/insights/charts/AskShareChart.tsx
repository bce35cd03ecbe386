import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, XAxis, YAxis } from 'recharts'
import { ASK_SHARE_TARGET } from '../../../../../shared/insights'
import { percentText, type AskShareRow } from '../../../../../shared/insightsSeries'
import { ChartBox } from './ChartBox'
import { PeriodTable } from './PeriodTable'
import { percentTick, type ChartSizeProps } from './chartProps'
import { legendWithReferences } from './legend'
import { ASK_STYLE } from './palette'
import { chartTooltip } from './tooltip'

const TARGET_DASH = '4 4'

/** Share of questions among everything said in debriefs, per bucket, against the 70% target. */
export function AskShareChart({ data, width, height, print }: { data: readonly AskShareRow[] } & ChartSizeProps) {
  return (
    <ChartBox
      width={width}
      height={height}
      print={print}
      defaultHeight={240}
      label="Ask share over time"
      render={(size) => (
        <LineChart {...size} data={[...data]} margin={{ top: 16, right: 12, bottom: 0, left: 0 }}>
          <CartesianGrid vertical={false} />
          <XAxis dataKey="tick" interval="preserveStartEnd" minTickGap={8} />
          <YAxis domain={[0, 1]} tickFormatter={percentTick} width={44} />
          {chartTooltip<AskShareRow>(print, (row) => [row.label, `Ask share ${percentText(row.askShare)}`])}
          {/* The target is named in the legend: a label on the line would touch it and the points near it. */}
          <Legend content={legendWithReferences([{ label: `Target ${percentText(ASK_SHARE_TARGET)}`, dash: TARGET_DASH, print }])} />
          <ReferenceLine y={ASK_SHARE_TARGET} className="chart-reference" strokeDasharray={TARGET_DASH} />
          <Line
            name="Ask share"
            dataKey="askShare"
            stroke={print ? '#000' : ASK_STYLE.color}
            strokeWidth={2.5}
            dot={{ r: 3, fill: print ? '#000' : ASK_STYLE.color }}
            connectNulls
            isAnimationActive={false}
          />
        </LineChart>
      )}
    />
  )
}

export function AskShareTable({ data }: { data: readonly AskShareRow[] }) {
  return (
    <PeriodTable caption="Ask share by period" rows={data} columns={[{ header: 'Ask share', cell: (row) => percentText(row.askShare) }]} />
  )
}
