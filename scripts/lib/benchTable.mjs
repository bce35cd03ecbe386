// The one table of `npm run bench`: each figure of scripts/lib/benchBudgets.mjs with the median
// and spread of its runs, its budget, pass or fail, and the floor measured in the same run.
// Pure functions (no I/O), so test/unit/tooling/benchTable.test.ts can hold the formatting and
// the budget logic still; the benchmarks themselves are never timed in a test.
import { FIGURES } from './benchBudgets.mjs'

/**
 * Results are `{ [figureId]: { samples: number[], floor?: number[], note?: string } }`: one
 * sample per run (a run's p95 for the percentile figures), the floor's samples from the same runs.
 */

/** Median, min and max of the samples; null when there are none. The median of an even count is the mean of the middle two. */
export function summarise(values) {
  const sorted = (values ?? []).filter((value) => Number.isFinite(value)).sort((a, b) => a - b)
  if (sorted.length === 0) return null
  const middle = Math.floor(sorted.length / 2)
  const median = sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
  return { median, min: sorted[0], max: sorted[sorted.length - 1], n: sorted.length }
}

/** The q-quantile (nearest rank) of raw timings: p95 of 40 keystrokes is the 38th slowest. */
export function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b)
  if (sorted.length === 0) return Number.NaN
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]
}

/** Several result objects (core, browser) as one; a later one's figure replaces an earlier one's. */
export function mergeResults(...parts) {
  return Object.assign({}, ...parts)
}

/**
 * 'pass', 'fail', 'info' (no budget) or 'missing' (not measured). A figure with a floor-ratio
 * budget fails when either the median or its ratio to the floor's median is over.
 */
export function judge(figure, result) {
  const own = summarise(result?.samples)
  if (own === null) return 'missing'
  if (figure.limit === undefined && figure.maxFloorRatio === undefined) return 'info'
  if (figure.limit !== undefined) {
    const within = figure.op === '≤' ? own.median <= figure.limit : own.median < figure.limit
    if (!within) return 'fail'
  }
  if (figure.maxFloorRatio !== undefined) {
    const ratio = floorRatio(result)
    if (ratio !== null && ratio > figure.maxFloorRatio) return 'fail'
  }
  return 'pass'
}

/** The median over the floor's median, or null without a floor. */
export function floorRatio(result) {
  const own = summarise(result?.samples)
  const floor = summarise(result?.floor)
  if (own === null || floor === null || floor.median <= 0) return null
  return own.median / floor.median
}

/** A figure in its unit, as precise as it is useful: 1,234 ms, 12.3 ms, 0.84 ms; 2.71 KB. */
export function formatValue(value, unit) {
  if (!Number.isFinite(value)) return '?'
  const abs = Math.abs(value)
  const digits = unit === 'ms' ? (abs >= 100 ? 0 : abs >= 10 ? 1 : 2) : abs >= 100 ? 0 : abs >= 10 ? 1 : 2
  return `${value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })} ${unit}`
}

function formatBudget(figure) {
  const parts = []
  if (figure.limit !== undefined) parts.push(`${figure.op ?? '<'} ${formatValue(figure.limit, figure.unit)}`)
  if (figure.maxFloorRatio !== undefined) parts.push(`≤ ${figure.maxFloorRatio}× floor`)
  return parts.length === 0 ? '—' : parts.join(', ')
}

const VERDICTS = { pass: 'pass', fail: 'FAIL', info: '—', missing: 'not measured' }

/** Columns padded to their widest cell; the first left-aligned, numbers right-aligned. */
export function alignColumns(header, rows, leftColumns = [0]) {
  const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map((row) => (row[i] ?? '').length)))
  const line = (cells) =>
    cells
      .map((cell, i) => (leftColumns.includes(i) ? cell.padEnd(widths[i]) : cell.padStart(widths[i])))
      .join('  ')
      .trimEnd()
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)]
}

/** The table's rows (one per figure of FIGURES, in its order) as text cells. */
export function tableRows(results, figures = FIGURES) {
  return figures.map((figure) => {
    const result = results[figure.id]
    const own = summarise(result?.samples)
    const floor = summarise(result?.floor)
    const ratio = floorRatio(result)
    return [
      figure.label,
      own ? formatValue(own.median, figure.unit) : '—',
      own ? (own.n > 1 ? `${formatValue(own.min, figure.unit)} – ${formatValue(own.max, figure.unit)}` : `n=1`) : '—',
      formatBudget(figure),
      VERDICTS[judge(figure, result)],
      floor ? `${formatValue(floor.median, figure.unit)} (${figure.floorLabel ?? 'floor'})` : '',
      ratio === null ? '' : `${ratio.toFixed(1)}×`,
      result?.note ?? '',
    ]
  })
}

/** The whole table, with a last line naming the figures over budget. */
export function formatTable(results, { title, figures = FIGURES } = {}) {
  const header = ['figure', 'median', 'spread (min – max)', 'budget', 'verdict', 'floor (same run)', '× floor', 'note']
  const lines = alignColumns(header, tableRows(results, figures), [0, 3, 4, 5, 7])
  const failed = figures.filter((figure) => judge(figure, results[figure.id]) === 'fail').map((figure) => figure.label)
  const missing = figures.filter((figure) => judge(figure, results[figure.id]) === 'missing').map((figure) => figure.label)
  return [
    ...(title ? [title] : []),
    ...lines,
    failed.length === 0 ? 'Every measured figure is within its budget.' : `Over budget (${failed.length}): ${failed.join('; ')}.`,
    ...(missing.length === 0 ? [] : [`Not measured: ${missing.join('; ')}.`]),
  ]
}

/** `--series`: each figure's median per journal size, and how much it grew from the first size to the last. */
export function formatSeries(series, figures = FIGURES) {
  const header = ['figure', ...series.map(({ calls }) => `${calls.toLocaleString('en-US')} calls`), 'last / first']
  const rows = figures.map((figure) => {
    const medians = series.map(({ results }) => summarise(results[figure.id]?.samples)?.median ?? Number.NaN)
    const first = medians[0]
    const last = medians[medians.length - 1]
    const growth = Number.isFinite(first) && Number.isFinite(last) && first > 0 ? `${(last / first).toFixed(1)}×` : ''
    return [figure.label, ...medians.map((median) => (Number.isFinite(median) ? formatValue(median, figure.unit) : '—')), growth]
  })
  return alignColumns(header, rows)
}
