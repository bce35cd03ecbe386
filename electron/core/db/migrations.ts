import fs from 'node:fs'
import type Database from 'better-sqlite3-multiple-ciphers'
import type { BackupInfo } from '../../../shared/backups'
import { AppFailure } from '../../../shared/result'
import type { PendingBackup } from '../backups/backupStore'
import { openForLooking, type JournalKey } from './connection'
import { registerMigrationFunctions } from './migrationFunctions'

/**
 * Forward-only schema migrations: the numbered SQL files beside this module, bundled into the build
 * by Vite's glob import (the same under electron-vite and vitest), recorded in `schema_migrations`.
 */
export type Migration = {
  version: number
  name: string
  sql: string
  /** The file asks for the journal to be rebuilt once migrated (a `-- coachbook: rebuild after` line). */
  rebuildAfter?: boolean
}

/**
 * A migration that rewrites rows smaller frees room inside pages, which SQLite's count of free
 * pages never sees: the short form of rich text (0013) left a 100,000-call journal at 470 MB with 8 %
 * of its pages free, where a rebuild brings it to 297 MB. Such a migration says so in its file.
 */
const REBUILD_AFTER = /^--\s*coachbook:\s*rebuild after\s*$/m

const FILE_NAME = /(?:^|\/)(\d{4})_([a-z0-9_]+)\.sql$/

/** Sorts the files by number and insists on 1, 2, 3… so a missing or doubled file fails loudly. */
export function parseMigrations(sources: Record<string, string>): Migration[] {
  const migrations = Object.entries(sources).map(([file, sql]) => {
    const match = FILE_NAME.exec(file)
    if (!match) throw new Error(`Migration file "${file}" is not named NNNN_name.sql`)
    return { version: Number(match[1]), name: match[2] ?? '', sql, ...(REBUILD_AFTER.test(sql) ? { rebuildAfter: true } : {}) }
  })
  migrations.sort((a, b) => a.version - b.version)
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(`Migrations must be numbered 1, 2, 3… without gaps; found ${migration.version} at position ${index + 1}`)
    }
  })
  return migrations
}

export const MIGRATIONS: readonly Migration[] = parseMigrations(
  import.meta.glob<string>('./migrations/*.sql', { query: '?raw', import: 'default', eager: true }),
)

/** The highest schema version this build knows. */
export const SCHEMA_VERSION: number = MIGRATIONS.at(-1)?.version ?? 0

/** 0 for a database that has never been migrated. */
export function readSchemaVersion(db: Database.Database): number {
  const table = db
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'")
    .get()
  if (!table) return 0
  const row = db.prepare('SELECT MAX(version) AS version FROM schema_migrations').get() as { version: number | null }
  return row.version ?? 0
}

/**
 * The schema version of the file on disk, read without writing a byte (no pragmas, no migration):
 * a journal from a newer Coachbook must be left exactly as it is. `null` when there is no file yet.
 */
export function probeSchemaVersion(file: string, key: JournalKey = null): number | null {
  if (!fs.existsSync(file) || fs.statSync(file).size === 0) return null
  const db = openForLooking(file, key)
  try {
    return readSchemaVersion(db)
  } finally {
    db.close()
  }
}

export function assertKnownSchema(found: number, known: number = SCHEMA_VERSION): void {
  if (found > known) {
    throw new AppFailure(
      'NEWER_SCHEMA',
      `This journal was written by a newer version of Coachbook (schema ${found}; this app knows ${known}). Update Coachbook to open it.`,
    )
  }
}

/** What a face says while an existing journal is upgraded (MigrateOptions.onUpgrade). */
export const UPGRADE_NOTICE =
  'Upgrading the journal for this version of Coachbook (a copy of it goes to its backups first); a journal of many years can take a minute.'

