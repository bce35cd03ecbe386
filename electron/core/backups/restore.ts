import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3-multiple-ciphers'
import type { RestoreSummary } from '../../../shared/backups'
import { AppFailure } from '../../../shared/result'
import { lookAtJournal } from '../db/journalHealth'
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
    const staged = stage(source, stagingDir, options.shownAs, options.appVersion)
    const previous = await replaceLiveJournal({
      dataDir,
      staged,
      keepCurrent: true,
      backups: options.backups,
      live: options.live,
      waitMs: options.waitMs,
    })
    return { restoredFrom: options.shownAs, counts: countLive(journal, options.live), previous }
  } finally {
    fs.rmSync(stagingDir, { recursive: true, force: true })
  }
}

/** A private copy of the backup, proven to be a whole journal this app can open. */
function stage(source: string, stagingDir: string, shownAs: string, appVersion: string): string {
  const staged = databasePath(stagingDir)
  fs.copyFileSync(source, staged)
  // A journal copied while its app was running may keep its latest writes in a -wal beside it.
  if ((fs.statSync(`${source}-wal`, { throwIfNoEntry: false })?.size ?? 0) > 0) fs.copyFileSync(`${source}-wal`, `${staged}-wal`)
  makePrivate(staged)
  inspectBackup(staged, shownAs)
  proveWithCore(stagingDir, shownAs, appVersion)
  return staged
}

/** Is it SQLite, is it Coachbook, is its schema one this app can open, is it intact? (Our private copy.) */
function inspectBackup(file: string, shownAs: string): void {
  const notOurs = `${shownAs} is not a Coachbook backup`
  if (lookAtJournal(path.dirname(file)).kind !== 'database') {
    throw new AppFailure('INVALID_INPUT', `${notOurs} (it is not a SQLite database)`)
  }
  let db: Database.Database
  try {
    db = new Database(file, { fileMustExist: true })
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
function proveWithCore(stagingDir: string, shownAs: string, appVersion: string): void {
  let core
  try {
    core = openCore({ dataDir: stagingDir, face: 'cli', appVersion, create: false })
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

function countLive(journal: string, live: Database.Database | undefined) {
  if (live) return countRecords(live)
  const db = new Database(journal, { fileMustExist: true })
  try {
    return countRecords(db)
  } finally {
    db.close()
  }
}
