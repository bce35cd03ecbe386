import fs from 'node:fs'
import path from 'node:path'
import type Database from 'better-sqlite3-multiple-ciphers'
import type { KeptJournal } from '../../../shared/backups'
import { AppFailure } from '../../../shared/result'
import { applyKey, type JournalKey } from '../db/connection'
import { openDatabase } from '../db/database'
import { lookAtJournal } from '../db/journalHealth'
import { databasePath, recoveredDir } from '../paths'
import { ensurePrivateDir, makePrivate } from '../privateFiles'
import { isEncryptedFile } from '../db/connection'
import { stampOf } from './backupNames'
import { replaceRows } from './replaceRows'
import type { BackupStore, PendingBackup } from './backupStore'

/**
 * Replaces the journal with a prepared database file (a proven backup, a salvaged journal)
 * without pulling the file out from under anyone who has it open.
 *
 * SQLite's online backup API writes the prepared file *into the live journal*: a connection on
 * the journal (better-sqlite3 opens an ordinary one) takes the write lock on the first step and
 * holds it until the last, writes every page through the WAL and commits. Every other connection,
 * in this process or another, stays valid and sees the new journal at its next read, as after any
 * write; a write that was waiting for the lock goes to the new journal. While the lock is held —
 * after the first step, before any page is written — the journal as it was is copied, so no
 * acknowledged write can fall between that copy and the restore.
 *
 * When the journal is not there, or is too damaged for SQLite to write into, the prepared file is
 * moved into place instead, and the old files (and any stray -wal, which SQLite would otherwise
 * apply to the new file) are kept in recovered/.
 */
export type ReplaceOptions = {
  dataDir: string
  /** The prepared database, in a folder of its own on the same disk, closed. */
  staged: string
  /** Take a copy of the journal as it is first (restore); salvage has kept the damaged one already. */
  keepCurrent: boolean
  backups: BackupStore
  /** This process's own connection to the journal, if it has one: the copy is read through it. */
  live?: Database.Database
  waitMs?: number
  /**
   * The data key when the journal is encrypted (the prepared file then is too, with the same key):
   * SQLite's backup API refuses encrypted pages, so the rows are rewritten instead (replaceRows.ts).
   */
  key?: JournalKey
}

const DEFAULT_WAIT_MS = 30_000
const PAUSES_MS = [25, 50, 100, 250, 500]
/** Copy every remaining page in one step once the copy of the old journal is safe. */
const ALL_PAGES = 0x7fffffff

export async function replaceLiveJournal(options: ReplaceOptions): Promise<KeptJournal | null> {
  const journal = databasePath(options.dataDir)
  if (!fs.existsSync(journal)) {
    moveIntoPlace(options)
    return null
  }
  const look = lookAtJournal(options.dataDir)
  if (look.kind !== 'database') return moveIntoPlaceKeeping(options)
  if (look.encrypted || options.key) return replaceEncrypted(journal, options)

  const source = openDatabase(options.staged, { readonly: true, fileMustExist: true })
  const reader = options.live ?? openDatabase(journal, { fileMustExist: true })
  const deadline = Date.now() + (options.waitMs ?? DEFAULT_WAIT_MS)
  try {
    for (let attempt = 0; ; attempt++) {
      const outcome = await writeInto(journal, source, reader, options)
      if (outcome.kind === 'done') return outcome.kept
      if (outcome.kind === 'unwritable') return moveIntoPlaceKeeping(options)
      if (Date.now() >= deadline) {
        throw new AppFailure('BUSY', 'The journal stayed busy in another program; nothing was restored. Try again in a moment.')
      }
      await new Promise((resume) => setTimeout(resume, PAUSES_MS[Math.min(attempt, PAUSES_MS.length - 1)]))
    }
  } finally {
    source.close()
    if (!options.live) reader.close()
  }
}

type Outcome = { kind: 'done'; kept: KeptJournal | null } | { kind: 'busy' } | { kind: 'unwritable' }

/** Where the copy of the journal as it was stands, while the write lock is held. */
type CopyState =
  | { phase: 'not-needed' }
  | { phase: 'to-do' }
  | { phase: 'copying' }
  | { phase: 'copied'; copy: PendingCopy }
  | { phase: 'failed'; error: unknown }

async function writeInto(journal: string, source: Database.Database, reader: Database.Database, options: ReplaceOptions): Promise<Outcome> {
  let locked = false
  let state: CopyState = options.keepCurrent ? { phase: 'to-do' } : { phase: 'not-needed' }
  // Read through a function: the state changes in callbacks, where TypeScript cannot follow it.
  const current = (): CopyState => state
  let progress: { totalPages: number; remainingPages: number }
  try {
    progress = await source.backup(journal, {
      // Called between steps; the first step copied nothing but took the journal's write lock.
      progress: () => {
        locked = true
        const now = current()
        if (now.phase === 'failed') throw now.error
        if (now.phase === 'to-do') {
          state = { phase: 'copying' }
          keepCopy(journal, reader, options).then(
            (copy) => void (state = { phase: 'copied', copy }),
            (error: unknown) => void (state = { phase: 'failed', error }),
          )
        }
        // Hold the lock, copying nothing, until the old journal is copied; then everything at once.
        return current().phase === 'copying' ? 0 : ALL_PAGES
      },
    })
  } catch (error) {
    const now = current()
    if (now.phase === 'failed') throw now.error
    if (now.phase === 'copied') now.copy.discard()
    if (!locked && isUnwritable(error)) return { kind: 'unwritable' }
    throw new AppFailure('IO_FAILURE', `The journal could not be replaced; it is as it was: ${(error as Error).message}`)
  }
  // A destination that could not be locked is reported by better-sqlite3 as done with nothing copied.
  if (!locked && progress.totalPages === 0) return { kind: 'busy' }
  const done = current()
  return { kind: 'done', kept: done.phase === 'copied' ? done.copy.keep() : null }
}

