import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3-multiple-ciphers'
import { afterEach, describe, expect, it } from 'vitest'
import { cliInProcess } from '../../../../helpers/cliInProcess'
import { makeTempDataDir, openFixtureCore, readFixture } from '../../../../helpers/tempJournal'

/**
 * `check`, `backup`, `backups`, `restore`, `salvage` and the reading commands on a missing or
 * empty folder, run in-process the way bin/coachbook runs them (test/helpers/cliInProcess.ts):
 * what they print, their exit status and what they leave on disk. None needs a built part; the
 * built command itself (its start, exit codes, pipes, `serve`, `import` through the file sandbox)
 * is cli.test.ts's.
 */
type Run = { status: number | null; stdout: string; stderr: string }

const dirs: string[] = []
function tempDir(): string {
  const dir = makeTempDataDir('coachbook-cli-')
  dirs.push(dir)
  return dir
}

afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

const cli = (dataDir: string, ...args: string[]): Promise<Run> => cliInProcess(dataDir, ...args)

/** The journal as `export` prints it, minus the moment of the export. */
async function exported(dataDir: string): Promise<unknown> {
  const run = await cli(dataDir, 'export')
  expect(run.status, run.stderr).toBe(0)
  const journal = JSON.parse(run.stdout) as Record<string, unknown>
  expect(journal['exportedAt']).toEqual(expect.any(String))
  delete journal['exportedAt']
  return journal
}

function writeJson(value: unknown): string {
  const file = path.join(tempDir(), 'journal.json')
  fs.writeFileSync(file, JSON.stringify(value, null, 2))
  return file
}

const smallJournal = () => JSON.parse(readFixture('journal-small.json')) as unknown

/** A closed journal holding the small fixture (journal-small.json), in a folder of its own. */
async function seeded(): Promise<string> {
  const { core, dataDir } = await openFixtureCore()
  core.close()
  dirs.push(dataDir)
  return dataDir
}

function expectOneErrorLine(run: Run, pattern: RegExp): void {
  expect(run.stderr).toMatch(/^coachbook: [^\n]+\n$/)
  expect(run.stderr).toMatch(pattern)
  expect(run.stderr).not.toMatch(/\n\s+at /)
}

describe('check', () => {
  it('passes a healthy journal', async () => {
    const run = await cli(await seeded(), 'check')
    expect(run.status, run.stderr).toBe(0)
    expect(run.stdout).toMatch(/healthy/)
  })

  it('lists problems and fails on a journal damaged inside', async () => {
    const dir = await seeded()
    const db = new Database(path.join(dir, 'coachbook.db'))
    db.prepare("UPDATE calls SET call_date = '2026-02-30' WHERE rowid = (SELECT MIN(rowid) FROM calls)").run()
    db.close()
    const run = await cli(dir, 'check')
    expect(run.status).toBe(1)
    expect(run.stdout).toMatch(/2026-02-30/)
    expectOneErrorLine(run, /damaged/)
  })

  it('fails on a file whose bytes are corrupted', async () => {
    const dir = await seeded()
    const file = path.join(dir, 'coachbook.db')
    const bytes = fs.readFileSync(file)
    expect(bytes.length).toBeGreaterThan(8192)
    // Keep the header, scribble over every page after the first.
    for (let i = 4096; i < bytes.length; i++) bytes[i] = (i * 7919) % 251
    fs.writeFileSync(file, bytes)
    const run = await cli(dir, 'check')
    expect(run.status).not.toBe(0)
    expectOneErrorLine(run, /.+/)
  })

  it('does not create a journal where there is none', async () => {
    const dir = tempDir()
    const run = await cli(dir, 'check')
    expect(run.status).toBe(1)
    expectOneErrorLine(run, /no journal/)
    expect(fs.existsSync(path.join(dir, 'coachbook.db'))).toBe(false)
  })
})

