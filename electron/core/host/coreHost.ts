import { Worker } from 'node:worker_threads'
import { isReadOnly } from '../../../shared/access'
import { dispatch } from '../../../shared/dispatch'
import type { JournalProblem } from '../../../shared/backups'
import type { Invoke } from '../../../shared/invoke'
import type { JournalChange } from '../../../shared/journalEvents'
import { AppFailure, fail, type Result } from '../../../shared/result'
import { LOCK_FREE_CHANNELS, LOCKED_MESSAGE } from '../../../shared/security'
import type { JournalKey } from '../db/connection'
import { conversionWorkerFile, runConversion } from './conversion'
import { createJournalLock } from './journalLock'
import type { CoreWorkerData, HostMessage, WorkerMessage } from './protocol'

/**
 * The core in threads of its own, for the faces that serve people while it works: the desktop
 * app's main process and browser mode's server. They only relay: `invoke` posts the call to a
 * core thread (coreWorker.ts) and resolves with its Result, so a long import, an export or a slow
 * file never blocks a window or another request. Plain Node: the same code runs in Electron's main
 * process and in `coachbook serve`, and is tested in Node (docs/architecture.md, "The core's
 * threads").
 *
 * The writer owns the journal's one writing connection and answers every operation that may write;
 * the readers (READER_THREADS, one unless `readers` says more) answer the operations that only read
 * (shared/access.ts), each on a read-only connection of its own, so a screen that only reads is
 * answered while an import is being written; with two, a screen's several reads (Insights sends
 * seven at opening) run two at a time. A read goes to the reader with the fewest calls in hand.
 * SQLite's WAL lets them all work at once; each read sees everything committed before it began,
 * never part of a write (docs/architecture.md, "The core's threads").
 *
 * Another program's write lock (an import run from the terminal) is waited for without blocking
 * anything: each statement waits at most `busyTimeoutMs` in its thread, then the host waits (on a
 * timer) and sends the call again, up to `busyWaitMs` in all; only then does the call answer BUSY,
 * which the renderer's autosave keeps retrying. A call refused as BUSY changed nothing (SQLite takes
 * the write lock before writing), so sending it again is safe.
 *
 * The writer announces every change it commits (with the `origin` the call named) and any change
 * another program makes; `onChange` hands them to the face, which tells its windows or tabs.
 *
 * If a thread ends unexpectedly, the calls it was answering fail with a plain message and the next
 * call starts a new one. `restart()` stops a call that takes too long: the threads are ended,
 * SQLite rolls back whatever was not committed, and new threads open the journal.
 *
 * An encrypted journal starts locked: no thread runs and every operation but `security.status`
 * and `security.unlock` answers LOCKED until it is unlocked; `security.*` is answered here, by
 * the journal's lock (journalLock.ts), which holds the key and opens and closes the threads.
 */
export type CoreHostOptions = Omit<CoreWorkerData, 'role' | 'key'> & {
  /** The built worker entry: out/main/coreWorker.js beside the face's own entry. */
  workerFile: string
  /** The thread that rewrites the journal to turn encryption on or off; by default conversionWorker.js beside `workerFile`. */
  conversionWorkerFile?: string
  /** Where unexpected endings are reported (stderr in the CLI). */
  log?: (line: string) => void
  /** How long, in all, a call waits for another program's lock before answering BUSY. */
  busyWaitMs?: number
  /** Every change to the journal: made through this host, or by another program. */
  onChange?: (change: JournalChange) => void
  /** How many reader threads answer the reads (READER_THREADS by default). */
  readers?: number
  /**
   * The journal is being upgraded (true) — its first opening after an update, which can take a
   * minute — and then is open or could not be (false): how the desktop window says so.
   */
  onUpgrade?: (upgrading: boolean) => void
}

export type CoreHost = {
  invoke: Invoke
  /**
   * What is wrong with the journal while it needs recovery (missing, empty, damaged), else null.
   * Then only the recovery operations answer (electron/core/recoveryCore.ts); the page shows its
   * recovery screen, and a successful restore or salvage opens the journal as usual.
   */
  recovery(): JournalProblem | null
  /** Ends the threads at once, failing the calls they were answering, and starts new ones. */
  restart(): Promise<void>
  /** Closes the journal and ends the threads; later calls fail. */
  close(): Promise<void>
  /** Whether the journal is encrypted and locked now (nothing but the lock's own calls answer). */
  isLocked(): boolean
}

