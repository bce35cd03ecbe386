import fs from 'node:fs'
import path from 'node:path'
import { randomBytes } from 'node:crypto'
import Database from 'better-sqlite3-multiple-ciphers'
import { readSchemaVersion, SCHEMA_VERSION } from './db/migrations'
import { openCore } from './journal'
import { backupsDir, databasePath } from './paths'
import { AppFailure } from '../../shared/result'

/**
 * Replaces the journal with a backup, all or nothing:
 * 1. a private copy of the backup is staged inside the data folder (same disk, so the final
 *    rename is atomic) and proven: a SQLite file, a Coachbook schema this app knows, SQLite's
 *    integrity_check, then opened (and migrated, if older) and checked by the core itself;
 * 2. the current journal is saved into backups/ (through the core, or byte for byte when the
 *    core cannot open it — restoring is what you do to a damaged journal);
 * 3. the staged file is renamed over the journal, after its stale -wal/-shm files are removed.
 * Any failure before step 3 leaves the journal exactly as it was.
 */
export type RestoreResult = { restoredFrom: string; previousSavedTo: string | null }

export async function restoreJournal(options: {
  dataDir: string
  backupFile: string
  appVersion: string
  now?: Date
}): Promise<RestoreResult> {
  const dataDir = path.resolve(options.dataDir)
  const source = path.resolve(options.backupFile)
  const journal = databasePath(dataDir)
  const stamp = (options.now ?? new Date()).toISOString().replace(/[:.]/g, '-')

  const stat = fs.statSync(source, { throwIfNoEntry: false })
  if (!stat?.isFile()) throw new AppFailure('IO_FAILURE', `${source} is not a file`)
  if (source === journal) throw new AppFailure('INVALID_INPUT', `${source} is the journal itself`)

  fs.mkdirSync(dataDir, { recursive: true })
  const stagingDir = path.join(dataDir, `.restore-${randomBytes(6).toString('hex')}`)
  fs.mkdirSync(stagingDir)
  try {
    const staged = databasePath(stagingDir)
    fs.copyFileSync(source, staged)
    inspectBackup(staged, source)
    proveWithCore(stagingDir, source, options.appVersion)

    const previousSavedTo = await saveCurrentJournal(dataDir, journal, stamp, options.appVersion)

    for (const suffix of ['-wal', '-shm']) fs.rmSync(journal + suffix, { force: true })
    fs.renameSync(staged, journal)
    return { restoredFrom: source, previousSavedTo }
  } finally {
    fs.rmSync(stagingDir, { recursive: true, force: true })
  }
}

/** Is it SQLite, is it Coachbook, is its schema one this app can open, is it intact? (Our private copy.) */
function inspectBackup(file: string, shownAs: string): void {
  const notOurs = `${shownAs} is not a Coachbook backup`
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
  const core = openCore({ dataDir: stagingDir, face: 'cli', appVersion })
  try {
    const report = core.check()
    if (!report.ok) {
      throw new AppFailure('INVALID_INPUT', `${shownAs} fails the journal check: ${report.problems[0] ?? 'unknown problem'}`)
    }
    // Fold the WAL back into the file so the rename carries everything.
    core.db.pragma('wal_checkpoint(TRUNCATE)')
  } finally {
    core.close()
  }
  for (const suffix of ['-wal', '-shm']) fs.rmSync(databasePath(stagingDir) + suffix, { force: true })
}

async function saveCurrentJournal(dataDir: string, journal: string, stamp: string, appVersion: string): Promise<string | null> {
  if (!fs.existsSync(journal)) return null
  const dir = backupsDir(dataDir)
  fs.mkdirSync(dir, { recursive: true })
  const target = path.join(dir, `coachbook-before-restore-${stamp}.db`)
  let core
  try {
    core = openCore({ dataDir, face: 'cli', appVersion })
  } catch {
    // Damaged or from a newer app: keep its files exactly as they are.
    for (const suffix of ['', '-wal', '-shm']) {
      if (fs.existsSync(journal + suffix)) fs.copyFileSync(journal + suffix, target + suffix)
    }
    return target
  }
  try {
    await core.backup(target)
  } finally {
    core.close()
  }
  return target
}
