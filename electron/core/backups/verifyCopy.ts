import fs from 'node:fs'
import type Database from 'better-sqlite3-multiple-ciphers'
import type { RecordCounts } from '../../../shared/backups'
import { applyKey, isEncryptedFile, type JournalKey } from '../db/connection'
import { openDatabase } from '../db/database'
import { readSchemaVersion } from '../db/migrations'

/**
 * What a copy of a journal holds, read without changing it: its schema version and how many
 * reps, calls and sessions it has. Throws when it is not a Coachbook journal that SQLite can read.
 */
export type CopyContents = { schemaVersion: number; counts: RecordCounts }

export function readCopy(db: Database.Database): CopyContents {
  const schemaVersion = readSchemaVersion(db)
  if (schemaVersion < 1) throw new Error('it holds no Coachbook journal')
  return { schemaVersion, counts: countRecords(db) }
}

export function countRecords(db: Database.Database): RecordCounts {
  const count = (table: string) => (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n
  return { reps: count('reps'), calls: count('calls'), sessions: count('coaching_sessions') }
}

/**
 * Proves a fresh copy before it joins the backups: SQLite's integrity_check must pass, and it must
 * read as a journal. The copy is also turned into a plain rollback-journal file (a copy taken with
 * the backup API is in WAL mode like its source), so that it is one self-contained file that can
 * be opened read-only, listed or copied elsewhere without -wal or -shm files appearing beside it.
 */
export function verifyCopy(file: string, key: JournalKey = null): CopyContents {
  const db = openDatabase(file, { fileMustExist: true })
  try {
    applyKey(db, keyFor(file, key))
    db.pragma('journal_mode = DELETE')
    const problems = (db.pragma('integrity_check') as { integrity_check: string }[])
      .map((row) => row.integrity_check)
      .filter((message) => message !== 'ok')
    if (problems.length > 0) throw new Error(`integrity_check: ${problems[0] ?? ''}`)
    return readCopy(db)
  } finally {
    db.close()
  }
}

/**
 * The same facts for a listed copy. A verified copy is opened read-only (it needs no side files);
 * a WAL-mode copy left by an earlier version is opened plainly, so that SQLite removes the -wal and
 * -shm files it needs again when it closes, and nothing is written.
 */
export function lookAtCopy(file: string, key: JournalKey = null): CopyContents {
  const db = openDatabase(file, { readonly: !isWalFile(file), fileMustExist: true })
  try {
    applyKey(db, keyFor(file, key))
    return readCopy(db)
  } finally {
    db.close()
  }
}

/**
 * The key to read a copy with: the journal's for an encrypted copy, none for a plain one (a copy
 * from before encryption was turned on, or one the person put there). Without a key, an encrypted
 * copy fails to read ("file is not a database") and is listed as unreadable.
 */
export function keyFor(file: string, key: JournalKey): JournalKey {
  return isEncryptedFile(file) ? key : null
}

/** Bytes 18 and 19 of a SQLite header are 2 in a WAL-mode file. */
function isWalFile(file: string): boolean {
  const header = Buffer.alloc(20)
  const fd = fs.openSync(file, 'r')
  try {
    fs.readSync(fd, header, 0, 20, 0)
  } finally {
    fs.closeSync(fd)
  }
  return header[18] === 2
}
