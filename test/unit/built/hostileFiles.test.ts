import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { IcsImportPreview } from '../../../shared/exchange'
import { ICS_MAX_OCCURRENCES } from '../../../shared/exchange'
import { RICH_TEXT_MAX_DEPTH } from '../../../shared/limits'
import { isResult, type Result } from '../../../shared/result'
import { readFixture } from '../../helpers/tempJournal'
import { journalState, serveJournal, type ServedJournal } from './support/servedJournal'

/**
 * A corpus of hostile calendar, CSV and journal files, sent to a real journal served by the built
 * app (its file sandbox included) as a careless user or an attacker would send them: repeat rules
 * that never match or start in 1900, deep nesting, huge fields, binary, truncated files, the
 * wrong encoding. Each is refused with a clear sentence or read within its limits (occurrences
 * only inside the window, at most ICS_MAX_OCCURRENCES of them); none is an INTERNAL error; the
 * journal is untouched by a refusal; and the server answers other requests while it works.
 * docs/limits.md lists the limits met here.
 */
let served: ServedJournal

beforeAll(async () => {
  served = await serveJournal(inject('appBuildDir'))
  await served.call('journal.import', { text: readFixture() })
}, 60_000)

afterAll(async () => {
  await served.stop()
})

const calendar = (...events: string[][]) =>
  ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Coachbook tests//EN', ...events.flatMap((lines) => ['BEGIN:VEVENT', ...lines, 'END:VEVENT']), 'END:VCALENDAR', ''].join('\r\n')

const YEAR = { from: '2026-01-01', to: '2026-12-31' }

/** Bytes that are no text at all, the same each run (a small linear congruential generator). */
function binary(length: number, withNul: boolean): string {
  let seed = 20261206
  let out = ''
  for (let i = 0; i < length; i++) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    const byte = seed % 256
    out += String.fromCharCode(withNul || byte !== 0 ? byte : 1)
  }
  return out
}

/** A UTF-8 text saved as UTF-16LE with its byte-order mark, then read as if it were UTF-8. */
const asUtf16ReadAsUtf8 = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]).toString('utf8')
/** A UTF-8 text read as Latin-1: every accented letter becomes two odd ones. */
const asUtf8ReadAsLatin1 = (text: string) => Buffer.from(text, 'utf8').toString('latin1')

/** A rich-text document `levels` lists deep, as the editor would nest it (as JSON text: deeper than JSON.stringify can go). */
function nestedDoc(levels: number): string {
  const open = '{"type":"bulletList","content":[{"type":"listItem","content":['
  const paragraph = '{"type":"paragraph","content":[{"type":"text","text":"deep"}]}'
  return `{"type":"doc","content":[${open.repeat(levels)}${paragraph}${']}]}'.repeat(levels)}]}`
}

/** The fixture journal with one call's pre-brief notes replaced by `notes` (JSON text). */
function journalWithNotes(notes: string): string {
  const file = JSON.parse(readFixture()) as { calls: { prebrief?: { notes?: unknown } | null }[] }
  const call = file.calls.find((c) => c.prebrief?.notes)
  if (!call?.prebrief) throw new Error('the fixture has no pre-brief notes')
  call.prebrief.notes = 'NOTES'
  return JSON.stringify(file).replace('"NOTES"', notes)
}

type Outcome = { kind: 'refused'; message: string } | { kind: 'read'; value: unknown }

/**
 * Sends `input` to `channel` and, while it is being worked on, an ordinary request: the ordinary
 * one is answered, and the hostile one gets a Result that is a clean refusal or a value.
 */
async function send(channel: string, input: unknown): Promise<Outcome> {
  const before = await journalState(served)
  const hostile = served.post(channel, JSON.stringify(input))
  const meanwhile = await served.call<unknown[]>('reps.list', {})
  expect(meanwhile.length).toBeGreaterThan(0)
  const reply = await hostile
  expect([200, 413], reply.text.slice(0, 300)).toContain(reply.status)
  const result = JSON.parse(reply.text) as Result<unknown>
  expect(isResult(result), reply.text.slice(0, 300)).toBe(true)
  if (result.ok) return { kind: 'read', value: result.value }
  expect(result.error.code, result.error.message).toBe('INVALID_INPUT')
  // A plain sentence: no stack, no SQLite or JavaScript message.
  expect(result.error.message).not.toMatch(/SQLITE|TypeError|RangeError|SyntaxError|\n\s+at /)
  expect(await journalState(served), 'a refused file changed the journal').toBe(before)
  return { kind: 'refused', message: result.error.message }
}

const refusal = (outcome: Outcome) => (outcome.kind === 'refused' ? outcome.message : `read: ${JSON.stringify(outcome.value).slice(0, 200)}`)

