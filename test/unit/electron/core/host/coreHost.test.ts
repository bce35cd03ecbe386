import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3-multiple-ciphers'
import { afterEach, describe, expect, inject, it, vi } from 'vitest'
import { openCore } from '../../../../../electron/core'
import { errorLogPath } from '../../../../../electron/core/errorLog'
import { CLOSED_MESSAGE, startCoreHost, STOPPED_MESSAGE, type CoreHost } from '../../../../../electron/core/host/coreHost'
import { isReadOnly, type CHANNEL_ACCESS } from '../../../../../shared/access'
import { CHANNELS } from '../../../../../shared/contract'
import { BUSY_MESSAGE } from '../../../../../shared/dispatch'
import type { JournalChange } from '../../../../../shared/journalEvents'
import { AppFailure } from '../../../../../shared/result'
import { makeTempDataDir, readFixture, type ChannelInput } from '../../../../helpers/tempJournal'
import { STATE_WAIT } from '../../../../helpers/waitBound'
import type * as WorkerThreads from 'node:worker_threads'
import type { Worker as NodeWorker, WorkerOptions } from 'node:worker_threads'

/**
 * Every core thread the host starts in this file, by the name it gave it, and the operations sent
 * to each: so a test can see which thread answered, and end one. The threads themselves are real.
 */
const startedThreads = vi.hoisted(() => [] as Array<{ name: string | undefined; worker: NodeWorker; channels: string[] }>)
/** Each thread's life in order: `writer started`, `reader-0 told open`, `reader-0 ready`, `reader-0 exited`… */
const threadEvents = vi.hoisted(() => [] as string[])
vi.mock('node:worker_threads', async (importOriginal) => {
  const real = await importOriginal<typeof WorkerThreads>()
  class RecordedWorker extends real.Worker {
    private readonly record: { name: string | undefined; worker: NodeWorker; channels: string[] }
    constructor(file: string | URL, options?: WorkerOptions) {
      super(file, options)
      this.record = { name: options?.name, worker: this, channels: [] }
      startedThreads.push(this.record)
      const name = options?.name?.replace('coachbook-core-', '') ?? '?'
      threadEvents.push(`${name} started`)
      this.on('message', (message: { type?: string }) => {
        if (message.type === 'ready' || message.type === 'open-failed') threadEvents.push(`${name} ${message.type}`)
      })
      this.on('exit', () => threadEvents.push(`${name} exited`))
    }
    override postMessage(message: unknown, transfer?: Parameters<NodeWorker['postMessage']>[1]): void {
      const sent = message as { type?: string; channel?: string }
      if (sent.type === 'invoke' && sent.channel) this.record.channels.push(sent.channel)
      if (sent.type === 'open' || sent.type === 'close') threadEvents.push(`${this.record.name?.replace('coachbook-core-', '') ?? '?'} told ${sent.type}`)
      super.postMessage(message, transfer)
    }
  }
  return { ...real, Worker: RecordedWorker }
})

/** The operations each thread of this host was sent, by thread name. */
const channelsByThread = (): Record<string, string[]> => Object.fromEntries(startedThreads.map((thread) => [thread.name ?? '', thread.channels]))

type ReadChannel = { [C in keyof typeof CHANNEL_ACCESS]: (typeof CHANNEL_ACCESS)[C] extends 'read' ? C : never }[keyof typeof CHANNEL_ACCESS]

/** The built worker of this run (test/unit/setup/appBuild.ts): the core's thread as it ships. */
const workerFile = path.join(inject('appBuildDir'), 'main', 'coreWorker.js')

