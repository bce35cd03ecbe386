import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3-multiple-ciphers'
import { afterEach, describe, expect, inject, it, vi } from 'vitest'
import { makeTempDataDir, readFixture } from '../../../helpers/tempJournal'

/**
 * The built `coachbook` command, run as a child process against temporary data folders, as a
 * person (or the end-to-end harness) would run it. `process.execPath` is the Node running vitest.
 */
const root = path.resolve(import.meta.dirname, '../../../..')
/** This run's build (test/unit/setup/appBuild.ts), never the shared out/. */
const buildDir = inject('appBuildDir')
const cliJs = path.join(buildDir, 'main/cli.js')

// Each test runs the CLI several times (~0.3 s each, more on a busy machine): allow for it.
vi.setConfig({ testTimeout: 60_000 })

type Run = { status: number | null; stdout: string; stderr: string }

const dirs: string[] = []
function tempDir(): string {
  const dir = makeTempDataDir('coachbook-cli-')
  dirs.push(dir)
  return dir
}

function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra }
  if (!('COACHBOOK_DATA_DIR' in extra)) delete env['COACHBOOK_DATA_DIR']
  delete env['COACHBOOK_PORT']
  return env
}

function cli(dataDir: string | null, ...args: string[]): Run {
  const argv = dataDir === null ? args : ['--data-dir', dataDir, ...args]
  const run = spawnSync(process.execPath, [cliJs, ...argv], { cwd: root, encoding: 'utf8', env: cleanEnv(), timeout: 60_000 })
  return { status: run.status, stdout: run.stdout, stderr: run.stderr }
}

/** The journal as `export` prints it, minus the moment of the export. */
function exported(dataDir: string): unknown {
  const run = cli(dataDir, 'export')
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

function smallJournal(): { calls: { debrief?: Record<string, unknown> | null }[]; reps: unknown[] } & Record<string, unknown> {
  return JSON.parse(readFixture('journal-small.json')) as ReturnType<typeof smallJournal>
}

/** A data folder holding the small fixture journal. */
function seeded(): string {
  const dir = tempDir()
  const run = cli(dir, 'import', writeJson(smallJournal()))
  expect(run.status, run.stderr).toBe(0)
  return dir
}

function expectOneErrorLine(run: Run, pattern: RegExp): void {
  expect(run.stderr).toMatch(/^coachbook: [^\n]+\n$/)
  expect(run.stderr).toMatch(pattern)
  expect(run.stderr).not.toMatch(/\n\s+at /)
}

afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

describe('the build', () => {
  it('emits a self-contained preload: the only require is electron', () => {
    const preload = fs.readFileSync(path.join(buildDir, 'preload/index.cjs'), 'utf8')
    const requires = [...preload.matchAll(/\brequire\s*\(([^)]*)\)/g)].map((m) => m[1]?.trim())
    expect(requires).toEqual(['"electron"'])
    expect(preload).toContain('exposeInMainWorld')
  })

  it('has the benchmark entry', () => {
    // A tiny journal and one run: this checks the entry works, not the figures (npm run bench does).
    const run = spawnSync(process.execPath, [path.join(buildDir, 'main/bench.js'), '--calls', '200', '--runs', '1'], { encoding: 'utf8' })
    expect(run.status, run.stderr).toBe(0)
    expect(run.stdout).toContain('Median / 100 ms')
  })
})

describe('export and import', () => {
  it('export → import into a fresh journal → export again gives the same journal', () => {
    const first = seeded()
    const before = exported(first)
    expect((before as { calls: unknown[] }).calls).toHaveLength(12)

    const file = path.join(tempDir(), 'export.json')
    const out = cli(first, 'export', '--out', file)
    expect(out.status, out.stderr).toBe(0)
    expect(out.stdout).toBe(`Exported the journal to ${file}\n`)
    expect(fs.readdirSync(path.dirname(file))).toEqual(['export.json'])

    const second = tempDir()
    const imported = cli(second, 'import', file)
    expect(imported.status, imported.stderr).toBe(0)
    expect(exported(second)).toEqual(before)
  })

  it('prints what an import added, updated and left unchanged', () => {
    const dir = tempDir()
    const file = writeJson(smallJournal())
    const first = cli(dir, 'import', file)
    expect(first.stdout).toMatch(/Reps\s+3 added, 0 updated, 0 unchanged/)
    expect(first.stdout).toMatch(/Calls\s+12 added/)
    expect(first.stdout).toMatch(/Coaching sessions\s+5 added/)
    const again = cli(dir, 'import', file)
    expect(again.status).toBe(0)
    expect(again.stdout).toMatch(/Reps\s+0 added, 0 updated, 3 unchanged/)
    expect(again.stdout).toMatch(/Calls\s+0 added, 0 updated, 12 unchanged/)
  })

  it('refuses an invalid file whole: one line naming the field, non-zero exit, journal unchanged', () => {
    const dir = seeded()
    const before = exported(dir)
    const journal = smallJournal()
    const index = journal.calls.findIndex((call) => call.debrief)
    const target = journal.calls[index]?.debrief
    if (!target) throw new Error('the fixture has no debrief')
    target['actualRole'] = 'superhero'
    journal.reps.push({ id: 'rep-new', name: 'Would be added' })

    const run = cli(dir, 'import', writeJson(journal))
    expect(run.status).toBe(1)
    expectOneErrorLine(run, new RegExp(`calls\\[${index}\\]\\.debrief\\.actualRole`))
    expect(run.stdout).toBe('')
    expect(exported(dir)).toEqual(before)
  })

  it('a missing file is one line and exit code 1', () => {
    const run = cli(tempDir(), 'import', path.join(tempDir(), 'nope.json'))
    expect(run.status).toBe(1)
    expectOneErrorLine(run, /nope\.json/)
  })
})

