/**
 * The props every chart takes besides its data (see index.ts): a fixed size for print, or
 * nothing to fill its container's width at the chart's own default height.
 */
export type ChartSizeProps = {
  /** Fixed width in CSS pixels; with `height`, no ResponsiveContainer is used. */
  width?: number | undefined
  height?: number | undefined
  /** Print rendering: drawn at once (never lazily), no tooltip, black-and-white-legible marks. */
  print?: boolean | undefined
}

/** Fractions on a 0–1 axis as whole percentages. */
export const percentTick = (value: number) => `${Math.round(value * 100)}%`

/** On paper a time axis (300 px wide) labels at most this many buckets. */
export const PRINT_TIME_LABELS = 5

/**
 * Which labels a time axis draws: on screen, those that fit (`preserveStartEnd`: Recharts
 * measures every label in the DOM to find out, fine for a chart drawn once near the viewport); on
 * paper, where the width is fixed, every n-th bucket, at most PRINT_TIME_LABELS — measuring 37
 * monthly labels per chart forced a layout each and was most of the report's chart time.
 */
export function timeAxisInterval(print: boolean | undefined, buckets: number): number | 'preserveStartEnd' {
  return print ? Math.max(0, Math.ceil(buckets / PRINT_TIME_LABELS) - 1) : 'preserveStartEnd'
}

/** A value axis on paper draws every tick Recharts chose (a number: no measuring); on screen its own default. */
export const valueAxisInterval = (print: boolean | undefined): { interval?: number } => (print ? { interval: 0 } : {})

/**
 * For `<CartesianGrid vertical={false} verticalCoordinatesGenerator={noVerticalLines} />`: Recharts
 * (3.10) works out where vertical grid lines would go even when `vertical` is false, and it does
 * so by laying out the x axis's labels again with its default interval, which measures every
 * label in the DOM — one forced layout each, of the whole page (issue 13: about a third of the
 * all-time progress report's main-thread time at 100,000 calls, 37 monthly labels per chart).
 * No lines are drawn either way; this only skips the measuring.
 */
export const noVerticalLines = (): number[] => []
