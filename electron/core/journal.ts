import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type Database from 'better-sqlite3-multiple-ciphers'
import type { BackupInfo } from '../../shared/backups'
import type { Handlers } from '../../shared/contract'
import { localToday } from '../../shared/dates'
import { invokeHandlers, type Invoke } from '../../shared/invoke'
import { AppFailure } from '../../shared/result'
import { createBackupStore, type BackupStore } from './backups/backupStore'
import { verifyCopy } from './backups/verifyCopy'
import { createContext } from './context'
import type { JournalKey } from './db/connection'
import { copyJournal } from './db/copyJournal'
import { createErrorLog } from './errorLog'
import { checkDatabase, type CheckReport } from './db/integrity'
import { SCHEMA_VERSION } from './db/migrations'
import { openJournalDatabase, openJournalForReading, openJournalToRead, type OpenForWritingOptions } from './db/open'
import { createRepositories } from './db/repositories'
import { writeFailure } from './files'
import { createHandlers } from './handlers'
import { backupsDir, databasePath } from './paths'
import { sandboxFileReader, type FileReader } from './sandbox'
import { makePrivate, PRIVATE_DIR_MODE } from './privateFiles'

export type CoreOptions = {
  dataDir: string
  face: 'electron' | 'browser' | 'cli'
  appVersion: string
  /**
   * How files handed to the journal are read: by default in the file sandbox's worker, with
   * limits. Unit tests, which run the TypeScript sources where no built worker exists, read them
   * on their own thread (test/helpers/tempJournal.ts).
   */
  fileReader?: FileReader
  /**
   * How the journal is opened:
   * - 'write' (the default): to read and write it; made in a folder that holds no journal (unless
   *   `create` is false), checked with quick_check, migrated;
   * - 'read': by a command that only reads (export, check, metrics, backup): nothing is created,
   *   migrated or written, and a read-only journal can be read;
   * - 'reader': the core host's reader thread, beside the writer that opened it; every write is
   *   refused by SQLite.
   */
  access?: 'write' | 'read' | 'reader'
  /** Whether 'write' may make a new journal in a folder that holds none (default true). */
  create?: boolean
  /**
   * How long one statement waits for another program's lock before answering BUSY. The host keeps
   * it short and retries without blocking its thread (electron/core/host/coreHost.ts).
   */
  busyTimeoutMs?: number
  /** The data key of an encrypted journal (electron/core/encryption); absent for a plain one. */
  key?: JournalKey
  /**
   * 'between-calls': the writing connection leaves copying the WAL into the journal file to its
   * owner, who calls `foldWal()` when no call is waiting (the core host's writer, coreWorker.ts);
   * SQLite's own checkpoint inside a commit stays only as a backstop, at WAL_BACKSTOP_PAGES.
   * 'in-commits' (the default, the CLI's one-shot commands): SQLite's own, every 1,000 pages.
   */
  walCheckpoints?: 'in-commits' | 'between-calls'
  /** Told when 'write' is about to upgrade a journal made by an older version (a face says so: it can take a while). */
  onUpgrade?: OpenForWritingOptions['onUpgrade']
}

/**
 * How many pages the WAL may hold before SQLite checkpoints inside a commit anyway, when the owner
 * folds it between calls: far more than a burst of saves writes (an autosave of a debrief appends
 * about 20 pages at 100,000 calls), so a save never pays for a checkpoint (docs/performance.md).
 */
export const WAL_BACKSTOP_PAGES = 10_000

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
  backups: BackupStore
  /** SQLite's integrity and foreign-key checks plus the app's own. */
  check(): CheckReport
  /** A verified copy of the live journal at `toFile`, which must not exist yet (`backup --out`). */
  copyTo(toFile: string): Promise<void>
  /** The app's daily backup: taken when the journal holds something and no copy was taken today. */
  dailyBackup(): Promise<BackupInfo | null>
  /** Folds the WAL into the journal file, if nobody is reading: when idle and before closing. */
  checkpoint(): void
  /**
   * Copies the pages committed to the WAL into the journal file without waiting for anyone
   * (SQLite's PASSIVE checkpoint), when any are waiting. Cheap when there is nothing to copy;
   * readers keep reading meanwhile (pages a reader still needs wait for the next fold).
   */
  foldWal(): void
  close(): void
}

/** One writing connection per journal per thread: a second would fight the first for the write lock. */
const openJournals = new Set<string>()

/**
 * Opens the journal in `dataDir`. Throws `AppFailure`: NEEDS_RECOVERY (JournalNeedsRecovery) for
 * a missing, empty or damaged journal, NOT_FOUND where there is no journal and none may be made,
 * NEWER_SCHEMA for a journal from a newer Coachbook, IO_FAILURE when the file cannot be used,
 * CONFLICT when this process already has it open.
 */