describe('check', () => {
  it('passes a healthy journal', () => {
    const run = cli(seeded(), 'check')
    expect(run.status, run.stderr).toBe(0)
    expect(run.stdout).toMatch(/healthy/)
  })

  it('lists problems and fails on a journal damaged inside', () => {
    const dir = seeded()
    const db = new Database(path.join(dir, 'coachbook.db'))
    db.prepare("UPDATE calls SET call_date = '2026-02-30' WHERE rowid = (SELECT MIN(rowid) FROM calls)").run()
    db.close()
    const run = cli(dir, 'check')
    expect(run.status).toBe(1)
    expect(run.stdout).toMatch(/2026-02-30/)
    expectOneErrorLine(run, /damaged/)
  })

  it('fails on a file whose bytes are corrupted', () => {
    const dir = seeded()
    const file = path.join(dir, 'coachbook.db')
    const bytes = fs.readFileSync(file)
    expect(bytes.length).toBeGreaterThan(8192)
    // Keep the header, scribble over every page after the first.
    for (let i = 4096; i < bytes.length; i++) bytes[i] = (i * 7919) % 251
    fs.writeFileSync(file, bytes)
    const run = cli(dir, 'check')
    expect(run.status).not.toBe(0)
    expectOneErrorLine(run, /.+/)
  })

  it('does not create a journal where there is none', () => {
    const dir = tempDir()
    const run = cli(dir, 'check')
    expect(run.status).toBe(1)
    expectOneErrorLine(run, /no journal/)
    expect(fs.existsSync(path.join(dir, 'coachbook.db'))).toBe(false)
  })
})

describe('backup and restore', () => {
  it('restores a backup, keeping the replaced journal in backups/', () => {
    const dir = seeded()
    const backup = path.join(tempDir(), 'journal.backup.db')
    const made = cli(dir, 'backup', '--out', backup)
    expect(made.status, made.stderr).toBe(0)
    const atBackup = exported(dir)

    const later = smallJournal()
    later.reps.push({ id: 'rep-later', name: 'Added After The Backup' })
    expect(cli(dir, 'import', writeJson(later)).status).toBe(0)
    const afterChange = exported(dir)
    expect(afterChange).not.toEqual(atBackup)

    const restored = cli(dir, 'restore', backup)
    expect(restored.status, restored.stderr).toBe(0)
    expect(exported(dir)).toEqual(atBackup)

    const saved = fs.readdirSync(path.join(dir, 'backups')).filter((f) => f.startsWith('coachbook-before-restore-'))
    expect(saved).toHaveLength(1)
    const other = tempDir()
    fs.copyFileSync(path.join(dir, 'backups', saved[0] ?? ''), path.join(other, 'coachbook.db'))
    expect(exported(other)).toEqual(afterChange)
    expect(fs.readdirSync(dir).filter((f) => f.startsWith('.restore-'))).toEqual([])
  })

  it('restores over a journal too damaged to open, keeping its bytes in backups/', () => {
    const good = seeded()
    const backup = path.join(tempDir(), 'good.db')
    expect(cli(good, 'backup', '--out', backup).status).toBe(0)
    const damaged = seeded()
    const file = path.join(damaged, 'coachbook.db')
    const bytes = fs.readFileSync(file)
    for (let i = 4096; i < bytes.length; i++) bytes[i] = 0xee
    fs.writeFileSync(file, bytes)
    expect(cli(damaged, 'check').status).not.toBe(0)

    const run = cli(damaged, 'restore', backup)
    expect(run.status, run.stderr).toBe(0)
    expect(cli(damaged, 'check').status).toBe(0)
    expect(exported(damaged)).toEqual(exported(good))
    const [kept] = fs.readdirSync(path.join(damaged, 'backups'))
    expect(fs.readFileSync(path.join(damaged, 'backups', kept ?? '')).equals(bytes)).toBe(true)
  })

  it('will not overwrite an existing file with a backup', () => {
    const dir = seeded()
    const target = path.join(tempDir(), 'taken.db')
    fs.writeFileSync(target, 'precious')
    const run = cli(dir, 'backup', '--out', target)
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
  ] as [string, () => string, RegExp][])('refuses %s and leaves the journal alone', (_label, make, message) => {
    const dir = seeded()
    const before = exported(dir)
    const run = cli(dir, 'restore', make())
    expect(run.status).toBe(1)
    expectOneErrorLine(run, message)
    expect(exported(dir)).toEqual(before)
    expect(fs.existsSync(path.join(dir, 'backups'))).toBe(false)
    expect(fs.readdirSync(dir).filter((f) => f.startsWith('.restore-'))).toEqual([])
  })
})

