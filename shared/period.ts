import { isRealDay } from './calendarDays'
import { daysBetween } from './isoWeek'
import { MAX_PERIOD_DAYS, MAX_PERIOD_YEARS } from './limits'
import { AppFailure } from './result'

/**
 * The one rule for a period of days `[from, to]` that an operation walks day by day, week by week
 * or month by month (metrics, charts, print views, a calendar's window): both days exist, the
 * first comes first, and it spans at most MAX_PERIOD_YEARS, so no request can make the journal
 * count through millennia. Schemas apply it once their days are valid; services apply it again to
 * a period they completed from defaults.
 */
export function periodProblem(from: string, to: string): string | null {
  // A day that does not exist has its own message; this rule speaks only of real days.
  if (!isRealDay(from) || !isRealDay(to)) return null
  if (from > to) return `The period ends (${to}) before it starts (${from}); put the earlier day first`
  if (daysBetween(from, to) + 1 > MAX_PERIOD_DAYS) {
    return `Choose a period of at most ${MAX_PERIOD_YEARS} years (this one runs from ${from} to ${to})`
  }
  return null
}

/** Throws INVALID_INPUT naming `path` when the period breaks the rule; days that do not exist included. */
export function requirePeriod(period: { from: string; to: string }, path = 'to'): void {
  for (const key of ['from', 'to'] as const) {
    if (!isRealDay(period[key])) {
      throw new AppFailure('INVALID_INPUT', `${key}: "${period[key]}" is not a day in the form YYYY-MM-DD`, [
        { path: key, message: 'Use a date in the form YYYY-MM-DD' },
      ])
    }
  }
  const problem = periodProblem(period.from, period.to)
  if (problem) throw new AppFailure('INVALID_INPUT', problem, [{ path, message: problem }])
}

/** For a zod object's superRefine: adds the period's problem at `to`, if any. */
export function addPeriodIssue(
  value: { from?: string | undefined; to?: string | undefined },
  ctx: { addIssue: (issue: { code: 'custom'; path: string[]; message: string }) => void },
): void {
  if (value.from === undefined || value.to === undefined) return
  const problem = periodProblem(value.from, value.to)
  if (problem) ctx.addIssue({ code: 'custom', path: ['to'], message: problem })
}
