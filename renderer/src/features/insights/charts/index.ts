/**
 * The Insights charts, one component per chart, for the Insights screen and the printed report.
 *
 * Props convention:
 * - Data comes in as props, already shaped by the pure helpers in `shared/insightsSeries.ts`
 *   from the core's `insights.metrics` and `insights.charts` answers. A chart never fetches and
 *   never counts.
 * - `width` and `height` (CSS px) fix the size — use both for print; without them a chart fills
 *   its container's width at its own default height (ResponsiveContainer). The SVG grids
 *   (matrix, heatmap) scale by viewBox; the small multiples take `width` for the whole block
 *   and `height` per panel.
 * - `print` turns tooltips off and switches to black-and-white-legible marks
 *   (patterns, dashes, marker shapes carry every distinction; colours are Okabe–Ito).
 * - No chart animates (a period change would replay every animation), and on screen a
 *   responsive chart is drawn only while near the viewport (LazyChart), in a box of its own
 *   size; with `print` or a fixed size it is drawn at once.
 * - Each chart has a `…Table` twin holding its numbers, for screen readers, copying and print
 *   appendices. Empty states are the caller's (see ChartCard): a chart is drawn only with data.
 */
export { AskShareChart, AskShareTable } from './AskShareChart'
export { BriefRatesChart, BriefRatesTable } from './BriefRatesChart'
export { CadenceHeatmapChart, CadenceHeatmapTable } from './CadenceHeatmapChart'
export { CalibrationChart, CalibrationTable } from './CalibrationChart'
export { RescueRateChart, RescueRateTable } from './RescueRateChart'
export { RescueScatterChart, RescueScatterTable, type RescueScatterProps } from './RescueScatterChart'
export { RoleMatrixChart, RoleMatrixTable } from './RoleMatrixChart'
export { RoleMixChart, RoleMixTable } from './RoleMixChart'
export { SelfSufficiencyChart, SelfSufficiencyTable } from './SelfSufficiencyChart'
export type { ChartSizeProps } from './chartProps'
export { OKABE_ITO, ROLE_STYLES, STAKES_STYLES } from './palette'
