import { describe, expect, it } from 'vitest'
import {
  bucketLabel,
  bucketTick,
  calibrationRows,
  capBuckets,
  heatLevel,
  percentText,
  rescueRateRows,
  roleMatrixRows,
  scatterDay,
  selfSufficiencySeries,
  repMonthlySeries,
} from '../../../../shared/insightsSeries'
import { emptyCounts, finishMetrics, type PeriodMetrics } from '../../../../shared/metrics'

const bucket = (period: string, rescues: number, debriefed: number): PeriodMetrics => ({
  period,
  ...finishMetrics({ ...emptyCounts(), rescues, debriefed }),
})

describe('bucket labels', () => {
  it('reads months, ISO weeks and years in words, and shortly for axes', () => {
    expect(['2026-03', '2026-W09', '2026'].map(bucketLabel)).toEqual(['Mar 2026', 'Week 9, 2026', '2026'])
    expect(['2026-03', '2026-W09', '2026'].map(bucketTick)).toEqual(['Mar 26', 'W9', '2026'])
  })
})

describe('rescueRateRows', () => {
  it('joins each bucket with its rolling rate, null where the core had none', () => {
    const rows = rescueRateRows(
      [bucket('2026-01', 1, 4), bucket('2026-02', 0, 0)],
      [{ period: '2026-01', end: '2026-01-31', debriefed: 10, rescues: 3, rate: 0.3 }],
    )
    expect(rows.map((row) => [row.period, row.rate, row.rolling, row.label])).toEqual([
      ['2026-01', 0.25, 0.3, 'Jan 2026'],
      ['2026-02', null, null, 'Feb 2026'],
    ])
  })

  it('keeps only the latest buckets past the cap', () => {
    expect(capBuckets([1, 2, 3, 4, 5], 3)).toEqual([3, 4, 5])
    expect(capBuckets([1, 2], 3)).toEqual([1, 2])
  })
})

describe('roleMatrixRows', () => {
  it('fills the 4×4 grid and marks exactly the three crutch cells planned otherwise as slips', () => {
    const rows = roleMatrixRows([
      { planned: 'technical_expert', actual: 'crutch', calls: 2 },
      { planned: 'crutch', actual: 'crutch', calls: 1 },
    ])
    expect(rows.map((row) => row.planned)).toEqual(['visiting_dignitary', 'depth_and_breadth', 'technical_expert', 'crutch'])
    const slips = rows.flatMap((row) => row.cells.filter((cell) => cell.slip).map((cell) => `${row.planned}>${cell.actual}`))
    expect(slips).toEqual(['visiting_dignitary>crutch', 'depth_and_breadth>crutch', 'technical_expert>crutch'])
    expect(rows[2]?.total).toBe(2)
    expect(rows[3]?.cells[3]).toEqual({ actual: 'crutch', calls: 1, slip: false })
  })
})

describe('selfSufficiencySeries', () => {
  it('leaves out reps with nothing debriefed and counts what the others had', () => {
    const series = selfSufficiencySeries([
      { repId: 'a', repName: 'A', archived: false, buckets: [{ period: '2026-01', debriefed: 0, rescues: 0, selfSufficiency: null }] },
      {
        repId: 'b',
        repName: 'B',
        archived: true,
        buckets: [
          { period: '2026-01', debriefed: 4, rescues: 1, selfSufficiency: 0.75 },
          { period: '2026-02', debriefed: 2, rescues: 0, selfSufficiency: 1 },
        ],
      },
    ])
    expect(series.map((s) => [s.repId, s.debriefed, s.rows.length])).toEqual([['b', 6, 2]])
  })
})

describe('calibrationRows', () => {
  it('keeps bins with calls and places each at its range', () => {
    const rows = calibrationRows([
      { low: 0, high: 9, calls: 0, rescues: 0, predicted: null, observed: null },
      { low: 90, high: 100, calls: 2, rescues: 1, predicted: 0.95, observed: 0.5 },
    ])
    expect(rows).toEqual([{ low: 90, high: 100, calls: 2, rescues: 1, predicted: 0.95, observed: 0.5, label: '90–100%', midpoint: 0.955 }])
  })
})

describe('heatLevel', () => {
  it('is 0 only for nothing and climbs in quarters of the maximum', () => {
    expect([0, 1, 2, 3, 5, 6, 8].map((v) => heatLevel(v, 8))).toEqual([0, 1, 1, 2, 3, 3, 4])
    expect(heatLevel(3, 0)).toBe(0)
  })
})

describe('small formats', () => {
  it('turns scatter x back into a day and fractions into percentages', () => {
    expect(scatterDay('2026-02-27', 2.4)).toBe('2026-03-01')
    expect([0.254, null, 1].map(percentText)).toEqual(['25%', '–', '100%'])
  })
})

describe('repMonthlySeries', () => {
  it('gives every month of the period, a month with nothing debriefed as a gap, never 0 or 100%', () => {
    const month = (period: string, rescues: number, debriefed: number) => ({ period, ...finishMetrics({ ...emptyCounts(), rescues, debriefed }) })
    const series = repMonthlySeries(
      { id: 'r1', name: 'Dana Ortiz', archived: false },
      { from: '2026-01-15', to: '2026-04-02', byMonth: [month('2026-01', 1, 4), month('2026-03', 0, 2)] },
    )
    expect(series).toMatchObject({ repId: 'r1', repName: 'Dana Ortiz', debriefed: 6 })
    expect(series.rows.map((row) => [row.period, row.debriefed, row.rescues, row.selfSufficiency])).toEqual([
      ['2026-01', 4, 1, 0.75],
      ['2026-02', 0, 0, null],
      ['2026-03', 2, 0, 1],
      ['2026-04', 0, 0, null],
    ])
  })
})
