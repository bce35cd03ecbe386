import fs from 'node:fs'
import type Database from 'better-sqlite3-multiple-ciphers'
import { openDatabase } from './database'

/**
 * The one connection a process holds to the journal. WAL lets the app and the CLI read while the
 * other writes; synchronous=FULL trades a little speed for not losing the last entry on power loss.
 */
export const BUSY_TIMEOUT_MS = 5000

/**
 * The journal's data key (32 bytes) when it is encrypted, null when it is plain. SQLCipher's
 * format through SQLite3MultipleCiphers, the key given raw (no key derivation inside SQLite:
 * the passphrase is stretched once, when it unwraps this key; electron/core/encryption).
 */
export type JournalKey = Uint8Array | null

/** The first 16 bytes of every plain SQLite file; an encrypted one starts with random bytes. */
const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1')

/**
 * True when the file looks like an encrypted SQLite database: whole pages (its size a multiple of
 * 512 bytes, the smallest page) that do not start as plain SQLite does. An encrypted file starts
 * with random bytes, so this cannot be proven without the key; the page rule keeps other files
 * (a text file saved over the journal) reported as damaged rather than as locked.
 */
export function isEncryptedFile(file: string): boolean {
  let handle: number
  try {
    handle = fs.openSync(file, 'r')
  } catch {
    return false
  }
  try {
    const size = fs.fstatSync(handle).size
    if (size === 0 || size % 512 !== 0) return false
    const head = Buffer.alloc(SQLITE_HEADER.length)
    const read = fs.readSync(handle, head, 0, head.length, 0)
    return read === head.length && !head.equals(SQLITE_HEADER)
  } finally {
    fs.closeSync(handle)
  }
}

/** Must come first on a new connection, before any statement reads the file. */
export function applyKey(db: Database.Database, key: JournalKey): void {
  if (!key) return
  db.pragma("cipher = 'sqlcipher'")
  db.pragma(`key = "x'${Buffer.from(key).toString('hex')}'"`)
}

export function openConnection(file: string, busyTimeoutMs = BUSY_TIMEOUT_MS, key: JournalKey = null): Database.Database {
  // The folder is not created here: whether a journal may be made in it is open.ts's decision.
  // The timeout comes first: switching to WAL has to wait for another process's lock like anything else.
  const db = openDatabase(file, { timeout: busyTimeoutMs })
  try {
    applyKey(db, key)
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
export function openReadOnlyConnection(file: string, busyTimeoutMs = BUSY_TIMEOUT_MS, key: JournalKey = null): Database.Database {
  const db = openDatabase(file, { readonly: true, fileMustExist: true, timeout: busyTimeoutMs })
  try {
    applyKey(db, key)
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
export function openForLooking(file: string, key: JournalKey = null): Database.Database {
  const db = openDatabase(file, { fileMustExist: true, timeout: BUSY_TIMEOUT_MS })
  try {
    applyKey(db, key)
    return db
  } catch (error) {
    db.close()
    throw error
  }
}
