import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type Database from 'better-sqlite3-multiple-ciphers'
import type { RestoreSummary } from '../../../shared/backups'
import { AppFailure } from '../../../shared/result'
import { applyKey, isEncryptedFile, type JournalKey } from '../db/connection'
import { openDatabase } from '../db/database'
import { lookAtJournal } from '../db/journalHealth'
import { encryptCopy, opensWith } from '../encryption/convert'
import { readSchemaVersion, SCHEMA_VERSION } from '../db/migrations'
import { openCore } from '../journal'
import { databasePath } from '../paths'
import { ensurePrivateDir, makePrivate } from '../privateFiles'
import type { BackupStore } from './backupStore'
import { replaceLiveJournal } from './replaceLive'
import { countRecords } from './verifyCopy'

/**
 * Puts a backup back in place of the journal, all or nothing, without losing anything a running
 * Coachbook (this one or another program) has saved:
 * 1. the backup is copied into a private staging folder and proven there: a SQLite file, a
 *    Coachbook schema this app knows, SQLite's integrity_check, then opened (and migrated, if
 *    older) and checked by the core itself — a bad file is refused before anything else happens;
 * 2. the journal is replaced through SQLite's online backup API writing *into the live file*
 *    (replaceLive.ts): that takes the journal's write lock like any other write, so every open
 *    connection stays valid and simply sees the restored journal next, and a copy of the journal
 *    as it was is taken while the lock is held, so no write slips in between the copy and the
 *    restore. Only when there is no journal, or one too damaged for SQLite to open, is the file
 *    moved into place instead (the damaged one is kept in recovered/).
 */
export type RestoreOptions = {
  dataDir: string
  /** The backup file: anywhere (the command line) or in backups/ (the app). */
  source: string
  /** How the summary names it: the backup's name, or the path given on the command line. */
  shownAs: string
  appVersion: string
  backups: BackupStore
  /** This process's own connection to the journal, when it has one (the app's writer thread). */
  live?: Database.Database
  /** How long to wait for another program's write to end before giving up (BUSY). */
  waitMs?: number
  /**
   * The data key of an encrypted journal (docs/encryption.md): an encrypted backup is read with
   * it, a plain one is encrypted with it before it replaces the journal, so the journal stays
   * encrypted. Without it, an encrypted backup is refused in one sentence.
   */
  key?: JournalKey
}

export async function restoreJournal(options: RestoreOptions): Promise<RestoreSummary> {
  const dataDir = path.resolve(options.dataDir)
  const source = path.resolve(options.source)
  const journal = databasePath(dataDir)
  const stat = fs.statSync(source, { throwIfNoEntry: false })
  if (!stat?.isFile()) throw new AppFailure('IO_FAILURE', `${source} is not a file`)
  if (source === journal) throw new AppFailure('INVALID_INPUT', `${source} is the journal itself`)

  ensurePrivateDir(dataDir)
  const stagingDir = path.join(dataDir, `.restore-${randomBytes(6).toString('hex')}`)
  ensurePrivateDir(stagingDir)
  try {
    const key = options.key ?? null
    const staged = stage(source, stagingDir, options.shownAs, options.appVersion, key)
    const previous = await replaceLiveJournal({
      dataDir,
      staged,
      keepCurrent: true,
      backups: options.backups,
      live: options.live,
      waitMs: options.waitMs,
      key,
    })
    return { restoredFrom: options.shownAs, counts: countLive(journal, options.live, key), previous }
  } finally {
    fs.rmSync(stagingDir, { recursive: true, force: true })
  }
}

/** A private copy of the backup, proven to be a whole journal this app can open. */
function stage(source: string, stagingDir: string, shownAs: string, appVersion: string, key: JournalKey): string {
  const staged = databasePath(stagingDir)
  fs.copyFileSync(source, staged)
  // A journal copied while its app was running may keep its latest writes in a -wal beside it.
  if ((fs.statSync(`${source}-wal`, { throwIfNoEntry: false })?.size ?? 0) > 0) fs.copyFileSync(`${source}-wal`, `${staged}-wal`)
  makePrivate(staged)
  matchEncryption(staged, shownAs, key)
  inspectBackup(staged, shownAs, key)
  proveWithCore(stagingDir, shownAs, appVersion, key)
  return staged
}