type Role = 'writer' | 'reader'
/** A thread's place in the host: the writer, or reader number n (`reader-0`, `reader-1`…). */
type Slot = 'writer' | `reader-${number}`

type Thread = {
  worker: Worker
  pending: Map<number, (result: Result<unknown>) => void>
  /** Resolves when the thread has ended, however it ended. */
  exited: Promise<void>
}

const CLOSE_TIMEOUT_MS = 10_000
/** One statement's wait for a lock, inside a core thread (kept short so the thread turns over). */
const STATEMENT_BUSY_TIMEOUT_MS = 1000
const DEFAULT_BUSY_WAIT_MS = 30_000
/** Pauses between attempts while the journal is busy: growing, then steady. */
const BUSY_PAUSES_MS = [50, 100, 250, 500, 1000]
export const STOPPED_MESSAGE = 'The journal stopped while answering; what you asked may not have been done. Try again.'
export const CLOSED_MESSAGE = 'The journal is closed.'
/**
 * Reader threads by default: one. The host answers reads on several (`readers`), but measured at
 * 100,000 calls (stop 21) each reader held 25 MB at rest and 40-55 MB after a screen's reads, which
 * takes `coachbook serve` past its 250 MB budget, while on a busy 2-core machine the second reader
 * opened Insights no sooner (docs/architecture.md, "The core's threads").
 */
export const READER_THREADS = 1

