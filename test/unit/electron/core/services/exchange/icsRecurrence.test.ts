import fc from 'fast-check'
import ICAL from 'ical.js'
import { afterAll, describe, expect, it } from 'vitest'
import { isImpossibleRule } from '../../../../../../electron/core/services/exchange/icsRecurrence'
import { placeTime, readIcs, type IcsWindow } from '../../../../../../electron/core/services/exchange/icsRead'

/**
 * Repeat rules are walked only near the import window and never into a loop: the same
 * occurrences as ical.js's full walk from the first start, at a cost that does not grow with the
 * years between the first start and the window. (The sandbox's time limit, for what slips
 * through, is tested with the built worker.)
 */
const savedTz = process.env['TZ']
process.env['TZ'] = 'Europe/Berlin'
afterAll(() => {
  if (savedTz === undefined) delete process.env['TZ']
  else process.env['TZ'] = savedTz
})

const calendar = (...events: string[][]) =>
  ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Coachbook tests//EN', ...events.flatMap((lines) => ['BEGIN:VEVENT', ...lines, 'END:VEVENT']), 'END:VCALENDAR', ''].join('\r\n')

const slots = (window: IcsWindow, text: string) => readIcs(text, window).occurrences.map((o) => `${o.date} ${o.time ?? ''}`)

/** ical.js's own walk from the first start, every step of it: what the import must agree with. */
function fullWalk(window: IcsWindow, text: string): string[] {
  const event = new ICAL.Event(new ICAL.Component(ICAL.parse(text) as never).getFirstSubcomponent('vevent') as ICAL.Component)
  const out: string[] = []
  const iterator = event.iterator()
  for (let next = iterator.next(); next; next = iterator.next()) {
    const placed = placeTime(next)
    if (placed.date > window.to) break
    if (placed.date >= window.from) out.push(`${placed.date} ${placed.time ?? ''}`)
  }
  return out
}

const rule = (text: string) => ICAL.Recur.fromString(text)

describe('a rule that can never come true', () => {
  it('is recognised from its parts, and a rare but possible one is not', () => {
    expect(isImpossibleRule(rule('FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30'))).toBe(true)
    expect(isImpossibleRule(rule('FREQ=DAILY;BYMONTH=4,6,9,11;BYMONTHDAY=31'))).toBe(true)
    expect(isImpossibleRule(rule('FREQ=WEEKLY;BYMONTH=2;BYMONTHDAY=-30'))).toBe(true)
    expect(isImpossibleRule(rule('FREQ=DAILY;BYYEARDAY=1;BYMONTH=6'))).toBe(true)
    expect(isImpossibleRule(rule('FREQ=DAILY;BYMONTH=2;BYMONTHDAY=29'))).toBe(false)
    expect(isImpossibleRule(rule('FREQ=DAILY;BYYEARDAY=366;BYMONTH=12;BYMONTHDAY=31'))).toBe(false)
    expect(isImpossibleRule(rule('FREQ=DAILY;BYDAY=FR;BYMONTHDAY=13'))).toBe(false)
    expect(isImpossibleRule(rule('FREQ=MINUTELY;INTERVAL=15'))).toBe(false)
    // Month and year rules end by themselves in ical.js; they are never judged here.
    expect(isImpossibleRule(rule('FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30'))).toBe(false)
  })

  it('lists only the first date, saying why, instead of walking forever', () => {
    const text = calendar(['UID:x', 'DTSTART:20260301T000000Z', 'RRULE:FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30', 'SUMMARY:s'])
    const { occurrences } = readIcs(text, { from: '2026-02-01', to: '2026-04-30' })
    expect(occurrences).toHaveLength(1)
    expect(occurrences[0]).toMatchObject({ date: '2026-03-01', time: '01:00', recurrenceId: null, note: expect.stringMatching(/can never come true/) as string })
  })
})

