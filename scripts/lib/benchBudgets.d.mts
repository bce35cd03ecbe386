// Types for scripts/lib/benchBudgets.mjs, for the unit tests.
export type Figure = {
  id: string
  label: string
  unit: 'ms' | 'KB' | 'MB' | '%'
  limit?: number
  op?: '<' | '≤'
  maxFloorRatio?: number
  floorLabel?: string
}
export const FIGURES: Figure[]
export const SERIES_CALLS: number[]
export const EXCHANGE_CALLS: number
