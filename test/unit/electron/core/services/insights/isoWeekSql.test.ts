import Database from 'better-sqlite3-multiple-ciphers'
import { expect, it } from 'vitest'
import { isoWeekSql } from '../../../../../../electron/core/services/insights/metricsSql'
import { addDays, isoWeekKey } from '../../../../../../shared/isoWeek'

it('computes in SQL the same ISO week as isoWeekKey() for every day of 1999–2040', () => {
  const db = new Database(':memory:')
  try {
    const rows = db
      .prepare<[], { day: string; week: string }>(
        `WITH RECURSIVE days(day) AS (
           SELECT '1999-01-01' UNION ALL SELECT date(day, '+1 day') FROM days WHERE day < '2040-12-31'
         )
         SELECT day, ${isoWeekSql('day')} AS week FROM days`,
      )
      .all()
    expect(rows).toHaveLength(15_341) // 42 years, 10 of them leap years
    expect(rows[0]?.day).toBe('1999-01-01')
    let expectedDay = '1999-01-01'
    const mismatches = rows.filter((row) => {
      expect(row.day).toBe(expectedDay)
      expectedDay = addDays(expectedDay, 1)
      return row.week !== isoWeekKey(row.day)
    })
    expect(mismatches).toEqual([])
    // Spot checks at year boundaries, from Python's date.isocalendar().
    const week = (day: string) => rows.find((r) => r.day === day)?.week
    expect(week('2026-12-31')).toBe('2026-W53')
    expect(week('2027-01-01')).toBe('2026-W53')
    expect(week('2024-12-30')).toBe('2025-W01')
    expect(week('2021-01-03')).toBe('2020-W53')
  } finally {
    db.close()
  }
})
