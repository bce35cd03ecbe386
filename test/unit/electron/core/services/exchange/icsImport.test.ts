import { afterAll, afterEach, describe, expect, it } from 'vitest'
import type { Core } from '../../../../../../electron/core'
import { icsWindow, suggestAccount } from '../../../../../../electron/core/services/exchange/icsImport'
import { invoke, invokeResult, openFixtureCore, type TempCore } from '../../../../../helpers/tempJournal'

// Every expectation below is a Berlin wall time: the machine's zone decides the local day and time.
const savedTz = process.env['TZ']
process.env['TZ'] = 'Europe/Berlin'
afterAll(() => {
  if (savedTz === undefined) delete process.env['TZ']
  else process.env['TZ'] = savedTz
})

const temps: TempCore[] = []
afterEach(() => {
  for (const temp of temps.splice(0)) temp.cleanup()
})
async function fixtureCore(): Promise<Core> {
  const temp = await openFixtureCore()
  temps.push(temp)
  return temp.core
}
const callCount = (core: Core) => (core.db.prepare('SELECT COUNT(*) AS n FROM calls').get() as { n: number }).n

const NEW_YORK = `BEGIN:VTIMEZONE
TZID:America/New_York
BEGIN:STANDARD
DTSTART:20071104T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
TZOFFSETFROM:-0400
TZOFFSETTO:-0500
TZNAME:EST
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:20070311T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
TZOFFSETFROM:-0500
TZOFFSETTO:-0400
TZNAME:EDT
END:DAYLIGHT
END:VTIMEZONE`

const calendar = (...parts: string[]) =>
  ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Coachbook tests//EN', ...parts, 'END:VCALENDAR'].join('\r\n')
const vevent = (...lines: string[]) => ['BEGIN:VEVENT', 'DTSTAMP:20261001T000000Z', ...lines, 'END:VEVENT'].join('\r\n')

const window = { from: '2026-10-01', to: '2026-12-31' }

