import { describe, expect, it } from 'vitest'
import { instantSchema, isRealDay, isoDaySchema, localToday, timeOfDaySchema } from '../../../shared/dates'

describe('isRealDay', () => {
  it('accepts days that exist, leap days included', () => {
    for (const day of ['2026-01-01', '2026-12-31', '2024-02-29', '2000-02-29']) expect(isRealDay(day), day).toBe(true)
  })

  it('refuses days that do not exist or are not written YYYY-MM-DD', () => {
    for (const day of ['2026-02-29', '1900-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-1-5', '02/11/2026', '']) {
      expect(isRealDay(day), day).toBe(false)
    }
  })
})

describe('isoDaySchema', () => {
  it('explains which rule a day breaks', () => {
    expect(isoDaySchema.safeParse('2026-11-02').success).toBe(true)
    expect(isoDaySchema.safeParse('2 Nov 2026').error?.issues[0]?.message).toBe('Use a date in the form YYYY-MM-DD')
    expect(isoDaySchema.safeParse('2026-02-30').error?.issues[0]?.message).toBe('That date does not exist')
  })

  it('keeps days between 1900 and 2100 and refuses the rest with one sentence, year 0001 included', () => {
    for (const day of ['1900-01-01', '2100-12-31', '2000-02-29']) expect(isoDaySchema.safeParse(day).success, day).toBe(true)
    for (const day of ['0001-01-01', '1800-01-01', '1899-12-31', '2101-01-01', '2999-06-01', '0000-00-00']) {
      const issues = isoDaySchema.safeParse(day).error?.issues.map((issue) => issue.message)
      expect(issues, day).toEqual(['Use a date between 1900 and 2100'])
    }
  })
})

describe('timeOfDaySchema', () => {
  it('takes 24-hour HH:MM only', () => {
    for (const time of ['00:00', '09:05', '23:59']) expect(timeOfDaySchema.safeParse(time).success, time).toBe(true)
    for (const time of ['24:00', '9:05', '12:60', '12:00:00', '2pm']) expect(timeOfDaySchema.safeParse(time).success, time).toBe(false)
  })
})

describe('instantSchema', () => {
  it('takes ISO-8601 instants', () => {
    expect(instantSchema.safeParse('2026-11-02T19:05:00.000Z').success).toBe(true)
    expect(instantSchema.safeParse('2026-11-02T19:05:00+01:00').success).toBe(true)
    expect(instantSchema.safeParse('2026-11-02').success).toBe(false)
  })
})

describe('localToday', () => {
  it('writes the local calendar day of the given moment', () => {
    expect(localToday(new Date(2026, 10, 2, 23, 59))).toBe('2026-11-02')
    expect(localToday(new Date(2026, 0, 5, 0, 0))).toBe('2026-01-05')
  })
})
