import { describe, expect, it } from 'vitest'
import { backupsToKeep, RETENTION, type Dated } from '../../../../../electron/core/backups/retention'

/**
 * Local noon of a day: the policy buckets by the local calendar, so the copies are dated in the
 * local time zone too and the test reads the same wherever it runs.
 */
const at = (day: string, hour = 12, minute = 0): string => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number]
  return new Date(y, m - 1, d, hour, minute).toISOString()
}
const copy = (takenAt: string): Dated => ({ name: `coachbook-${takenAt}.db`, takenAt })
const addDays = (day: string, days: number): string => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number]
  const date = new Date(y, m - 1, d + days, 12)
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`
}

describe('backupsToKeep', () => {
  const now = new Date(at('2026-12-06', 18))

  it('keeps every copy of the last 24 hours, but no more than 10 of them', () => {
    const today = Array.from({ length: 14 }, (_, i) => copy(at('2026-12-06', 17, i * 4)))
    const kept = backupsToKeep(today, now)
    expect(kept.size).toBe(10)
    // The newest ten, since they are what an afternoon's undo reaches for.
    const newestTen = [...today].reverse().slice(0, 10).map((backup) => backup.name)
    expect([...kept].sort()).toEqual(newestTen.sort())
  })

  it('keeps the newest copy of each of the last 7 days with one, of 4 weeks and of 12 months, and nothing older', () => {
    // One copy a day for two years, up to a day before now (so none is in the last 24 hours).
    const daily = Array.from({ length: 730 }, (_, i) => copy(at(addDays('2026-12-04', -i), 9)))
    const kept = backupsToKeep(daily, now)
    const keptDays = daily.filter((backup) => kept.has(backup.name)).map((backup) => backup.takenAt.slice(0, 10))
    // 7 days, then the newest of each older ISO week and month that the days do not already cover.
    expect(kept.size).toBeLessThanOrEqual(RETENTION.daily + RETENTION.weekly + RETENTION.monthly)
    expect(kept.size).toBeGreaterThanOrEqual(RETENTION.monthly)
    for (let i = 0; i < 7; i++) expect(kept.has(daily[i]!.name), `day ${i}`).toBe(true)
    // Nothing older than the 12th month back (January 2026) survives.
    expect(keptDays.filter((day) => day < '2026-01')).toEqual([])
  })

  it('keeps a lone old copy: the newest of its month is still one of the last 12 months with a copy', () => {
    const old = copy(at('2025-03-10'))
    expect(backupsToKeep([old], now)).toEqual(new Set([old.name]))
  })

  it('never keeps more than 10 + 7 + 4 + 12 copies, however many there are', () => {
    // Every two hours for 400 days.
    const many = Array.from({ length: 400 * 12 }, (_, i) => copy(new Date(now.getTime() - 3_600_000 - i * 7_200_000).toISOString()))
    const kept = backupsToKeep(many, now)
    expect(kept.size).toBeLessThanOrEqual(RETENTION.recentMax + RETENTION.daily + RETENTION.weekly + RETENTION.monthly)
    // The newest of all is always kept.
    expect(kept.has(many[0]!.name)).toBe(true)
  })
})
