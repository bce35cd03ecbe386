import type { ReactElement } from 'react'
import { ResponsiveContainer } from 'recharts'
import type { ChartSizeProps } from './chartProps'
import { LazyChart } from './LazyChart'
import './charts.css'

/**
 * Sizes a Recharts chart: the fixed `width` × `height` when both are given (print), otherwise the
 * container's width at `defaultHeight`. The chart element is built without a size either way;
 * ResponsiveContainer, or this box, supplies it. A responsive chart on screen is drawn only near
 * the viewport (LazyChart); a fixed-size or `print` one at once.
 */
export function ChartBox({
  width,
  height,
  print,
  defaultHeight,
  label,
  render,
}: ChartSizeProps & { defaultHeight: number; label: string; render: (size: { width?: number; height?: number }) => ReactElement }) {
  const fixed = width !== undefined && height !== undefined
  return (
    <figure className={`insights-chart${print ? ' insights-chart--print' : ''}`} aria-label={label}>
      {fixed ? (
        render({ width, height })
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
