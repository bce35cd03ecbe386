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

describe('a fresh journal', () => {
  it('records every migration with its version, name and time', async () => {
    const { core, cleanup } = openTempCore()
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
    const { dataDir, cleanup } = openTempCore()
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
      migrate(db, { backupsDir: path.join(dir, 'backups') })
      db.prepare("INSERT INTO schema_migrations VALUES (99, 'future', 'x')").run()
      expect(() => migrate(db, { backupsDir: path.join(dir, 'backups') })).toThrow(/schema 99/)
    } finally {
      db.close()
    }
  })
})

describe('migrating an existing journal', () => {
  const m1: Migration = { version: 1, name: 'one', sql: 'CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL);' }
  const m2: Migration = { version: 2, name: 'two', sql: 'ALTER TABLE notes ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0;' }

  it('copies the journal into backups/ before applying the new migrations', () => {
    const dir = tempDir()
    const backups = path.join(dir, 'backups')
    const db = openConnection(path.join(dir, 'j.db'))
    try {
      expect(migrate(db, { backupsDir: backups, migrations: [m1] })).toMatchObject({ from: 0, to: 1, backupFile: null })
      db.prepare("INSERT INTO notes (body) VALUES ('kept')").run()

      const at = new Date('2026-11-23T10:00:00.000Z')
      const result = migrate(db, { backupsDir: backups, migrations: [m1, m2], now: () => at })
      expect(result).toMatchObject({ from: 1, to: 2, applied: [2] })
      expect(result.backupFile).toBe(path.join(backups, 'coachbook-before-v2-2026-11-23T10-00-00-000Z.db'))
      expect(readSchemaVersion(db)).toBe(2)
      expect(db.prepare('SELECT body, pinned FROM notes').all()).toEqual([{ body: 'kept', pinned: 0 }])

      const copy = new Database(result.backupFile ?? '', { readonly: true })
      try {
        expect(readSchemaVersion(copy)).toBe(1)
        expect(copy.prepare('SELECT * FROM notes').all()).toEqual([{ id: 1, body: 'kept' }])
      } finally {
        copy.close()
      }
    } finally {
      db.close()
    }
  })

  it('backs up a non-empty database that was never migrated when the journal opens it', async () => {
    const dataDir = tempDir()
    const raw = new Database(databasePath(dataDir))
    raw.exec("CREATE TABLE scratch (x TEXT); INSERT INTO scratch VALUES ('old')")
    raw.close()

    const core = openCore({ dataDir, face: 'cli', appVersion: 'test' })
    try {
      expect(await invoke(core, 'reps.list', {})).toEqual([])
      const files = fs.readdirSync(backupsDir(dataDir))
      expect(files).toHaveLength(1)
      expect(files[0]).toMatch(new RegExp(`^coachbook-before-v${SCHEMA_VERSION}-.+\\.db$`))
      const copy = new Database(path.join(backupsDir(dataDir), files[0] ?? ''), { readonly: true })
      try {
        expect(tables(copy)).toEqual(['scratch'])
      } finally {
        copy.close()
      }
    } finally {
      core.close()
    }
  })

  it('rolls a failing migration back whole and keeps the earlier ones', () => {
    const dir = tempDir()
    const db = openConnection(path.join(dir, 'j.db'))
    const broken: Migration = { version: 2, name: 'broken', sql: 'CREATE TABLE extra (x); INSERT INTO missing VALUES (1);' }
    try {
      expect(() => migrate(db, { backupsDir: path.join(dir, 'backups'), migrations: [m1, broken] })).toThrow(/missing/)
      expect(readSchemaVersion(db)).toBe(1)
      expect(tables(db)).not.toContain('extra')
      expect(tables(db)).toContain('notes')
    } finally {
      db.close()
    }
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
    migrate(db, { backupsDir: path.join(dir, 'backups') })
    db.close()
    expect(probeSchemaVersion(file)).toBe(SCHEMA_VERSION)
  })
})
