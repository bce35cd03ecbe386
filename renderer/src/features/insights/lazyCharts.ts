import { lazyNamed } from '../../lib/lazyNamed'
import { whenIdle } from '../../lib/whenIdle'
import type * as Drawings from './charts'

/*
 * The Insights screen's Recharts drawings and their tables, loaded apart from the screen: the
 * charting library is ~370 KB of script, and at a journal's full size the charts stand thousands
 * of pixels below the first screen (after the headline and the lessons). Loaded with the screen,
 * its fetching, compiling and first run took ~100 ms of the opening on the 2-CPU machine; loaded
 * as soon as the figures were drawn, it landed in the frames right after and the page settled no
 * sooner (docs/performance.md, "Stop 25"). So it loads the first time the page is idle once a
 * chart is wanted, while each chart's place is held at its own size (charts/ChartPlaceholder.tsx).
 * The two charts drawn in plain SVG (the role matrix, the cadence heatmap) need no library and
 * come with the screen. The printed report and the rep page draw their charts at once, with the
 * library in their own code.
 */
let drawingsCode: Promise<typeof Drawings> | undefined
const loadDrawings = () => (drawingsCode ??= import('./charts'))
const drawings = () => drawingsCode ?? whenIdle().then(loadDrawings)

export const AskShareChart = lazyNamed(drawings, 'AskShareChart')
export const AskShareTable = lazyNamed(drawings, 'AskShareTable')
export const BriefRatesChart = lazyNamed(drawings, 'BriefRatesChart')
export const BriefRatesTable = lazyNamed(drawings, 'BriefRatesTable')
export const CalibrationChart = lazyNamed(drawings, 'CalibrationChart')
export const CalibrationTable = lazyNamed(drawings, 'CalibrationTable')
export const RescueRateChart = lazyNamed(drawings, 'RescueRateChart')
export const RescueRateTable = lazyNamed(drawings, 'RescueRateTable')
export const RescueScatterChart = lazyNamed(drawings, 'RescueScatterChart')
export const RescueScatterTable = lazyNamed(drawings, 'RescueScatterTable')
export const RoleMixChart = lazyNamed(drawings, 'RoleMixChart')
export const RoleMixTable = lazyNamed(drawings, 'RoleMixTable')
export const SelfSufficiencyChart = lazyNamed(drawings, 'SelfSufficiencyChart')
export const SelfSufficiencyTable = lazyNamed(drawings, 'SelfSufficiencyTable')

const everyDrawing = [
  AskShareChart,
  AskShareTable,
  BriefRatesChart,
  BriefRatesTable,
  CalibrationChart,
  CalibrationTable,
  RescueRateChart,
  RescueRateTable,
  RescueScatterChart,
  RescueScatterTable,
  RoleMixChart,
  RoleMixTable,
  SelfSufficiencyChart,
  SelfSufficiencyTable,
]

/**
 * Loads the drawings ahead (when the page is idle on another screen): Insights, opened later, then
 * draws its charts in its first frame, not after a moment of placeholders. Never rejects.
 */
export async function preloadChartDrawings(): Promise<void> {
  // Asked for when the page is idle already: no second wait for idle before loading.
  void loadDrawings().catch(() => undefined)
  await Promise.all(everyDrawing.map((drawing) => drawing.preload()))
}
