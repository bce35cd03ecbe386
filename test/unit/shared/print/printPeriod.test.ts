import { describe, expect, it } from 'vitest'
import { daysBetween } from '../../../../shared/isoWeek'
import { defaultRepSheetPeriod, previousPeriod, REP_SHEET_DEFAULT_DAYS } from '../../../../shared/printPeriod'

describe('previousPeriod', () => {
  it('ends the day before and lasts as many days', () => {
    expect(previousPeriod({ from: '2026-03-01', to: '2026-03-31' })).toEqual({ from: '2026-01-29', to: '2026-02-28' })
    expect(previousPeriod({ from: '2026-11-02', to: '2026-11-02' })).toEqual({ from: '2026-11-01', to: '2026-11-01' })
  })

  it('crosses a year and a leap day without losing a day', () => {
    const period = { from: '2024-02-15', to: '2024-03-15' }
    const previous = previousPeriod(period)
    expect(previous.to).toBe('2024-02-14')
    expect(daysBetween(previous.from, previous.to)).toBe(daysBetween(period.from, period.to))
    expect(previousPeriod({ from: '2026-01-01', to: '2026-01-10' })).toEqual({ from: '2025-12-22', to: '2025-12-31' })
  })
})

describe('defaultRepSheetPeriod', () => {
  it('covers the last REP_SHEET_DEFAULT_DAYS days, today included', () => {
    const period = defaultRepSheetPeriod('2026-11-30')
    expect(period.to).toBe('2026-11-30')
    expect(daysBetween(period.from, period.to) + 1).toBe(REP_SHEET_DEFAULT_DAYS)
  })
})
