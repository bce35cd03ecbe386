import { useRef, type ReactNode } from 'react'
import { useNearViewport } from './useNearViewport'

/**
 * Draws its chart only while it is near the viewport (useNearViewport); elsewhere an empty box
 * of the chart's own size holds its place, so nothing moves when the chart comes and goes. A
 * period change then redraws only the charts on or near the screen. `eager` (print, fixed
 * sizes) draws at once, with no box around it.
 */
export function LazyChart({
  eager,
  height,
  aspectRatio,
  children,
}: {
  eager: boolean
  /** The chart's height in CSS px; or, for a chart that scales with its width, */
  height?: number | undefined
  /** its width / height. */
  aspectRatio?: number | undefined
  children: ReactNode
}) {
  const ref = useRef<HTMLDivElement>(null)
  const near = useNearViewport(ref, !eager)
  if (eager) return children
  return (
    <div
      ref={ref}
      className="lazy-chart"
      data-drawn={near}
      style={height !== undefined ? { height } : { aspectRatio }}
    >
      {near ? children : null}
    </div>
  )
}
