import fs from 'node:fs'
import path from 'node:path'
import type Database from 'better-sqlite3-multiple-ciphers'
import { AppFailure } from '../../../shared/result'
import { applyKey, isEncryptedFile, openConnection, openForLooking, type JournalKey } from '../db/connection'
import { readSchemaVersion } from '../db/migrations'
import { backupsDir, databasePath } from '../paths'

/**
 * Turning encryption on or off: the journal and every backup beside it rewritten, all or nothing.
 *
 * 1. The journal's write lock is taken (no other program can write during the rewrite) after its
 *    WAL has been checkpointed, so the file holds everything committed.
 * 2. Each file is copied to a staging file beside it, and the copy is rewritten (`PRAGMA rekey`,
 *    which SQLite3MultipleCiphers refuses in WAL mode, so the copy is switched to DELETE first).
 * 3. Each staged copy is checked with the new key (integrity check, same schema version and
 *    tables) before anything is replaced.
 * 4. Only then is each file replaced by its copy with an atomic rename, the journal last.
 * Any failure before step 4 removes the staged copies and leaves every original untouched: the
 * original is the backup until its replacement is proven. No plain copy is kept once encrypted
 * (it would defeat the point); docs/encryption.md says what this cannot erase.
 *
 * The caller must have closed its own connections to the journal first (the core host does).
 */
export type ConversionReport = {
  /** Backups rewritten beside the journal. */
  backups: number
  /** Backups left as they were: already in the wanted form, or encrypted with another key. */
  skipped: string[]
}

type Direction = { to: 'encrypted'; key: Uint8Array } | { to: 'plain'; key: Uint8Array }

export function encryptJournal(dataDir: string, key: Uint8Array): ConversionReport {
  return convertJournal(dataDir, { to: 'encrypted', key })
}

export function decryptJournal(dataDir: string, key: Uint8Array): ConversionReport {
  return convertJournal(dataDir, { to: 'plain', key })
}

const STAGED_SUFFIX = '.converting'

function convertJournal(dataDir: string, direction: Direction): ConversionReport {
  const file = databasePath(dataDir)
  const encrypting = direction.to === 'encrypted'
  if (!fs.existsSync(file)) throw new AppFailure('NOT_FOUND', `There is no journal at ${file}`)
  if (isEncryptedFile(file) === encrypting) {
    throw new AppFailure('CONFLICT', encrypting ? 'The journal is already encrypted' : 'The journal is not encrypted')
  }
  const sourceKey: JournalKey = encrypting ? null : direction.key
  const staged: { from: string; to: string }[] = []
  const skipped: string[] = []
  const source = openConnection(file, undefined, sourceKey)
  try {
    const expected = holdStill(source, file)
    staged.push({ from: stage(file, direction, { wal: true, expected }), to: file })
    for (const backup of listBackups(dataDir)) {
      if (isEncryptedFile(backup) === encrypting || (!encrypting && !opensWith(backup, direction.key))) {
        skipped.push(backup)
        continue
      }
      staged.push({ from: stage(backup, direction, { wal: false, expected: null }), to: backup })
    }
    // Every copy is proven: replace the backups, then the journal (still holding its lock).
    const backups = staged.length - 1
    for (const { from, to } of [...staged].reverse()) fs.renameSync(from, to)
    staged.length = 0
    return { backups, skipped }
  } catch (error) {
    for (const { from } of staged) removeDatabaseFiles(from)
    throw asConversionFailure(error, encrypting)
  } finally {
    if (source.inTransaction) source.exec('ROLLBACK')
    source.close()
  }
}

/**
 * Checkpoints the WAL into the file and takes the write lock, so the file on disk is the whole
 * journal and stays so. Answers what the copy must show: the schema version and the tables.
 */
function holdStill(db: Database.Database, file: string): Expected {
  db.pragma('wal_checkpoint(TRUNCATE)')
  db.exec('BEGIN IMMEDIATE')
  // Another program could have committed between the checkpoint and the lock.
  const wal = `${file}-wal`
  if (fs.existsSync(wal) && fs.statSync(wal).size > 0) {
    throw new AppFailure('BUSY', 'Another program is writing to the journal; close it and try again')
  }
  return describe(db)
}