const dirs: string[] = []
const hosts: CoreHost[] = []
afterEach(async () => {
  for (const host of hosts.splice(0)) await host.close()
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

async function start(
  dataDir = makeTempDataDir('coachbook-host-'),
  extra: { onChange?: (change: JournalChange) => void; changePollMs?: number; idleMs?: number; quietMs?: number; readers?: number } = {},
): Promise<{ host: CoreHost; dataDir: string }> {
  dirs.push(dataDir)
  const host = await startCoreHost({ workerFile, dataDir, face: 'browser', appVersion: '0.0.0-test', ...extra })
  hosts.push(host)
  return { host, dataDir }
}

/** A journal file of `calls` calls across a few reps, big enough that importing it takes a while. */
function bigJournal(calls: number): string {
  const file = JSON.parse(readFixture()) as { reps: Array<{ id: string }>; calls: Array<Record<string, unknown>> }
  const template = file.calls[0] as Record<string, unknown>
  file.calls = Array.from({ length: calls }, (_, index) => ({
    ...template,
    id: `big-${index}`,
    repId: file.reps[index % file.reps.length]?.id,
    date: `2025-${String((index % 12) + 1).padStart(2, '0')}-${String((index % 28) + 1).padStart(2, '0')}`,
  }))
  return JSON.stringify(file)
}

/** What a user who copies only coachbook.db (not its -wal) would have. */
function repsInFileAlone(dataDir: string): string[] {
  const copy = path.join(dataDir, 'copied-alone.db')
  fs.copyFileSync(path.join(dataDir, 'coachbook.db'), copy)
  const db = new Database(copy, { readonly: true })
  try {
    return db.prepare('SELECT name FROM reps ORDER BY name').pluck().all() as string[]
  } finally {
    db.close()
    fs.rmSync(copy)
  }
}

const walSize = (dataDir: string) => fs.statSync(path.join(dataDir, 'coachbook.db-wal'), { throwIfNoEntry: false })?.size ?? 0

describe('the core in its own thread', () => {
  it('opens the journal and answers calls as Results, validated as every face validates them', async () => {
    const { host, dataDir } = await start()
    const created = await host.invoke('reps.create', { name: 'Dana Ortiz' })
    expect(created).toMatchObject({ ok: true, value: { name: 'Dana Ortiz' } })
    expect(await host.invoke('app.info', {})).toMatchObject({ ok: true, value: { face: 'browser', dataDir } })
    expect(await host.invoke('reps.create', { name: 42 })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect(await host.invoke('reps.nothing', {})).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })

  it('keeps the calling thread free while a long import runs there', async () => {
    const { host } = await start()
    let importDone = false
    const importing = host.invoke('journal.import', { text: bigJournal(500) }).then((result) => {
      importDone = true
      return result
    })
    // Were the import run in this thread, it would be over before this thread's next timer fired.
    const doneWhenTimerFired = await new Promise((resolve) => setTimeout(() => resolve(importDone), 0))
    expect(doneWhenTimerFired).toBe(false)
    expect(await importing).toMatchObject({ ok: true })
    expect(await host.invoke('calls.list', { limit: 1, offset: 0 })).toMatchObject({ ok: true, value: { total: 500 } })
  })

  it('stops a call that takes too long without harm: nothing of it is kept, and the journal answers again', async () => {
    const { host, dataDir } = await start()
    await host.invoke('reps.create', { name: 'Dana Ortiz' })
    const importing = host.invoke('journal.import', { text: bigJournal(8000) })
    await host.restart()
    expect(await importing).toEqual({ ok: false, error: { code: 'IO_FAILURE', message: STOPPED_MESSAGE } })
    expect(await host.invoke('reps.list', {})).toMatchObject({ ok: true, value: [{ name: 'Dana Ortiz' }] })
    expect(await host.invoke('calls.list', { limit: 1, offset: 0 })).toMatchObject({ ok: true, value: { total: 0 } })
    await host.close()
    const db = new Database(path.join(dataDir, 'coachbook.db'), { readonly: true })
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
    db.close()
  })

  it('refuses a journal from a newer Coachbook with the reason, and leaves its bytes alone', async () => {
    const dataDir = makeTempDataDir('coachbook-host-')
    dirs.push(dataDir)
    const file = path.join(dataDir, 'coachbook.db')
    const db = new Database(file)
    db.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)')
    db.prepare('INSERT INTO schema_migrations VALUES (999, ?, ?)').run('future', '2030-01-01T00:00:00.000Z')
    db.close()
    const before = fs.readFileSync(file)
    const opening = startCoreHost({ workerFile, dataDir, face: 'electron', appVersion: '0.0.0-test' })
    await expect(opening).rejects.toBeInstanceOf(AppFailure)
    await expect(opening).rejects.toMatchObject({ code: 'NEWER_SCHEMA', message: expect.stringMatching(/newer version of Coachbook/) as string })
    expect(fs.readFileSync(file).equals(before)).toBe(true)
  })

  it('closes the journal on close, after which calls fail plainly', async () => {
    const { host, dataDir } = await start()
    await host.invoke('reps.create', { name: 'Dana Ortiz' })
    await host.close()
    expect(await host.invoke('reps.list', {})).toEqual({ ok: false, error: { code: 'IO_FAILURE', message: CLOSED_MESSAGE } })
    // Closed for real: a new connection can take the journal out of WAL, which needs sole access.
    const db = new Database(path.join(dataDir, 'coachbook.db'))
    expect(db.pragma('journal_mode = DELETE', { simple: true })).toBe('delete')
    expect(db.prepare('SELECT name FROM reps').pluck().all()).toEqual(['Dana Ortiz'])
    db.close()
  })

  it('folds the WAL into the journal file when idle, so coachbook.db alone holds every save', async () => {
    const { host, dataDir } = await start(undefined, { idleMs: 20 })
    expect(await host.invoke('reps.create', { name: 'Dana Ortiz' })).toMatchObject({ ok: true })
    // The state the writer reaches once it has been idle: an empty WAL.
    await vi.waitFor(() => expect(walSize(dataDir)).toBe(0), STATE_WAIT)
    expect(repsInFileAlone(dataDir)).toEqual(['Dana Ortiz'])
  })

  it('copies each save from the WAL into the journal file at the first quiet moment, long before idle', async () => {
    // Idle (the WAL truncated, the daily backup) only after a minute: the quiet copy alone can show.
    const { host, dataDir } = await start(undefined, { idleMs: 60_000, quietMs: 20 })
    expect(await host.invoke('reps.create', { name: 'Dana Ortiz' })).toMatchObject({ ok: true })
    await vi.waitFor(() => expect(repsInFileAlone(dataDir)).toEqual(['Dana Ortiz']), STATE_WAIT)
    // Copied, not truncated: the WAL file stays for the next saves to reuse.
    expect(walSize(dataDir)).toBeGreaterThan(0)
  })

  it('folds the WAL into the journal file on close, before any idle moment', async () => {
    // The default idle wait is 30 s: only the close can have folded it.
    const { host, dataDir } = await start()
    expect(await host.invoke('reps.create', { name: 'Marcus Lee' })).toMatchObject({ ok: true })
    expect(walSize(dataDir)).toBeGreaterThan(0)
    await host.close()
    expect(walSize(dataDir)).toBe(0)
    expect(repsInFileAlone(dataDir)).toEqual(['Marcus Lee'])
  })

  it('refuses input that cannot cross to the thread instead of throwing', async () => {
    const { host } = await start()
    expect(await host.invoke('reps.create', { name: 'x', extra: () => 1 })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect(await host.invoke('reps.list', {})).toMatchObject({ ok: true, value: [] })
  })
})

describe('the reader thread', () => {
  /** A valid input for every operation that only reads, against journal-small.json. */
  const READS: { [C in ReadChannel]: ChannelInput<C> } = {
    'app.info': {},
    'reps.list': { includeArchived: true },
    'reps.get': { id: 'rep-dana' },
    'reps.overview': { id: 'rep-dana', today: '2026-11-30' },
    'reps.nextSkillFocus': { repId: 'rep-dana' },
    'skills.list': { repId: 'rep-dana', today: '2026-11-30' },
    'calls.list': { limit: 5, offset: 0 },
    'calls.get': { id: 'call-01' },
    'sessions.list': {},
    'reminders.list': { clock: { today: '2026-11-30', time: '09:00' } },
    'reminders.settings': {},
    'settings.get': {},
    'journal.export': {},
    'journal.exportFile': {},
    'journal.previewImport': { text: readFixture() },
    'journal.status': {},
    'backups.list': {},
    'exports.callsCsv': {},
    'exports.metricsCsv': { from: '2026-01-01', to: '2026-11-30', by: 'month' },
    'imports.csvPreview': { text: 'Date,Rep,Account\n2026-11-02,Dana Ortiz,Acme\n' },
    'imports.icsPreview': {
      text: 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART:20261102T143000Z\r\nSUMMARY:Call with Acme\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n',
      from: '2026-11-01',
      to: '2026-11-30',
    },
    'imports.listMappings': {},
    'search.query': { text: 'disc' },
    'home.summary': { today: '2026-11-30' },
    'insights.metrics': { from: '2026-01-01', to: '2026-11-30' },
    'insights.charts': { from: '2026-01-01', to: '2026-11-30' },
    'insights.crutchCalls': { from: '2026-01-01', to: '2026-11-30' },
    'insights.sidewalkLessons': { from: '2026-01-01', to: '2026-11-30' },
    'insights.span': {},
    'print.debriefSheet': { callId: 'call-01' },
    'print.repSheet': { repId: 'rep-dana', from: '2026-01-01', to: '2026-11-30' },
    'print.report': { from: '2026-01-01', to: '2026-11-30' },
    'security.status': {},
    'firstRun.status': {},
    'demo.status': {},
  }

  it('answers every operation that only reads, on a connection that cannot write', async () => {
    startedThreads.length = 0
    const { host } = await start()
    // One reader unless asked for more (READER_THREADS).
    expect(startedThreads.map((thread) => thread.name).sort()).toEqual(['coachbook-core-reader-0', 'coachbook-core-writer'])
    expect(await host.invoke('journal.import', { text: readFixture() })).toMatchObject({ ok: true })
    expect(Object.keys(READS).sort()).toEqual(CHANNELS.filter(isReadOnly).sort())
    for (const [channel, input] of Object.entries(READS)) {
      expect(await host.invoke(channel, input), channel).toMatchObject({ ok: true })
    }
  })

  it('starts beside the writer, and opens the journal only once the writer has opened it', async () => {
    threadEvents.length = 0
    const { host } = await start()
    const at = (event: string) => threadEvents.indexOf(event)
    // Its code loads while the writer opens (and would upgrade) the journal…
    expect(at('reader-0 started')).toBeGreaterThanOrEqual(0)
    expect(at('reader-0 started')).toBeLessThan(at('writer ready'))
    // …and it opens the journal only after.
    expect(at('writer ready')).toBeLessThan(at('reader-0 told open'))
    expect(at('reader-0 told open')).toBeLessThan(at('reader-0 ready'))
    expect(await host.invoke('reps.list', {})).toMatchObject({ ok: true, value: [] })
    expect(channelsByThread()['coachbook-core-reader-0']).toEqual(['reps.list'])
  })

  it('ends without opening a journal that needs recovery, whose operations the writer answers', async () => {
    const dataDir = makeTempDataDir('coachbook-host-')
    fs.writeFileSync(path.join(dataDir, 'coachbook.db'), '')
    threadEvents.length = 0
    const { host } = await start(dataDir)
    expect(await host.invoke('journal.status', {})).toMatchObject({ ok: true, value: { state: 'needs-recovery', problem: { kind: 'empty' } } })
    expect(await host.invoke('reps.list', {})).toMatchObject({ ok: false, error: { code: 'NEEDS_RECOVERY' } })
    await vi.waitFor(() => expect(threadEvents).toContain('reader-0 exited'))
    expect(threadEvents).toContain('reader-0 told close')
    expect(threadEvents.filter((event) => event.startsWith('reader-0'))).not.toContain('reader-0 ready')
    expect(fs.statSync(path.join(dataDir, 'coachbook.db')).size).toBe(0)
  })

  it('is answered while a long import is being written', async () => {
    const { host } = await start()
    await host.invoke('reps.create', { name: 'Dana Ortiz' })
    const importing = host.invoke('journal.import', { text: bigJournal(500) }).then(() => 'import' as const)
    const reading = host.invoke('reps.list', {}).then((result) => {
      // It sees what was committed before it began, not the import under way.
      expect(result).toMatchObject({ ok: true, value: [{ name: 'Dana Ortiz' }] })
      return 'read' as const
    })
    expect(await Promise.race([importing, reading])).toBe('read')
    await importing
  })

  it('with two readers, sends reads made together to different readers, and writes to the writer', async () => {
    startedThreads.length = 0
    const { host } = await start(undefined, { readers: 2 })
    await host.invoke('reps.create', { name: 'Dana Ortiz' })
    // Sent together: the second finds the first reader with a call in hand and goes to the other.
    const [export_, list] = await Promise.all([host.invoke('journal.exportFile', {}), host.invoke('reps.list', {})])
    expect(export_).toMatchObject({ ok: true })
    expect(list).toMatchObject({ ok: true, value: [{ name: 'Dana Ortiz' }] })
    // One after the other: each finds both idle and goes to the first.
    await host.invoke('settings.get', {})
    expect(channelsByThread()).toEqual({
      'coachbook-core-writer': ['reps.create'],
      'coachbook-core-reader-0': ['journal.exportFile', 'settings.get'],
      'coachbook-core-reader-1': ['reps.list'],
    })
  })

  it('with two readers, gives the same answers to reads sent all at once as to the same reads one by one', async () => {
    const { host } = await start(undefined, { readers: 2 })
    expect(await host.invoke('journal.import', { text: readFixture() })).toMatchObject({ ok: true })
    const reads = Object.entries(READS).filter(([channel]) => channel !== 'app.info')
    const oneByOne: unknown[] = []
    for (const [channel, input] of reads) oneByOne.push(await host.invoke(channel, input))
    const atOnce = await Promise.all(reads.map(([channel, input]) => host.invoke(channel, input)))
    // The home summary and the exports say when they were read (the file's text too); nothing else may differ.
    const clockFree = (key: string, value: unknown) =>
      key === 'now' || key === 'exportedAt' ? undefined : typeof value === 'string' ? value.replace(/"exportedAt": "[^"]*"/g, '') : value
    const withoutClock = (answers: unknown[]) => JSON.parse(JSON.stringify(answers, clockFree)) as unknown
    expect(withoutClock(atOnce)).toEqual(withoutClock(oneByOne))
    expect(oneByOne.every((result) => (result as { ok: boolean }).ok)).toBe(true)
  })

  it('never sees part of a write: every read during an import finds all of it or none of it (two readers)', async () => {
    const { host } = await start(undefined, { readers: 2 })
    let importDone = false
    const importing = host.invoke('journal.import', { text: bigJournal(500) }).finally(() => (importDone = true))
    const totals = new Set<number>()
    // Two reads in flight at a time, so both readers read while the writer writes.
    while (!importDone) {
      const answers = await Promise.all([0, 1].map(() => host.invoke('calls.list', { limit: 1, offset: 0 })))
      for (const answer of answers) {
        if (!answer.ok) throw new Error(answer.error.message)
        totals.add((answer.value as { total: number }).total)
      }
    }
    expect(await importing).toMatchObject({ ok: true })
    expect([...totals].every((total) => total === 0 || total === 500)).toBe(true)
    expect(await host.invoke('calls.list', { limit: 1, offset: 0 })).toMatchObject({ ok: true, value: { total: 500 } })
  })

  it('replaces a reader that ended, after failing the read it was answering with a plain message', async () => {
    const logged: string[] = []
    const dataDir = makeTempDataDir('coachbook-host-')
    dirs.push(dataDir)
    startedThreads.length = 0
    const host = await startCoreHost({ workerFile, dataDir, face: 'browser', appVersion: '0.0.0-test', log: (line) => logged.push(line), readers: 2 })
    hosts.push(host)
    await host.invoke('reps.create', { name: 'Dana Ortiz' })
    expect(startedThreads.map((thread) => thread.name).sort()).toEqual(['coachbook-core-reader-0', 'coachbook-core-reader-1', 'coachbook-core-writer'])
    // The long read goes to the first reader (both are idle); it is ended while it answers.
    const long = host.invoke('journal.previewImport', { text: bigJournal(1000) })
    await startedThreads.find((thread) => thread.name === 'coachbook-core-reader-0')?.worker.terminate()
    expect(await long).toEqual({ ok: false, error: { code: 'IO_FAILURE', message: STOPPED_MESSAGE } })
    expect(logged.join('\n')).toMatch(/reader-0 thread ended unexpectedly/)
    // Reads go on: to the other reader, and to a new first reader started for them.
    const answers = await Promise.all([0, 1, 2].map(() => host.invoke('reps.list', {})))
    for (const answer of answers) expect(answer).toMatchObject({ ok: true, value: [{ name: 'Dana Ortiz' }] })
    expect(startedThreads.filter((thread) => thread.name === 'coachbook-core-reader-0')).toHaveLength(2)
  })

  it('could not write even if an operation were misfiled as a read', async () => {
    const dataDir = makeTempDataDir('coachbook-host-')
    dirs.push(dataDir)
    openCore({ dataDir, face: 'cli', appVersion: '0.0.0-test' }).close()
    const reader = openCore({ dataDir, face: 'cli', appVersion: '0.0.0-test', access: 'reader' })
    try {
      const refused = await reader.invoke('reps.create', { name: 'Dana Ortiz' })
      // Unexpected, so the person reads a sentence with an error id; SQLite's own words go to the log.
      expect(refused).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
      expect(fs.readFileSync(errorLogPath(dataDir), 'utf8')).toMatch(/readonly/i)
    } finally {
      reader.close()
    }
  })
})

describe("another program's lock", () => {
  /** Another program (a CLI import) holding the journal's write lock until released. */
  function holdWriteLock(dataDir: string): { release: () => void } {
    const other = new Database(path.join(dataDir, 'coachbook.db'))
    other.exec('BEGIN IMMEDIATE')
    other.prepare("INSERT INTO reps (id, name, archived, created_at, updated_at) VALUES ('other', 'From the terminal', 0, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')").run()
    return {
      release: () => {
        other.exec('COMMIT')
        other.close()
      },
    }
  }

  it('is waited for without blocking anything, and the write lands once it is released', async () => {
    const { host, dataDir } = await start()
    const lock = holdWriteLock(dataDir)
    const creating = host.invoke('reps.create', { name: 'Dana Ortiz' })
    // Meanwhile reads are answered (from what was committed), and this thread's timers run.
    expect(await host.invoke('reps.list', {})).toMatchObject({ ok: true, value: [] })
    lock.release()
    expect(await creating).toMatchObject({ ok: true, value: { name: 'Dana Ortiz' } })
    const names = await host.invoke('reps.list', {})
    expect(names.ok && (names.value as Array<{ name: string }>).map((rep) => rep.name).sort()).toEqual(['Dana Ortiz', 'From the terminal'])
  })

  it('answers BUSY, having changed nothing, when the lock outlasts the wait', async () => {
    const dataDir = makeTempDataDir('coachbook-host-')
    dirs.push(dataDir)
    const host = await startCoreHost({ workerFile, dataDir, face: 'browser', appVersion: '0.0.0-test', busyWaitMs: 300 })
    hosts.push(host)
    const lock = holdWriteLock(dataDir)
    const refused = await host.invoke('reps.create', { name: 'Dana Ortiz' })
    expect(refused).toEqual({ ok: false, error: { code: 'BUSY', message: BUSY_MESSAGE } })
    lock.release()
    expect(await host.invoke('reps.list', {})).toMatchObject({ ok: true, value: [{ name: 'From the terminal' }] })
  })
})

describe('changes to the journal', () => {
  it('are announced for every write committed, with who made it, and never for a read or a refused write', async () => {
    const changes: JournalChange[] = []
    const { host } = await start(undefined, { onChange: (change) => changes.push(change) })
    await host.invoke('reps.list', {}, 'tab-one')
    await host.invoke('reps.create', { name: '' }, 'tab-one')
    const created = await host.invoke('reps.create', { name: 'Dana Ortiz' }, 'tab-one')
    // Written (which reminders a notification announced), but shown on no screen: not news. Sent
    // before the settings change, so it would be announced ahead of that one if at all.
    const noticed = await host.invoke('reminders.takeNew', {})
    await host.invoke('settings.update', { currency: 'EUR' })
    expect(created.ok).toBe(true)
    expect(noticed.ok).toBe(true)
    await vi.waitFor(() =>
      expect(changes).toEqual([
        { type: 'changed', scope: 'journal', channel: 'reps.create', origin: 'tab-one' },
        { type: 'changed', scope: 'settings', channel: 'settings.update' },
      ]),
    )
  })

  it('made by another program are noticed by the writer when idle, and announced as "everything"', async () => {
    const changes: JournalChange[] = []
    const { dataDir } = await start(undefined, { onChange: (change) => changes.push(change), changePollMs: 20 })
    // The CLI, importing beside the running app.
    const other = openCore({ dataDir, face: 'cli', appVersion: '0.0.0-test' })
    try {
      await other.invoke('journal.import', { text: readFixture() })
    } finally {
      other.close()
    }
    await vi.waitFor(() => expect(changes).toContainEqual({ type: 'changed', scope: 'everything' }))
  })
})
