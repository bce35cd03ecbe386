import { parentPort, workerData } from 'node:worker_threads'
import { isReadOnly } from '../../../shared/access'
import { toFail } from '../../../shared/dispatch'
import { announcesChange, changeOf } from '../../../shared/journalEvents'
import { JournalNeedsRecovery } from '../db/journalHealth'
import { createErrorLog } from '../errorLog'
import { UPGRADE_NOTICE } from '../db/migrations'
import { openCore, type Core } from '../journal'
import { isJournalEmpty } from '../services/firstRun'
import { seedJournal } from '../services/seed'
import { openRecoveryCore, type RecoveryCore } from '../recoveryCore'
import { watchForOutsideChanges } from './changeWatch'
import type { CoreWorkerData, HostMessage, WorkerMessage } from './protocol'

/**
 * A core thread (built as out/main/coreWorker.js): the writer, which owns the journal's one writing
 * connection, or the reader, which answers the operations that only read. Nothing it does, however
 * slow, can hold up a window or the browser-mode server. See coreHost.ts for the other side. The
 * writer opens the journal as soon as it starts; a reader loads its code beside it and opens the
 * journal when the host says the writer has (HostMessage 'open'), never a journal mid-upgrade.
 *
 * The writer answers one call at a time, in order: a restore or an import with its backup first is
 * never interleaved with another write of this process. At the first quiet moment after its calls
 * (DEFAULT_QUIET_MS with no call) it copies what they committed to the WAL into the journal file, so no
 * save pays for SQLite's own checkpoint inside its commit (docs/performance.md, "Autosave of a
 * debrief"); when it has been idle for a while it folds the WAL into the journal file whole
 * (truncating it) and takes the day's backup if none was taken yet. A journal that
 * needs recovery opens the recovery core instead (recoveryCore.ts); once a restore or a salvage has
 * made it whole, the journal is opened as usual and the host is told.
 *
 * The writer announces every change it commits, and (when idle) any change another program made
 * to the journal, so open windows and tabs can refresh (shared/journalEvents.ts).
 */
if (!parentPort) throw new Error('coreWorker.js runs as a worker thread started by the core host')
const port = parentPort

const post = (message: WorkerMessage) => port.postMessage(message)
const data = workerData as CoreWorkerData
const writer = data.role === 'writer'
const DEFAULT_IDLE_MS = 30_000
/**
 * A pause in the writer's calls long enough to copy the WAL into the journal file in: an
 * autosave comes at most every 600 ms of quiet typing (renderer), and the copy of a burst of
 * saves' pages takes a few milliseconds, so a save rarely finds the writer busy with it.
 */
const DEFAULT_QUIET_MS = 200

let core: Core | RecoveryCore | null = null
/** The writer's calls, one after another. */
let queue: Promise<unknown> = Promise.resolve()
let idleTimer: NodeJS.Timeout | null = null
let quietTimer: NodeJS.Timeout | null = null
let stopWatching: () => void = () => undefined

const isRecovery = (current: Core | RecoveryCore | null): current is RecoveryCore => current !== null && 'resolved' in current

function open(): Core | RecoveryCore {
  try {
    // The face's log says why the first opening after an update is slow (docs/backups.md).
    const onUpgrade = () => {
      post({ type: 'log', line: `coachbook: ${UPGRADE_NOTICE}` })
      post({ type: 'upgrading' })
    }
    return openCore({ ...data, access: writer ? 'write' : 'reader', walCheckpoints: 'between-calls', onUpgrade })
  } catch (error) {
    if (writer && error instanceof JournalNeedsRecovery) return openRecoveryCore(data, error.problem)
    throw error
  }
}

function enqueue(work: () => Promise<void> | void): void {
  if (!writer) {
    void Promise.resolve().then(work)
    return
  }
  queue = queue.then(work).catch((error: unknown) => post({ type: 'log', line: `coachbook: ${error instanceof Error ? error.message : String(error)}` }))
}

