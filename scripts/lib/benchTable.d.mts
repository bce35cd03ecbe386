// Types for scripts/lib/benchTable.mjs, for the unit tests.
import type { Figure } from './benchBudgets.mjs'

export type FigureResult = { samples: number[]; floor?: number[]; note?: string }
export type Results = Record<string, FigureResult | undefined>
export type Summary = { median: number; min: number; max: number; n: number }
export type Verdict = 'pass' | 'fail' | 'info' | 'missing'

export function summarise(values: readonly number[] | undefined): Summary | null
export function quantile(values: readonly number[], q: number): number
export function mergeResults(...parts: Results[]): Results
export function judge(figure: Figure, result: FigureResult | undefined): Verdict
export function floorRatio(result: FigureResult | undefined): number | null
export function formatValue(value: number, unit: Figure['unit']): string
export function alignColumns(header: string[], rows: string[][], leftColumns?: number[]): string[]
export function tableRows(results: Results, figures?: Figure[]): string[][]
export function formatTable(results: Results, options?: { title?: string; figures?: Figure[] }): string[]
export function formatSeries(series: { calls: number; results: Results }[], figures?: Figure[]): string[]