describe('a rule that started long before the window', () => {
  it('gives the window’s occurrences of a minutely event from 1900, and twenty of them at once', () => {
    const event = (uid: string) => [`UID:${uid}`, 'DTSTART:19000101T000000Z', 'RRULE:FREQ=MINUTELY;INTERVAL=15', 'SUMMARY:s']
    const day = { from: '2026-11-02', to: '2026-11-02' }
    const one = slots(day, calendar(event('one')))
    expect(one).toHaveLength(96)
    expect(one.slice(0, 3)).toEqual(['2026-11-02 00:00', '2026-11-02 00:15', '2026-11-02 00:30'])
    const twenty = readIcs(calendar(...Array.from({ length: 20 }, (_, i) => event(`e${i}`))), day)
    expect(twenty.truncated).toBe(true)
    expect(twenty.occurrences).toHaveLength(500)
  })

  it('counts a COUNT from the first start, and lists nothing once it has run out', () => {
    // The 46,000th day from 1900-01-01 (itself the first) is 2025-12-10: the series' last.
    const daily = (count: number) => calendar(['UID:c', 'DTSTART;VALUE=DATE:19000101', `RRULE:FREQ=DAILY;COUNT=${count}`, 'SUMMARY:s'])
    const december = { from: '2025-12-01', to: '2025-12-31' }
    expect(slots(december, daily(46_000))).toEqual(Array.from({ length: 10 }, (_, i) => `2025-12-${String(i + 1).padStart(2, '0')} `))
    expect(slots(december, daily(46_000))).toEqual(fullWalk(december, daily(46_000)))
    expect(slots({ from: '2026-01-01', to: '2026-12-31' }, daily(10))).toEqual([])
  })

  it('finds an occurrence moved into the window from long before it', () => {
    const text = calendar(
      ['UID:m', 'DTSTART:20000103T090000Z', 'RRULE:FREQ=WEEKLY', 'SUMMARY:weekly'],
      ['UID:m', 'RECURRENCE-ID:20100104T090000Z', 'DTSTART:20261104T090000Z', 'SUMMARY:moved'],
    )
    const found = readIcs(text, { from: '2026-11-02', to: '2026-11-04' }).occurrences
    expect(found.map((o) => [o.summary, o.date, o.recurrenceId])).toEqual([
      ['weekly', '2026-11-02', '2026-11-02T09:00:00.000Z'],
      ['moved', '2026-11-04', '2010-01-04T09:00:00.000Z'],
    ])
  })

  it('never moves an occurrence by an event of another UID', () => {
    const text = calendar(
      ['UID:series', 'DTSTART:20261102T090000Z', 'RRULE:FREQ=DAILY;COUNT=3', 'SUMMARY:series'],
      ['UID:stranger', 'RECURRENCE-ID:20261103T090000Z', 'DTSTART:20261120T090000Z', 'SUMMARY:stranger'],
    )
    const found = readIcs(text, { from: '2026-11-01', to: '2026-11-30' }).occurrences
    expect(found.filter((o) => o.uid === 'series').map((o) => o.date)).toEqual(['2026-11-02', '2026-11-03', '2026-11-04'])
  })

  it('agrees with ical.js’s full walk for any rule it skips ahead in', () => {
    const freq = fc.constantFrom(
      { freq: 'MINUTELY', intervals: [97, 240, 360], firstYear: 2025 },
      { freq: 'HOURLY', intervals: [1, 5, 7, 13], firstYear: 2024 },
      { freq: 'DAILY', intervals: [1, 2, 3, 10], firstYear: 2020 },
      { freq: 'WEEKLY', intervals: [1, 2, 5], firstYear: 2015 },
    )
    const days = fc.subarray(['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'], { minLength: 1, maxLength: 3 })
    // Parts now and then, so most rules are the plain ones a walk skips ahead in.
    const sometimes = <T>(arbitrary: fc.Arbitrary<T>) => fc.oneof({ arbitrary: fc.constant(null), weight: 2 }, { arbitrary, weight: 1 })
    const cases = fc.record({
      freq,
      pick: fc.nat(3),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 28 }),
      hour: fc.integer({ min: 0, max: 23 }),
      minute: fc.integer({ min: 0, max: 59 }),
      zone: fc.constantFrom('Z', '', 'TZID=America/New_York'),
      byDay: sometimes(days),
      byHour: sometimes(fc.subarray([0, 6, 9, 13, 22], { minLength: 1, maxLength: 2 })),
      byMonth: sometimes(fc.subarray([1, 3, 10, 11, 12], { minLength: 1, maxLength: 3 })),
      count: sometimes(fc.integer({ min: 1, max: 40_000 })),
      windowStart: fc.integer({ min: 0, max: 330 }),
      windowDays: fc.integer({ min: 0, max: 30 }),
    })
    let withOccurrences = 0
    fc.assert(
      fc.property(cases, (c) => {
        const interval = c.freq.intervals[c.pick % c.freq.intervals.length] ?? 1
        const parts = [`FREQ=${c.freq.freq}`, `INTERVAL=${interval}`]
        // A count is skipped ahead in only without parts; with them the walk starts at the first start.
        if (c.count !== null) parts.push(`COUNT=${c.count}`)
        if (c.byDay !== null) parts.push(`BYDAY=${c.byDay.join(',')}`)
        if (c.byHour !== null && c.freq.freq !== 'MINUTELY') parts.push(`BYHOUR=${c.byHour.join(',')}`)
        if (c.byMonth !== null) parts.push(`BYMONTH=${c.byMonth.join(',')}`)
        const pad = (n: number) => String(n).padStart(2, '0')
        const stamp = `${c.freq.firstYear}${pad(c.month)}${pad(c.day)}T${pad(c.hour)}${pad(c.minute)}00`
        const start = c.zone === 'Z' ? `DTSTART:${stamp}Z` : c.zone === '' ? `DTSTART:${stamp}` : `DTSTART;${c.zone}:${stamp}`
        const text = calendar(['UID:p', start, `RRULE:${parts.join(';')}`, 'SUMMARY:s'])
        const from = new Date(Date.UTC(2026, 0, 1 + c.windowStart))
        const to = new Date(from.getTime() + c.windowDays * 86_400_000)
        const window = { from: from.toISOString().slice(0, 10), to: to.toISOString().slice(0, 10) }
        const expected = fullWalk(window, text)
        // The import lists at most 500; compare what it lists.
        expect(slots(window, text)).toEqual(expected.slice(0, 500))
        if (expected.length > 0) withOccurrences++
      }),
      { seed: 5, numRuns: 80 },
    )
    // The property says something only when the windows hold occurrences: most of them do.
    expect(withOccurrences).toBeGreaterThan(40)
  })
})