export function openCore(options: CoreOptions): Core {
  const dataDir = path.resolve(options.dataDir)
  const file = databasePath(dataDir)
  const access = options.access ?? 'write'
  const writes = access === 'write'
  if (writes && openJournals.has(file)) {
    throw new AppFailure('CONFLICT', `The journal at ${file} is already open in this process`)
  }
  const key = options.key ?? null
  const backups = createBackupStore(backupsDir(dataDir), { key })
  const db =
    access === 'write'
      ? openJournalDatabase(dataDir, { create: options.create ?? true, backups, busyTimeoutMs: options.busyTimeoutMs, key, onUpgrade: options.onUpgrade })
      : access === 'read'
        ? openJournalToRead(dataDir, options.busyTimeoutMs, key)
        : openJournalForReading(file, options.busyTimeoutMs, key)
  if (writes) {
    openJournals.add(file)
    backups.removeLeftovers()
    if (options.walCheckpoints === 'between-calls') db.pragma(`wal_autocheckpoint = ${WAL_BACKSTOP_PAGES}`)
  }

  const ctx = createContext(
    db,
    createRepositories(db),
    {
      name: 'Coachbook',
      version: options.appVersion,
      schemaVersion: SCHEMA_VERSION,
      dataDir,
      databasePath: file,
      backupsDir: backups.dir,
      face: options.face,
    },
    backups,
    options.fileReader ?? sandboxFileReader(),
    key,
  )

  const checkpoint = () => {
    if (!writes || !db.open) return
    const previous = db.pragma('busy_timeout', { simple: true }) as number
    try {
      // Never wait: a reader in another program simply leaves the rest for next time.
      db.pragma('busy_timeout = 0')
      db.pragma('wal_checkpoint(TRUNCATE)')
    } catch {
      // Busy or read-only: the WAL stays, and SQLite reads it as part of the journal.
    } finally {
      db.pragma(`busy_timeout = ${previous}`)
    }
  }

  const foldWal = () => {
    // NOOP reads the WAL's header and copies nothing: a fold with nothing to copy costs no fsync.
    if (!writes || !db.open || framesWaiting(db) === 0) return
    try {
      // PASSIVE never waits (SQLite calls no busy handler for it): what cannot be copied now waits.
      db.pragma('wal_checkpoint(PASSIVE)')
    } catch {
      // Another program's checkpoint under way, or a read-only file: the pages wait for the next fold.
    }
  }

  const handlers = createHandlers(ctx)
  return {
    handlers,
    invoke: invokeHandlers(handlers, { reportUnexpected: createErrorLog(dataDir) }),
    db,
    dataDir,
    databasePath: file,
    encrypted: key !== null,
    backups,
    check: () => checkDatabase(db),
    copyTo: (toFile) => copyJournalTo(db, file, toFile, key),
    dailyBackup: async () => {
      const { reps, calls, sessions } = ctx.repos
      if (backups.hasOneFrom(localToday()) || reps.count() + calls.count() + sessions.count() === 0) return null
      return (await backups.take(db, 'daily')).keep()
    },
    checkpoint,
    foldWal,
    close: () => {
      if (!db.open) return
      checkpoint()
      db.close()
      if (writes) openJournals.delete(file)
    },
  }
}

/** Frames committed to the WAL and not yet copied into the journal file (0 when not in WAL mode). */
export function framesWaiting(db: Database.Database): number {
  const [row] = db.pragma('wal_checkpoint(NOOP)') as Array<{ busy: number; log: number; checkpointed: number }>
  if (!row || row.log < 0) return 0
  return row.log - row.checkpointed
}

/** A verified, private copy written next to its target and renamed into place. */
async function copyJournalTo(db: Database.Database, journal: string, toFile: string, key: JournalKey): Promise<void> {
  const target = path.resolve(toFile)
  if (target === journal) throw new AppFailure('INVALID_INPUT', 'A backup cannot overwrite the journal it copies')
  if (fs.existsSync(target)) throw new AppFailure('CONFLICT', `${target} already exists; choose a new file name`)
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`)
  try {
    // A folder made here is private; one that exists is the user's to set.
    fs.mkdirSync(path.dirname(target), { recursive: true, mode: PRIVATE_DIR_MODE })
    // Encrypted like the journal, and proven with its key.
    await copyJournal(db, temp, { encrypted: key !== null })
    makePrivate(temp)
    verifyCopy(temp, key)
    if (fs.existsSync(target)) throw new AppFailure('CONFLICT', `${target} already exists; choose a new file name`)
    fs.renameSync(temp, target)
  } catch (error) {
    if (error instanceof AppFailure) throw error
    throw writeFailure(`Could not write the backup to ${target}`, error)
  } finally {
    for (const suffix of ['', '-journal', '-wal', '-shm']) {
      try {
        fs.rmSync(temp + suffix, { force: true })
      } catch {
        // Nothing could be written there either.
      }
    }
  }
}
