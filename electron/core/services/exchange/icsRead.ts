import ICAL from 'ical.js'
import { isRealDay } from '../../../../shared/dates'
import { ICS_MAX_OCCURRENCES, type IcsAttendee } from '../../../../shared/exchange'
import { AppFailure } from '../../../../shared/result'
import { withoutControlCharacters } from '../../../../shared/text'
import { fastForwardStart, hasImpossibleRule } from './icsRecurrence'

/**
 * Reads the events of an iCalendar file (RFC 5545) with ical.js and lays every occurrence that
 * falls in a window of days onto this machine's calendar: recurring events are expanded (RRULE,
 * RDATE, EXDATE and moved occurrences), times in a TZID zone (defined by the file's VTIMEZONE, or
 * known to the platform by its IANA name) and in UTC are converted to the local day and time,
 * floating times are taken as written and all-day events keep their day.
 *
 * It reads files from anywhere, so it runs in the file sandbox (electron/core/sandbox) and keeps
 * its own work bounded: rules are walked only near the window (./icsRecurrence.ts), a rule that
 * can never occur again is not walked at all, every walk has a step cap, and the occurrences
 * gathered are capped. Text from the file loses its control characters and is cut to 500
 * characters: it becomes suggestions, never journal text as it stands.
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


const pad = (n: number, width = 2) => String(n).padStart(width, '0')

type Placed = { date: string; time: string | null; allDay: boolean; start: string; note: string | null }

/** One formatter per zone: building one costs far more than using it, and a rule may be walked thousands of times. */
const formats = new Map<string, Intl.DateTimeFormat | null>()

/** The zone's formatter, or null when the platform does not know the zone. */
function zoneFormat(zone: string): Intl.DateTimeFormat | null {
  let format = formats.get(zone)
  if (format === undefined) {
    try {
      format = new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      })
    } catch {
      format = null
    }
    formats.set(zone, format)
  }
  return format
}

/** Wall-clock parts of an instant in an IANA zone, through Intl (the platform's zone database). */
function zoneParts(ms: number, format: Intl.DateTimeFormat): number[] {
  const parts = Object.fromEntries(format.formatToParts(new Date(ms)).map((p) => [p.type, Number(p.value)]))
  return [parts['year'] ?? 0, parts['month'] ?? 1, parts['day'] ?? 1, parts['hour'] ?? 0, parts['minute'] ?? 0, parts['second'] ?? 0]
}

/** The instant at which an IANA zone's clocks show this wall time (the later one when it repeats). */
function instantInZone(t: ICAL.Time, zone: string): number | null {
  const format = zoneFormat(zone)
  if (format === null) return null
  const wall = Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second)
  const offsetAt = (ms: number) => {
    const [y, mo, d, h, mi, s] = zoneParts(ms, format) as [number, number, number, number, number, number]
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
    const cn = str(prop.getParameter('cn'))
    const name = cn !== '' ? cn : null
    const uri = str(prop.getFirstValue())
    const email = /^mailto:/i.test(uri) ? uri.slice(7).trim() || null : uri.includes('@') ? uri : null
    const key = (email ?? name ?? '').toLowerCase()
    if (key === '' || seen.has(key)) continue
    seen.add(key)
    people.push({ name, email })
  }
  return people
}

/** The longest text kept from a calendar field: enough for any title, place or name. */
const MAX_FIELD = 500
const str = (value: unknown): string => (typeof value === 'string' ? withoutControlCharacters(value).trim().slice(0, MAX_FIELD) : '')
const isCancelled = (component: ICAL.Component) => str(component.getFirstPropertyValue('status')).toUpperCase() === 'CANCELLED'

function occurrence(event: ICAL.Event, item: ICAL.Event, start: ICAL.Time, recurrenceId: string | null, note: string | null = null): IcsOccurrence {
  const placed = placeTime(start)
  const location = str(item.location)
  const attendees = attendeesOf(item)
  return {
    uid: str(event.uid),
    recurrenceId,
    summary: str(item.summary),
    location: location === '' ? null : location,
    start: placed.start,
    date: placed.date,
    time: placed.time,
    allDay: placed.allDay,
    // A moved occurrence written without its guest list still has the series' guests.
    attendees: attendees.length > 0 || item === event ? attendees : attendeesOf(event),
    note: placed.note ?? note,
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

/** Steps one event's rule may take, from where its walk starts. */
const MAX_STEPS_PER_EVENT = 200_000
/** How far before the window a walk starts, in seconds: a time zone and a moved occurrence fit in it. */
const WINDOW_MARGIN_SECONDS = 3 * 86_400
const NEVER_AGAIN =
  'Its repeat rule can never come true (for example the 30th of February), so only its first date is listed'

export function readIcs(text: string, window: IcsWindow): IcsReading {
  if (!isRealDay(window.from) || !isRealDay(window.to) || window.from > window.to) {
    throw new AppFailure('INVALID_INPUT', `The window ${window.from} to ${window.to} is not a period of days`)
  }
  const calendar = parseCalendar(text)
  const components = calendar.getAllSubcomponents('vevent')
  // Moved or changed occurrences, by the series they belong to: handed to each series once, since
  // ical.js would otherwise look through every event of the file for each event (quadratic).
  const exceptions = new Map<string, ICAL.Component[]>()
  const masters = new Set<string>()
  for (const component of components) {
    const uid = str(component.getFirstPropertyValue('uid'))
    if (!component.hasProperty('recurrence-id')) masters.add(uid)
    else exceptions.set(uid, [...(exceptions.get(uid) ?? []), component])
  }
  const found: IcsOccurrence[] = []
  const inWindow = (o: IcsOccurrence) => o.date >= window.from && o.date <= window.to
  const enough = () => found.length > ICS_MAX_OCCURRENCES * 4
  const notBefore = Date.UTC(...dayParts(window.from)) / 1000 - WINDOW_MARGIN_SECONDS

  try {
    for (const component of components) {
      if (enough()) break
      const uid = str(component.getFirstPropertyValue('uid'))
      if (uid === '') continue // RFC 5545 requires a UID; without one an import could not be repeated safely.
      const isException = component.hasProperty('recurrence-id')
      // A moved or changed occurrence is expanded with its series.
      if (isException && masters.has(uid)) continue
      const event = new ICAL.Event(component, { exceptions: isException ? [] : (exceptions.get(uid) ?? []) })
      const impossible = event.isRecurring() && hasImpossibleRule(event)
      if (!event.isRecurring() || impossible) {
        if (isCancelled(component)) continue
        const recurrenceId = isException ? occurrenceKey(event.recurrenceId) : null
        const single = occurrence(event, event, event.startDate, recurrenceId, impossible ? NEVER_AGAIN : null)
        if (inWindow(single)) found.push(single)
        continue
      }
      // An occurrence moved into the window from before it is found where the walk passes its original start.
      const moved = (exceptions.get(uid) ?? []).map((exception) => exception.getFirstPropertyValue('recurrence-id'))
      const earliest = Math.min(notBefore, ...moved.map((time) => (time instanceof ICAL.Time ? time.toUnixTime() - WINDOW_MARGIN_SECONDS : notBefore)))
      const start = fastForwardStart(event, earliest)
      if (start === 'ended') continue
      const iterator = event.iterator(start ?? undefined)
      for (let step = 0, next = iterator.next(); next && step < MAX_STEPS_PER_EVENT; step++, next = iterator.next()) {
        const original = placeTime(next)
        if (original.date > window.to) break
        if (next.toUnixTime() < earliest) continue
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

function dayParts(day: string): [number, number, number] {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number]
  return [y, m - 1, d]
}
