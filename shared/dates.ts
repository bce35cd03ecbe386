import { z } from 'zod'
import { FIRST_YEAR, isRealDay } from './calendarDays'

/*
 * The schemas of days and times. The plain day functions live in ./calendarDays.ts, without zod,
 * so the first screen's code does not carry the schema library (docs/performance.md).
 */
export { FIRST_YEAR, isRealDay, localToday } from './calendarDays'

/** A calendar day in the manager's local calendar, `YYYY-MM-DD`, that exists. */
export const isoDaySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date in the form YYYY-MM-DD')
  .refine(isRealDay, 'That date does not exist')
  .refine((day) => !isRealDay(day) || Number(day.slice(0, 4)) >= FIRST_YEAR, `Use a date from ${FIRST_YEAR} on`)

/** A time of day `HH:MM`, 24-hour. */
export const timeOfDaySchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a time in the form HH:MM')

/** An instant, ISO-8601 in UTC. */
export const instantSchema = z.iso.datetime({ offset: true })
