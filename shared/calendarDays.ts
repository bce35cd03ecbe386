/** Calendar days as text (`YYYY-MM-DD`): plain functions, no schema library, for every face. */

/**
 * The years a journal day may fall in (docs/limits.md). Nothing in a coaching journal happens
 * before 1900 or after 2100: a year typed as `0026`, `1026` or `2926` is a slip of the keyboard,
 * caught with one sentence instead of a call filed a thousand years away, and a period's
 * previous period (print.report) always stays among real days.
 */
export const FIRST_YEAR = 1900
export const LAST_YEAR = 2100
export const DAY_RANGE_MESSAGE = `Use a date between ${FIRST_YEAR} and ${LAST_YEAR}`

/** Whether a `YYYY-MM-DD` day's year lies in FIRST_YEAR…LAST_YEAR. */
export function isDayInRange(day: string): boolean {
  const year = Number(day.slice(0, 4))
  return year >= FIRST_YEAR && year <= LAST_YEAR
}

export function isRealDay(day: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day)
  if (!match) return false
  const [, y, m, d] = match.map(Number) as [number, number, number, number]
  const date = new Date(0)
  // setUTCFullYear keeps years below 100 literal (Date.UTC would read 0050 as 1950).
  date.setUTCFullYear(y, m - 1, d)
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
}

/** Today in the local calendar of whoever runs this code. */
export function localToday(now: Date = new Date()): string {
  const y = now.getFullYear()
  const m = String(now.getMonth() + 1).padStart(2, '0')
  const d = String(now.getDate()).padStart(2, '0')
  return `${y}-${m}-${d}`
}
