import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3-multiple-ciphers'
import { afterEach, describe, expect, it } from 'vitest'
import { openConnection } from '../../../../../electron/core/db/connection'
import {
  MIGRATIONS,
  SCHEMA_VERSION,
  migrate,
  parseMigrations,
  probeSchemaVersion,
  readSchemaVersion,
  type Migration,
} from '../../../../../electron/core/db/migrations'
import { createBackupStore } from '../../../../../electron/core/backups/backupStore'
import { openCore } from '../../../../../electron/core/journal'
import { backupsDir, databasePath } from '../../../../../electron/core/paths'
import { AppFailure } from '../../../../../shared/result'
import { invoke, makeTempDataDir, openTempCore } from '../../../../helpers/tempJournal'

const dirs: string[] = []
const tempDir = () => {
  const dir = makeTempDataDir()
  dirs.push(dir)
  return dir
}
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

const sha256 = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex')
const tables = (db: Database.Database) =>
  (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map(
    (r) => r.name,
  )

describe('the bundled migrations', () => {
  it('are loaded from the numbered SQL files, the first being the journal schema', () => {
    expect(MIGRATIONS.length).toBeGreaterThanOrEqual(1)
    expect(MIGRATIONS[0]).toMatchObject({ version: 1, name: 'journal' })
    expect(MIGRATIONS[0]?.sql).toContain('CREATE TABLE reps')
    expect(SCHEMA_VERSION).toBe(MIGRATIONS.at(-1)?.version)
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1))
  })
})

describe('parseMigrations', () => {
  it('orders files by number and takes the name from the file', () => {
    const parsed = parseMigrations({ './migrations/0002_b.sql': 'B', './migrations/0001_a.sql': 'A' })
    expect(parsed).toEqual([
      { version: 1, name: 'a', sql: 'A' },
      { version: 2, name: 'b', sql: 'B' },
    ])
  })

  it('refuses a gap, a doubled number or a badly named file', () => {
    expect(() => parseMigrations({ './migrations/0001_a.sql': '', './migrations/0003_c.sql': '' })).toThrow(/without gaps/)
    expect(() => parseMigrations({ './migrations/0001_a.sql': '', './migrations/0001_b.sql': '' })).toThrow(/without gaps/)
    expect(() => parseMigrations({ './migrations/first.sql': '' })).toThrow(/NNNN_name\.sql/)
  })
})

// Created and migrated here, not copied from the run's template journal (openTempCore's default).
describe('a fresh journal', () => {
  it('records every migration with its version, name and time', async () => {
    const { core, cleanup } = openTempCore({ dataDir: tempDir() })
    try {
      const rows = core.db.prepare('SELECT version, name, applied_at FROM schema_migrations ORDER BY version').all() as {
        version: number
        name: string
        applied_at: string
      }[]
      expect(rows.map((r) => [r.version, r.name])).toEqual(MIGRATIONS.map((m) => [m.version, m.name]))
      for (const row of rows) expect(new Date(row.applied_at).toISOString()).toBe(row.applied_at)
      expect(tables(core.db)).toEqual(
        expect.arrayContaining(['reps', 'calls', 'prebriefs', 'debriefs', 'coaching_sessions', 'settings']),
      )
      expect((await invoke(core, 'app.info', {})).schemaVersion).toBe(SCHEMA_VERSION)
    } finally {
      cleanup()
    }
  })

  it('takes no backup: there is nothing to lose', () => {
    const { dataDir, cleanup } = openTempCore({ dataDir: tempDir() })
    expect(fs.existsSync(backupsDir(dataDir))).toBe(false)
    cleanup()
  })
})

it('does not run migrations again when the journal is reopened', async () => {
  const dataDir = tempDir()
  const first = openCore({ dataDir, face: 'cli', appVersion: 'test' })
  await invoke(first, 'reps.create', { name: 'Dana Ortiz' })
  const before = first.db.prepare('SELECT * FROM schema_migrations').all()
  first.close()

  const second = openCore({ dataDir, face: 'cli', appVersion: 'test' })
  try {
    expect(second.db.prepare('SELECT * FROM schema_migrations').all()).toEqual(before)
    expect((await invoke(second, 'reps.list', {})).map((r) => r.name)).toEqual(['Dana Ortiz'])
    expect(fs.existsSync(backupsDir(dataDir))).toBe(false)
  } finally {
    second.close()
  }
})

