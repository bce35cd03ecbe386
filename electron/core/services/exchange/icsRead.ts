import ICAL from 'ical.js'
import { isRealDay } from '../../../../shared/dates'
import { ICS_MAX_OCCURRENCES, type IcsAttendee } from '../../../../shared/exchange'
import { AppFailure } from '../../../../shared/result'

/**
 * Reads the events of an iCalendar file (RFC 5545) with ical.js and lays every occurrence that
 * falls in a window of days onto this machine's calendar: recurring events are expanded (RRULE,
 * RDATE, EXDATE and moved occurrences), times in a TZID zone (defined by the file's VTIMEZONE, or
 * known to the platform by its IANA name) and in UTC are converted to the local day and time,
 * floating times are taken as written and all-day events keep their day.
 */
export type IcsOccurrence = {
  uid: string
  recurrenceId: string | null
  summary: string
  location: string | null
  start: string
  date: string
  time: string | null
  allDay: boolean
  attendees: IcsAttendee[]
  note: string | null
}

export type IcsWindow = { from: string; to: string }
export type IcsReading = { occurrences: IcsOccurrence[]; truncated: boolean }

/** Guards against a rule that never reaches the window (a daily event since 1900): iterations per event. */
const MAX_STEPS_PER_EVENT = 200_000

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

type Placed = { date: string; time: string | null; allDay: boolean; start: string; note: string | null }

/** Wall-clock parts of an instant in an IANA zone, through Intl (the platform's zone database). */
function zoneParts(ms: number, zone: string): number[] {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  })
  const parts = Object.fromEntries(format.formatToParts(new Date(ms)).map((p) => [p.type, Number(p.value)]))
  return [parts['year'] ?? 0, parts['month'] ?? 1, parts['day'] ?? 1, parts['hour'] ?? 0, parts['minute'] ?? 0, parts['second'] ?? 0]
}

/** The instant at which an IANA zone's clocks show this wall time (the later one when it repeats). */
function instantInZone(t: ICAL.Time, zone: string): number | null {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone })
  } catch {
    return null
  }
  const wall = Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second)
  const offsetAt = (ms: number) => {
    const [y, mo, d, h, mi, s] = zoneParts(ms, zone) as [number, number, number, number, number, number]
    return Date.UTC(y, mo - 1, d, h, mi, s) - ms
  }
  const first = wall - offsetAt(wall)
  return wall - offsetAt(first)
}

