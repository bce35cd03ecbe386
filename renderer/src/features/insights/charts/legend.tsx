import { DefaultLegendContent, type DefaultLegendContentProps, type LegendPayload } from 'recharts'

/** A dashed reference line (a threshold, a target) named in the legend rather than on the plot, where its label would cover marks. */
export type LegendReference = { label: string; dash: string; print?: boolean | undefined }

/** The reference's legend entry: a dashed line in the text colour, then its label. */
export function referenceEntry({ label, dash, print }: LegendReference): LegendPayload {
  return { value: label, type: 'plainline', color: print ? '#000' : 'var(--color-text)', payload: { strokeDasharray: dash } }
}

/**
 * Recharts draws legend icons in a 32-unit box shrunk to 14 px, which shrinks a fill pattern's
 * 6-unit tile to a grey blur — the series could no longer be told apart on paper. This swatch
 * scales its own coordinates back up, so the pattern shows at the size it has on the bars.
 */
const ICON_BOX = 32
const ICON_PX = 14
function PatternSwatch({ fill }: { fill: string }) {
  const scale = ICON_BOX / ICON_PX
  return (
    <g transform={`scale(${scale})`} className="recharts-legend-icon">
      <rect x={0.5} y={2} width={ICON_PX - 1} height={ICON_PX - 4} fill={fill} stroke="currentColor" strokeWidth={0.75} />
    </g>
  )
}

/** Bars filled with a pattern (`url(#…)`) get a swatch that shows it; other entries keep Recharts' icon. */
export function withPatternSwatch(entry: LegendPayload): LegendPayload {
  if (!entry.color?.startsWith('url(') || entry.type !== 'rect') return entry
  // Any type other than Recharts' own rect/line ones lets it use `legendIcon`.
  return { ...entry, type: 'square', legendIcon: <PatternSwatch fill={entry.color} /> }
}

/**
 * Legend `content` that lists the chart's own series (patterns shown as swatches) and then the
 * reference lines, e.g. `<Legend content={legendWithReferences([{ label: 'Target 70%', dash: '4 4' }])} />`.
 */
export function legendWithReferences(references: readonly LegendReference[]) {
  const extra = references.map(referenceEntry)
  function LegendWithReferences(props: DefaultLegendContentProps) {
    return <DefaultLegendContent {...props} payload={[...(props.payload ?? []).map(withPatternSwatch), ...extra]} />
  }
  return LegendWithReferences
}

/** Legend `content` for charts whose bars are patterned and that have no reference lines. */
export const patternLegend = legendWithReferences([])

/** Height of one row of a legend as Recharts lays it out (14 px icons, 12 px text), in CSS px. */
export const LEGEND_ROW_PX = 18

/** One series as a legend names it: its name, the icon Recharts would give it, its colour or pattern. */
export type LegendSeries = { value: string; type: 'rect' | 'line' | 'square'; color: string }

/**
 * A fixed-size printed chart's legend as plain HTML below the plot, with the markup Recharts'
 * <Legend> draws (DefaultLegendContent, the same swatches, series sorted by name as Recharts sorts
 * them, then the reference lines). Recharts' own legend measures itself in the DOM and reports its
 * size to the chart's store, which then lays the plot out again and re-renders every bar: at
 * 100,000 calls one forced layout of the whole report per chart and a render pass more (issue 13).
 * The chart is drawn `rows × LEGEND_ROW_PX` shorter instead, so the plot keeps the place it had.
 */
export function StaticLegend({
  width,
  marginLeft = 0,
  series,
  references = [],
}: {
  /** The chart's width less its left and right margins, the width Recharts gives its legend. */
  width: number
  marginLeft?: number
  series: readonly LegendSeries[]
  references?: readonly LegendReference[]
}) {
  const payload: LegendPayload[] = [
    ...[...series].sort(byValue).map((entry) => withPatternSwatch({ ...entry })),
    ...references.map(referenceEntry),
  ]
  return (
    <div className="recharts-legend-wrapper" style={{ width, marginLeft }}>
      <DefaultLegendContent payload={payload} layout="horizontal" align="center" verticalAlign="bottom" />
    </div>
  )
}

/** Recharts' default `itemSorter: 'value'`: by name, in plain string order. */
const byValue = (a: LegendSeries, b: LegendSeries) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0)
