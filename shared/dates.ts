import { z } from 'zod'
import { DAY_RANGE_MESSAGE, isDayInRange, isRealDay } from './calendarDays'

/*
 * The schemas of days and times. The plain day functions live in ./calendarDays.ts, without zod,
 * so the first screen's code does not carry the schema library (docs/performance.md).
 */
export { DAY_RANGE_MESSAGE, FIRST_YEAR, LAST_YEAR, isDayInRange, isRealDay, localToday } from './calendarDays'

/** A calendar day in the manager's local calendar, `YYYY-MM-DD`, that exists. */
export const isoDaySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date in the form YYYY-MM-DD')
  // The range first: a year such as 0001 is refused for being out of range, whatever its day.
  .refine(isDayInRange, DAY_RANGE_MESSAGE)
  .refine((day) => !isDayInRange(day) || isRealDay(day), 'That date does not exist')

/** A time of day `HH:MM`, 24-hour. */
export const timeOfDaySchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a time in the form HH:MM')

/** An instant, ISO-8601 in UTC. */
export const instantSchema = z.iso.datetime({ offset: true })
