import { addDays, daysBetween } from './isoWeek'

/**
 * Periods the printed views compare and default to. Days are the manager's calendar days,
 * `[from, to]` inclusive, as everywhere in the metrics.
 */
export type Period = { from: string; to: string }

/**
 * The period of equal length that ends the day before `from`: a report on Mar 1–31 (31 days)
 * compares with Jan 29–Feb 28. Equal length in days keeps the counts comparable even when
 * months differ in length.
 */
export function previousPeriod({ from, to }: Period): Period {
  const length = daysBetween(from, to) + 1
  return { from: addDays(from, -length), to: addDays(from, -1) }
}

/** A one-on-one sheet looks back this many days when no period is given: about a quarter. */
export const REP_SHEET_DEFAULT_DAYS = 90

export function defaultRepSheetPeriod(today: string): Period {
  return { from: addDays(today, -(REP_SHEET_DEFAULT_DAYS - 1)), to: today }
}