/**
 * An encrypted journal: SQLite's backup API refuses encrypted pages ("incompatible source and
 * target databases"), so the same promise is kept another way. A connection with the key takes
 * the journal's write lock (BEGIN IMMEDIATE, waiting out another program's write as above); while
 * it is held, the copy of the journal as it was is taken (VACUUM INTO, through another connection,
 * which reads the same committed state); then, in that one transaction, every table of what the
 * manager wrote is emptied and filled from the prepared file (attached with the same key), the
 * journal's triggers rebuilding the metric counts and the search index (replaceRows.ts). Every
 * other connection stays valid and sees the restored journal at its next read, as after any write.
 */
async function replaceEncrypted(journal: string, options: ReplaceOptions): Promise<KeptJournal | null> {
  const key = options.key ?? null
  if (!key) {
    throw new AppFailure('LOCKED', 'The journal is encrypted: unlock it with its passphrase before restoring a backup into it')
  }
  if (!isEncryptedFile(options.staged)) throw new AppFailure('INTERNAL', 'The prepared journal is not encrypted like the journal it replaces')
  const writer = openDatabase(journal, { fileMustExist: true, timeout: 0 })
  const reader = options.live ?? openDatabase(journal, { fileMustExist: true })
  const deadline = Date.now() + (options.waitMs ?? DEFAULT_WAIT_MS)
  let copy: PendingCopy | null = null
  try {
    applyKey(writer, key)
    if (!options.live) applyKey(reader, key)
    writer.prepare('ATTACH DATABASE ? AS restored KEY ?').run(options.staged, `x'${Buffer.from(key).toString('hex')}'`)
    for (let attempt = 0; ; attempt++) {
      try {
        writer.exec('BEGIN IMMEDIATE')
        break
      } catch (error) {
        if (isUnwritable(error)) return moveIntoPlaceKeeping(options)
        if ((error as { code?: unknown }).code !== 'SQLITE_BUSY') throw error
        if (Date.now() >= deadline) {
          throw new AppFailure('BUSY', 'The journal stayed busy in another program; nothing was restored. Try again in a moment.')
        }
        await new Promise((resume) => setTimeout(resume, PAUSES_MS[Math.min(attempt, PAUSES_MS.length - 1)]))
      }
    }
    try {
      if (options.keepCurrent) copy = await keepCopy(journal, reader, options)
      replaceRows(writer, 'restored')
      writer.exec('COMMIT')
    } catch (error) {
      if (writer.inTransaction) writer.exec('ROLLBACK')
      copy?.discard()
      copy = null
      if (isUnwritable(error)) return moveIntoPlaceKeeping(options)
      throw error instanceof AppFailure ? error : new AppFailure('IO_FAILURE', `The journal could not be replaced; it is as it was: ${(error as Error).message}`)
    }
    return copy?.keep() ?? null
  } finally {
    if (writer.open) writer.close()
    if (!options.live) reader.close()
  }
}

/** The copy of the journal as it was: a verified backup, or its raw bytes when it is damaged. */
type PendingCopy = { keep(): KeptJournal; discard(): void }

async function keepCopy(journal: string, reader: Database.Database, options: ReplaceOptions): Promise<PendingCopy> {
  let pending: PendingBackup
  try {
    pending = await options.backups.take(reader, 'before-restore')
  } catch {
    // It does not verify (it is damaged): its bytes are kept as they are, the write lock still held.
    const kept = keepBytes(options.dataDir, journal)
    // Raw bytes of a damaged journal stay in recovered/ whatever happens next.
    return { keep: () => ({ as: 'damaged-copy', path: kept }), discard: () => undefined }
  }
  return { keep: () => ({ as: 'backup', backup: pending.keep() }), discard: () => pending.discard() }
}

function isUnwritable(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' && (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT'))
}

/** No journal: the prepared file becomes it (after any stray -wal and -shm are moved aside). */
function moveIntoPlace(options: ReplaceOptions): void {
  const journal = databasePath(options.dataDir)
  const strays = ['-wal', '-shm'].filter((suffix) => fs.existsSync(journal + suffix))
  if (strays.some((suffix) => suffix === '-wal')) keepBytes(options.dataDir, journal)
  for (const suffix of strays) fs.rmSync(journal + suffix, { force: true })
  fs.renameSync(options.staged, journal)
  makePrivate(journal)
}

/** A file SQLite cannot write into: kept byte for byte in recovered/, then replaced. */
function moveIntoPlaceKeeping(options: ReplaceOptions): KeptJournal {
  const journal = databasePath(options.dataDir)
  const kept = keepBytes(options.dataDir, journal)
  for (const suffix of ['-wal', '-shm']) fs.rmSync(journal + suffix, { force: true })
  fs.renameSync(options.staged, journal)
  makePrivate(journal)
  return { as: 'damaged-copy', path: kept }
}

/** Copies the journal's files (and its -wal) into recovered/ as they are; answers the copy's path. */
export function keepBytes(dataDir: string, journal: string): string {
  const dir = recoveredDir(dataDir)
  ensurePrivateDir(dir)
  let target = path.join(dir, `coachbook-damaged-${stampOf(new Date())}.db`)
  for (let n = 2; fs.existsSync(target); n++) target = path.join(dir, `coachbook-damaged-${stampOf(new Date())}-${n}.db`)
  for (const suffix of ['', '-wal']) {
    if (!fs.existsSync(journal + suffix)) continue
    fs.copyFileSync(journal + suffix, target + suffix)
    makePrivate(target + suffix)
  }
  return target
}
