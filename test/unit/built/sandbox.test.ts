import fs from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, inject, it } from 'vitest'
import { expandJournalReading, readJournalFile, type JournalReading } from '../../../electron/core/services/exchange/journalRead'
import { createSandbox, limitsFor, WORKER_FILE_NAME, type ParseJob } from '../../../electron/core/sandbox'
import { AppFailure } from '../../../shared/result'
import { staticImportsOf } from '../../helpers/builtImports'
import { makeTempDataDir, readFixture } from '../../helpers/tempJournal'

/**
 * The file sandbox's mechanics, with the worker the build made (`parseWorker.js` beside the built
 * main; the TypeScript sources have none): answers and failures come back as they left, a runaway
 * reader is stopped at its time limit, a greedy one at its memory ceiling, a crash is an error,
 * and the thread that asked stays free meanwhile.
 */
const workerFile = path.join(inject('appBuildDir'), 'main', WORKER_FILE_NAME)
const scratch = makeTempDataDir('coachbook-sandbox-')
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }))

/** A rule ical.js walks forever (week 1 never falls in June) and that no check before the walk catches. */
const RUNAWAY_CALENDAR = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'BEGIN:VEVENT',
  'UID:runaway',
  'DTSTART:20260301T000000Z',
  'RRULE:FREQ=DAILY;BYWEEKNO=1;BYMONTH=6',
  'SUMMARY:never',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n')
const year = { from: '2026-01-01', to: '2026-12-31' }

async function failureOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise
  } catch (error) {
    return error
  }
  throw new Error('expected a failure')
}