/** Starts the core's threads and waits until the journal is open; throws AppFailure if it cannot be. */
export async function startCoreHost(options: CoreHostOptions): Promise<CoreHost> {
  const { workerFile, conversionWorkerFile: rewriterFile = conversionWorkerFile(workerFile), log = () => undefined, busyWaitMs = DEFAULT_BUSY_WAIT_MS, onChange = () => undefined, readers = READER_THREADS, onUpgrade = () => undefined, ...data } = options
  let nextId = 1
  let closed = false
  let recovery: JournalProblem | null = null
  const readerSlots: Slot[] = Array.from({ length: Math.max(1, readers) }, (_, index) => `reader-${index}` as const)
  const running = new Map<Slot, Promise<Thread> | null>()
  /** Calls sent to each slot and not yet answered: a read goes to the reader with the fewest. */
  const inHand = new Map<Slot, number>()
  /** Threads being ended on purpose (restart), whose ending is not news. */
  const stopping = new WeakSet<Worker>()

  /** The key the threads open with: the lock's, once unlocked. */
  let threadKey: JournalKey = null

  /**
   * Starts a slot's thread. A reader opens the journal once `mayOpen` says so (true) — its thread
   * meanwhile loads its code — and ends without opening it on false.
   */
  const start = (slot: Slot, mayOpen: Promise<boolean>): Promise<Thread> => {
    const role: Role = slot === 'writer' ? 'writer' : 'reader'
    const workerData: CoreWorkerData = {
      busyTimeoutMs: Math.min(STATEMENT_BUSY_TIMEOUT_MS, busyWaitMs),
      ...data,
      role,
      key: threadKey,
    }
    const worker = new Worker(workerFile, { workerData, name: `coachbook-core-${slot}` })
    if (role === 'reader') {
      void mayOpen.then((open) => worker.postMessage({ type: open ? 'open' : 'close' } satisfies HostMessage))
    }
    const pending = new Map<number, (result: Result<unknown>) => void>()
    let ready = false
    let upgrading = false
    /** An upgrade this thread announced is over, however its opening ended. */
    const upgradeOver = () => {
      if (upgrading) onUpgrade(false)
      upgrading = false
    }
    let resolveExit: () => void = () => undefined
    const thread: Thread = { worker, pending, exited: new Promise((done) => (resolveExit = done)) }
    const started = new Promise<Thread>((resolveStart, rejectStart) => {
      worker.on('message', (message: WorkerMessage) => {
        if (message.type === 'ready') {
          ready = true
          upgradeOver()
          if (role === 'writer') recovery = message.recovery
          resolveStart(thread)
        } else if (message.type === 'mode') {
          recovery = message.recovery
        } else if (message.type === 'upgrading') {
          upgrading = true
          onUpgrade(true)
        } else if (message.type === 'log') {
          log(message.line)
        } else if (message.type === 'open-failed') {
          upgradeOver()
          rejectStart(new AppFailure(message.error.code, message.error.message))
        } else if (message.type === 'result') {
          pending.get(message.id)?.(message.result)
          pending.delete(message.id)
        } else if (message.type === 'change' && !closed) {
          onChange(message.change)
        }
      })
      worker.on('error', (error) => {
        log(`coachbook: the journal's ${slot} thread failed: ${error.stack ?? error.message}`)
        if (!ready) rejectStart(new AppFailure('IO_FAILURE', `The journal could not be opened: ${error.message}`))
      })
      worker.on('exit', (code) => {
        upgradeOver()
        if (!ready) rejectStart(new AppFailure('IO_FAILURE', `The journal could not be opened (its thread ended with code ${code})`))
        else if (!closed && !stopping.has(worker)) {
          log(`coachbook: the journal's ${slot} thread ended unexpectedly (code ${code}); the next request starts it again`)
        }
        for (const answer of pending.values()) answer(fail('IO_FAILURE', closed ? CLOSED_MESSAGE : STOPPED_MESSAGE))
        pending.clear()
        // Only this thread's own ending clears it: a newer one may already be starting.
        if (running.get(slot) === started) running.set(slot, null)
        resolveExit()
      })
    })
    return started
  }

  /** The running thread of a slot, starting one if the last ended (a reader opening at once, unless told to wait). */
  const thread = (slot: Slot, mayOpen: Promise<boolean> = Promise.resolve(true)): Promise<Thread> => {
    let current = running.get(slot)
    if (!current) {
      current = start(slot, mayOpen)
      running.set(slot, current)
    }
    return current
  }

  /** The reader with the fewest calls in hand (the first of them on a tie). */
  const idlestReader = (): Slot => {
    let best = readerSlots[0] as Slot
    for (const slot of readerSlots) if ((inHand.get(slot) ?? 0) < (inHand.get(best) ?? 0)) best = slot
    return best
  }

  /** One attempt: the call sent to its thread, answered by it. */
  const send: Invoke = async (channel, input, origin) => {
    if (closed) return fail('IO_FAILURE', CLOSED_MESSAGE)
    // A call waiting out another program's lock may find the journal locked meanwhile.
    if (lock.isLocked()) return fail('LOCKED', LOCKED_MESSAGE)
    // While the journal needs recovery there is no reader: the writer answers everything.
    const slot: Slot = isReadOnly(channel) && recovery === null ? idlestReader() : 'writer'
    inHand.set(slot, (inHand.get(slot) ?? 0) + 1)
    const done = () => inHand.set(slot, (inHand.get(slot) ?? 1) - 1)
    let target: Thread
    try {
      target = await thread(slot)
    } catch (error) {
      running.set(slot, null)
      done()
      return error instanceof AppFailure ? error.toFail() : fail('IO_FAILURE', STOPPED_MESSAGE)
    }
    const id = nextId++
    return new Promise<Result<unknown>>((resolve) => {
      const answer = (result: Result<unknown>) => {
        done()
        resolve(result)
      }
      target.pending.set(id, answer)
      try {
        target.worker.postMessage({ type: 'invoke', id, channel, input, ...(origin === undefined ? {} : { origin }) } satisfies HostMessage)
      } catch (error) {
        // Input that cannot cross to the thread (a function, a symbol) is the caller's mistake.
        target.pending.delete(id)
        answer(fail('INVALID_INPUT', `This request cannot be sent to the journal: ${(error as Error).message}`))
      }
    })
  }

  const sendUnlocked: Invoke = async (channel, input, origin) => {
    const deadline = Date.now() + busyWaitMs
    for (let attempt = 0; ; attempt++) {
      const result = await send(channel, input, origin)
      if (result.ok || result.error.code !== 'BUSY' || closed || Date.now() >= deadline) return result
      const pause = BUSY_PAUSES_MS[Math.min(attempt, BUSY_PAUSES_MS.length - 1)] ?? 1000
      await new Promise((resume) => setTimeout(resume, Math.min(pause, Math.max(0, deadline - Date.now()))))
    }
  }

  /** Ends a slot's thread: by asking it to close the journal, or at once. */
  const end = async (slot: Slot, how: 'close' | 'terminate'): Promise<void> => {
    const current = running.get(slot)
    running.set(slot, null)
    const ended = await current?.catch(() => null)
    if (!ended) return
    if (how === 'terminate') {
      stopping.add(ended.worker)
      await ended.worker.terminate()
    } else {
      stopping.add(ended.worker)
      ended.worker.postMessage({ type: 'close' } satisfies HostMessage)
      const timer = setTimeout(() => void ended.worker.terminate(), CLOSE_TIMEOUT_MS)
      await ended.exited
      clearTimeout(timer)
    }
    await ended.exited
  }

  /**
   * The writer opens (and migrates) the journal before a reader may read it; the readers then
   * open together. Their threads start beside the writer's, so that loading their code (a few
   * hundred ms of a start on a slow machine) is not waited for after the writer's opening. A
   * journal that needs recovery has no reader: theirs end without opening it.
   */
  const open = async () => {
    let writerOpened: (readersMayOpen: boolean) => void = () => undefined
    const readersMayOpen = new Promise<boolean>((resolve) => (writerOpened = resolve))
    const readers = readerSlots.map((slot) => thread(slot, readersMayOpen))
    // Each is awaited (or ended) below; a reader told not to open ends with its start refused.
    for (const reader of readers) reader.catch(() => undefined)
    try {
      await thread('writer')
    } catch (error) {
      writerOpened(false)
      await Promise.all(readerSlots.map((slot) => end(slot, 'close')))
      throw error
    }
    writerOpened(recovery === null)
    try {
      if (recovery === null) await Promise.all(readers)
      else await Promise.all(readerSlots.map((slot) => end(slot, 'close')))
    } catch (error) {
      await Promise.all(readerSlots.map((slot) => end(slot, 'close')))
      await end('writer', 'close')
      throw error
    }
  }
  const stop = async () => {
    // The readers first: the writer, closing last, checkpoints the WAL into the journal.
    await Promise.all(readerSlots.map((slot) => end(slot, 'close')))
    await end('writer', 'close')
  }

  const lock = createJournalLock(data.dataDir, {
    stop: async () => {
      await stop()
      threadKey = null
    },
    start: async (key) => {
      threadKey = key
      try {
        await open()
      } catch (error) {
        threadKey = null
        throw error
      }
    },
  }, {
    // Off this thread: the rewrite of a large journal must not stop the windows (conversionWorker.ts).
    enable: async (passphrase) => {
      const done = await runConversion(rewriterFile, { kind: 'enable', dataDir: data.dataDir, passphrase })
      if (!done.dataKey || !done.recoveryKey) throw new AppFailure('INTERNAL', 'Encryption was turned on without a key')
      return { dataKey: done.dataKey, recoveryKey: done.recoveryKey }
    },
    disable: async (dataKey) => {
      await runConversion(rewriterFile, { kind: 'disable', dataDir: data.dataDir, dataKey })
    },
  })
  /** Changes of the key and lock run one at a time, never beside each other. */
  let lockQueue: Promise<unknown> = Promise.resolve()

  const invoke: Invoke = async (channel, input, origin) => {
    if (closed) return fail('IO_FAILURE', CLOSED_MESSAGE)
    if (lock.isLocked() && !LOCK_FREE_CHANNELS.includes(channel)) return fail('LOCKED', LOCKED_MESSAGE)
    if (!channel.startsWith('security.')) return sendUnlocked(channel, input, origin)
    const answer = lockQueue.then(() =>
      // Checked again in turn: a lock queued before this call may have locked the journal since.
      lock.isLocked() && !LOCK_FREE_CHANNELS.includes(channel) ? fail('LOCKED', LOCKED_MESSAGE) : dispatch({ security: lock.handlers }, channel, input),
    )
    lockQueue = answer.catch(() => undefined)
    return answer
  }

  // A plain journal opens now; an encrypted one waits for its key. A failure here is the face's to report.
  if (!lock.isLocked()) await open()

  return {
    invoke,
    recovery: () => recovery,
    isLocked: () => lock.isLocked(),
    restart: async () => {
      if (closed || lock.isLocked()) return
      await Promise.all([...readerSlots.map((slot) => end(slot, 'terminate')), end('writer', 'terminate')])
      await open()
    },
    close: async () => {
      if (closed) return
      closed = true
      await lockQueue
      await stop()
    },
  }
}