describe('backup and restore', () => {
  it('backup without --out adds a verified, private copy to backups/, which "backups" lists with what it holds', async () => {
    const dir = await seeded()
    const made = await cli(dir, 'backup')
    expect(made.status, made.stderr).toBe(0)
    const match = /^Backed up the journal to (.+-manual\.db) \(3 reps, 12 calls, 5 sessions, \d+ KB\)\n$/.exec(made.stdout)
    expect(match, made.stdout).not.toBeNull()
    const file = match?.[1] ?? ''
    expect(path.dirname(file)).toBe(path.join(dir, 'backups'))
    expect(fs.statSync(file).mode & 0o777).toBe(0o600)
    expect(fs.statSync(path.dirname(file)).mode & 0o777).toBe(0o700)
    const copy = new Database(file, { readonly: true })
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok')
    copy.close()

    const listed = await cli(dir, 'backups')
    expect(listed.status, listed.stderr).toBe(0)
    expect(listed.stdout).toContain(`Backups in ${path.join(dir, 'backups')}, newest first:`)
    expect(listed.stdout).toMatch(new RegExp(`Taken by hand\\s+\\d+ KB\\s+3 reps, 12 calls, 5 sessions\\s+${path.basename(file)}`))
  })

  it('restores over a journal too damaged to open, keeping its bytes in recovered/', async () => {
    const good = await seeded()
    const backup = path.join(tempDir(), 'good.db')
    expect((await cli(good, 'backup', '--out', backup)).status).toBe(0)
    const damaged = await seeded()
    const file = path.join(damaged, 'coachbook.db')
    const bytes = fs.readFileSync(file)
    for (let i = 4096; i < bytes.length; i++) bytes[i] = 0xee
    fs.writeFileSync(file, bytes)
    expect((await cli(damaged, 'check')).status).not.toBe(0)

    const run = await cli(damaged, 'restore', backup)
    expect(run.status, run.stderr).toBe(0)
    expect(run.stdout).toMatch(/The damaged journal is kept, byte for byte, in .+recovered/)
    expect((await cli(damaged, 'check')).status).toBe(0)
    expect(await exported(damaged)).toEqual(await exported(good))
    const [kept] = fs.readdirSync(path.join(damaged, 'recovered')).filter((f) => f.endsWith('.db'))
    expect(fs.readFileSync(path.join(damaged, 'recovered', kept ?? '')).equals(bytes)).toBe(true)
  })

  it('will not overwrite an existing file with a backup', async () => {
    const dir = await seeded()
    const target = path.join(tempDir(), 'taken.db')
    fs.writeFileSync(target, 'precious')
    const run = await cli(dir, 'backup', '--out', target)
    expect(run.status).toBe(1)
    expectOneErrorLine(run, /already exists/)
    expect(fs.readFileSync(target, 'utf8')).toBe('precious')
  })

  it.each([
    ['a JSON file', () => writeJson(smallJournal()), /not a Coachbook backup/],
    [
      'a SQLite file of another app',
      () => {
        const file = path.join(tempDir(), 'other.db')
        const db = new Database(file)
        db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)')
        db.close()
        return file
      },
      /not a Coachbook backup/,
    ],
    [
      'a backup from a newer Coachbook',
      () => {
        const file = path.join(tempDir(), 'future.db')
        const db = new Database(file)
        db.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)')
        db.prepare("INSERT INTO schema_migrations VALUES (999, 'future', '2030-01-01T00:00:00.000Z')").run()
        db.close()
        return file
      },
      /newer version of Coachbook/,
    ],
  ] as [string, () => string, RegExp][])('refuses %s and leaves the journal alone', async (_label, make, message) => {
    const dir = await seeded()
    const before = await exported(dir)
    const run = await cli(dir, 'restore', make())
    expect(run.status).toBe(1)
    expectOneErrorLine(run, message)
    expect(await exported(dir)).toEqual(before)
    expect(fs.existsSync(path.join(dir, 'backups'))).toBe(false)
    expect(fs.readdirSync(dir).filter((f) => f.startsWith('.restore-'))).toEqual([])
  })
})

describe('a folder that holds no journal, or an empty one', () => {
  const READERS = [['export'], ['check'], ['reminders'], ['metrics', '--from', '2026-01-01', '--to', '2026-12-31'], ['backup'], ['backup', '--out', 'copy.db']]

  it.each(READERS)('%s refuses a folder that does not exist, with the reason, and creates nothing', async (...args) => {
    const parent = tempDir()
    const missing = path.join(parent, 'Coachbok')
    const run = await cli(missing, ...args.map((arg) => (arg === 'copy.db' ? path.join(parent, arg) : arg)))
    expect(run.status).toBe(1)
    expectOneErrorLine(run, new RegExp(`There is no journal in ${missing}: the folder does not exist`))
    expect(fs.readdirSync(parent)).toEqual([])
  })

  it.each(READERS)('%s refuses a zero-length coachbook.db, with the reason, and leaves it as it is', async (...args) => {
    const dir = tempDir()
    const file = path.join(dir, 'coachbook.db')
    fs.writeFileSync(file, '')
    const run = await cli(dir, ...args.map((arg) => (arg === 'copy.db' ? path.join(tempDir(), arg) : arg)))
    expect(run.status).toBe(1)
    expectOneErrorLine(run, /The journal file .+coachbook\.db is empty \(0 bytes\).+coachbook backups/)
    expect(fs.readdirSync(dir)).toEqual(['coachbook.db'])
    expect(fs.statSync(file).size).toBe(0)
  })

  it('info says where the journal would be without making one', async () => {
    const parent = tempDir()
    const run = await cli(path.join(parent, 'new'), 'info')
    expect(run.status, run.stderr).toBe(0)
    expect(run.stdout).toMatch(/Schema\s+none yet/)
    expect(fs.readdirSync(parent)).toEqual([])
  })
})

describe('salvage', () => {
  it('reads what can be read of a damaged journal into a new one, and keeps the damaged file', async () => {
    const dir = await seeded()
    const file = path.join(dir, 'coachbook.db')
    const bytes = fs.readFileSync(file)
    // Random bytes over the last pages: some tables lose rows, the rest stays readable.
    const size = Math.min(4096, bytes.length - 8192)
    let seed = 7
    for (let i = bytes.length - size; i < bytes.length; i++) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31
      bytes[i] = seed & 0xff
    }
    fs.writeFileSync(file, bytes)

    const run = await cli(dir, 'salvage')
    expect(run.status, run.stderr).toBe(0)
    expect(run.stdout).toMatch(/^Saved \d+ reps?, \d+ calls? \(\d+ pre-briefs?, \d+ debriefs?\) and \d+ coaching sessions? into a new journal\.\n/)
    const keptAt = /kept, byte for byte, in (.+\.db)\.\n/.exec(run.stdout)?.[1] ?? ''
    expect(fs.readFileSync(keptAt).equals(bytes)).toBe(true)
    expect((await cli(dir, 'check')).status).toBe(0)
  })

  it('refuses a journal that is not damaged', async () => {
    const run = await cli(await seeded(), 'salvage')
    expect(run.status).toBe(1)
    expectOneErrorLine(run, /not damaged/)
  })
})

describe('reading only', () => {
  it('check leaves a writable journal byte for byte as it was', async () => {
    const dir = await seeded()
    const file = path.join(dir, 'coachbook.db')
    const bytes = fs.readFileSync(file)
    const listing = fs.readdirSync(dir).sort()
    expect((await cli(dir, 'check')).status).toBe(0)
    expect(fs.readFileSync(file).equals(bytes)).toBe(true)
    expect(fs.readdirSync(dir).sort()).toEqual(listing)
  })
})