describe('hostile calendar files', () => {
  it('a rule that can never match lists its first date only, and imports it', async () => {
    const text = calendar(['UID:never', 'DTSTART:20260301T000000Z', 'RRULE:FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30', 'SUMMARY:s'])
    const outcome = await send('imports.icsPreview', { text, ...YEAR })
    expect(outcome.kind).toBe('read')
    const preview = (outcome as { value: IcsImportPreview }).value
    expect(preview.events).toHaveLength(1)
    expect(preview.events[0]?.note).toMatch(/can never come true/)
    const [rep] = await served.call<{ id: string }[]>('reps.list', {})
    const summary = await served.call('imports.icsApply', { text, ...YEAR, picks: [{ uid: 'never', recurrenceId: preview.events[0]?.recurrenceId ?? null, repId: rep?.id }] })
    expect(summary).toEqual({ created: 1, alreadyImported: 0 })
  })

  it('twenty minutely events from 1900 are expanded only inside the window, up to the occurrence cap', async () => {
    const events = Array.from({ length: 20 }, (_, i) => [`UID:minutely-${i}`, 'DTSTART:19000101T000000Z', 'RRULE:FREQ=MINUTELY', `SUMMARY:m${i}`])
    const outcome = await send('imports.icsPreview', { text: calendar(...events), from: '2026-11-02', to: '2026-11-03' })
    expect(outcome.kind).toBe('read')
    const preview = (outcome as { value: IcsImportPreview }).value
    expect(preview.truncated).toBe(true)
    expect(preview.events).toHaveLength(ICS_MAX_OCCURRENCES)
    for (const event of preview.events) expect(['2026-11-02', '2026-11-03']).toContain(event.date)
  })

  it('a window longer than a person asks for is refused before any rule is walked', async () => {
    const text = calendar(['UID:m', 'DTSTART:19000101T000000Z', 'RRULE:FREQ=MINUTELY', 'SUMMARY:m'])
    expect(refusal(await send('imports.icsPreview', { text, from: '1900-01-01', to: '2100-12-31' }))).toMatch(/at most 50 years/)
  })

  it('a rule that loops in the reader is stopped at the time limit while the server answers others', async () => {
    // Week 1 never falls in June, and no check before the walk knows it: only the sandbox stops it.
    const text = calendar(['UID:runaway', 'DTSTART:20260301T000000Z', 'RRULE:FREQ=DAILY;BYWEEKNO=1;BYMONTH=6', 'SUMMARY:s'])
    let done = false
    const outcome = send('imports.icsPreview', { text, ...YEAR }).finally(() => (done = true))
    // Several ordinary calls, one after another, each answered while the calendar is still read.
    for (let i = 0; i < 5; i++) expect((await served.call<{ version: string }>('app.info', {})).version).toBeTruthy()
    expect(done).toBe(false)
    expect(refusal(await outcome)).toMatch(/^Reading this calendar file took longer than \d+ seconds, so Coachbook stopped; nothing was imported or changed/)
  }, 60_000)

  it.each([
    ['deeply nested components', calendar(['UID:deep', 'DTSTART:20260302T090000Z', 'SUMMARY:d', ...Array<string>(20_000).fill('BEGIN:VALARM'), ...Array<string>(20_000).fill('END:VALARM')])],
    ['a huge summary', calendar(['UID:huge', 'DTSTART:20260302T090000Z', `SUMMARY:${'x'.repeat(5_000_000)}`])],
    ['a daily event since the year 1000', calendar(['UID:daily', 'DTSTART;VALUE=DATE:10000101', 'RRULE:FREQ=DAILY', 'SUMMARY:d'])],
    ['a file cut off in the middle', calendar(['UID:cut', 'DTSTART:20260302T090000Z', 'SUMMARY:cut']).slice(0, 90)],
    ['binary without NULs', binary(200_000, false)],
    ['text read with the wrong encoding (Latin-1)', asUtf8ReadAsLatin1(calendar(['UID:enc', 'DTSTART:20260302T090000Z', 'SUMMARY:Réunion à Zürich']))],
  ])('%s: refused or read, within limits', async (_name, text) => {
    const outcome = await send('imports.icsPreview', { text, ...YEAR })
    if (outcome.kind === 'read') {
      const preview = outcome.value as IcsImportPreview
      expect(preview.events.length).toBeLessThanOrEqual(ICS_MAX_OCCURRENCES)
      for (const event of preview.events) {
        expect(event.date >= YEAR.from && event.date <= YEAR.to).toBe(true)
        expect(event.summary.length).toBeLessThanOrEqual(500)
      }
    }
  }, 60_000)

  it('binary and UTF-16 files are refused by name', async () => {
    expect(refusal(await send('imports.icsPreview', { text: binary(10_000, true), ...YEAR }))).toMatch(/not plain text/)
    const utf16 = asUtf16ReadAsUtf8(calendar(['UID:u', 'DTSTART:20260302T090000Z', 'SUMMARY:s']))
    expect(refusal(await send('imports.icsPreview', { text: utf16, ...YEAR }))).toMatch(/not plain text.*UTF-16/)
  })
})

