import { CartesianGrid, ReferenceLine, Scatter, ScatterChart, XAxis, YAxis, ZAxis } from 'recharts'
import { percentText, type CalibrationRow } from '../../../../../shared/insightsSeries'
import { Table } from '../../../components/Table'
import { ChartBox } from './ChartBox'
import { CHART_FRAMES } from './chartFrames'
import { percentTick, type ChartSizeProps } from './chartProps'
import { OKABE_ITO } from './palette'
import { chartTooltip } from './tooltip'

/**
 * Predicted takeover chance (mean per bin) against the share of those calls that did end in a
 * rescue. On the dashed diagonal the predictions were right; above it, rescues came more often
 * than expected. Points grow with the number of calls in the bin.
 */
export function CalibrationChart({ data, width, height, print }: { data: readonly CalibrationRow[] } & ChartSizeProps) {
  return (
    <ChartBox
      width={width}
      height={height}
      print={print}
      defaultHeight={CHART_FRAMES.calibration.height}
      label={CHART_FRAMES.calibration.label}
      render={(size) => (
        <ScatterChart {...size} margin={{ top: 16, right: 16, bottom: 16, left: 0 }}>
          <CartesianGrid />
          <XAxis
            type="number"
            dataKey="predicted"
            name="Predicted chance"
            domain={[0, 1]}
            ticks={[0, 0.25, 0.5, 0.75, 1]}
            tickFormatter={percentTick}
            label={{ value: 'Predicted chance of taking over', position: 'insideBottom', offset: -10 }}
          />
          <YAxis
            type="number"
            dataKey="observed"
            name="Rescued"
            domain={[0, 1]}
            ticks={[0, 0.25, 0.5, 0.75, 1]}
            tickFormatter={percentTick}
            width={44}
          />
          <ZAxis type="number" dataKey="calls" range={[40, 400]} />
          <ReferenceLine
            segment={[
              { x: 0, y: 0 },
              { x: 1, y: 1 },
            ]}
            className="chart-reference"
            strokeDasharray="5 5"
            ifOverflow="extendDomain"
          />
          {chartTooltip<CalibrationRow>(print, (row) => [
            `Predicted ${row.label} (mean ${percentText(row.predicted)})`,
            `Rescued on ${row.rescues} of ${row.calls} calls (${percentText(row.observed)})`,
          ])}
          <Scatter
            name="Calls by predicted chance"
            data={[...data]}
            shape="diamond"
            fill={print ? '#000' : OKABE_ITO.purple}
            stroke={print ? '#000' : 'var(--color-text)'}
            isAnimationActive={false}
          />
        </ScatterChart>
      )}
    />
  )
}

export function CalibrationTable({ data }: { data: readonly CalibrationRow[] }) {
  return (
    <Table caption="Predicted takeover chance against rescues">
      <thead>
        <tr>
          <th scope="col">Predicted</th>
          <th scope="col">Calls</th>
          <th scope="col">Mean prediction</th>
          <th scope="col">Rescues</th>
          <th scope="col">Rescued share</th>
        </tr>
      </thead>
      <tbody>
        {data.map((row) => (
          <tr key={row.low}>
            <th scope="row">{row.label}</th>
            <td>{row.calls}</td>
            <td>{percentText(row.predicted)}</td>
            <td>{row.rescues}</td>
            <td>{percentText(row.observed)}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  )
}
