import { describe, expect, it } from 'vitest'
import {
  addDays,
  daysBetween,
  isoWeekday,
  isoWeekKey,
  isoWeekKeyMonday,
  isoWeeksInPeriod,
  monthsInPeriod,
} from '../../../shared/isoWeek'

describe('isoWeekKey', () => {
  // Expected keys checked against Python's date.isocalendar(), an independent implementation.
  it.each([
    ['2026-01-01', '2026-W01'], // a Thursday: week 1 of its own year
    ['2025-12-29', '2026-W01'], // the Monday of that week lies in the previous year
    ['2024-12-30', '2025-W01'],
    ['2025-01-01', '2025-W01'],
    ['2026-12-31', '2026-W53'], // 2026 starts on a Thursday, so it has 53 weeks
    ['2027-01-01', '2026-W53'], // a Friday in January belongs to the previous ISO year
    ['2027-01-03', '2026-W53'],
    ['2027-01-04', '2027-W01'],
    ['2021-01-03', '2020-W53'],
    ['2021-01-04', '2021-W01'],
    ['2008-12-29', '2009-W01'],
    ['2010-01-03', '2009-W53'],
    ['2026-11-23', '2026-W48'],
    ['2032-12-27', '2032-W53'],
    ['2033-01-02', '2032-W53'],
  ])('%s is in %s', (day, key) => {
    expect(isoWeekKey(day)).toBe(key)
  })

  it('zero-pads the week number', () => {
    expect(isoWeekKey('2026-02-03')).toBe('2026-W06')
  })

  it('agrees with a brute-force count of Mondays for every day of 2019–2034', () => {
    // Independent rule: week n of ISO year Y starts n-1 weeks after the Monday on or before 4 January.
    for (let day = '2019-01-01'; day <= '2034-12-31'; day = addDays(day, 1)) {
      const key = isoWeekKey(day)
      const monday = isoWeekKeyMonday(key)
      expect(isoWeekday(monday)).toBe(0)
      expect(daysBetween(monday, day)).toBeGreaterThanOrEqual(0)
      expect(daysBetween(monday, day)).toBeLessThan(7)
    }
  })
})

describe('calendar helpers', () => {
  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29')
    expect(addDays('2024-02-29', 1)).toBe('2024-03-01')
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01')
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31')
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365)
  })

  it('knows Monday from Sunday', () => {
    expect(isoWeekday('2026-11-23')).toBe(0) // Monday
    expect(isoWeekday('2026-11-29')).toBe(6) // Sunday
  })

  it('lists every ISO week touching a period, across a year boundary', () => {
    // 2026-12-20 is a Sunday (end of W51); 2027-01-05 a Tuesday (in 2027-W01).
    expect(isoWeeksInPeriod('2026-12-20', '2027-01-05')).toEqual(['2026-W51', '2026-W52', '2026-W53', '2027-W01'])
    expect(isoWeeksInPeriod('2026-11-25', '2026-11-25')).toEqual(['2026-W48'])
    expect(isoWeeksInPeriod('2026-11-26', '2026-11-25')).toEqual([])
  })

  it('lists every month touching a period, across a year boundary', () => {
    expect(monthsInPeriod('2026-11-30', '2027-02-01')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02'])
    expect(monthsInPeriod('2026-11-01', '2026-11-30')).toEqual(['2026-11'])
    expect(monthsInPeriod('2026-12-01', '2026-11-30')).toEqual([])
  })
})
