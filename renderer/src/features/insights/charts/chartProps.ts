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