function whenIdle(): void {
  if (!writer) return
  if (idleTimer) clearTimeout(idleTimer)
  idleTimer = setTimeout(() => enqueue(tidy), data.idleMs ?? DEFAULT_IDLE_MS)
  idleTimer.unref()
  foldWhenQuiet()
}

function foldWhenQuiet(): void {
  if (quietTimer) clearTimeout(quietTimer)
  quietTimer = setTimeout(() => enqueue(fold), data.quietMs ?? DEFAULT_QUIET_MS)
  quietTimer.unref()
}

/** Quiet: the pages the last calls committed copied from the WAL into the journal file. */
function fold(): void {
  if (!core || isRecovery(core)) return
  core.foldWal()
}

/** Idle: the WAL folded into the journal file, and the day's backup if it is still due. */
async function tidy(): Promise<void> {
  if (!core || isRecovery(core)) return
  core.checkpoint()
  await dailyBackup(core)
}

async function dailyBackup(current: Core): Promise<void> {
  try {
    await current.dailyBackup()
  } catch (error) {
    post({ type: 'log', line: `coachbook: the daily backup was not taken: ${error instanceof Error ? error.message : String(error)}` })
  }
}

/** Opens the journal and says so: the writer at once, a reader when the host says it may ('open'). */
function openAndAnnounce(): void {
  try {
    core = open()
    if (writer && data.seedWhenEmpty && !isRecovery(core) && isJournalEmpty(core.db)) {
      seedJournal(core.db, { calls: data.seedWhenEmpty.calls })
    }
    post({ type: 'ready', recovery: isRecovery(core) ? core.problem : null })
    const opened = core
    if (writer && !isRecovery(opened)) {
      enqueue(() => dailyBackup(opened))
      watchOutsideChanges(opened)
      // What opening wrote (a migration, the demo's seed) is folded at the first quiet moment too.
      foldWhenQuiet()
    }
  } catch (error) {
    // An expected failure keeps its words; anything else is logged with its stack under the id the person reads.
    post({ type: 'open-failed', error: toFail(error, { channel: 'opening the journal', reportUnexpected: createErrorLog(data.dataDir) }).error })
    port.close()
  }
}

if (writer) openAndAnnounce()

/** Another program's commits (the CLI beside the app), noticed through SQLite's data_version. */
function watchOutsideChanges(current: Core): void {
  stopWatching()
  const db = current.db
  stopWatching = watchForOutsideChanges(
    () => db.pragma('data_version', { simple: true }) as number,
    () => post({ type: 'change', change: { type: 'changed', scope: 'everything' } }),
    data.changePollMs,
  )
}

port.on('message', (message: HostMessage) => {
  if (message.type === 'open') {
    if (!writer && core === null) openAndAnnounce()
  } else if (message.type === 'invoke') {
    enqueue(async () => {
      const current = core
      if (!current) return
      const { channel, input, origin } = message
      const result = await current.invoke(channel, input)
      if (isRecovery(current) && current.resolved()) {
        // Restored or salvaged: the journal opens as usual now (or says what is still wrong).
        try {
          core = open()
          post({ type: 'mode', recovery: isRecovery(core) ? core.problem : null })
          if (!isRecovery(core)) watchOutsideChanges(core)
        } catch (error) {
          post({ type: 'log', line: `coachbook: the journal could not be opened after its recovery: ${toFail(error).error.message}` })
        }
      }
      post({ type: 'result', id: message.id, result })
      if (result.ok && writer && !isReadOnly(channel) && announcesChange(channel)) post({ type: 'change', change: changeOf(channel, origin) })
      whenIdle()
    })
  } else if (message.type === 'close') {
    enqueue(() => {
      if (idleTimer) clearTimeout(idleTimer)
      if (quietTimer) clearTimeout(quietTimer)
      stopWatching()
      core?.close()
      core = null
      post({ type: 'closed' })
      port.close()
    })
  }
})
