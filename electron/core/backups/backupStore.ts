import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type Database from 'better-sqlite3-multiple-ciphers'
import type { BackupInfo, BackupKind } from '../../../shared/backups'
import { localToday } from '../../../shared/dates'
import { AppFailure } from '../../../shared/result'
import { applyKey, isEncryptedFile, type JournalKey } from '../db/connection'
import { copyJournal } from '../db/copyJournal'
import { openDatabase } from '../db/database'
import { SCHEMA_VERSION } from '../db/migrations'
import { describeIoError, writeFailure } from '../files'
import { ensurePrivateDir, makePrivate } from '../privateFiles'
import { backupName, parseBackupName, TEMP_PREFIX } from './backupNames'
import { backupsToKeep, RETENTION, type RetentionPolicy } from './retention'
import { lookAtCopy, verifyCopy, type CopyContents } from './verifyCopy'

/**
 * The data folder's backups/: verified copies of the journal, named by when and why they were
 * taken, pruned by the retention policy (retention.ts) each time one is added. A copy is written
 * under a temporary name, proven with integrity_check, and only then renamed into the folder, so
 * the folder never lists a copy that was cut short (by a crash, a full disk) or that does not read.
 */
export type PendingBackup = {
  /** The copy joins the backups under its final name, and the retention policy prunes the rest. */
  keep(): BackupInfo
  /** It was not needed after all (the migration or import it guarded failed): it goes. */
  discard(): void
}

export type BackupStore = {
  readonly dir: string
  /** Every backup, newest first, with what it holds (or why it cannot be read). */
  list(): BackupInfo[]
  /** The newest backup that reads as a journal this app can open. */
  newestGood(): BackupInfo | null
  /**
   * A copy taken from a connection on the journal (db/copyJournal.ts: SQLite's online backup API,
   * or `VACUUM INTO` for an encrypted journal, whose copies stay encrypted with its key).
   */
  take(source: Database.Database, kind: BackupKind): Promise<PendingBackup>
  /**
   * The same, synchronously, with `VACUUM INTO` on a connection of its own: for the copy taken
   * inside the migration's transaction, where nothing may wait.
   */
  takeNow(journalFile: string, kind: BackupKind): PendingBackup
  /** Whether a backup was taken on this local calendar day (YYYY-MM-DD). */
  hasOneFrom(day: string): boolean
  /** The file of a listed backup, or NOT_FOUND. */
  fileOf(name: string): string
  /** Removes copies an interrupted backup left behind (an hour old or more: never one being written). */
  removeLeftovers(): void
}

const LEFTOVER_AGE_MS = 3_600_000

export type BackupStoreOptions = {
  now?: () => Date
  policy?: RetentionPolicy
  /**
   * The data key of an encrypted journal: its copies are written encrypted with it, and encrypted
   * copies are read with it. Without it (locked, or a plain journal) an encrypted copy is listed as
   * one that cannot be read.
   */
  key?: JournalKey
}

