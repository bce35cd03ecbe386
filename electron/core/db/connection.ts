import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3-multiple-ciphers'

/**
 * The one connection a process holds to the journal. WAL lets the app and the CLI read while the
 * other writes; synchronous=FULL trades a little speed for not losing the last entry on power loss.
 */
export const BUSY_TIMEOUT_MS = 5000

export function openConnection(file: string, busyTimeoutMs = BUSY_TIMEOUT_MS): Database.Database {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  // The timeout comes first: switching to WAL has to wait for another process's lock like anything else.
  const db = new Database(file, { timeout: busyTimeoutMs })
  try {
    db.pragma(`busy_timeout = ${busyTimeoutMs}`)
    db.pragma('journal_mode = WAL')
    db.pragma('synchronous = FULL')
    db.pragma('foreign_keys = ON')
    return db
  } catch (error) {
    db.close()
    throw error
  }
}

/**
 * A connection that can only read, for the core host's reader thread: it never migrates (the
 * writer has, before a reader starts) and SQLite refuses any write through it. Temporary tables
 * (search builds its snippets in one) still work.
 */
export function openReadOnlyConnection(file: string, busyTimeoutMs = BUSY_TIMEOUT_MS): Database.Database {
  const db = new Database(file, { readonly: true, fileMustExist: true, timeout: busyTimeoutMs })
  try {
    db.pragma(`busy_timeout = ${busyTimeoutMs}`)
    return db
  } catch (error) {
    db.close()
    throw error
  }
}

/**
 * A plain connection with no pragmas, to look before deciding whether to open the journal at all:
 * it switches nothing and writes nothing. (A read-only connection would be the obvious choice, but
 * on a WAL journal it leaves -wal and -shm files behind, which a plain connection removes on close.)
 */
export function openForLooking(file: string): Database.Database {
  return new Database(file, { fileMustExist: true, timeout: BUSY_TIMEOUT_MS })
}
