import { Area, AreaChart, CartesianGrid, XAxis, YAxis } from 'recharts'
import { percentText, type SelfSufficiencyRow, type SelfSufficiencySeries } from '../../../../../shared/insightsSeries'
import { Table } from '../../../components/Table'
import { ChartBox } from './ChartBox'
import { noVerticalLines, percentTick, type ChartSizeProps } from './chartProps'
import { OKABE_ITO } from './palette'
import { chartTooltip } from './tooltip'

const PANEL_MIN_W = 200
const PANEL_H = 130

/**
 * One small chart per rep: the share of debriefed calls the rep handled without a rescue
 * (1 − rescue rate), per bucket, on the same 0–100% scale so panels compare at a glance. With a
 * fixed `width`, panels are laid out in as many columns of at least 200 px as fit; `height` is
 * each panel's height.
 */
export function SelfSufficiencyChart({ series, width, height, print }: { series: readonly SelfSufficiencySeries[] } & ChartSizeProps) {
  const columns = width === undefined ? undefined : Math.max(1, Math.floor(width / PANEL_MIN_W))
  const panelW = width === undefined || columns === undefined ? undefined : Math.floor(width / columns) - 12
  const panelH = height ?? PANEL_H
  return (
    <div className="multiples" style={columns ? { gridTemplateColumns: `repeat(${columns}, 1fr)` } : undefined}>
      {series.map((rep) => (
        <section key={rep.repId} className="multiples__panel" aria-label={`${rep.repName} self-sufficiency`}>
          <h3>
            {rep.repName}
            {rep.archived ? ' (archived)' : ''}
          </h3>
          <ChartBox
            width={panelW}
            height={panelW === undefined ? undefined : panelH}
            print={print}
            defaultHeight={panelH}
            label={`${rep.repName} self-sufficiency over time`}
            render={(size) => (
              <AreaChart {...size} data={[...rep.rows]} margin={{ top: 4, right: 6, bottom: 0, left: 0 }}>
                <CartesianGrid vertical={false} verticalCoordinatesGenerator={noVerticalLines} />
                <XAxis dataKey="tick" interval="preserveStartEnd" minTickGap={16} tick={{ fontSize: 11 }} />
                <YAxis domain={[0, 1]} ticks={[0, 0.5, 1]} tickFormatter={percentTick} width={40} tick={{ fontSize: 11 }} />
                {chartTooltip<SelfSufficiencyRow>(print, (row) => [
                  row.label,
                  `Self-sufficiency ${percentText(row.selfSufficiency)} (${row.rescues} rescues in ${row.debriefed} debriefed)`,
                ])}
                <Area
                  dataKey="selfSufficiency"
                  name="Self-sufficiency"
                  stroke={print ? '#000' : OKABE_ITO.green}
                  strokeWidth={2}
                  fill={print ? '#ddd' : OKABE_ITO.green}
                  fillOpacity={0.25}
                  dot={{ r: 2.5, fill: print ? '#000' : OKABE_ITO.green }}
                  connectNulls
                  isAnimationActive={false}
                />
              </AreaChart>
            )}
          />
        </section>
      ))}
    </div>
  )
}

export function SelfSufficiencyTable({ series }: { series: readonly SelfSufficiencySeries[] }) {
  return (
    <Table caption="Self-sufficiency per rep and period">
      <thead>
        <tr>
          <th scope="col">Rep</th>
          <th scope="col">Period</th>
          <th scope="col">Debriefed</th>
          <th scope="col">Rescues</th>
          <th scope="col">Self-sufficiency</th>
        </tr>
      </thead>
      <tbody>
        {series.flatMap((rep) =>
          rep.rows
            .filter((row) => row.debriefed > 0)
            .map((row) => (
              <tr key={`${rep.repId}-${row.period}`}>
                <th scope="row">{rep.repName}</th>
                <td>{row.label}</td>
                <td>{row.debriefed}</td>
                <td>{row.rescues}</td>
                <td>{percentText(row.selfSufficiency)}</td>
              </tr>
            )),
        )}
      </tbody>
    </Table>
  )
}
