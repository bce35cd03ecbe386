import { DefaultLegendContent, type DefaultLegendContentProps, type LegendPayload } from 'recharts'

/** A dashed reference line (a threshold, a target) named in the legend rather than on the plot, where its label would cover marks. */
export type LegendReference = { label: string; dash: string; print?: boolean | undefined }

/** The reference's legend entry: a dashed line in the text colour, then its label. */
export function referenceEntry({ label, dash, print }: LegendReference): LegendPayload {
  return { value: label, type: 'plainline', color: print ? '#000' : 'var(--color-text)', payload: { strokeDasharray: dash } }
}

/**
 * Legend `content` that lists the chart's own series and then the reference lines, e.g.
 * `<Legend content={legendWithReferences([{ label: 'Target 70%', dash: '4 4' }])} />`.
 */
export function legendWithReferences(references: readonly LegendReference[]) {
  const extra = references.map(referenceEntry)
  function LegendWithReferences(props: DefaultLegendContentProps) {
    return <DefaultLegendContent {...props} payload={[...(props.payload ?? []), ...extra]} />
  }
  return LegendWithReferences
}
