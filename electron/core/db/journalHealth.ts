import fs from 'node:fs'
import path from 'node:path'
import type Database from 'better-sqlite3-multiple-ciphers'
import type { JournalProblem } from '../../../shared/backups'
import { AppFailure } from '../../../shared/result'
import { parseBackupName } from '../backups/backupNames'
import { backupsDir, databasePath, recoveredDir } from '../paths'
import { isEncryptedFile, openForLooking, type JournalKey } from './connection'
import { assertKnownSchema, readSchemaVersion } from './migrations'

/**
 * Is there a journal here, and is it whole? Asked before a journal is opened, so that a missing,
 * empty or damaged file is reported — and offered to recovery — instead of being replaced by a
 * fresh, empty journal or written to while broken (docs/backups.md, "A damaged journal").
 */
export class JournalNeedsRecovery extends AppFailure {
  readonly problem: JournalProblem

  constructor(problem: JournalProblem) {
    super('NEEDS_RECOVERY', problem.message)
    this.name = 'JournalNeedsRecovery'
    this.problem = problem
  }
}

export type JournalLook =
  /** Nothing of a journal in the folder (or no folder): the first start may create one here. */
  | { kind: 'new' }
  /**
   * A file that starts like a SQLite database, or an encrypted one (whole pages of what looks
   * random: connection.ts, isEncryptedFile): open it (with its key) and check it.
   */
  | { kind: 'database'; encrypted: boolean }
  | { kind: 'problem'; problem: JournalProblem }

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1')

export function lookAtJournal(dataDir: string): JournalLook {
  const file = databasePath(dataDir)
  const stat = fs.statSync(file, { throwIfNoEntry: false })
  if (!stat) {
    return leftTraces(dataDir)
      ? problem('missing', `The journal file ${file} is missing, although this folder holds what Coachbook keeps beside it (its backups, or its write-ahead log): it may have been moved or deleted.`)
      : { kind: 'new' }
  }
  if (!stat.isFile()) return problem('not-a-database', `${file} is not a file, so it cannot be the journal.`)
  if (stat.size === 0) return problem('empty', `The journal file ${file} is empty (0 bytes): whatever it held is not in it any more.`)
  const header = Buffer.alloc(SQLITE_HEADER.length)
  const fd = fs.openSync(file, 'r')
  try {
    fs.readSync(fd, header, 0, header.length, 0)
  } finally {
    fs.closeSync(fd)
  }
  if (!header.equals(SQLITE_HEADER)) {
    // An encrypted journal is not damaged: without its key it is locked (docs/encryption.md).
    if (isEncryptedFile(file)) return { kind: 'database', encrypted: true }
    return problem('not-a-database', `The journal file ${file} is not a SQLite database (its first bytes are something else): it may have been overwritten.`)
  }
  return { kind: 'database', encrypted: false }
}

/** Whether the folder holds signs of a journal that is no longer there. */
function leftTraces(dataDir: string): boolean {
  const file = databasePath(dataDir)
  if (fs.existsSync(`${file}-wal`) || fs.existsSync(recoveredDir(dataDir))) return true
  try {
    return fs.readdirSync(backupsDir(dataDir)).some((name) => parseBackupName(name) !== null)
  } catch {
    return false
  }
}

function problem(kind: JournalProblem['kind'], message: string, details: string[] = []): JournalLook {
  return { kind: 'problem', problem: { kind, message, details } }
}

/**
 * Everything about a journal file that can be learnt before writing a byte to it, on a plain
 * connection that switches nothing: its schema version (a newer one is NEWER_SCHEMA), whether it is
 * a Coachbook journal at all, and SQLite's quick_check. Answers the schema version.
 */
