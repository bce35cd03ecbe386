import { describe, expect, it } from 'vitest'
import { fileReader } from '../../../../../../electron/core/sandbox'
import { runParseJob } from '../../../../../../electron/core/sandbox/runParseJob'
import { expandJournalReading, readJournalFile, readJournalReading } from '../../../../../../electron/core/services/exchange/journalRead'
import { journalFileSchema } from '../../../../../../shared/journalFile'
import { AppFailure } from '../../../../../../shared/result'
import { inThreadFileReader, readFixture } from '../../../../../helpers/tempJournal'

/**
 * The worker sends a journal file's reading back without the records the schema took as they
 * are, and the thread that asked reads those from the same text (journalRead.ts). Whatever the
 * file — written by Coachbook, by hand, half in stored form — the reading made whole again is
 * `readJournalFile`'s answer exactly; a bad file is refused in the worker, whole, as before.
 */

/** Across the worker's boundary: what postMessage does to the reading. */
const acrossThreads = <T,>(value: T): T => structuredClone(value)
const whole = (text: string) => expandJournalReading(text, acrossThreads(readJournalReading(text, '0.0.0-test')))

/** The fixture as an export writes it (every record in stored form). */
const exported = `${JSON.stringify(JSON.parse(JSON.stringify(journalFileSchema.parse(JSON.parse(readFixture())))), null, 2)}\n`

function mixed(): string {
  const file = JSON.parse(exported) as { reps: Record<string, unknown>[]; calls: Record<string, unknown>[]; sessions: Record<string, unknown>[] }
  // Records the schema has to change: an id to trim, a field left out, an unknown field, keys in another order.
  file.reps[0] = { ...file.reps[0], id: ` ${String(file.reps[0]?.['id'])} ` }
  file.calls = file.calls.map((call, index) => (index % 3 === 0 ? { ...call, note: 'not a field' } : call))
  const { time: _time, ...withoutTime } = file.calls[1] as Record<string, unknown>
  file.calls[1] = withoutTime
  file.sessions[0] = Object.fromEntries(Object.entries(file.sessions[0] ?? {}).reverse())
  return `\ufeff${JSON.stringify(file)}`
}

describe('a journal file read in the worker and made whole on the thread that asked', () => {
  it('leaves out only the records taken as the file wrote them, and gives back readJournalFile’s answer', () => {
    const reading = readJournalReading(exported, '0.0.0-test')
    expect([reading.reps, reading.calls, reading.sessions].flat().every((record) => record === null)).toBe(true)
    const expected = readJournalFile(exported, '0.0.0-test')
    const got = whole(exported)
    expect(got).toStrictEqual(expected)
    expect(JSON.stringify(got)).toBe(JSON.stringify(expected))
  })

  it('sends the records the schema changed, and the whole is still readJournalFile’s answer', () => {
    const text = mixed()
    const reading = readJournalReading(text, '0.0.0-test')
    expect(reading.reps[0]).toMatchObject({ id: 'rep-dana' })
    expect(reading.calls.filter((call) => call !== null).length).toBeGreaterThan(3)
    expect(reading.calls.some((call) => call === null)).toBe(true)
    const expected = readJournalFile(text, '0.0.0-test')
    const got = whole(text)
    expect(got).toStrictEqual(expected)
    expect(JSON.stringify(got)).toBe(JSON.stringify(expected))
    expect(got.calls[1]).toMatchObject({ time: null })
    expect(got.calls[0]).not.toHaveProperty('note')
  })

  it('reads a file without records, or with lists left null, as before', () => {
    for (const text of ['{"format":"coachbook","version":1}', '{"format":"coachbook","version":1,"reps":null,"calls":[],"sessions":null}']) {
      expect(whole(text)).toStrictEqual(readJournalFile(text, '0.0.0-test'))
    }
  })

  it('refuses a bad file whole in the worker, naming the first bad field, as before', async () => {
    const file = JSON.parse(exported) as { calls: { debrief: Record<string, unknown> | null }[] }
    const index = file.calls.findIndex((call) => call.debrief)
    ;(file.calls[index] as { debrief: Record<string, unknown> }).debrief['actualRole'] = 'hero'
    const failure = await inThreadFileReader.journal(JSON.stringify(file), '0.0.0-test').then(
      () => null,
      (error: unknown) => error,
    )
    expect(failure).toBeInstanceOf(AppFailure)
    expect(failure).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringMatching(new RegExp(`^calls\\[${index}\\]\\.debrief\\.actualRole: `)) as string })
  })

  it('is what the file reader answers', async () => {
    const reader = fileReader((job) => Promise.resolve().then(() => acrossThreads(runParseJob(job))))
    const text = mixed()
    expect(await reader.journal(text, '0.0.0-test')).toStrictEqual(readJournalFile(text, '0.0.0-test'))
  })
})
