import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3-multiple-ciphers'
import { afterEach, describe, expect, it } from 'vitest'
import { SCHEMA_VERSION } from '../../../../electron/core/db/migrations'
import { framesWaiting, openCore } from '../../../../electron/core/journal'
import { databasePath } from '../../../../electron/core/paths'
import { AppFailure } from '../../../../shared/result'
import { invoke, makeTempDataDir, openFixtureCore, openTempCore, type TempCore } from '../../../helpers/tempJournal'

const temps: TempCore[] = []
const dirs: string[] = []
afterEach(() => {
  for (const temp of temps.splice(0)) temp.cleanup()
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})
const tempDir = () => {
  const dir = makeTempDataDir()
  dirs.push(dir)
  return dir
}
const failureOf = (fn: () => unknown): AppFailure => {
  try {
    fn()
  } catch (error) {
    if (error instanceof AppFailure) return error
    throw error
  }
  throw new Error('no failure')
}

describe('openCore', () => {
  it('creates the data folder and the journal file in it', () => {
    const dataDir = path.join(tempDir(), 'nested', 'Coachbook')
    const core = openCore({ dataDir, face: 'cli', appVersion: 'test' })
    try {
      expect(core.dataDir).toBe(dataDir)
      expect(core.databasePath).toBe(path.join(dataDir, 'coachbook.db'))
      expect(fs.existsSync(core.databasePath)).toBe(true)
    } finally {
      core.close()
    }
  })

  it('keeps what was written across close and reopen', async () => {
    const dataDir = tempDir()
    const first = openCore({ dataDir, face: 'cli', appVersion: 'test' })
    await invoke(first, 'reps.create', { name: 'Dana Ortiz' })
    first.close()
    const second = openCore({ dataDir, face: 'electron', appVersion: 'test' })
    try {
      expect((await invoke(second, 'reps.list', {})).map((r) => r.name)).toEqual(['Dana Ortiz'])
    } finally {
      second.close()
    }
  })

  it('refuses to open the same journal twice in one process, and allows it again after close', () => {
    const dataDir = tempDir()
    const core = openCore({ dataDir, face: 'cli', appVersion: 'test' })
    expect(failureOf(() => openCore({ dataDir: `${dataDir}/.`, face: 'cli', appVersion: 'test' }))).toMatchObject({
      code: 'CONFLICT',
      message: `The journal at ${databasePath(dataDir)} is already open in this process`,
    })
    core.close()
    core.close()
    openCore({ dataDir, face: 'cli', appVersion: 'test' }).close()
  })

  it('answers NEEDS_RECOVERY, and leaves the file alone, when the file is not a database', () => {
    const dataDir = tempDir()
    const file = databasePath(dataDir)
    fs.writeFileSync(file, 'These are my notes, not a database. '.repeat(200))
    const before = fs.readFileSync(file)
    const failure = failureOf(() => openCore({ dataDir, face: 'cli', appVersion: 'test' }))
    expect(failure.code).toBe('NEEDS_RECOVERY')
    expect(failure.message).toMatch(/^The journal file .+coachbook\.db is not a SQLite database/)
    expect(fs.readFileSync(file).equals(before)).toBe(true)
    // A failed open does not count as open.
    fs.rmSync(file)
    openCore({ dataDir, face: 'cli', appVersion: 'test' }).close()
  })

  it('answers IO_FAILURE when the data folder cannot be created', () => {
    const blocker = path.join(tempDir(), 'a-file')
    fs.writeFileSync(blocker, '')
    expect(failureOf(() => openCore({ dataDir: path.join(blocker, 'journal'), face: 'cli', appVersion: 'test' }))).toMatchObject({
      code: 'IO_FAILURE',
      message: expect.stringMatching(/^Cannot open the journal at /) as string,
    })
  })
})

describe('copyTo()', () => {
  it('writes a consistent copy that opens as the same journal', async () => {
    const temp = await openFixtureCore()
    temps.push(temp)
    const target = path.join(tempDir(), 'copies', 'coachbook-copy.db')
    await temp.core.copyTo(target)

    const copy = new Database(target, { readonly: true })
    try {
      expect(copy.prepare('SELECT COUNT(*) AS n FROM calls').get()).toEqual({ n: 12 })
      expect(copy.prepare('SELECT MAX(version) AS v FROM schema_migrations').get()).toEqual({ v: SCHEMA_VERSION })
    } finally {
      copy.close()
    }
    const restored = openCore({ dataDir: tempDir(), face: 'cli', appVersion: 'test' })
    const restoredPath = restored.databasePath
    restored.close()
    fs.copyFileSync(target, restoredPath)
    const reopened = openCore({ dataDir: path.dirname(restoredPath), face: 'cli', appVersion: 'test' })
    try {
      const a = await invoke(temp.core, 'journal.export', {})
      const b = await invoke(reopened, 'journal.export', {})
      expect({ ...b, exportedAt: '', writtenBy: null }).toEqual({ ...a, exportedAt: '', writtenBy: null })
    } finally {
      reopened.close()
    }
  })

  it('refuses to overwrite the journal itself and reports a place it cannot write', async () => {
    const temp = openTempCore()
    temps.push(temp)
    await expect(temp.core.copyTo(temp.core.databasePath)).rejects.toMatchObject({ code: 'INVALID_INPUT' })
    const blocker = path.join(tempDir(), 'a-file')
    fs.writeFileSync(blocker, '')
    await expect(temp.core.copyTo(path.join(blocker, 'copy.db'))).rejects.toMatchObject({
      code: 'IO_FAILURE',
      message: expect.stringMatching(/^Could not write the backup to /) as string,
    })
  })
})

it('exposes the one connection for other core services', async () => {
  const temp = openTempCore()
  temps.push(temp)
  await invoke(temp.core, 'reps.create', { name: 'Dana Ortiz' })
  expect(temp.core.db.prepare('SELECT name FROM reps').all()).toEqual([{ name: 'Dana Ortiz' }])
})

describe('the WAL, copied into the journal file between calls', () => {
  /** One commit of about 1,200 pages (4 KB each): past SQLite's own checkpoint (1,000 pages). */
  const bigCommit = (core: TempCore['core']) => {
    core.db.exec('CREATE TABLE IF NOT EXISTS scratch (bytes BLOB)')
    core.db.transaction(() => {
      const insert = core.db.prepare('INSERT INTO scratch (bytes) VALUES (randomblob(4000))')
      for (let i = 0; i < 1200; i++) insert.run()
    })()
  }

  it('by SQLite inside the commit for the one-shot commands', () => {
    const temp = openTempCore()
    temps.push(temp)
    bigCommit(temp.core)
    expect(framesWaiting(temp.core.db)).toBe(0)
  })

  it('by its owner when asked (foldWal), never inside a commit below the backstop', () => {
    const temp = openTempCore({ walCheckpoints: 'between-calls' })
    temps.push(temp)
    bigCommit(temp.core)
    // SQLite left them for the owner's quiet moment: the commit paid for no copy.
    expect(framesWaiting(temp.core.db)).toBeGreaterThan(1000)
    temp.core.foldWal()
    expect(framesWaiting(temp.core.db)).toBe(0)
    // What was copied is in the file alone, as a copy of coachbook.db without its WAL shows.
    const copy = path.join(temp.dataDir, 'file-alone.db')
    fs.copyFileSync(temp.core.databasePath, copy)
    const alone = new Database(copy, { readonly: true })
    try {
      expect(alone.prepare('SELECT count(*) FROM scratch').pluck().get()).toBe(1200)
    } finally {
      alone.close()
    }
  })
})