export function examineJournal(file: string, key: JournalKey = null): number {
  let db: Database.Database
  try {
    db = openForLooking(file, key)
  } catch (error) {
    throw (key && isNotADatabase(error) ? wrongKey(file) : damageFrom(error, file)) ?? error
  }
  try {
    const version = readSchemaVersion(db)
    assertKnownSchema(version)
    if (version === 0 && db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' LIMIT 1").get() !== undefined) {
      throw notCoachbook(file)
    }
    assertJournalIntact(db, file)
    return version
  } catch (error) {
    // With a key, "not a database" is the key that does not open it, never damage.
    throw (key && isNotADatabase(error) ? wrongKey(file) : damageFrom(error, file)) ?? error
  } finally {
    db.close()
  }
}

function isNotADatabase(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'SQLITE_NOTADB'
}

/** An encrypted journal asked for without its key: the lock screen, not the recovery screen. */
export function journalIsLocked(file: string): AppFailure {
  return new AppFailure('LOCKED', `The journal at ${file} is encrypted: unlock it with its passphrase`)
}

/** A key (from a passphrase or recovery key) that does not open the encrypted journal. */
export function wrongKey(file: string): AppFailure {
  return new AppFailure('LOCKED', `That passphrase or recovery key does not open the journal at ${file}`)
}

/**
 * SQLite's quick_check on the open journal, table by table: every page of every table and index
 * is read through (the schema's own table first), without the index cross-checks. Not the
 * whole-file form: since SQLite 3.44 that also runs each full-text table's own check of its
 * index against its content — at 100,000 calls ~0.9 s of the ~1.2 s, at every start of the app
 * and every command that reads — and that index is derived, rebuilt from the journal's rows and
 * checked by `coachbook check` (integrity.ts). What the table-by-table form leaves out is the
 * free-page list and pages that belong to nothing (space, not words); `coachbook check` runs
 * the whole-file integrity_check.
 */
export function assertJournalIntact(db: Database.Database, file: string): void {
  let findings: string[]
  try {
    const tables = db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'")
      .pluck()
      .all() as string[]
    findings = ['sqlite_schema', ...tables].flatMap((table) =>
      (db.pragma(`quick_check("${table.replaceAll('"', '""')}")`) as { quick_check: string }[])
        .map((row) => row.quick_check)
        .filter((m) => m !== 'ok'),
    )
  } catch (error) {
    findings = [error instanceof Error ? error.message : String(error)]
  }
  if (findings.length > 0) throw damaged(file, findings)
}

export function damaged(file: string, findings: string[]): JournalNeedsRecovery {
  const count = findings.length
  return new JournalNeedsRecovery({
    kind: 'damaged',
    message: `The journal file ${file} is damaged: SQLite found ${count === 1 ? 'a problem' : `${count} problems`} when it read it through.`,
    details: findings.slice(0, 10),
  })
}

/** A low-level error that means the file is damaged, as a recovery problem; otherwise null. */
export function damageFrom(error: unknown, file: string): JournalNeedsRecovery | null {
  const code = (error as { code?: unknown } | null)?.code
  if (typeof code !== 'string') return null
  const message = error instanceof Error ? error.message : String(error)
  if (code.startsWith('SQLITE_CORRUPT')) return damaged(file, [message])
  if (code === 'SQLITE_NOTADB') {
    return new JournalNeedsRecovery({
      kind: 'not-a-database',
      message: `The journal file ${file} is not a database SQLite can read: it may have been overwritten.`,
      details: [message],
    })
  }
  return null
}

/** A SQLite database with tables but no Coachbook schema: somebody else's file. */
export function notCoachbook(file: string): JournalNeedsRecovery {
  return new JournalNeedsRecovery({
    kind: 'not-coachbook',
    message: `The file ${file} is a SQLite database, but not a Coachbook journal.`,
    details: [],
  })
}

/** Refusal for commands that read: a folder without a journal is a mistake, never a new journal. */
export function noJournalHere(dataDir: string): AppFailure {
  const reason = fs.existsSync(dataDir) ? `it holds no ${path.basename(databasePath(dataDir))}` : 'the folder does not exist'
  return new AppFailure('NOT_FOUND', `There is no journal in ${dataDir}: ${reason}`)
}
