import { describe, expect, it } from 'vitest'
import { formatCount, formatDay, formatMoney, formatTime, parseAmount, parseDay, todayIso } from '../../../../renderer/src/lib/format'

describe('formatCount', () => {
  it('groups thousands as the locale writes them', () => {
    expect(formatCount(4330, 'en-US')).toBe('4,330')
    expect(formatCount(28889, 'de-DE')).toBe('28.889')
    expect(formatCount(7, 'en-US')).toBe('7')
  })
})

describe('formatMoney', () => {
  it('formats whole units in the journal currency', () => {
    expect(formatMoney(42000, 'USD', 'en-US')).toBe('$42,000')
    expect(formatMoney(150000, 'EUR', 'en-US')).toBe('€150,000')
  })

  it('shows a dash for no value and survives an unknown currency code', () => {
    expect(formatMoney(null, 'USD', 'en-US')).toBe('—')
    expect(formatMoney(1234, 'ZZZ', 'en-US')).toMatch(/1,234/)
  })
})

describe('days and times', () => {
  it('reads a day in the local calendar, never shifted by time zones', () => {
    const date = parseDay('2026-11-02')
    expect(date && [date.getFullYear(), date.getMonth(), date.getDate()]).toEqual([2026, 10, 2])
    expect(parseDay('2026-02-30')).toBeNull()
    expect(parseDay('02/11/2026')).toBeNull()
  })

  it('formats days with or without the weekday', () => {
    expect(formatDay('2026-11-02', { locale: 'en-US' })).toBe('Mon, Nov 2, 2026')
    expect(formatDay('2026-11-02', { weekday: false, locale: 'en-US' })).toBe('Nov 2, 2026')
    expect(formatDay('not a day')).toBe('not a day')
    expect(formatDay(null)).toBe('—')
  })

  it('keeps each locale and style apart while reusing its formatter', () => {
    // The formatters are built once and kept (lib/format.ts): a kept one must never answer for another style or locale.
    expect(formatDay('2026-11-02', { locale: 'en-US' })).toBe('Mon, Nov 2, 2026')
    expect(formatDay('2026-11-02', { weekday: false, locale: 'en-US' })).toBe('Nov 2, 2026')
    expect(formatDay('2026-11-02', { weekday: false, locale: 'de-DE' })).toBe('2. Nov. 2026')
    expect(formatTime('14:30', 'de-DE')).toBe('14:30')
    expect(formatDay('2026-11-03', { locale: 'en-US' })).toBe('Tue, Nov 3, 2026')
    expect(formatTime('14:30', 'en-US')).toBe('2:30 PM')
  })

  it('formats a 24-hour time in the locale style', () => {
    expect(formatTime('14:30', 'en-US')).toBe('2:30 PM')
    expect(formatTime(null)).toBe('')
  })

  it('gives today as a local YYYY-MM-DD', () => {
    expect(todayIso(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05')
  })
})

describe('parseAmount', () => {
  it.each([
    ['42000', 42000],
    ['42,000', 42000],
    ['$42,000', 42000],
    [' 1 250 000 ', 1250000],
    ['99.5', 99.5],
    ['-5', -5],
  ])('reads %j as %d', (text, value) => {
    expect(parseAmount(text)).toEqual({ ok: true, value })
  })

  it('reads blank as "not set"', () => {
    expect(parseAmount('  ')).toEqual({ ok: true, value: null })
  })

  it.each(['abc', '4,2,000', '42k', '1.2.3'])('refuses %j', (text) => {
    expect(parseAmount(text)).toEqual({ ok: false })
  })
})
