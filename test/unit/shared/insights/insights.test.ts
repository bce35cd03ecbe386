import { describe, expect, it } from 'vitest'
import {
  bucketEnd,
  bucketStart,
  cadenceColumns,
  cadenceGrain,
  calibrationBin,
  chartBuckets,
  chartGrain,
  rollingRescueRate,
} from '../../../../shared/insights'

describe('chartGrain', () => {
  it('charts up to 26 ISO weeks by week and anything longer by month', () => {
    // 2026-01-05 is a Monday: 26 whole weeks end on Sunday 2026-07-05.
    expect(chartGrain('2026-01-05', '2026-07-05')).toBe('week')
    expect(chartGrain('2026-01-05', '2026-07-06')).toBe('month')
    expect(chartBuckets('week', '2026-03-01', '2026-03-10')).toEqual(['2026-W09', '2026-W10', '2026-W11'])
    expect(chartBuckets('month', '2026-01-31', '2026-03-01')).toEqual(['2026-01', '2026-02', '2026-03'])
  })
})

describe('bucket bounds', () => {
  it('ends a week on its Sunday and a month on its last day, never past the period', () => {
    expect(bucketEnd('2026-W09', '2026-12-31')).toBe('2026-03-01')
    expect(bucketEnd('2020-W53', '2030-01-01')).toBe('2021-01-03')
    expect(bucketEnd('2024-02', '2030-01-01')).toBe('2024-02-29')
    expect(bucketEnd('2025-12', '2030-01-01')).toBe('2025-12-31')
    expect(bucketEnd('2026-03', '2026-03-20')).toBe('2026-03-20')
  })

  it('starts a week on its Monday and a month on its first day, never before the period', () => {
    expect(bucketStart('2026-W09', '2026-01-01')).toBe('2026-02-23')
    expect(bucketStart('2026-W09', '2026-03-01')).toBe('2026-03-01')
    expect(bucketStart('2026-02', '2026-01-01')).toBe('2026-02-01')
  })
})

describe('cadenceGrain', () => {
  it('keeps weeks while they fit 53 columns and 1,000 cells, then months, then years', () => {
    expect(cadenceGrain('2025-04-01', '2026-03-31', 8)).toBe('week') // 53 weeks
    expect(cadenceGrain('2025-03-20', '2026-03-31', 8)).toBe('month') // 55 weeks
    // 40 reps leave room for 25 columns: 14 weeks fit, 27 do not.
    expect(cadenceGrain('2026-01-05', '2026-04-12', 40)).toBe('week')
    expect(cadenceGrain('2026-01-05', '2026-07-12', 40)).toBe('month')
    expect(cadenceGrain('2010-01-01', '2026-12-31', 8)).toBe('year')
    expect(cadenceColumns('year', '2019-06-01', '2021-02-01')).toEqual(['2019', '2020', '2021'])
  })
})

describe('rollingRescueRate', () => {
  const days = [
    { day: '2026-01-01', debriefed: 2, rescues: 2 },
    { day: '2026-01-10', debriefed: 1, rescues: 0 },
    { day: '2026-03-31', debriefed: 1, rescues: 1 },
    { day: '2026-04-01', debriefed: 4, rescues: 0 },
  ]

  it('adds up the window ending on each bucket end, its first day included', () => {
    const points = rollingRescueRate(days, [
      { period: 'a', end: '2026-01-09' }, // 01-01 only: 2 of 2
      { period: 'b', end: '2026-03-31' }, // 01-01 … 03-31 is exactly 90 days: 4 of 4 … 3 of 4
      { period: 'c', end: '2026-04-01' }, // 01-02 … 04-01: 01-01 drops out
    ])
    expect(points).toEqual([
      { period: 'a', end: '2026-01-09', debriefed: 2, rescues: 2, rate: 1 },
      { period: 'b', end: '2026-03-31', debriefed: 4, rescues: 3, rate: 3 / 4 },
      { period: 'c', end: '2026-04-01', debriefed: 6, rescues: 1, rate: 1 / 6 },
    ])
  })

  it('answers null, not 0, for a window without debriefs', () => {
    expect(rollingRescueRate(days, [{ period: 'x', end: '2025-12-31' }])[0]?.rate).toBeNull()
    expect(rollingRescueRate([], [{ period: 'x', end: '2026-01-01' }], 7)[0]).toMatchObject({ debriefed: 0, rate: null })
  })

  it('honours another window length', () => {
    expect(rollingRescueRate(days, [{ period: 'w', end: '2026-01-10' }], 7)[0]).toMatchObject({ debriefed: 1, rescues: 0 })
  })
})

describe('calibrationBin', () => {
  it('puts 0–9 in the first bin and 90–100 in the last', () => {
    expect([0, 9, 10, 55, 89, 90, 99, 100].map(calibrationBin)).toEqual([0, 0, 1, 5, 8, 9, 9, 9])
  })
})