export function createBackupStore(dir: string, options: BackupStoreOptions = {}): BackupStore {
  const now = options.now ?? (() => new Date())
  const key = options.key ?? null
  const policy = options.policy ?? RETENTION

  const names = (): string[] => {
    try {
      return fs.readdirSync(dir).filter((name) => parseBackupName(name) !== null)
    } catch {
      return []
    }
  }

  const info = (name: string): BackupInfo => {
    const parsed = parseBackupName(name)
    if (!parsed) throw new AppFailure('NOT_FOUND', `${name} is not a backup`)
    const file = path.join(dir, name)
    let sizeBytes = 0
    let contents: CopyContents | null = null
    let problem: string | null = null
    try {
      sizeBytes = fs.statSync(file).size
      contents = lookAtCopy(file, key)
      if (contents.schemaVersion > SCHEMA_VERSION) problem = 'It was written by a newer version of Coachbook.'
    } catch (error) {
      problem = `It cannot be read: ${describeIoError(error)}`
    }
    return {
      name,
      takenAt: parsed.takenAt,
      kind: parsed.kind,
      sizeBytes,
      counts: contents?.counts ?? null,
      schemaVersion: contents?.schemaVersion ?? null,
      problem,
    }
  }

  const list = (): BackupInfo[] =>
    names()
      .map(info)
      .sort((a, b) => b.takenAt.localeCompare(a.takenAt) || b.name.localeCompare(a.name))

  const prune = () => {
    const all = names().map((name) => ({ name, takenAt: parseBackupName(name)?.takenAt ?? '' }))
    const keep = backupsToKeep(all, now(), policy)
    for (const { name } of all) {
      if (keep.has(name)) continue
      // A legacy WAL-mode copy may have side files.
      for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(path.join(dir, name + suffix), { force: true })
    }
  }

  const removeTemp = (temp: string) => {
    for (const suffix of ['', '-journal', '-wal', '-shm']) fs.rmSync(temp + suffix, { force: true })
  }

  const pending = (temp: string, at: Date, kind: BackupKind): PendingBackup => ({
    keep: () => {
      let name = backupName(at, kind)
      for (let attempt = 1; fs.existsSync(path.join(dir, name)); attempt++) name = backupName(at, kind, attempt)
      fs.renameSync(temp, path.join(dir, name))
      prune()
      return info(name)
    },
    discard: () => removeTemp(temp),
  })

  /** A temporary name for a copy, a way to prove it, and a way to fail that leaves nothing behind. */
  const makeCopy = () => {
    ensurePrivateDir(dir)
    const temp = path.join(dir, `${TEMP_PREFIX}${randomBytes(6).toString('hex')}.db`)
    const fail = (error: unknown): never => {
      removeTemp(temp)
      throw writeFailure(`The backup could not be made in ${dir}`, error)
    }
    const prove = () => {
      try {
        makePrivate(temp)
        verifyCopy(temp, key)
      } catch (error) {
        fail(error)
      }
      return temp
    }
    return { temp, prove, fail }
  }

  return {
    dir,
    list,
    newestGood: () => list().find((backup) => backup.problem === null) ?? null,
    take: async (source, kind) => {
      const at = now()
      const { temp, prove, fail } = makeCopy()
      try {
        await copyJournal(source, temp, { encrypted: key !== null })
      } catch (error) {
        fail(error)
      }
      return pending(prove(), at, kind)
    },
    takeNow: (journalFile, kind) => {
      const at = now()
      const { temp, prove, fail } = makeCopy()
      try {
        const reader = openDatabase(journalFile, { fileMustExist: true })
        try {
          if (isEncryptedFile(journalFile)) applyKey(reader, key)
          reader.prepare('VACUUM INTO ?').run(temp)
        } finally {
          reader.close()
        }
      } catch (error) {
        fail(error)
      }
      return pending(prove(), at, kind)
    },
    hasOneFrom: (day) => names().some((name) => localToday(new Date(parseBackupName(name)?.takenAt ?? 0)) === day),
    fileOf: (name) => {
      const file = path.join(dir, path.basename(name))
      if (path.basename(name) !== name || parseBackupName(name) === null || !fs.existsSync(file)) {
        throw new AppFailure('NOT_FOUND', `There is no backup named ${name} in ${dir}`)
      }
      return file
    },
    removeLeftovers: () => {
      let entries: string[]
      try {
        entries = fs.readdirSync(dir)
      } catch {
        return
      }
      const cutoff = now().getTime() - LEFTOVER_AGE_MS
      for (const entry of entries) {
        if (!entry.startsWith(TEMP_PREFIX)) continue
        const file = path.join(dir, entry)
        try {
          if (fs.statSync(file).mtimeMs < cutoff) fs.rmSync(file, { force: true })
        } catch {
          // Gone already.
        }
      }
    },
  }
}