export type MigrateOptions = {
  /**
   * Takes the copy kept before an existing journal is migrated. It runs inside the migration's
   * transaction, once the write lock is held, so the copy is exactly what is migrated; it is kept
   * only if the migration commits (a failed start adds no copies).
   */
  backupBeforeMigrating?: (db: Database.Database) => PendingBackup
  /**
   * Told, once the write lock is held, that a journal with something in it is about to be
   * upgraded: at ten years of calls the copy, the migrations and the rebuild take tens of seconds,
   * and the face says so instead of looking stuck. A new journal being made is not an upgrade.
   */
  onUpgrade?: (upgrade: { from: number; to: number }) => void
  migrations?: readonly Migration[]
  now?: () => Date
}
export type MigrateResult = { from: number; to: number; applied: number[]; backup: BackupInfo | null }

/** How long opening waits for another process that holds the write lock (it may be migrating). */
const MIGRATION_LOCK_WAIT_MS = 30_000

/**
 * Brings the database up to the newest known schema, all pending migrations in one IMMEDIATE
 * transaction that reads the version again once it holds the write lock: when two processes open
 * an old journal at once, one migrates and the other finds it done. An existing, non-empty journal
 * is copied into the backups first (inside the same lock); any failure rolls everything back and
 * drops that copy.
 */
export function migrate(db: Database.Database, options: MigrateOptions = {}): MigrateResult {
  const migrations = options.migrations ?? MIGRATIONS
  const known = migrations.at(-1)?.version ?? 0
  const before = readSchemaVersion(db)
  assertKnownSchema(before, known)
  // The version only grows: a journal at the newest one needs no lock to know it is done.
  if (before === known) return { from: before, to: before, applied: [], backup: null }

  const now = options.now ?? (() => new Date())
  withLockWait(db, () => db.exec('BEGIN IMMEDIATE'))
  let copy: PendingBackup | null = null
  let from = before
  let pending: Migration[]
  try {
    from = readSchemaVersion(db)
    assertKnownSchema(from, known)
    pending = migrations.filter((m) => m.version > from)
    if (pending.length > 0) {
      if (hasAnyTable(db)) {
        options.onUpgrade?.({ from, to: known })
        copy = options.backupBeforeMigrating?.(db) ?? null
      }
      db.exec(
        'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
      )
      const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)')
      registerMigrationFunctions(db)
      for (const migration of pending) {
        db.exec(migration.sql)
        record.run(migration.version, migration.name, now().toISOString())
      }
    }
    db.exec('COMMIT')
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK')
    copy?.discard()
    throw error
  }
  const to = pending.length > 0 ? known : from
  const backup = copy?.keep() ?? null
  if (pending.length > 0 && from > 0) returnFreePages(db, pending.some((migration) => migration.rebuildAfter === true))
  return { from, to, applied: pending.map((m) => m.version), backup }
}

/** The share of a migrated journal's pages left free above which the file is rebuilt. */
export const FREE_SHARE_WORTH_REBUILDING = 0.1

/**
 * A migration that rewrites rows smaller or drops what it no longer needs leaves free pages, which
 * SQLite refills before the file grows but never gives back: after migration 0010 a
 * 100,000-call journal kept 50 MB of them. When more than a tenth of the file is free once
 * migrated, or a migration applied asked for it (`always`), it is rebuilt (VACUUM, which cannot
 * run inside the migration's transaction) and the WAL that rebuilding fills is emptied. Should
 * anything keep it from running, the journal stays as it is — larger, nothing lost. Answers
 * whether it rebuilt.
 */
export function returnFreePages(db: Database.Database, always = false): boolean {
  const free = db.pragma('freelist_count', { simple: true }) as number
  const pages = db.pragma('page_count', { simple: true }) as number
  if (pages === 0 || (!always && free / pages <= FREE_SHARE_WORTH_REBUILDING)) return false
  try {
    db.exec('VACUUM')
    db.pragma('wal_checkpoint(TRUNCATE)')
    return true
  } catch {
    return false
  }
}

function withLockWait<T>(db: Database.Database, fn: () => T): T {
  const previous = db.pragma('busy_timeout', { simple: true }) as number
  db.pragma(`busy_timeout = ${Math.max(previous, MIGRATION_LOCK_WAIT_MS)}`)
  try {
    return fn()
  } finally {
    db.pragma(`busy_timeout = ${previous}`)
  }
}

function hasAnyTable(db: Database.Database): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' LIMIT 1").get() !== undefined
}
