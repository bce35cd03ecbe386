import { Area, AreaChart, CartesianGrid, XAxis, YAxis } from 'recharts'
import { percentText, type SelfSufficiencyRow, type SelfSufficiencySeries } from '../../../../../shared/insightsSeries'
import { Table } from '../../../components/Table'
import { ChartBox } from './ChartBox'
import { SELF_SUFFICIENCY_PANEL_H, selfSufficiencyLabel } from './chartFrames'
import { noVerticalLines, percentTick, type ChartSizeProps } from './chartProps'
import { OKABE_ITO } from './palette'
import { SelfSufficiencyPanels } from './SelfSufficiencyPanels'
import { chartTooltip } from './tooltip'

/**
 * One small chart per rep: the share of debriefed calls the rep handled without a rescue
 * (1 − rescue rate), per bucket, on the same 0–100% scale so panels compare at a glance. With a
 * fixed `width`, panels are laid out in as many columns of at least 200 px as fit; `height` is
 * each panel's height.
 */
export function SelfSufficiencyChart({ series, width, height, print }: { series: readonly SelfSufficiencySeries[] } & ChartSizeProps) {
  const panelH = height ?? SELF_SUFFICIENCY_PANEL_H
  return (
    <SelfSufficiencyPanels
      series={series}
      width={width}
      panel={(rep, panelW) => (
        <ChartBox
          width={panelW}
          height={panelW === undefined ? undefined : panelH}
          print={print}
          defaultHeight={panelH}
          label={selfSufficiencyLabel(rep.repName)}
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
      )}
    />
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