describe('the file sandbox with the built worker', () => {
  it('is where the build puts it', () => {
    expect(fs.existsSync(workerFile)).toBe(true)
  })

  it('hands back what the reader read, exactly as the reader on this thread reads it', async () => {
    const text = readFixture()
    const value = await createSandbox({ workerFile }).run({ kind: 'journal', text, appVersion: '0.0.0-test' })
    // A journal file's records the schema took as they are come back as null, read again here from the text.
    expect(expandJournalReading(text, value as JournalReading)).toStrictEqual(readJournalFile(text, '0.0.0-test'))
  })

  it('hands back the reader’s own failure, code, words and issues', async () => {
    const failure = await failureOf(createSandbox({ workerFile }).run({ kind: 'journal', text: '{\n  "format": "coachbook",\n  oops\n}', appVersion: '0.0.0-test' }))
    expect(failure).toBeInstanceOf(AppFailure)
    expect(failure).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringMatching(/not valid JSON.*line 3, column 3/) as string })
  })

  it('stops a reader caught in a loop at the time limit, naming the file and the limit, and keeps this thread free', async () => {
    const sandbox = createSandbox({ workerFile, limits: () => ({ timeMs: 1500, memoryMb: 256 }) })
    const job = sandbox.run({ kind: 'ics', text: RUNAWAY_CALENDAR, window: year })
    // While the worker spins, this thread goes on: a timer fires before the job is over.
    const first = await Promise.race([job.then(() => 'job', () => 'job'), new Promise((resolve) => setTimeout(() => resolve('timer'), 0))])
    expect(first).toBe('timer')
    const failure = await failureOf(job)
    expect(failure).toBeInstanceOf(AppFailure)
    expect(failure).toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringMatching(/^Reading this calendar file took longer than 2 seconds, so Coachbook stopped; nothing was imported or changed\./) as string,
    })
    // The sandbox is still there for the next file.
    expect(await sandbox.run({ kind: 'csv', text: 'Date,Rep\n2026-01-02,Dana', delimiter: 'auto' })).toMatchObject({ headers: ['Date', 'Rep'] })
  })

  it('stops a reader that needs more memory than its ceiling, naming the file and the ceiling', async () => {
    // Two million tiny rows: a small file as text, a large table in memory.
    const text = `Date,Rep\n${'2026-01-02,D\n'.repeat(2_000_000)}`
    const failure = await failureOf(createSandbox({ workerFile, limits: () => ({ timeMs: 60_000, memoryMb: 48 }) }).run({ kind: 'csv', text, delimiter: 'auto' }))
    expect(failure).toBeInstanceOf(AppFailure)
    expect(failure).toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringMatching(/^Reading this CSV file needed more than 48 MB of memory, so Coachbook stopped/) as string,
    })
  })

  it('reports a worker that dies or throws as an error (logged with an id by dispatch), not as the file’s fault', async () => {
    const exits = path.join(scratch, 'exits.mjs')
    fs.writeFileSync(exits, 'process.exit(3)\n')
    const throws = path.join(scratch, 'throws.mjs')
    fs.writeFileSync(throws, "import { parentPort } from 'node:worker_threads'\nparentPort.once('message', () => { throw new TypeError('reader bug') })\n")
    const job: ParseJob = { kind: 'csv', text: 'a,b', delimiter: 'auto' }
    const exited = await failureOf(createSandbox({ workerFile: exits }).run(job))
    expect(exited).not.toBeInstanceOf(AppFailure)
    expect(exited).toMatchObject({ message: 'The CSV file reader exited (code 3) without an answer' })
    const threw = await failureOf(createSandbox({ workerFile: throws }).run(job))
    expect(threw).not.toBeInstanceOf(AppFailure)
    expect(threw).toMatchObject({ message: 'The CSV file reader stopped: reader bug', stack: expect.stringContaining('TypeError') as string })
  })

  it('says so plainly when the worker is missing from the installation', async () => {
    const failure = await failureOf(createSandbox({ workerFile: path.join(scratch, 'gone.js') }).run({ kind: 'journal', text: '{}', appVersion: '0.0.0-test' }))
    expect(failure).toMatchObject({ code: 'IO_FAILURE', message: expect.stringMatching(/file reader .* is missing\. Reinstall Coachbook\./) as string })
  })

  it('reads files one after another when asked to hold one worker at a time', async () => {
    const sandbox = createSandbox({ workerFile, maxWorkers: 1 })
    const jobs = ['a', 'b', 'c'].map((header) => sandbox.run({ kind: 'csv', text: `${header}\n1`, delimiter: 'auto' }))
    expect(await Promise.all(jobs)).toMatchObject([{ headers: ['a'] }, { headers: ['b'] }, { headers: ['c'] }])
  })

  it('is the only part of the build that loads the CSV and calendar parsers', () => {
    // Each is a name from the parser's own code: ical.js's repeat-rule walker, csv-parse's error code.
    const parsers = { 'ical.js': 'class RecurIterator', 'csv-parse': '"CSV_QUOTE_NOT_CLOSED"' }
    const loaded = (entry: string) => {
      const text = staticGraphOf(path.join(path.dirname(workerFile), entry))
      return Object.entries(parsers).flatMap(([name, marker]) => (text.includes(marker) ? [name] : []))
    }
    // The probe sees them where they belong…
    expect(loaded(WORKER_FILE_NAME)).toEqual(['ical.js', 'csv-parse'])
    // …and every start of the CLI, the core's threads and the desktop main is spared compiling them.
    for (const entry of ['cli.js', 'coreWorker.js', 'index.js']) expect(loaded(entry), entry).toEqual([])
  })

  it('grows its limits with the file, from floors a small file never nears', () => {
    expect(limitsFor({ kind: 'journal', text: '', appVersion: '' })).toEqual({ timeMs: 10_000, memoryMb: 256 })
    expect(limitsFor({ kind: 'journal', text: 'x'.repeat(10_000_000), appVersion: '' })).toEqual({ timeMs: 15_000, memoryMb: 416 })
  })
})

/** The text of a built file and of every file it imports statically, as Node loads them at its start. */
function staticGraphOf(entry: string): string {
  const seen = new Set<string>()
  const visit = (file: string): string => {
    if (seen.has(file)) return ''
    seen.add(file)
    const text = fs.readFileSync(file, 'utf8')
    return [text, ...staticImportsOf(text).map((imported) => visit(path.join(path.dirname(file), imported)))].join('\n')
  }
  return visit(entry)
}