describe('hostile CSV files', () => {
  it.each([
    ['a huge cell', `Date,Rep,Account\n2026-11-02,Dana Ortiz,${'x'.repeat(5_000_000)}\n`],
    ['a hundred thousand columns', `${Array.from({ length: 100_000 }, (_, i) => `c${i}`).join(',')}\n`],
    ['a quote that never closes', `Date,Rep,Account\n2026-11-02,Dana Ortiz,"Acme\n${'2026-11-03,Dana,x\n'.repeat(1000)}`],
    ['a file cut off in the middle', 'Date,Rep,Account\n2026-11-02,Dana Ortiz,"Ac'],
    ['binary without NULs', binary(200_000, false)],
    ['text read with the wrong encoding (Latin-1)', asUtf8ReadAsLatin1('Date,Rep,Account\n2026-11-02,Dana Ortiz,Müller GmbH\n')],
    ['a header of prototype keys', '__proto__,constructor,prototype\n1,2,3\n'],
  ])('%s: refused or read, within limits', async (_name, text) => {
    await send('imports.csvPreview', { text })
  }, 60_000)

  it('binary and UTF-16 files are refused by name', async () => {
    expect(refusal(await send('imports.csvPreview', { text: binary(10_000, true) }))).toMatch(/not plain text/)
    expect(refusal(await send('imports.csvPreview', { text: asUtf16ReadAsUtf8('Date,Rep\n2026-11-02,Dana\n') }))).toMatch(/UTF-16/)
  })

  it('a file larger than the body limit is refused before it is read', async () => {
    const reply = await served.post('imports.csvPreview', JSON.stringify({ text: 'x'.repeat(81 * 1024 * 1024) }))
    expect(reply.status).toBe(413)
    expect(reply.text).toMatch(/imports\.csvPreview accepts at most 80 MB/)
  })
})

describe('hostile journal files', () => {
  it('rich text nested past the cap is refused by name, and at the cap it is read', async () => {
    expect(refusal(await send('journal.previewImport', { text: journalWithNotes(nestedDoc(10_000)) }))).toMatch(/journal file cannot be read|nest/i)
    expect(refusal(await send('journal.previewImport', { text: journalWithNotes(nestedDoc(RICH_TEXT_MAX_DEPTH)) }))).toMatch(/deep|nest/i)
    expect(refusal(await send('journal.previewImport', { text: journalWithNotes(nestedDoc(16)) }))).toMatch(/deep|nest/i)
    // Fifteen lists inside one another: well inside the cap, and read.
    expect((await send('journal.previewImport', { text: journalWithNotes(nestedDoc(15)) })).kind).toBe('read')
  })

  it.each([
    ['a million nested arrays', `${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}`],
    ['a file cut off in the middle', readFixture().slice(0, Math.floor(readFixture().length / 2))],
    ['a huge rep name', readFixture().replace('"Dana Ortiz"', JSON.stringify('D'.repeat(5_000_000)))],
    ['prototype keys', readFixture().replace('"format": "coachbook",', '"format": "coachbook", "__proto__": { "polluted": true },')],
    ['binary without NULs', binary(200_000, false)],
    ['binary', binary(10_000, true)],
    ['saved as UTF-16', asUtf16ReadAsUtf8(readFixture())],
  ])('%s: refused with a clear sentence, the journal untouched', async (_name, text) => {
    const outcome = await send('journal.previewImport', { text })
    expect(outcome.kind, refusal(outcome)).toBe('refused')
    // The import itself refuses it the same way.
    expect((await send('journal.import', { text })).kind).toBe('refused')
  }, 60_000)

  it('text read with the wrong encoding (Latin-1) is refused, naming the field and the character', async () => {
    // The fixture's typographic apostrophes turn into C1 control characters (U+0080…U+009F).
    const text = asUtf8ReadAsLatin1(readFixture())
    expect(refusal(await send('journal.previewImport', { text }))).toMatch(/^calls\[\d+\]\.\S+: Remove the invisible control character \(U\+00[89][0-9A-F]\)/)
  })

  it('logged no unexpected error while it ran', () => {
    expect(served.stderr()).not.toMatch(/unexpected error|request failed/)
  })
})
