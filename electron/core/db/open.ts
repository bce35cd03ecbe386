import type Database from 'better-sqlite3-multiple-ciphers'
import { AppFailure } from '../../../shared/result'
import { openConnection, openReadOnlyConnection } from './connection'
import { assertKnownSchema, migrate, probeSchemaVersion, readSchemaVersion, SCHEMA_VERSION } from './migrations'

/**
 * Opens the journal file ready for use: first a look at its schema version that writes nothing
 * (a journal from a newer Coachbook is refused before a byte is written), then the connection and
 * the migrations.
 */
export function openJournalDatabase(file: string, backupsDir: string, busyTimeoutMs?: number): Database.Database {
  try {
    const found = probeSchemaVersion(file)
    if (found !== null) assertKnownSchema(found)
    const db = openConnection(file, busyTimeoutMs)
    try {
      migrate(db, { backupsDir })
      return db
    } catch (error) {
      db.close()
      throw error
    }
  } catch (error) {
    throw asOpenFailure(error, file)
  }
}

/**
 * Opens the journal for reading only, once the writer has opened (and migrated) it: a journal at
 * any other schema version is refused rather than read wrongly.
 */
export function openJournalForReading(file: string, busyTimeoutMs?: number): Database.Database {
  try {
    const db = openReadOnlyConnection(file, busyTimeoutMs)
    const version = readSchemaVersion(db)
    if (version !== SCHEMA_VERSION) {
      db.close()
      throw new AppFailure('IO_FAILURE', `The journal at ${file} is at schema version ${version}, not ${SCHEMA_VERSION}: open it for writing first`)
    }
    return db
  } catch (error) {
    throw asOpenFailure(error, file)
  }
}

/** Low-level failures become a message a person can act on; our own failures pass through. */
function asOpenFailure(error: unknown, file: string): unknown {
  if (error instanceof AppFailure) return error
  const code = (error as { code?: unknown } | null)?.code
  const message = error instanceof Error ? error.message : String(error)
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
    return new AppFailure('IO_FAILURE', `The journal at ${file} is damaged or is not a Coachbook database (${message})`)
  }
  // SQLite's own codes, and the errno codes of the file system (ENOENT, EACCES, ENOTDIR, ENOSPC…).
  if (typeof code === 'string' && (code.startsWith('SQLITE_') || /^E[A-Z]+$/.test(code))) {
    return new AppFailure('IO_FAILURE', `Cannot open the journal at ${file}: ${message}`)
  }
  return error
}
