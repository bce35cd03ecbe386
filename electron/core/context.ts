import type Database from 'better-sqlite3-multiple-ciphers'
import type { AppInfo } from '../../shared/contract'
import type { BackupStore } from './backups/backupStore'
import type { JournalKey } from './db/connection'
import type { Repositories } from './db/repositories'
import type { FileReader } from './sandbox'
import { nextStamp } from './services/stamp'

/** What every service needs: the connection, its repositories, the app's identity and the time. */
export type CoreContext = {
  db: Database.Database
  repos: Repositories
  info: AppInfo
  /** The journal is encrypted (opened with a key). */
  encrypted: boolean
  /** Its data key, for the copies a restore writes into it (backups/restore.ts); null when plain. */
  key: JournalKey
  /** The data folder's backups/ (electron/core/backups). */
  backups: BackupStore
  /** The current instant, ISO-8601 UTC. */
  now(): string
  /** The `updatedAt` for a change to a record last changed at `previous` (services/stamp.ts). */
  stamp(previous?: string | null): string
  /**
   * Runs `fn` in one IMMEDIATE transaction: read-then-write operations take the write lock up
   * front, so another process (the CLI beside the app) cannot slip a change in between.
   */
  write<T>(fn: () => T): T
  /** Reads files someone handed the journal, off this thread and within limits (electron/core/sandbox). */
  reader: FileReader
}

export function createContext(
  db: Database.Database,
  repos: Repositories,
  info: AppInfo,
  backups: BackupStore,
  reader: FileReader,
  key: JournalKey = null,
): CoreContext {
  const now = () => new Date().toISOString()
  return {
    db,
    repos,
    info,
    encrypted: key !== null,
    key,
    backups,
    reader,
    now,
    stamp: (previous) => nextStamp(now(), previous),
    write: (fn) => db.transaction(fn).immediate(),
  }
}
