import { useId } from 'react'
import { Bar, BarChart, CartesianGrid, Legend, XAxis, YAxis } from 'recharts'
import { ROLES } from '../../../../../shared/domain'
import type { RoleMixRow } from '../../../../../shared/insightsSeries'
import { ROLE_LABELS } from '../../../../../shared/labels'
import { ChartBox } from './ChartBox'
import { CHART_FRAMES } from './chartFrames'
import { PeriodTable } from './PeriodTable'
import { ChartPatterns, patternFill } from './ChartPatterns'
import { LEGEND_ROW_PX, patternLegend, StaticLegend } from './legend'
import { noVerticalLines, timeAxisInterval, valueAxisInterval, type ChartSizeProps } from './chartProps'
import { ROLE_STYLES } from './palette'
import { chartTooltip } from './tooltip'

/** Debriefed calls per bucket, stacked by the role the manager actually played. */
export function RoleMixChart({ data, width, height, print }: { data: readonly RoleMixRow[] } & ChartSizeProps) {
  const id = useId().replace(/:/g, '')
  // On paper at a fixed size the legend is plain HTML below the plot (StaticLegend: no measuring);
  // the four roles' names take two rows at the report's 300 px.
  const staticLegend = print && width !== undefined && height !== undefined
  const margin = { top: 8, right: 12, bottom: 0, left: 0 }
  return (
    <ChartBox
      width={width}
      height={staticLegend ? height - 2 * LEGEND_ROW_PX : height}
      print={print}
      defaultHeight={CHART_FRAMES.roleMix.height}
      label={CHART_FRAMES.roleMix.label}
      legend={
        staticLegend ? (
          <StaticLegend
            width={width - margin.left - margin.right}
            marginLeft={margin.left}
            series={ROLES.map((role) => ({ value: ROLE_LABELS[role], type: 'rect' as const, color: patternFill(id, role) }))}
          />
        ) : undefined
      }
      render={(size) => (
        <BarChart {...size} data={[...data]} margin={margin}>
          <ChartPatterns prefix={id} specs={ROLES.map((role) => ({ key: role, ...ROLE_STYLES[role] }))} print={print} />
          <CartesianGrid vertical={false} verticalCoordinatesGenerator={noVerticalLines} />
          <XAxis dataKey="tick" interval={timeAxisInterval(print, data.length)} minTickGap={8} />
          <YAxis {...valueAxisInterval(print)} allowDecimals={false} width={44} />
          {chartTooltip<RoleMixRow>(print, (row) => [
            `${row.label}: ${row.debriefed} debriefed`,
            ...ROLES.map((role) => `${ROLE_LABELS[role]}: ${row[role]}`),
          ])}
          {!staticLegend && <Legend content={patternLegend} />}
          {ROLES.map((role) => (
            <Bar
              key={role}
              name={ROLE_LABELS[role]}
              dataKey={role}
              stackId="roles"
              fill={patternFill(id, role)}
              stroke={print ? '#000' : 'var(--color-surface)'}
              strokeWidth={0.75}
              isAnimationActive={false}
              maxBarSize={48}
            />
          ))}
        </BarChart>
      )}
    />
  )
}

export function RoleMixTable({ data }: { data: readonly RoleMixRow[] }) {
  return (
    <PeriodTable
      caption="Debriefed calls by actual role and period"
      rows={data}
      columns={[
        ...ROLES.map((role) => ({ header: ROLE_LABELS[role], cell: (row: RoleMixRow) => row[role] })),
        { header: 'Debriefed', cell: (row) => row.debriefed },
      ]}
    />
  )
}
