import { formatDay, parseDay } from './format'

/** Whole days from `today` to `day` (both `YYYY-MM-DD`); null when either is not a real day. */
export function daysBetween(today: string, day: string): number | null {
  const a = parseDay(today)
  const b = parseDay(day)
  if (!a || !b) return null
  // Noon on both days keeps a daylight-saving hour from tipping the rounding.
  a.setHours(12)
  b.setHours(12)
  return Math.round((b.getTime() - a.getTime()) / 86_400_000)
}

/** "Today", "Tomorrow", "Yesterday", else the day itself: how near days read in lists. */
export function relativeDay(day: string, today: string): string {
  const diff = daysBetween(today, day)
  if (diff === 0) return 'Today'
  if (diff === 1) return 'Tomorrow'
  if (diff === -1) return 'Yesterday'
  return formatDay(day, { weekday: diff !== null && Math.abs(diff) < 7 })
}

/** `2026-11` → "November 2026" in the user's locale. */
export function formatMonth(month: string, locale?: string): string {
  const date = parseDay(`${month}-01`)
  if (!date) return month
  return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric' }).format(date)
}