describe('a journal from a newer Coachbook', () => {
  it('is refused with NEWER_SCHEMA and left byte for byte as it was', () => {
    const dataDir = tempDir()
    openCore({ dataDir, face: 'cli', appVersion: 'test' }).close()
    const file = databasePath(dataDir)
    const future = SCHEMA_VERSION + 1
    const raw = new Database(file)
    raw.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, 'future', '2030-01-01T00:00:00.000Z')").run(future)
    // Out of WAL mode, so that switching it back on before looking at the version would show in the bytes.
    raw.pragma('journal_mode = DELETE')
    raw.close()
    const hash = sha256(file)
    const listing = fs.readdirSync(dataDir).sort()

    let failure: unknown
    try {
      openCore({ dataDir, face: 'cli', appVersion: 'test' })
    } catch (error) {
      failure = error
    }
    expect(failure).toBeInstanceOf(AppFailure)
    expect(failure).toMatchObject({
      code: 'NEWER_SCHEMA',
      message: `This journal was written by a newer version of Coachbook (schema ${future}; this app knows ${SCHEMA_VERSION}). Update Coachbook to open it.`,
    })
    expect(sha256(file)).toBe(hash)
    expect(fs.readdirSync(dataDir).sort()).toEqual(listing)
  })

  it('is refused by migrate() too, before any change', () => {
    const dir = tempDir()
    const db = openConnection(path.join(dir, 'j.db'))
    try {
      migrate(db)
      db.prepare("INSERT INTO schema_migrations VALUES (99, 'future', 'x')").run()
      expect(() => migrate(db)).toThrow(/schema 99/)
    } finally {
      db.close()
    }
  })
})

describe('migrating an existing journal', () => {
  // The journal's first schema, then made-up upgrades: a backup must read as a journal.
  const m1 = MIGRATIONS[0] as Migration
  const m2: Migration = { version: 2, name: 'two', sql: 'CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL); INSERT INTO notes (body) SELECT name FROM reps;' }
  const broken: Migration = { version: 3, name: 'broken', sql: 'CREATE TABLE extra (x); INSERT INTO missing VALUES (1);' }

  /** A journal at version 1 holding one rep, and its backups folder. */
  function oldJournal() {
    const dir = tempDir()
    const file = path.join(dir, 'j.db')
    const db = openConnection(file)
    migrate(db, { migrations: [m1] })
    db.prepare("INSERT INTO reps (id, name, created_at, updated_at) VALUES ('r1', 'kept', 'x', 'x')").run()
    const backups = createBackupStore(path.join(dir, 'backups'), { now: () => new Date('2026-11-23T10:00:00.000Z') })
    return { db, file, backups, backupBeforeMigrating: (live: Database.Database) => backups.takeNow(live.name, 'before-migration') }
  }

  it('copies the journal into backups/, verified, before applying the new migrations', () => {
    const { db, backups, backupBeforeMigrating } = oldJournal()
    try {
      const result = migrate(db, { migrations: [m1, m2], backupBeforeMigrating })
      expect(result).toMatchObject({ from: 1, to: 2, applied: [2] })
      expect(result.backup).toMatchObject({
        name: 'coachbook-2026-11-23T10-00-00-000Z-before-migration.db',
        kind: 'before-migration',
        takenAt: '2026-11-23T10:00:00.000Z',
        problem: null,
      })
      expect(readSchemaVersion(db)).toBe(2)
      expect(db.prepare('SELECT body FROM notes').all()).toEqual([{ body: 'kept' }])
      expect(result.backup?.counts).toEqual({ reps: 1, calls: 0, sessions: 0 })

      const copy = new Database(path.join(backups.dir, result.backup?.name ?? ''), { readonly: true })
      try {
        expect(readSchemaVersion(copy)).toBe(1)
        expect(tables(copy)).not.toContain('notes')
        expect(copy.prepare('SELECT name FROM reps').pluck().all()).toEqual(['kept'])
        expect(copy.pragma('journal_mode', { simple: true })).toBe('delete')
      } finally {
        copy.close()
      }
    } finally {
      db.close()
    }
  })

  it('says it is upgrading a journal with something in it, once, and not while making a new one', () => {
    const { db, backupBeforeMigrating } = oldJournal()
    const fresh = openConnection(path.join(tempDir(), 'new.db'))
    try {
      const told: unknown[] = []
      migrate(db, { migrations: [m1, m2], backupBeforeMigrating, onUpgrade: (upgrade) => told.push(upgrade) })
      migrate(db, { migrations: [m1, m2], backupBeforeMigrating, onUpgrade: (upgrade) => told.push(upgrade) })
      expect(told).toEqual([{ from: 1, to: 2 }])
      migrate(fresh, { migrations: [m1, m2], onUpgrade: (upgrade) => told.push(upgrade) })
      expect(told).toHaveLength(1)
    } finally {
      db.close()
      fresh.close()
    }
  })

  it('runs every pending migration in one transaction: a failure rolls them all back and keeps no copy', () => {
    const { db, backups, backupBeforeMigrating } = oldJournal()
    try {
      expect(() => migrate(db, { migrations: [m1, m2, broken], backupBeforeMigrating })).toThrow(/missing/)
      expect(readSchemaVersion(db)).toBe(1)
      expect(tables(db)).not.toContain('extra')
      expect(tables(db)).not.toContain('notes')
      expect(db.prepare('SELECT name FROM reps').pluck().all()).toEqual(['kept'])
      // A failed start adds no copies, however often it is tried.
      expect(() => migrate(db, { migrations: [m1, m2, broken], backupBeforeMigrating })).toThrow(/missing/)
      expect(fs.readdirSync(backups.dir)).toEqual([])
    } finally {
      db.close()
    }
  })

  it('reads the version again once it holds the write lock: what another process migrated meanwhile is not migrated twice', () => {
    const { db, file, backups, backupBeforeMigrating } = oldJournal()
    const other = openConnection(file)
    // The other process migrates between this one's first look at the version (1) and its lock.
    let raced = false
    const racing = new Proxy(db, {
      get(target, property) {
        if (property === 'exec') {
          return (sql: string) => {
            if (sql === 'BEGIN IMMEDIATE' && !raced) {
              raced = true
              migrate(other, { migrations: [m1, m2] })
            }
            return target.exec(sql)
          }
        }
        const value: unknown = Reflect.get(target, property)
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value
      },
    })
    try {
      const result = migrate(racing, { migrations: [m1, m2], backupBeforeMigrating })
      expect(raced).toBe(true)
      expect(result).toMatchObject({ from: 2, to: 2, applied: [], backup: null })
      expect(db.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all()).toEqual([1, 2])
      expect(fs.existsSync(backups.dir)).toBe(false)
    } finally {
      other.close()
      db.close()
    }
  })

  it('refuses a SQLite file of another program (tables, no Coachbook schema) untouched, with no copy', () => {
    const dataDir = tempDir()
    const raw = new Database(databasePath(dataDir))
    raw.exec("CREATE TABLE scratch (x TEXT); INSERT INTO scratch VALUES ('old')")
    raw.close()
    const hash = sha256(databasePath(dataDir))
    for (let attempt = 0; attempt < 2; attempt++) {
      expect(() => openCore({ dataDir, face: 'cli', appVersion: 'test' })).toThrow(/not a Coachbook journal/)
    }
    expect(sha256(databasePath(dataDir))).toBe(hash)
    expect(fs.existsSync(backupsDir(dataDir))).toBe(false)
  })
})

