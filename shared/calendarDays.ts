/** Calendar days as text (`YYYY-MM-DD`): plain functions, no schema library, for every face. */

/**
 * The first year a journal day may fall in. Nothing in a coaching journal happens earlier, a
 * year typed as `0026` is caught, and a period's previous period (print.report) always stays
 * among real days.
 */
export const FIRST_YEAR = 1900

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