/**
 * The staged copy takes the journal's form: an encrypted backup must open with the journal's key
 * (and is refused plainly without one), a plain backup restored into an encrypted journal is
 * encrypted with its key first — a restore never leaves a plain journal where an encrypted one was.
 */
function matchEncryption(staged: string, shownAs: string, key: JournalKey): void {
  if (isEncryptedFile(staged)) {
    if (!key) {
      throw new AppFailure(
        'LOCKED',
        `${shownAs} is an encrypted backup: it can only be restored into its encrypted journal, with that journal's passphrase (from the terminal: --passphrase-file FILE)`,
      )
    }
    if (!opensWith(staged, key)) {
      throw new AppFailure('INVALID_INPUT', `${shownAs} is encrypted with another key than this journal's (an earlier encryption): it cannot be restored here`)
    }
    return
  }
  if (key) {
    try {
      encryptCopy(staged, key)
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      throw new AppFailure('INVALID_INPUT', `${shownAs} could not be encrypted like the journal: ${reason}`)
    }
  }
}

/** Is it SQLite, is it Coachbook, is its schema one this app can open, is it intact? (Our private copy.) */
function inspectBackup(file: string, shownAs: string, key: JournalKey): void {
  const notOurs = `${shownAs} is not a Coachbook backup`
  if (lookAtJournal(path.dirname(file)).kind !== 'database') {
    throw new AppFailure('INVALID_INPUT', `${notOurs} (it is not a SQLite database)`)
  }
  let db: Database.Database
  try {
    db = openDatabase(file, { fileMustExist: true })
    applyKey(db, isEncryptedFile(file) ? key : null)
  } catch {
    throw new AppFailure('INVALID_INPUT', `${notOurs} (it cannot be opened as a database)`)
  }
  try {
    let version: number
    try {
      version = readSchemaVersion(db)
    } catch {
      throw new AppFailure('INVALID_INPUT', `${notOurs} (it is not a SQLite database)`)
    }
    if (version < 1) throw new AppFailure('INVALID_INPUT', `${notOurs} (it has no Coachbook schema)`)
    if (version > SCHEMA_VERSION) {
      throw new AppFailure(
        'NEWER_SCHEMA',
        `${shownAs} was written by a newer version of Coachbook (schema ${version}; this app knows ${SCHEMA_VERSION}). Update Coachbook to restore it.`,
      )
    }
    const rows = db.pragma('integrity_check') as { integrity_check: string }[]
    const damage = rows.map((row) => row.integrity_check).filter((message) => message !== 'ok')
    if (damage.length > 0) throw new AppFailure('INVALID_INPUT', `${shownAs} is damaged (integrity_check: ${damage[0]})`)
  } finally {
    db.close()
  }
}

/** Opens the staged copy as the app would (migrating an older schema) and runs the full check. */
function proveWithCore(stagingDir: string, shownAs: string, appVersion: string, key: JournalKey): void {
  let core
  try {
    core = openCore({ dataDir: stagingDir, face: 'cli', appVersion, create: false, key })
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new AppFailure('INVALID_INPUT', `${shownAs} cannot be opened as a journal: ${reason}`)
  }
  try {
    const report = core.check()
    if (!report.ok) {
      throw new AppFailure('INVALID_INPUT', `${shownAs} fails the journal check: ${report.problems[0] ?? 'unknown problem'}`)
    }
  } finally {
    core.close()
  }
}

function countLive(journal: string, live: Database.Database | undefined, key: JournalKey) {
  if (live) return countRecords(live)
  const db = openDatabase(journal, { fileMustExist: true })
  try {
    applyKey(db, isEncryptedFile(journal) ? key : null)
    return countRecords(db)
  } finally {
    db.close()
  }
}
