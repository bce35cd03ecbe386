import type ICAL from 'ical.js'

/**
 * Expanding a calendar's repeat rules (RRULE) only where the import looks, and never into a rule
 * that cannot end. ical.js walks a rule from the event's first start, one period at a time: a
 * minutely event since 1900 takes millions of steps to reach this year, and a rule whose parts
 * can never agree (`FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30`) makes a single `next()` loop forever.
 * So a rule is checked before it is walked, and its walk starts a whole number of periods after
 * the first start, just before the window: the same occurrences, from the same grid.
 */

/** The length of each frequency's period in wall-clock seconds; months and years vary, so they are walked. */
const PERIOD_SECONDS: Partial<Record<string, number>> = {
  SECONDLY: 1,
  MINUTELY: 60,
  HOURLY: 3600,
  DAILY: 86_400,
  WEEKLY: 7 * 86_400,
}

/** Periods are skipped in whole days too, so a time of day (and ical.js's wall-clock grid) is kept. */
const DAY = 86_400

/**
 * Rule parts that keep or drop the days of a rule below a month (RFC 5545, 3.3.10). BYWEEKNO is
 * left out: its weeks depend on WKST and on the year, and a rule is only called impossible when
 * that is certain (a rule wrongly called possible still meets the sandbox's time limit).
 */
const DATE_PARTS = ['BYMONTH', 'BYMONTHDAY', 'BYYEARDAY', 'BYDAY'] as const

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b)
}

function rulesOf(event: ICAL.Event): ICAL.Recur[] {
  return event.component.getAllProperties('rrule').map((property) => property.getFirstValue() as ICAL.Recur)
}

const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

type Day = { month: number; day: number; yearDay: number; weekday: number; daysInMonth: number; daysInYear: number }

/** Every day of 28 consecutive years: all 14 kinds of year (leap or not, by first weekday), twice. */
function sampleDays(): Day[] {
  const days: Day[] = []
  for (let year = 2001; year <= 2028; year++) {
    const leap = year % 4 === 0
    const daysInYear = leap ? 366 : 365
    let yearDay = 0
    for (let month = 1; month <= 12; month++) {
      const daysInMonth = month === 2 ? (leap ? 29 : 28) : (MONTH_DAYS[month - 1] ?? 31)
      for (let day = 1; day <= daysInMonth; day++) {
        yearDay++
        const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay()
        days.push({ month, day, yearDay, weekday, daysInMonth, daysInYear })
      }
    }
  }
  return days
}

let cachedDays: Day[] | null = null

const WEEKDAYS: Record<string, number> = { SU: 0, MO: 1, TU: 2, WE: 3, TH: 4, FR: 5, SA: 6 }

const matchesSigned = (values: number[], position: number, count: number) =>
  values.some((value) => (value > 0 ? value === position : count + value + 1 === position))

function dayMatches(day: Day, parts: Record<string, unknown[]>): boolean {
  const numbers = (name: string) => (parts[name] ?? []).map(Number)
  const months = numbers('BYMONTH')
  if (months.length > 0 && !months.includes(day.month)) return false
  const monthDays = numbers('BYMONTHDAY')
  if (monthDays.length > 0 && !matchesSigned(monthDays, day.day, day.daysInMonth)) return false
  const yearDays = numbers('BYYEARDAY')
  if (yearDays.length > 0 && !matchesSigned(yearDays, day.yearDay, day.daysInYear)) return false
  const weekdays = (parts['BYDAY'] ?? []).map((value) => WEEKDAYS[String(value).slice(-2).toUpperCase()])
  if (weekdays.length > 0 && !weekdays.includes(day.weekday)) return false
  return true
}

/**
 * True when a rule below a month can never produce a second occurrence: no day of any kind of
 * year meets all its date parts. ical.js would loop forever on such a rule (it refuses time
 * parts out of range when it reads the file, and gives up on monthly and yearly rules by itself).
 */
export function isImpossibleRule(rule: ICAL.Recur): boolean {
  if (PERIOD_SECONDS[rule.freq] === undefined) return false
  const parts = (rule.parts ?? {}) as Record<string, unknown[]>
  if (!DATE_PARTS.some((name) => (parts[name]?.length ?? 0) > 0)) return false
  cachedDays ??= sampleDays()
  return !cachedDays.some((day) => dayMatches(day, parts))
}

/** Every RRULE of the event that can never occur again; the event then only has its first start. */
export function hasImpossibleRule(event: ICAL.Event): boolean {
  return rulesOf(event).some(isImpossibleRule)
}

/**
 * Where to start walking the event's rule so that its occurrences from `notBefore` (a UTC
 * instant, in seconds) on are the ones the full walk would give: a whole number of periods after
 * the first start, and at least two periods and two days before `notBefore`. Null when the walk
 * must start at the first start: several rules, a month or year rule (few periods, which ical.js
 * walks quickly), or a count that parts of a period make uneven. A rule with a count and no date
 * or time parts has one occurrence per period, so the skipped periods come off its count (the
 * rule is changed in place: the event is read once and thrown away); 'ended' when the count runs
 * out before `notBefore`.
 */
export function fastForwardStart(event: ICAL.Event, notBefore: number): ICAL.Time | 'ended' | null {
  const rules = rulesOf(event)
  const rule = rules[0]
  if (rules.length !== 1 || !rule) return null
  const unit = PERIOD_SECONDS[rule.freq]
  if (unit === undefined) return null
  const period = unit * Math.max(1, rule.interval || 1)
  // Skip in steps that are whole periods and whole days at once.
  const step = (period * DAY) / gcd(period, DAY)
  const start = event.startDate
  const gap = notBefore - 2 * period - 2 * DAY - start.toUnixTime()
  const steps = Math.floor(gap / step)
  if (steps <= 0) return null
  const periodsSkipped = (steps * step) / period
  if (rule.count) {
    const parts = (rule.parts ?? {}) as Record<string, unknown[]>
    if (Object.values(parts).some((values) => values.length > 0)) return null
    if (periodsSkipped >= rule.count) return 'ended'
    rule.count -= periodsSkipped
  }
  const shifted = start.clone()
  const seconds = steps * step
  shifted.adjust(Math.floor(seconds / DAY), 0, 0, seconds % DAY)
  return shifted
}
