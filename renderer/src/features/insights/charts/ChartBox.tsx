import type { ReactElement, ReactNode } from 'react'
import { ResponsiveContainer } from 'recharts'
import type { ChartSizeProps } from './chartProps'
import { LazyChart } from './LazyChart'
import './charts.css'

/**
 * Sizes a Recharts chart: the fixed `width` × `height` when both are given (print), otherwise the
 * container's width at `defaultHeight`. The chart element is built without a size either way;
 * ResponsiveContainer, or this box, supplies it. A responsive chart on screen is drawn only near
 * the viewport (LazyChart); a fixed-size or `print` one at once. `legend`, with a fixed size only,
 * is drawn below the chart (a printed chart's StaticLegend, see legend.tsx).
 */
export function ChartBox({
  width,
  height,
  print,
  defaultHeight,
  label,
  render,
  legend,
}: ChartSizeProps & {
  defaultHeight: number
  label: string
  render: (size: { width?: number; height?: number }) => ReactElement
  legend?: ReactNode
}) {
  const fixed = width !== undefined && height !== undefined
  return (
    <figure className={`insights-chart${print ? ' insights-chart--print' : ''}`} aria-label={label}>
      {fixed ? (
        <>
          {render({ width, height })}
          {legend}
        </>
      ) : (
        <LazyChart eager={Boolean(print)} height={height ?? defaultHeight}>
          <ResponsiveContainer width="100%" height={height ?? defaultHeight} minWidth={0}>
            {render({})}
          </ResponsiveContainer>
        </LazyChart>
      )}
    </figure>
  )
}