type Expected = { version: number; tables: string }

function describe(db: Database.Database): Expected {
  const tables = db.prepare("SELECT group_concat(name, ',') AS names FROM (SELECT name FROM sqlite_master ORDER BY name)").get() as { names: string | null }
  return { version: readSchemaVersion(db), tables: tables.names ?? '' }
}

/** Copies `file` beside itself and rewrites the copy in the wanted form; answers the copy's path. */
function stage(file: string, direction: Direction, options: { wal: boolean; expected: Expected | null }): string {
  const target = `${file}${STAGED_SUFFIX}`
  removeDatabaseFiles(target)
  fs.copyFileSync(file, target)
  const hex = Buffer.from(direction.key).toString('hex')
  const db = openForLooking(target, direction.to === 'plain' ? direction.key : null)
  try {
    db.pragma('journal_mode = DELETE')
    if (direction.to === 'encrypted') {
      db.pragma("cipher = 'sqlcipher'")
      db.pragma(`rekey = "x'${hex}'"`)
    } else {
      db.pragma("rekey = ''")
    }
    if (options.wal) db.pragma('journal_mode = WAL')
  } finally {
    db.close()
  }
  verify(target, direction.to === 'encrypted' ? direction.key : null, options.expected ?? describeFile(file, direction.to === 'plain' ? direction.key : null))
  return target
}

/** The staged copy must open in its new form, pass SQLite's integrity check and hold the same tables. */
function verify(file: string, key: JournalKey, expected: Expected): void {
  if (isEncryptedFile(file) !== (key !== null)) throw new Error(`${path.basename(file)} was not rewritten`)
  const db = openForLooking(file, key)
  try {
    const check = db.pragma('integrity_check', { simple: true })
    if (check !== 'ok') throw new Error(`the rewritten copy of ${path.basename(file)} fails SQLite's check: ${String(check)}`)
    const found = describe(db)
    if (found.version !== expected.version || found.tables !== expected.tables) {
      throw new Error(`the rewritten copy of ${path.basename(file)} does not hold the same journal`)
    }
  } finally {
    db.close()
  }
}

function describeFile(file: string, key: JournalKey): Expected {
  const db = openForLooking(file, key)
  try {
    return describe(db)
  } finally {
    db.close()
  }
}

/**
 * Encrypts a plain, closed copy of a journal in place with `key` (a plain backup being restored
 * into an encrypted journal): the same rewrite as turning encryption on, on a file nobody else has.
 */
export function encryptCopy(file: string, key: Uint8Array): void {
  const expected = describeFile(file, null)
  const db = openForLooking(file)
  try {
    db.pragma('journal_mode = DELETE')
    db.pragma("cipher = 'sqlcipher'")
    db.pragma(`rekey = "x'${Buffer.from(key).toString('hex')}'"`)
  } finally {
    db.close()
  }
  verify(file, key, expected)
}

/** True when `key` opens the file; looks without writing. */
export function opensWith(file: string, key: Uint8Array): boolean {
  try {
    const db = openForLooking(file)
    try {
      applyKey(db, key)
      db.prepare('SELECT count(*) FROM sqlite_master').get()
      return true
    } finally {
      db.close()
    }
  } catch {
    return false
  }
}

/** The SQLite copies in the backups folder (the migration and `backup` command copies). */
export function listBackups(dataDir: string): string[] {
  const dir = backupsDir(dataDir)
  if (!fs.existsSync(dir)) return []
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.db'))
    .map((entry) => path.join(dir, entry.name))
}

function removeDatabaseFiles(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(`${file}${suffix}`, { force: true })
}

function asConversionFailure(error: unknown, encrypting: boolean): AppFailure {
  if (error instanceof AppFailure) return error
  const what = encrypting ? 'encrypted' : 'decrypted'
  const reason = error instanceof Error ? error.message : String(error)
  return new AppFailure('IO_FAILURE', `The journal could not be ${what}; nothing was changed (${reason})`)
}