function localPlace(ms: number): Placed {
  const d = new Date(ms)
  return {
    date: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`,
    time: `${pad(d.getHours())}:${pad(d.getMinutes())}`,
    allDay: false,
    start: d.toISOString(),
    note: null,
  }
}

/** Where a start time falls on this machine's calendar. */
export function placeTime(t: ICAL.Time): Placed {
  const day = `${pad(t.year, 4)}-${pad(t.month)}-${pad(t.day)}`
  if (t.isDate) return { date: day, time: null, allDay: true, start: day, note: null }
  const floating = { date: day, time: `${pad(t.hour)}:${pad(t.minute)}`, allDay: false, start: `${day}T${pad(t.hour)}:${pad(t.minute)}`, note: null }
  const zone = t.zone
  if (zone && zone !== ICAL.Timezone.localTimezone && zone.tzid !== 'floating') return localPlace(t.toUnixTime() * 1000)
  // A TZID the file does not define: ical.js keeps its name; the platform may know it (IANA names).
  const named = (t as unknown as { timezone?: unknown }).timezone
  if (typeof named === 'string' && named !== '') {
    const ms = instantInZone(t, named)
    if (ms !== null) return localPlace(ms)
    return { ...floating, note: `The time zone "${named}" is not defined in the file; the time is taken as written` }
  }
  return floating
}

/** A stable name for one occurrence: the UTC instant of its original start, or its day. */
function occurrenceKey(t: ICAL.Time): string {
  const placed = placeTime(t)
  return placed.allDay ? placed.date : placed.start
}

function attendeesOf(event: ICAL.Event): IcsAttendee[] {
  const people: IcsAttendee[] = []
  const seen = new Set<string>()
  const props = [...event.attendees, ...event.component.getAllProperties('organizer')]
  for (const prop of props) {
    const cn = prop.getParameter('cn')
    const name = typeof cn === 'string' && cn.trim() !== '' ? cn.trim() : null
    const value = prop.getFirstValue()
    const uri = typeof value === 'string' ? value.trim() : ''
    const email = /^mailto:/i.test(uri) ? uri.slice(7).trim() || null : uri.includes('@') ? uri : null
    const key = (email ?? name ?? '').toLowerCase()
    if (key === '' || seen.has(key)) continue
    seen.add(key)
    people.push({ name, email })
  }
  return people
}

const str = (value: unknown): string => (typeof value === 'string' ? value.trim() : '')
const isCancelled = (component: ICAL.Component) => str(component.getFirstPropertyValue('status')).toUpperCase() === 'CANCELLED'

function occurrence(event: ICAL.Event, item: ICAL.Event, start: ICAL.Time, recurrenceId: string | null): IcsOccurrence {
  const placed = placeTime(start)
  const location = str(item.location)
  const attendees = attendeesOf(item)
  return {
    uid: event.uid,
    recurrenceId,
    summary: str(item.summary),
    location: location === '' ? null : location,
    start: placed.start,
    date: placed.date,
    time: placed.time,
    allDay: placed.allDay,
    // A moved occurrence written without its guest list still has the series' guests.
    attendees: attendees.length > 0 || item === event ? attendees : attendeesOf(event),
    note: placed.note,
  }
}

/** Parses the text into its VCALENDAR component, or fails naming the line the parser stopped at. */
function parseCalendar(text: string): ICAL.Component {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  if (body.trim() === '') throw new AppFailure('INVALID_INPUT', 'The file is empty')
  if (!/^BEGIN:VCALENDAR\s*$/im.test(body)) {
    throw new AppFailure('INVALID_INPUT', 'This is not an iCalendar (.ics) file: it has no BEGIN:VCALENDAR line')
  }
  let jcal: unknown
  try {
    jcal = ICAL.parse(body)
  } catch (error) {
    throw new AppFailure('INVALID_INPUT', describeParseError(body, error))
  }
  const roots = (Array.isArray(jcal) && typeof jcal[0] === 'string' ? [jcal] : Array.isArray(jcal) ? jcal : [jcal]) as unknown[]
  const calendar = roots.map((root) => new ICAL.Component(root as never)).find((c) => c.name === 'vcalendar')
  if (!calendar) throw new AppFailure('INVALID_INPUT', 'This is not an iCalendar (.ics) file: it holds no VCALENDAR')
  return calendar
}

/** ical.js names the bad content line but not its number: find it in the file. */
function describeParseError(body: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  const quoted = /"([^"]*)"\s*$/.exec(message)?.[1]
  const lines = body.split(/\r\n|\n|\r/)
  const index = quoted === undefined || quoted === '' ? -1 : lines.findIndex((line) => line === quoted || line.startsWith(quoted))
  const where = index >= 0 ? ` at line ${index + 1}` : ''
  return `The calendar file could not be read${where}: ${message}`
}

export function readIcs(text: string, window: IcsWindow): IcsReading {
  if (!isRealDay(window.from) || !isRealDay(window.to) || window.from > window.to) {
    throw new AppFailure('INVALID_INPUT', `The window ${window.from} to ${window.to} is not a period of days`)
  }
  const calendar = parseCalendar(text)
  const components = calendar.getAllSubcomponents('vevent')
  const masters = new Set(components.filter((c) => !c.hasProperty('recurrence-id')).map((c) => str(c.getFirstPropertyValue('uid'))))
  const found: IcsOccurrence[] = []
  const inWindow = (o: IcsOccurrence) => o.date >= window.from && o.date <= window.to
  const enough = () => found.length > ICS_MAX_OCCURRENCES * 4

  try {
    for (const component of components) {
      if (enough()) break
      const uid = str(component.getFirstPropertyValue('uid'))
      if (uid === '') continue // RFC 5545 requires a UID; without one an import could not be repeated safely.
      const isException = component.hasProperty('recurrence-id')
      // A moved or changed occurrence is expanded with its series.
      if (isException && masters.has(uid)) continue
      const event = new ICAL.Event(component)
      if (!event.isRecurring()) {
        if (isCancelled(component)) continue
        const recurrenceId = isException ? occurrenceKey(event.recurrenceId) : null
        const single = occurrence(event, event, event.startDate, recurrenceId)
        if (inWindow(single)) found.push(single)
        continue
      }
      const iterator = event.iterator()
      for (let step = 0, next = iterator.next(); next && step < MAX_STEPS_PER_EVENT; step++, next = iterator.next()) {
        const original = placeTime(next)
        if (original.date > window.to) break
        const details = event.getOccurrenceDetails(next)
        if (isCancelled(details.item.component) || isCancelled(component)) continue
        const one = occurrence(event, details.item, details.startDate, occurrenceKey(details.recurrenceId))
        if (inWindow(one)) found.push(one)
        if (enough()) break
      }
    }
  } catch (error) {
    if (error instanceof AppFailure) throw error
    const reason = error instanceof Error ? error.message : String(error)
    throw new AppFailure('INVALID_INPUT', `The calendar file could not be read: ${reason}`)
  }

  found.sort((a, b) => (a.date + (a.time ?? '') < b.date + (b.time ?? '') ? -1 : a.date + (a.time ?? '') > b.date + (b.time ?? '') ? 1 : 0))
  return { occurrences: found.slice(0, ICS_MAX_OCCURRENCES), truncated: found.length > ICS_MAX_OCCURRENCES }
}
