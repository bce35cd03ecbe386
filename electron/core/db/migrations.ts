import fs from 'node:fs'
import path from 'node:path'
import type Database from 'better-sqlite3-multiple-ciphers'
import { AppFailure } from '../../../shared/result'
import { openForLooking, type JournalKey } from './connection'

/**
 * Forward-only schema migrations: the numbered SQL files beside this module, bundled into the build
 * by Vite's glob import (the same under electron-vite and vitest), recorded in `schema_migrations`.
 */
export type Migration = { version: number; name: string; sql: string }

const FILE_NAME = /(?:^|\/)(\d{4})_([a-z0-9_]+)\.sql$/

/** Sorts the files by number and insists on 1, 2, 3… so a missing or doubled file fails loudly. */
export function parseMigrations(sources: Record<string, string>): Migration[] {
  const migrations = Object.entries(sources).map(([file, sql]) => {
    const match = FILE_NAME.exec(file)
    if (!match) throw new Error(`Migration file "${file}" is not named NNNN_name.sql`)
    return { version: Number(match[1]), name: match[2] ?? '', sql }
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

export type MigrateOptions = {
  /** Where the copy taken before migrating an existing journal goes. */
  backupsDir: string
  migrations?: readonly Migration[]
  now?: () => Date
}
export type MigrateResult = { from: number; to: number; applied: number[]; backupFile: string | null }

/**
 * Brings the database up to the newest known schema. An existing, non-empty journal is copied into
 * the backups folder first; each migration then runs in its own transaction with its record.
 */
export function migrate(db: Database.Database, options: MigrateOptions): MigrateResult {
  const migrations = options.migrations ?? MIGRATIONS
  const known = migrations.at(-1)?.version ?? 0
  const from = readSchemaVersion(db)
  assertKnownSchema(from, known)
  const pending = migrations.filter((m) => m.version > from)
  if (pending.length === 0) return { from, to: from, applied: [], backupFile: null }

  const now = options.now ?? (() => new Date())
  const backupFile = hasAnyTable(db) ? backupBeforeMigrating(db, options.backupsDir, known, now()) : null

  const record = (m: Migration) => {
    db.exec(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
    )
    db.exec(m.sql)
    db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
      m.version,
      m.name,
      now().toISOString(),
    )
  }
  for (const migration of pending) db.transaction(record)(migration)
  return { from, to: known, applied: pending.map((m) => m.version), backupFile }
}

function hasAnyTable(db: Database.Database): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' LIMIT 1").get() !== undefined
}

/**
 * `VACUUM INTO` rather than the asynchronous `.backup()`: opening the journal is synchronous, and
 * this gives the same transactionally consistent copy in one statement.
 */
function backupBeforeMigrating(db: Database.Database, dir: string, target: number, at: Date): string {
  fs.mkdirSync(dir, { recursive: true })
  const stamp = at.toISOString().replace(/[:.]/g, '-')
  const file = path.join(dir, `coachbook-before-v${target}-${stamp}.db`)
  db.prepare('VACUUM INTO ?').run(file)
  return file
}
