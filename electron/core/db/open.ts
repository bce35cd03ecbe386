import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type Database from 'better-sqlite3-multiple-ciphers'
import { isDiskFullError } from '../../../shared/dispatch'
import { AppFailure } from '../../../shared/result'
import type { BackupStore } from '../backups/backupStore'
import { diskIsFull } from '../files'
import { databasePath } from '../paths'
import { ensurePrivateDir, makePrivate, PRIVATE_DIR_MODE } from '../privateFiles'
import { applyKey, isEncryptedFile, openConnection, openReadOnlyConnection, type JournalKey } from './connection'
import { openDatabase } from './database'
import {
  assertJournalIntact,
  damageFrom,
  examineJournal,
  JournalNeedsRecovery,
  journalIsLocked,
  lookAtJournal,
  noJournalHere,
  notCoachbook,
  wrongKey,
} from './journalHealth'
import { assertKnownSchema, migrate, readSchemaVersion, SCHEMA_VERSION, type MigrateOptions } from './migrations'

export type OpenForWritingOptions = {
  busyTimeoutMs?: number
  /**
   * Whether a journal may be created when the folder holds none. Only ever in a folder with
   * nothing of a journal in it: a missing, empty or damaged file is never replaced.
   */
  create: boolean
  /** Where the copy taken before migrating goes. */
  backups: BackupStore
  /** The data key of an encrypted journal (electron/core/encryption); null for a plain one. */
  key?: JournalKey
  /** Told when an existing journal is about to be upgraded (MigrateOptions.onUpgrade). */
  onUpgrade?: MigrateOptions['onUpgrade']
}

/**
 * Opens the journal for writing. In order: a look at the file (missing, empty, not a database →
 * JournalNeedsRecovery), then, on a connection that writes nothing, its schema version (a journal
 * from a newer Coachbook is refused untouched), whether it is a Coachbook journal, and SQLite's
 * quick_check (damage → recovery); only then the connection (WAL) and the migrations. A new journal is made under a temporary name and
 * linked into place, so no crash can leave an empty or half-made coachbook.db behind.
 */
export function openJournalDatabase(dataDir: string, options: OpenForWritingOptions): Database.Database {
  const file = databasePath(dataDir)
  const key = options.key ?? null
  try {
    const look = lookAtJournal(dataDir)
    if (look.kind === 'problem') throw new JournalNeedsRecovery(look.problem)
    if (look.kind === 'new') {
      if (!options.create) throw noJournalHere(dataDir)
      createJournal(dataDir, options)
    } else {
      assertKeyFits(file, look.encrypted, key)
    }
    examineJournal(file, key)
    const db = openConnection(file, options.busyTimeoutMs, key)
    try {
      migrate(db, { backupBeforeMigrating: (live) => options.backups.takeNow(live.name, 'before-migration'), onUpgrade: options.onUpgrade })
      makePrivate(file)
      makePrivate(dataDir, PRIVATE_DIR_MODE)
      return db
    } catch (error) {
      db.close()
      throw error
    }
  } catch (error) {
    throw asOpenFailure(error, file, key)
  }
}

/**
 * Opens the journal for reading only, once the writer has opened (and migrated) it: a journal at
 * any other schema version is refused rather than read wrongly.
 */
export function openJournalForReading(file: string, busyTimeoutMs?: number, key: JournalKey = null): Database.Database {
  try {
    assertKeyFits(file, isEncryptedFile(file), key)
    const db = openReadOnlyConnection(file, busyTimeoutMs, key)
    const version = readSchemaVersion(db)
    if (version !== SCHEMA_VERSION) {
      db.close()
      throw new AppFailure('IO_FAILURE', `The journal at ${file} is at schema version ${version}, not ${SCHEMA_VERSION}: open it for writing first`)
    }
    return db
  } catch (error) {
    throw asOpenFailure(error, file, key)
  }
}

/**
 * An encrypted journal opened without its key would read as damaged; a plain one given a key
 * would be half encrypted by the first write. Both are refused before SQLite sees the file: a
 * locked journal is LOCKED (the lock screen), never NEEDS_RECOVERY (the recovery screen).
 */
export function assertKeyFits(file: string, encrypted: boolean, key: JournalKey): void {
  if (encrypted && !key) throw journalIsLocked(file)
  if (key && !encrypted) {
    throw new AppFailure('CONFLICT', `The journal at ${file} is not encrypted; it opens without a passphrase`)
  }
}

/** A journal at an older schema, which a command that only reads will not upgrade. */
export class OlderSchema extends AppFailure {
  constructor(file: string, found: number) {
    super('CONFLICT', `The journal at ${file} is at schema version ${found}; this app upgrades it to ${SCHEMA_VERSION} when it opens it for writing`)
    this.name = 'OlderSchema'
  }
}

