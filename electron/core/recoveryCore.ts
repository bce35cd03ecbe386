import path from 'node:path'
import type { JournalProblem } from '../../shared/backups'
import { contract, type Handlers } from '../../shared/contract'
import { invokeHandlers, type Invoke } from '../../shared/invoke'
import { AppFailure } from '../../shared/result'
import { createBackupStore } from './backups/backupStore'
import { restoreJournal } from './backups/restore'
import { salvageJournal } from './backups/salvage'
import { JournalNeedsRecovery } from './db/journalHealth'
import { SCHEMA_VERSION } from './db/migrations'
import type { CoreOptions } from './journal'
import { backupsDir, databasePath } from './paths'

/**
 * The core when the journal cannot be opened as usual (missing, empty, damaged): it holds no
 * connection to the file and answers only what recovery needs — what is wrong (`journal.status`),
 * the backups (`backups.list`), putting one back (`backups.restore`), reading what can be read into
 * a new journal (`journal.salvage`) — and `app.info`. Everything else answers NEEDS_RECOVERY with
 * the same sentence, so the app can show its recovery screen instead of a screen of errors.
 * Once a restore or a salvage has succeeded, `resolved()` says so and the host opens the journal.
 */
export type RecoveryCore = {
  problem: JournalProblem
  handlers: Handlers
  invoke: Invoke
  /** True once the journal has been restored or salvaged: open it as usual now. */
  resolved(): boolean
  close(): void
}

export function openRecoveryCore(options: CoreOptions, problem: JournalProblem): RecoveryCore {
  const dataDir = path.resolve(options.dataDir)
  const file = databasePath(dataDir)
  // A damaged encrypted journal is only recovered once unlocked: its backups need the key.
  const key = options.key ?? null
  const backups = createBackupStore(backupsDir(dataDir), { key })
  let resolved = false
  const resolving = async <T>(work: Promise<T>): Promise<T> => {
    const value = await work
    resolved = true
    return value
  }

  const refuse = () => {
    throw new JournalNeedsRecovery(problem)
  }
  const handlers = Object.fromEntries(
    Object.entries(contract).map(([namespace, methods]) => [namespace, Object.fromEntries(Object.keys(methods).map((method) => [method, refuse]))]),
  ) as unknown as Handlers

  handlers.app.info = () => ({
    name: 'Coachbook',
    version: options.appVersion,
    schemaVersion: SCHEMA_VERSION,
    dataDir,
    databasePath: file,
    backupsDir: backups.dir,
    face: options.face,
  })
  handlers.journal.status = () => ({ state: 'needs-recovery', problem, dataDir, databasePath: file, newestGoodBackup: backups.newestGood() })
  handlers.backups.list = () => backups.list()
  handlers.backups.create = () => {
    throw new AppFailure('NEEDS_RECOVERY', `${problem.message} A backup of it would not be a journal: restore a backup or salvage it first.`)
  }
  handlers.backups.restore = ({ name }) =>
    resolving(restoreJournal({ dataDir, source: backups.fileOf(name), shownAs: name, appVersion: options.appVersion, backups, key }))
  handlers.journal.salvage = () => resolving(salvageJournal({ dataDir, appVersion: options.appVersion, backups, key }))

  return { problem, handlers, invoke: invokeHandlers(handlers), resolved: () => resolved, close: () => undefined }
}
