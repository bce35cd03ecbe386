import fs from 'node:fs'
import path from 'node:path'
import type Database from 'better-sqlite3-multiple-ciphers'
import type { Handlers } from '../../shared/contract'
import { invokeHandlers, type Invoke } from '../../shared/invoke'
import { AppFailure } from '../../shared/result'
import { createContext } from './context'
import type { JournalKey } from './db/connection'
import { copyJournal } from './db/copyJournal'
import { checkDatabase, type CheckReport } from './db/integrity'
import { SCHEMA_VERSION } from './db/migrations'
import { openJournalDatabase, openJournalForReading } from './db/open'
import { createRepositories } from './db/repositories'
import { createHandlers } from './handlers'
import { backupsDir, databasePath } from './paths'

export type CoreOptions = {
  dataDir: string
  face: 'electron' | 'browser' | 'cli'
  appVersion: string
  /** Read only (the core host's reader thread): no migration, and every write refused by SQLite. */
  readOnly?: boolean
  /**
   * How long one statement waits for another program's lock before answering BUSY. The host keeps
   * it short and retries without blocking its thread (electron/core/host/coreHost.ts).
   */
  busyTimeoutMs?: number
  /** The data key of an encrypted journal (electron/core/encryption); absent for a plain one. */
  key?: JournalKey
}

export type Core = {
  /** Every operation of the contract. */
  handlers: Handlers
  /** The same operations as an Invoke (validated by dispatch), for the faces. */
  invoke: Invoke
  /** The one connection, for other core services (insights). */
  db: Database.Database
  dataDir: string
  databasePath: string
  /** Opened with a key: every copy it writes (backups) is encrypted with the same key. */
  encrypted: boolean
  /** SQLite's integrity and foreign-key checks plus the app's own. */
  check(): CheckReport
  /** A consistent copy of the live journal (encrypted like the journal: db/copyJournal.ts). */
  backup(toFile: string): Promise<void>
  close(): void
}

/** One writing connection per journal per thread: a second would fight the first for the write lock. */
const openJournals = new Set<string>()

/**
 * Opens (creating and migrating as needed) the journal in `dataDir`. Throws `AppFailure`:
 * NEWER_SCHEMA for a journal from a newer Coachbook, IO_FAILURE when the file cannot be used,
 * CONFLICT when this process already has it open.
 */
export function openCore(options: CoreOptions): Core {
  const dataDir = path.resolve(options.dataDir)
  const file = databasePath(dataDir)
  const writes = !options.readOnly
  if (writes && openJournals.has(file)) {
    throw new AppFailure('CONFLICT', `The journal at ${file} is already open in this process`)
  }
  const key = options.key ?? null
  const db = writes
    ? openJournalDatabase(file, backupsDir(dataDir), options.busyTimeoutMs, key)
    : openJournalForReading(file, options.busyTimeoutMs, key)
  if (writes) openJournals.add(file)

  const ctx = createContext(db, createRepositories(db), {
    name: 'Coachbook',
    version: options.appVersion,
    schemaVersion: SCHEMA_VERSION,
    dataDir,
    databasePath: file,
    face: options.face,
  }, key !== null)

  const handlers = createHandlers(ctx)
  return {
    handlers,
    invoke: invokeHandlers(handlers),
    db,
    dataDir,
    databasePath: file,
    encrypted: key !== null,
    check: () => checkDatabase(db),
    backup: async (toFile) => {
      const target = path.resolve(toFile)
      if (target === file) throw new AppFailure('INVALID_INPUT', 'A backup cannot overwrite the journal it copies')
      try {
        fs.mkdirSync(path.dirname(target), { recursive: true })
        await copyJournal(db, target, { encrypted: key !== null })
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error)
        throw new AppFailure('IO_FAILURE', `Could not write the backup to ${target}: ${reason}`)
      }
    },
    close: () => {
      if (!db.open) return
      db.close()
      if (writes) openJournals.delete(file)
    },
  }
}