describe('imports.icsPreview', () => {
  it('reads a simple event in UTC onto the local calendar, with its attendees and a suggested rep', async () => {
    const core = await fixtureCore()
    const text = calendar(
      vevent(
        'UID:simple-1@example.com',
        'DTSTART:20261102T143000Z',
        'DTEND:20261102T153000Z',
        'SUMMARY:Call with Acme Corp',
        'LOCATION:Acme HQ\\, Boston',
        'ORGANIZER;CN=Me Manager:mailto:me@example.com',
        'ATTENDEE;CN=Dana Ortiz;ROLE=REQ-PARTICIPANT:mailto:dana@example.com',
        'ATTENDEE:mailto:buyer@acme.example',
      ),
    )
    const preview = await invoke(core, 'imports.icsPreview', { text, ...window })
    expect(preview).toEqual({
      ...window,
      truncated: false,
      events: [
        {
          uid: 'simple-1@example.com',
          recurrenceId: null,
          summary: 'Call with Acme Corp',
          location: 'Acme HQ, Boston',
          start: '2026-11-02T14:30:00.000Z',
          date: '2026-11-02',
          time: '15:30',
          allDay: false,
          attendees: [
            { name: 'Dana Ortiz', email: 'dana@example.com' },
            { name: null, email: 'buyer@acme.example' },
            { name: 'Me Manager', email: 'me@example.com' },
          ],
          suggestedRepId: 'rep-dana',
          suggestedAccount: 'Acme Corp',
          alreadyImported: false,
          note: null,
        },
      ],
    })
  })

  it('converts a TZID time defined by the file’s VTIMEZONE, across both daylight-saving changes', async () => {
    const core = await fixtureCore()
    const text = calendar(
      NEW_YORK,
      vevent('UID:ny-weekly', 'DTSTART;TZID=America/New_York:20260302T090000', 'RRULE:FREQ=WEEKLY;COUNT=5', 'SUMMARY:Globex'),
    )
    const preview = await invoke(core, 'imports.icsPreview', { text, from: '2026-03-01', to: '2026-04-30' })
    // New York moves its clocks on 8 March, Berlin on 29 March: the gap is 6, 5, then 6 hours again.
    expect(preview.events.map((e) => [e.date, e.time])).toEqual([
      ['2026-03-02', '15:00'],
      ['2026-03-09', '14:00'],
      ['2026-03-16', '14:00'],
      ['2026-03-23', '14:00'],
      ['2026-03-30', '15:00'],
    ])
    expect(preview.events.map((e) => e.start)).toEqual([
      '2026-03-02T14:00:00.000Z',
      '2026-03-09T13:00:00.000Z',
      '2026-03-16T13:00:00.000Z',
      '2026-03-23T13:00:00.000Z',
      '2026-03-30T13:00:00.000Z',
    ])
  })

  it('uses the platform’s zone database for an IANA TZID the file does not define, and says when it cannot', async () => {
    const core = await fixtureCore()
    const text = calendar(
      vevent('UID:tokyo', 'DTSTART;TZID=Asia/Tokyo:20261105T100000', 'SUMMARY:Tokyo'),
      vevent('UID:unknown', 'DTSTART;TZID=Somewhere Standard Time:20261106T100000', 'SUMMARY:Unknown zone'),
    )
    const preview = await invoke(core, 'imports.icsPreview', { text, ...window })
    expect(preview.events.map((e) => [e.uid, e.date, e.time, e.note])).toEqual([
      ['tokyo', '2026-11-05', '02:00', null],
      ['unknown', '2026-11-06', '10:00', expect.stringContaining('"Somewhere Standard Time" is not defined in the file')],
    ])
  })

  it('takes floating times as written, keeps all-day events on their day, and moves a late UTC time to the next day', async () => {
    const core = await fixtureCore()
    const text = calendar(
      vevent('UID:floating', 'DTSTART:20261103T150000', 'SUMMARY:Floating'),
      vevent('UID:all-day', 'DTSTART;VALUE=DATE:20261104', 'DTEND;VALUE=DATE:20261105', 'SUMMARY:Ride-along: Initech'),
      vevent('UID:late', 'DTSTART:20261102T233000Z', 'SUMMARY:Late'),
    )
    const preview = await invoke(core, 'imports.icsPreview', { text, ...window })
    expect(preview.events.map((e) => [e.uid, e.date, e.time, e.allDay, e.start])).toEqual([
      ['late', '2026-11-03', '00:30', false, '2026-11-02T23:30:00.000Z'],
      ['floating', '2026-11-03', '15:00', false, '2026-11-03T15:00'],
      ['all-day', '2026-11-04', null, true, '2026-11-04'],
    ])
    expect(preview.events.find((e) => e.uid === 'all-day')?.suggestedAccount).toBe('Initech')
  })

  it('expands a weekly rule within the window, leaving out EXDATEs and cancelled occurrences and moving changed ones', async () => {
    const core = await fixtureCore()
    const text = calendar(
      NEW_YORK,
      vevent(
        'UID:weekly@example.com',
        'DTSTART;TZID=America/New_York:20260907T093000',
        'DTEND;TZID=America/New_York:20260907T103000',
        'RRULE:FREQ=WEEKLY;BYDAY=MO',
        'EXDATE;TZID=America/New_York:20261102T093000',
        'SUMMARY:Weekly with Hooli',
        'ATTENDEE;CN=marcus lee:mailto:m@example.com',
      ),
      vevent(
        'UID:weekly@example.com',
        'RECURRENCE-ID;TZID=America/New_York:20261109T093000',
        'DTSTART;TZID=America/New_York:20261110T110000',
        'SUMMARY:Weekly with Hooli (moved)',
      ),
      vevent('UID:weekly@example.com', 'RECURRENCE-ID;TZID=America/New_York:20261116T093000', 'DTSTART;TZID=America/New_York:20261116T093000', 'STATUS:CANCELLED', 'SUMMARY:Off'),
      vevent('UID:gone', 'DTSTART:20261103T100000Z', 'STATUS:CANCELLED', 'SUMMARY:Called off'),
    )
    const preview = await invoke(core, 'imports.icsPreview', { text, from: '2026-10-20', to: '2026-11-30' })
    expect(preview.events.map((e) => [e.date, e.time, e.summary, e.recurrenceId])).toEqual([
      ['2026-10-26', '14:30', 'Weekly with Hooli', '2026-10-26T13:30:00.000Z'],
      // 2 Nov is an EXDATE; 9 Nov moved to the 10th; 16 Nov is cancelled.
      ['2026-11-10', '17:00', 'Weekly with Hooli (moved)', '2026-11-09T14:30:00.000Z'],
      ['2026-11-23', '15:30', 'Weekly with Hooli', '2026-11-23T14:30:00.000Z'],
      ['2026-11-30', '15:30', 'Weekly with Hooli', '2026-11-30T14:30:00.000Z'],
    ])
    expect(preview.events.every((e) => e.suggestedRepId === 'rep-marcus')).toBe(true)
  })

  it('lists at most 500 occurrences and says when there were more', async () => {
    const core = await fixtureCore()
    const text = calendar(vevent('UID:daily', 'DTSTART:20250101T090000Z', 'RRULE:FREQ=DAILY', 'SUMMARY:Stand-up'))
    const preview = await invoke(core, 'imports.icsPreview', { text, from: '2026-01-01', to: '2027-12-31' })
    expect(preview.events).toHaveLength(500)
    expect(preview.truncated).toBe(true)
    expect(preview.events[0]?.date).toBe('2026-01-01')
  })

  it('matches reps by attendee name or the local part of the address, case-insensitively', async () => {
    const core = await fixtureCore()
    const text = calendar(
      vevent('UID:a', 'DTSTART:20261102T090000Z', 'ATTENDEE;CN=PRIYA NATARAJAN:mailto:pn@example.com'),
      vevent('UID:b', 'DTSTART:20261102T100000Z', 'ATTENDEE:mailto:marcus.lee@example.com'),
      vevent('UID:c', 'DTSTART:20261102T110000Z', 'ATTENDEE:mailto:DanaOrtiz@example.com'),
      vevent('UID:d', 'DTSTART:20261102T120000Z', 'ATTENDEE;CN=Someone Else:mailto:else@example.com'),
    )
    const preview = await invoke(core, 'imports.icsPreview', { text, ...window })
    expect(preview.events.map((e) => [e.uid, e.suggestedRepId])).toEqual([
      ['a', 'rep-priya'],
      ['b', 'rep-marcus'],
      ['c', 'rep-dana'],
      ['d', null],
    ])
  })

  it('refuses a file that is not a calendar, naming the line when the parser stops', async () => {
    const core = await fixtureCore()
    const garbage = await invokeResult(core, 'imports.icsPreview', { text: 'just some notes\nnot a calendar' })
    expect(garbage.ok ? null : garbage.error).toEqual({
      code: 'INVALID_INPUT',
      message: 'This is not an iCalendar (.ics) file: it has no BEGIN:VCALENDAR line',
    })
    const broken = await invokeResult(core, 'imports.icsPreview', { text: 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nthis line is broken\r\nEND:VCALENDAR' })
    expect(broken.ok ? null : broken.error.message).toMatch(/^The calendar file could not be read at line 3: .*this line is broken/)
    const empty = await invokeResult(core, 'imports.icsPreview', { text: '' })
    expect(empty.ok ? null : empty.error.message).toBe('The file is empty')
  })
})

describe('imports.icsApply', () => {
  const TEXT = calendar(
    NEW_YORK,
    vevent('UID:once', 'DTSTART:20261102T143000Z', 'SUMMARY:Meeting with Acme Corp', 'ATTENDEE;CN=Dana Ortiz:mailto:d@example.com'),
    vevent('UID:series', 'DTSTART;TZID=America/New_York:20261103T090000', 'RRULE:FREQ=WEEKLY;COUNT=3', 'SUMMARY:', 'LOCATION:Globex office'),
  )

  it('creates one planned call per pick, without a pre-brief, and adds nothing when imported again', async () => {
    const core = await fixtureCore()
    const preview = await invoke(core, 'imports.icsPreview', { text: TEXT, ...window })
    expect(preview.events).toHaveLength(4)
    const [once, first, second] = preview.events
    const before = callCount(core)
    const picks = [
      { uid: once?.uid ?? '', repId: 'rep-dana', opportunity: 'Renewal' },
      { uid: first?.uid ?? '', recurrenceId: first?.recurrenceId, repId: 'rep-priya' },
      { uid: second?.uid ?? '', recurrenceId: second?.recurrenceId, repId: 'rep-priya', account: 'Globex' },
    ]
    const summary = await invoke(core, 'imports.icsApply', { text: TEXT, ...window, picks })
    expect(summary).toEqual({ created: 3, alreadyImported: 0 })
    expect(callCount(core)).toBe(before + 3)

    const { items } = await invoke(core, 'calls.list', { from: '2026-11-02', to: '2026-11-10' })
    const imported = items.filter((c) => c.id.startsWith('ics-')).reverse()
    expect(imported.map((c) => [c.date, c.time, c.repName, c.account, c.opportunity, c.plannedRole, c.actualRole])).toEqual([
      ['2026-11-02', '15:30', 'Dana Ortiz', 'Acme Corp', 'Renewal', null, null],
      ['2026-11-03', '15:00', 'Priya Natarajan', 'Globex office', null, null, null],
      ['2026-11-10', '15:00', 'Priya Natarajan', 'Globex', null, null, null],
    ])

    const again = await invoke(core, 'imports.icsPreview', { text: TEXT, ...window })
    expect(again.events.map((e) => e.alreadyImported)).toEqual([true, true, true, false])
    expect(await invoke(core, 'imports.icsApply', { text: TEXT, ...window, picks })).toEqual({ created: 0, alreadyImported: 3 })
    expect(callCount(core)).toBe(before + 3)
  })

  it('writes nothing when a pick names an event or rep it cannot find', async () => {
    const core = await fixtureCore()
    const before = callCount(core)
    const result = await invokeResult(core, 'imports.icsApply', {
      text: TEXT,
      ...window,
      picks: [
        { uid: 'once', repId: 'rep-dana' },
        { uid: 'series', recurrenceId: '2027-01-01T14:00:00.000Z', repId: 'rep-dana' },
        { uid: 'once', repId: 'nobody' },
      ],
    })
    expect(result.ok ? null : result.error.issues?.map((i) => i.path)).toEqual(['picks[1].uid', 'picks[2].repId'])
    expect(result.ok ? null : result.error.message).toMatch(/^picks\[1\]\.uid: No event "series" \(occurrence 2027-01-01T14:00:00.000Z\)/)
    expect(callCount(core)).toBe(before)
  })
})

describe('the window and the suggestions', () => {
  it('defaults to 30 days back and 90 ahead, and keeps a given window', () => {
    expect(icsWindow({}, '2026-11-23')).toEqual({ from: '2026-10-24', to: '2027-02-21' })
    expect(icsWindow({ from: '2026-01-01', to: '2026-01-31' }, '2026-11-23')).toEqual({ from: '2026-01-01', to: '2026-01-31' })
    expect(() => icsWindow({ from: '2026-02-01', to: '2026-01-01' })).toThrow(/before it starts/)
  })

  it('takes the account from the summary without its "call with" prefix, else from the location', () => {
    expect(suggestAccount({ summary: 'Joint call: Stark Logistics', location: null })).toBe('Stark Logistics')
    expect(suggestAccount({ summary: 'Demo with Hooli', location: 'Palo Alto' })).toBe('Hooli')
    expect(suggestAccount({ summary: '', location: 'Wayne Tower' })).toBe('Wayne Tower')
    expect(suggestAccount({ summary: '  ', location: null })).toBeNull()
  })
})