/**
 * Opens the journal for a command that only reads (export, check, metrics, backup): nothing is
 * created, migrated or switched. A journal this process may write is opened with a plain
 * connection (no pragmas; SQLite tidies its WAL when it closes); one it may not (a read-only file
 * or folder), or one on a full disk, is read from a copy in memory, so no -wal or -shm file has to
 * be created beside it — a person whose disk is full can still export their journal elsewhere.
 */
export function openJournalToRead(dataDir: string, busyTimeoutMs?: number, key: JournalKey = null): Database.Database {
  const file = databasePath(dataDir)
  try {
    const look = lookAtJournal(dataDir)
    if (look.kind === 'new') throw noJournalHere(dataDir)
    if (look.kind === 'problem') throw new JournalNeedsRecovery(look.problem)
    assertKeyFits(file, look.encrypted, key)
    const inPlace = (canWrite(file) && !diskIsFull(path.dirname(file))) || hasWal(file)
    const db = inPlace ? plainConnection(file, busyTimeoutMs, key) : snapshotInMemory(file, key)
    try {
      const found = readSchemaVersion(db)
      assertKnownSchema(found)
      if (found === 0 && hasTables(db)) throw notCoachbook(file)
      if (found < SCHEMA_VERSION) throw new OlderSchema(file, found)
      assertJournalIntact(db, file)
      return db
    } catch (error) {
      db.close()
      throw error
    }
  } catch (error) {
    throw asOpenFailure(error, file, key)
  }
}

function plainConnection(file: string, busyTimeoutMs = 5000, key: JournalKey = null): Database.Database {
  // Read-only when the file is: a WAL left by a crash on a read-only disk is read as it is.
  const db = openDatabase(file, { fileMustExist: true, readonly: !canWrite(file), timeout: busyTimeoutMs })
  try {
    applyKey(db, key)
    return db
  } catch (error) {
    db.close()
    throw error
  }
}

function snapshotInMemory(file: string, key: JournalKey): Database.Database {
  // An encrypted file's header is encrypted too: it is read in place, read-only.
  if (key) return plainConnection(file, undefined, key)
  const bytes = fs.readFileSync(file)
  // A WAL-mode header cannot be opened from memory; with no WAL beside it, the file is all there is.
  if (bytes[18] === 2) bytes[18] = 1
  if (bytes[19] === 2) bytes[19] = 1
  // Writable only in memory (the checks build temporary tables); nothing can reach the file.
  return openDatabase(bytes)
}

function canWrite(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.W_OK)
    fs.accessSync(path.dirname(file), fs.constants.W_OK)
    return true
  } catch {
    return false
  }
}

function hasWal(file: string): boolean {
  return (fs.statSync(`${file}-wal`, { throwIfNoEntry: false })?.size ?? 0) > 0
}

function hasTables(db: Database.Database): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' LIMIT 1").get() !== undefined
}

/**
 * The first start in a folder without a journal: the new journal is made complete under a
 * temporary name, then linked to coachbook.db — which fails if another process has just created
 * one, whose journal is then used instead of being replaced.
 */
function createJournal(dataDir: string, options: OpenForWritingOptions): void {
  ensurePrivateDir(dataDir)
  const file = databasePath(dataDir)
  const temp = path.join(dataDir, `.coachbook-new-${randomBytes(6).toString('hex')}.db`)
  try {
    const db = openConnection(temp, options.busyTimeoutMs, options.key ?? null)
    try {
      migrate(db)
    } finally {
      db.close()
    }
    makePrivate(temp)
    try {
      fs.linkSync(temp, file)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') return
      // A file system without hard links: rename, which only a simultaneous first start could race.
      if (!fs.existsSync(file)) fs.renameSync(temp, file)
    }
  } finally {
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(temp + suffix, { force: true })
  }
}

/** Low-level failures become a message a person can act on; our own failures pass through. */
export function asOpenFailure(error: unknown, file: string, key: JournalKey = null): unknown {
  if (error instanceof AppFailure) return error
  // With a key, "not a database" means the key does not open it: locked, not damaged.
  if (key && (error as { code?: unknown } | null)?.code === 'SQLITE_NOTADB') return wrongKey(file)
  const damage = damageFrom(error, file)
  if (damage) return damage
  const code = (error as { code?: unknown } | null)?.code
  const message = error instanceof Error ? error.message : String(error)
  // SQLite's own codes, and the errno codes of the file system (ENOENT, EACCES, ENOTDIR, ENOSPC…).
  if (typeof code === 'string' && (code.startsWith('SQLITE_') || /^E[A-Z]+$/.test(code))) {
    // Opening writes (the WAL and its index): on a full disk that fails as "disk I/O error".
    if (isDiskFullError(error) || diskIsFull(path.dirname(file))) {
      return new AppFailure(
        'DISK_FULL',
        `Cannot open the journal at ${file}: the disk is full. Free some space on it and open Coachbook again; nothing in the journal was changed.`,
      )
    }
    return new AppFailure('IO_FAILURE', `Cannot open the journal at ${file}: ${message}`)
  }
  return error
}