describe('probeSchemaVersion', () => {
  it('answers null for a missing or empty file and the version of a journal', () => {
    const dir = tempDir()
    const file = path.join(dir, 'j.db')
    expect(probeSchemaVersion(file)).toBeNull()
    fs.writeFileSync(file, '')
    expect(probeSchemaVersion(file)).toBeNull()
    fs.rmSync(file)
    const db = openConnection(file)
    migrate(db)
    db.close()
    expect(probeSchemaVersion(file)).toBe(SCHEMA_VERSION)
  })
})

describe('rebuilding the journal once migrated', () => {
  // Rows rewritten smaller free room inside their pages, which SQLite's count of free pages never
  // sees: only a migration that says so gets the journal rebuilt.
  const WIDE = 'w'.repeat(900)
  const schema: Migration = { version: 1, name: 'notes', sql: 'CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL);' }
  const shrink = (marked: boolean): Migration =>
    parseMigrations({
      './migrations/0001_notes.sql': schema.sql,
      './migrations/0002_shorter.sql': `${marked ? '-- coachbook: rebuild after\n' : ''}UPDATE notes SET body = substr(body, 1, 60);`,
    })[1] as Migration

  function journalWithWideRows(): Database.Database {
    const db = openConnection(path.join(tempDir(), 'journal.db'))
    migrate(db, { migrations: [schema] })
    const insert = db.prepare('INSERT INTO notes (body) VALUES (?)')
    db.transaction(() => {
      for (let i = 0; i < 2000; i++) insert.run(WIDE)
    })()
    return db
  }
  const pages = (db: Database.Database) => db.pragma('page_count', { simple: true }) as number

  it('is asked for by a line in the migration file', () => {
    expect(shrink(true).rebuildAfter).toBe(true)
    expect(shrink(false).rebuildAfter).toBeUndefined()
    expect(MIGRATIONS.find((m) => m.name === 'packed_rich_text')?.rebuildAfter).toBe(true)
  })

  it('returns the room a marked migration freed, and leaves the file as it is after one that did not ask', () => {
    for (const marked of [false, true]) {
      const db = journalWithWideRows()
      try {
        const before = pages(db)
        expect(migrate(db, { migrations: [schema, shrink(marked)] }).applied).toEqual([2])
        expect(db.pragma('freelist_count', { simple: true })).toBe(0)
        if (marked) expect(pages(db)).toBeLessThan(before / 4)
        else expect(pages(db)).toBe(before)
        expect(db.prepare('SELECT COUNT(*) FROM notes WHERE length(body) = 60').pluck().get()).toBe(2000)
      } finally {
        db.close()
      }
    }
  })
})
