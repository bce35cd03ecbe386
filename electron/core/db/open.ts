import fs from 'node:fs'
import type Database from 'better-sqlite3-multiple-ciphers'
import { AppFailure } from '../../../shared/result'
import { isEncryptedFile, openConnection, openReadOnlyConnection, type JournalKey } from './connection'
import { assertKnownSchema, migrate, probeSchemaVersion, readSchemaVersion, SCHEMA_VERSION } from './migrations'

/**
 * Opens the journal file ready for use: first a look at its schema version that writes nothing
 * (a journal from a newer Coachbook is refused before a byte is written), then the connection and
 * the migrations.
 */
export function openJournalDatabase(file: string, backupsDir: string, busyTimeoutMs?: number, key: JournalKey = null): Database.Database {
  try {
    assertKeyFits(file, key)
    const found = probeSchemaVersion(file, key)
    if (found !== null) assertKnownSchema(found)
    const db = openConnection(file, busyTimeoutMs, key)
    try {
      migrate(db, { backupsDir })
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
    assertKeyFits(file, key)
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
 * would be half encrypted by the first write. Both are refused before SQLite sees the file.
 */
function assertKeyFits(file: string, key: JournalKey): void {
  if (isEncryptedFile(file) && !key) {
    throw new AppFailure('LOCKED', `The journal at ${file} is encrypted: unlock it with its passphrase`)
  }
  if (key && fs.existsSync(file) && fs.statSync(file).size > 0 && !isEncryptedFile(file)) {
    throw new AppFailure('CONFLICT', `The journal at ${file} is not encrypted; it opens without a passphrase`)
  }
}

/** Low-level failures become a message a person can act on; our own failures pass through. */
function asOpenFailure(error: unknown, file: string, key: JournalKey = null): unknown {
  if (error instanceof AppFailure) return error
  const code = (error as { code?: unknown } | null)?.code
  const message = error instanceof Error ? error.message : String(error)
  if (code === 'SQLITE_NOTADB' && key) {
    return new AppFailure('LOCKED', `That passphrase or recovery key does not open the journal at ${file}`)
  }
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
    return new AppFailure('IO_FAILURE', `The journal at ${file} is damaged or is not a Coachbook database (${message})`)
  }
  // SQLite's own codes, and the errno codes of the file system (ENOENT, EACCES, ENOTDIR, ENOSPC…).
  if (typeof code === 'string' && (code.startsWith('SQLITE_') || /^E[A-Z]+$/.test(code))) {
    return new AppFailure('IO_FAILURE', `Cannot open the journal at ${file}: ${message}`)
  }
  return error
}
