import { describe, expect, it } from 'vitest'
import { FIGURES, type Figure } from '../../../scripts/lib/benchBudgets.mjs'
import { floorRatio, formatSeries, formatTable, formatValue, judge, quantile, summarise } from '../../../scripts/lib/benchTable.mjs'

/*
 * The benchmark table's arithmetic and verdicts, with made-up samples: the figures themselves
 * are measured by `npm run bench` and never asserted in a test.
 */
const underMs: Figure = { id: 'x', label: 'thing', unit: 'ms', limit: 100, op: '<' }
const atMostMs: Figure = { id: 'y', label: 'frame', unit: 'ms', limit: 16, op: '≤' }
const againstFloor: Figure = { id: 'z', label: 'open', unit: 'ms', limit: 800, op: '<', maxFloorRatio: 1.2, floorLabel: 'empty' }

describe('the benchmark table', () => {
  it('summarises runs as their median and spread, the median of an even count being the mean of the middle two', () => {
    expect(summarise([30, 10, 20])).toEqual({ median: 20, min: 10, max: 30, n: 3 })
    expect(summarise([4, 1, 3, 2])).toEqual({ median: 2.5, min: 1, max: 4, n: 4 })
    expect(summarise([])).toBeNull()
    expect(summarise([Number.NaN, 5])).toEqual({ median: 5, min: 5, max: 5, n: 1 })
  })

  it('takes percentiles by nearest rank', () => {
    const hundred = Array.from({ length: 100 }, (_, i) => i + 1)
    expect(quantile(hundred, 0.95)).toBe(95)
    expect(quantile(hundred, 0.5)).toBe(50)
    expect(quantile([7], 0.99)).toBe(7)
  })

  it('judges the median against the budget, strictly or not as the budget says', () => {
    expect(judge(underMs, { samples: [99, 500, 1] })).toBe('pass')
    expect(judge(underMs, { samples: [100, 100, 1] })).toBe('fail')
    expect(judge(atMostMs, { samples: [16] })).toBe('pass')
    expect(judge(atMostMs, { samples: [16.1] })).toBe('fail')
    expect(judge(underMs, undefined)).toBe('missing')
    expect(judge({ id: 'i', label: 'info', unit: '%' }, { samples: [40] })).toBe('info')
  })

  it('fails a figure whose median is within its limit but too far above its floor', () => {
    expect(judge(againstFloor, { samples: [600], floor: [500] })).toBe('pass')
    expect(judge(againstFloor, { samples: [700], floor: [500] })).toBe('fail')
    expect(floorRatio({ samples: [700], floor: [500] })).toBeCloseTo(1.4)
    expect(floorRatio({ samples: [700] })).toBeNull()
  })

  it('prints one row per figure with its budget, verdict and floor, and names what is over budget', () => {
    const lines = formatTable({ x: { samples: [120, 130, 110], floor: [40, 40, 50], note: 'why' }, y: { samples: [10] } }, { figures: [underMs, atMostMs, againstFloor] })
    const row = lines.find((line) => line.startsWith('thing'))
    expect(row).toContain('120 ms')
    expect(row).toContain('110 ms – 130 ms')
    expect(row).toContain('< 100 ms')
    expect(row).toContain('FAIL')
    expect(row).toContain('40.0 ms (floor)')
    expect(row).toContain('3.0×')
    expect(row).toContain('why')
    expect(lines.find((line) => line.startsWith('frame'))).toMatch(/10\.0 ms\s+n=1\s+≤ 16\.0 ms\s+pass/)
    expect(lines.find((line) => line.startsWith('open'))).toContain('not measured')
    expect(lines).toContain('Over budget (1): thing.')
    expect(lines).toContain('Not measured: open.')
  })

  it('keeps the columns aligned', () => {
    const lines = formatTable({ x: { samples: [1234.5] }, y: { samples: [3] } }, { figures: [underMs, atMostMs] })
    const [header, rule, first, second] = lines
    expect(rule).toMatch(/^[- ]+$/)
    expect(first?.indexOf('ms')).toBe(second?.indexOf('ms'))
    expect(header?.indexOf('median')).toBeLessThan(header?.indexOf('budget') ?? 0)
  })

  it('shows how each figure grows across the series', () => {
    const lines = formatSeries(
      [
        { calls: 1000, results: { x: { samples: [10] } } },
        { calls: 100000, results: { x: { samples: [250] } } },
      ],
      [underMs, atMostMs],
    )
    expect(lines[0]).toContain('1,000 calls')
    expect(lines[0]).toContain('100,000 calls')
    expect(lines.find((line) => line.startsWith('thing'))).toMatch(/10\.0 ms\s+250 ms\s+25\.0×$/)
    expect(lines.find((line) => line.startsWith('frame'))).toMatch(/—\s+—$/)
  })

  it('formats values as precisely as is useful', () => {
    expect(formatValue(1234.4, 'ms')).toBe('1,234 ms')
    expect(formatValue(12.34, 'ms')).toBe('12.3 ms')
    expect(formatValue(0.844, 'ms')).toBe('0.84 ms')
    expect(formatValue(2.714, 'KB')).toBe('2.71 KB')
  })

  it('has one budget per figure of the issue, each id once', () => {
    const ids = FIGURES.map((figure) => figure.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const figure of FIGURES) if (figure.limit !== undefined) expect(figure.op === '<' || figure.op === '≤', figure.id).toBe(true)
    const budgeted = FIGURES.filter((figure) => figure.limit !== undefined || figure.maxFloorRatio !== undefined).map((figure) => figure.id)
    // Issue 13's table: sixteen budgets (the first screen's has two parts), and the reminders' read
    // (stop 19); issue 14's calls list: three.
    expect(budgeted).toEqual([
      'home.open', 'initialJs', 'insights.open', 'insights.periodChange', 'calls.open', 'calls.sort', 'calls.end', 'search.http.p95', 'search.ui.p95', 'import.empty', 'import.again',
      'export.json', 'export.csv', 'db.perCall', 'report.allTime', 'autosave.p99', 'reminders.list', 'typing.p95', 'memory.heap', 'memory.rss',
    ])
  })
})
