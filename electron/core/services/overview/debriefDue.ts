/**
 * When a held call's debrief becomes overdue. DOMAIN.md asks for a debrief "ideally within 24
 * hours", so a call is overdue once MORE than 24 hours have passed since it took place:
 * - with a time, since that time on its day;
 * - without one, since the END of its day (midnight after it) — we do not know when in the day it
 *   happened, so the manager is given the benefit of the doubt rather than flagged early.
 * Days and times are the manager's local calendar and clock, so the moment is built in local time
 * (the process's time zone); the 24 hours are elapsed time, so a daylight-saving change that day
 * moves the wall-clock deadline by an hour rather than shortening the wait.
 */
export const DEBRIEF_DUE_MS = 24 * 60 * 60 * 1000

/** The local moment the call took place (or its day ended, when it has no time). */
export function callMoment(date: string, time: string | null): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  const [hh, mm] = time === null ? [0, 0] : (time.split(':').map(Number) as [number, number])
  const moment = new Date(2000, 0, 1, 0, 0, 0, 0)
  // setFullYear keeps years below 100 literal (the Date constructor reads 0099 as 1999).
  moment.setFullYear(y, m - 1, time === null ? d + 1 : d)
  moment.setHours(hh, mm, 0, 0)
  return moment
}

export function isDebriefOverdue(date: string, time: string | null, now: Date): boolean {
  return now.getTime() - callMoment(date, time).getTime() > DEBRIEF_DUE_MS
}