describe('usage', () => {
  it('an unknown command is one line and exit code 2', () => {
    const run = cli(tempDir(), 'frobnicate')
    expect(run.status).toBe(2)
    expectOneErrorLine(run, /unknown command 'frobnicate'/)
    expect(run.stdout).toBe('')
  })

  it('an unknown option and a missing argument are usage errors too', () => {
    const option = cli(tempDir(), 'export', '--nope')
    expect(option.status).toBe(2)
    expectOneErrorLine(option, /--nope/)
    const argument = cli(tempDir(), 'import')
    expect(argument.status).toBe(2)
    expectOneErrorLine(argument, /missing required argument/)
  })

  it('no command at all says what to do', () => {
    const run = cli(null)
    expect(run.status).toBe(2)
    expectOneErrorLine(run, /choose a command/)
  })

  it('info names the data folder (from --data-dir, else COACHBOOK_DATA_DIR)', () => {
    const dir = tempDir()
    const run = cli(dir, 'info')
    expect(run.status, run.stderr).toBe(0)
    expect(run.stdout).toContain(dir)
    const fromEnv = tempDir()
    const viaEnv = spawnSync(process.execPath, [cliJs, 'info'], {
      encoding: 'utf8',
      env: cleanEnv({ COACHBOOK_DATA_DIR: fromEnv }),
    })
    expect(viaEnv.stdout).toContain(fromEnv)
  })
})

describe('serve', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)('prints exactly one line with the address, serves the journal, and stops cleanly on %s', async (signal) => {
    const dir = seeded()
    const child = spawn(process.execPath, [cliJs, 'serve'], {
      cwd: root,
      env: cleanEnv({ COACHBOOK_DATA_DIR: dir, COACHBOOK_PORT: '0' }),
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)))
    try {
      const match = await new Promise<RegExpMatchArray>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no address after 20 s; stderr: ${stderr}`)), 20_000)
        child.stdout.on('data', () => {
          const found = /http:\/\/127\.0\.0\.1:(\d+)\/\?token=([A-Za-z0-9_-]+)/.exec(stdout)
          if (found) {
            clearTimeout(timer)
            resolve(found)
          }
        })
      })
      const origin = `http://127.0.0.1:${match[1]}`
      const reply = await fetch(`${origin}/api/reps/list`, {
        method: 'POST',
        headers: { authorization: `Bearer ${match[2]}`, 'content-type': 'application/json' },
        body: '{}',
      })
      expect(reply.status).toBe(200)
      const result = (await reply.json()) as { ok: boolean; value: unknown[] }
      expect(result.ok).toBe(true)
      expect(result.value).toHaveLength(3)
      const info = await fetch(`${origin}/api/app/info`, {
        method: 'POST',
        headers: { authorization: `Bearer ${match[2]}`, 'content-type': 'application/json' },
        body: '{}',
      })
      expect(((await info.json()) as { value: { face: string } }).value.face).toBe('browser')
      const page = await fetch(`${origin}/`)
      expect(await page.text()).toMatch(/<html/i)
    } finally {
      child.kill(signal)
    }
    expect(await exited).toBe(0)
    expect(stdout.split('\n').filter(Boolean)).toHaveLength(1)
    expect(stdout.trim()).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]+$/)
    // The journal was closed cleanly: no WAL left behind.
    expect(fs.existsSync(path.join(dir, 'coachbook.db-wal'))).toBe(false)
  })
})
