/** A calendar month of `YYYY-MM-DD` days: its key and its first and last possible day. */
export type MonthRange = { month: string; from: string; to: string }

/** Day strings compare in calendar order, so `-31` bounds every month (no day is past it). */
export function monthOf(day: string): MonthRange {
  const month = day.slice(0, 7)
  return { month, from: `${month}-01`, to: `${month}-31` }
}
