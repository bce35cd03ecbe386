/**
 * Calendar buckets for `YYYY-MM-DD` days: ISO 8601 weeks (`YYYY-Www`) and calendar months
 * (`YYYY-MM`). Arithmetic runs on UTC midnights so no time zone or daylight-saving change can
 * move a day; the days themselves are the manager's local calendar days.
 */
const DAY_MS = 86_400_000

function dayToUtc(day: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day)
  if (!match) throw new RangeError(`Not a day in the form YYYY-MM-DD: "${day}"`)
  const date = new Date(0)
  // setUTCFullYear keeps years below 100 literal (Date.UTC would read 0099 as 1999).
  date.setUTCFullYear(Number(match[1]), Number(match[2]) - 1, Number(match[3]))
  return date.getTime()
}

function utcToDay(ms: number): string {
  const date = new Date(ms)
  const y = String(date.getUTCFullYear()).padStart(4, '0')
  const m = String(date.getUTCMonth() + 1).padStart(2, '0')
  const d = String(date.getUTCDate()).padStart(2, '0')
  return `${y}-${m}-${d}`
}

export function addDays(day: string, days: number): string {
  return utcToDay(dayToUtc(day) + days * DAY_MS)
}

/** Whole days from `from` to `to` (negative when `to` comes first). */
export function daysBetween(from: string, to: string): number {
  return Math.round((dayToUtc(to) - dayToUtc(from)) / DAY_MS)
}

/** Monday 0 … Sunday 6. */
export function isoWeekday(day: string): number {
  return (new Date(dayToUtc(day)).getUTCDay() + 6) % 7
}

/** The Monday that starts the ISO week holding `day`. */
export function isoWeekMonday(day: string): string {
  return addDays(day, -isoWeekday(day))
}

/**
 * ISO 8601 week key, e.g. `2026-W05`. A week belongs to the year that holds its Thursday, so
 * 2027-01-01 (a Friday) is `2026-W53` and 2024-12-30 (a Monday) is `2025-W01`.
 */
export function isoWeekKey(day: string): string {
  const thursday = addDays(isoWeekMonday(day), 3)
  const year = thursday.slice(0, 4)
  const dayOfYear = daysBetween(`${year}-01-01`, thursday) + 1
  const week = Math.floor((dayOfYear - 1) / 7) + 1
  return `${year}-W${String(week).padStart(2, '0')}`
}

/** The Monday of an ISO week key: the inverse of `isoWeekKey`. */
export function isoWeekKeyMonday(key: string): string {
  const match = /^(\d{4})-W(\d{2})$/.exec(key)
  if (!match) throw new RangeError(`Not an ISO week key in the form YYYY-Www: "${key}"`)
  // 4 January always lies in week 1.
  const week1Monday = isoWeekMonday(`${match[1]}-01-04`)
  return addDays(week1Monday, (Number(match[2]) - 1) * 7)
}

/** Every ISO week touching `[from, to]`, in order; empty when `from > to`. */
export function isoWeeksInPeriod(from: string, to: string): string[] {
  const keys: string[] = []
  if (from > to) return keys
  const last = dayToUtc(to)
  for (let monday = dayToUtc(isoWeekMonday(from)); monday <= last; monday += 7 * DAY_MS) {
    keys.push(isoWeekKey(utcToDay(monday)))
  }
  return keys
}

export function monthKey(day: string): string {
  return day.slice(0, 7)
}

/** Every calendar month touching `[from, to]`, in order; empty when `from > to`. */
export function monthsInPeriod(from: string, to: string): string[] {
  const keys: string[] = []
  if (from > to) return keys
  let year = Number(from.slice(0, 4))
  let month = Number(from.slice(5, 7))
  const last = monthKey(to)
  for (;;) {
    const key = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`
    if (key > last) break
    keys.push(key)
    month += 1
    if (month > 12) {
      month = 1
      year += 1
    }
  }
  return keys
}
