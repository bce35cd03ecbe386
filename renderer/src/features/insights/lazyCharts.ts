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

/** Every drawing made here, for preloadChartDrawings. */
const everyDrawing: Array<{ preload: () => Promise<void> }> = []

/** The charts module's components (its other exports are colours and types). */
type DrawingName = { [K in keyof typeof Drawings]: (typeof Drawings)[K] extends (props: never) => unknown ? K : never }[keyof typeof Drawings]

/** A drawing of the charts module, drawn once its code is here (lib/lazyNamed.ts). */
function drawing<K extends DrawingName>(name: K) {
  const component = lazyNamed(drawings, name)
  everyDrawing.push(component)
  return component
}

export const AskShareChart = drawing('AskShareChart')
export const AskShareTable = drawing('AskShareTable')
export const BriefRatesChart = drawing('BriefRatesChart')
export const BriefRatesTable = drawing('BriefRatesTable')
export const CalibrationChart = drawing('CalibrationChart')
export const CalibrationTable = drawing('CalibrationTable')
export const RescueRateChart = drawing('RescueRateChart')
export const RescueRateTable = drawing('RescueRateTable')
export const RescueScatterChart = drawing('RescueScatterChart')
export const RescueScatterTable = drawing('RescueScatterTable')
export const RoleMixChart = drawing('RoleMixChart')
export const RoleMixTable = drawing('RoleMixTable')
export const SelfSufficiencyChart = drawing('SelfSufficiencyChart')
export const SelfSufficiencyTable = drawing('SelfSufficiencyTable')

/**
 * Loads the drawings ahead (when the page is idle on another screen): Insights, opened later, then
 * draws its charts in its first frame, not after a moment of placeholders. Never rejects.
 */
export async function preloadChartDrawings(): Promise<void> {
  // Asked for when the page is idle already: no second wait for idle before loading.
  void loadDrawings().catch(() => undefined)
  await Promise.all(everyDrawing.map((component) => component.preload()))
}
