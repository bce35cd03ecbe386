import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3-multiple-ciphers'
import { afterEach, describe, expect, inject, it, vi } from 'vitest'
import { makeTempDataDir, readFixture } from '../../../helpers/tempJournal'
import { STATE_WAIT } from '../../../helpers/waitBound'

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
    // In a folder of its own: the day's shared cache in the temp folder may hold a journal another
    // checkout wrote (a newer schema), which this build rightly refuses to open.
    const run = spawnSync(process.execPath, [path.join(buildDir, 'main/bench.js'), '--calls', '200', '--runs', '1', '--query-runs', '1', '--data-dir', tempDir()], {
      encoding: 'utf8',
    })
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

  it('keeps records changed since an older file was written, unless told --take-file-versions', () => {
    const dir = seeded()
    const older = path.join(tempDir(), 'older.json')
    expect(cli(dir, 'export', '--out', older).status).toBe(0)
    const db = new Database(path.join(dir, 'coachbook.db'))
    // A week of work after that export.
    db.prepare("UPDATE reps SET title = 'Team Lead', updated_at = '2099-01-01T00:00:00.000Z' WHERE id = 'rep-marcus'").run()
    db.close()

    const kept = cli(dir, 'import', older)
    expect(kept.status, kept.stderr).toBe(0)
    expect(kept.stdout).toMatch(/Reps\s+0 added, 0 updated, 2 unchanged, 1 newer in the journal \(kept\)/)
    expect(kept.stdout).toMatch(/--take-file-versions/)
    expect((exported(dir) as { reps: { id: string; title: string }[] }).reps.find((r) => r.id === 'rep-marcus')?.title).toBe('Team Lead')

    const taken = cli(dir, 'import', older, '--take-file-versions')
    expect(taken.status, taken.stderr).toBe(0)
    expect(taken.stdout).toMatch(/1 newer in the journal \(replaced by the file\)/)
    expect((exported(dir) as { reps: { id: string; title: string }[] }).reps.find((r) => r.id === 'rep-marcus')?.title).toBe('Account Executive')
  })

  it('refuses a file from a newer Coachbook in one line, naming what wrote it', () => {
    const dir = seeded()
    const run = cli(dir, 'import', writeJson({ ...smallJournal(), version: 2, writtenBy: { app: 'Coachbook', version: '7.0.0' } }))
    expect(run.status).toBe(1)
    expectOneErrorLine(run, /written by Coachbook 7\.0\.0 in format version 2.*Update Coachbook/)
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

describe('a reader that stops reading', () => {
  /** Runs the CLI with its stdout piped to a reader that has already gone, as `| head` is once it has its lines. */
  function intoClosedPipe(dataDir: string, ...args: string[]): Promise<Run> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [cliJs, '--data-dir', dataDir, ...args], { cwd: root, env: cleanEnv(), stdio: ['ignore', 'pipe', 'pipe'] })
      child.stdout.destroy()
      let stderr = ''
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
      child.on('error', reject)
      child.on('close', (status) => resolve({ status, stdout: '', stderr }))
    })
  }

  it.each([['check'], ['export'], ['export', '--format', 'csv'], ['info']])('coachbook %s | head ends quietly', async (...args) => {
    const run = await intoClosedPipe(seeded(), ...args)
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
  })

  it('as it does through a real shell pipe, with more to write than the pipe holds', () => {
    const dir = tempDir()
    expect(cli(dir, 'seed', '--calls', '300').status).toBe(0)
    const shell = spawnSync('bash', ['-c', `"${process.execPath}" "${cliJs}" --data-dir "${dir}" export | head -c 10; exit \${PIPESTATUS[0]}`], {
      cwd: root,
      encoding: 'utf8',
      env: cleanEnv(),
    })
    expect(shell.stdout).toBe('{\n  "forma')
    expect(shell.stderr).toBe('')
    expect(shell.status).toBe(0)
  })
})

describe('backup and restore', () => {
  it('restores a backup named as "backups" lists it, keeping the replaced journal as the newest backup', () => {
    const dir = seeded()
    const made = cli(dir, 'backup')
    expect(made.status, made.stderr).toBe(0)
    const name = path.basename(/to (.+\.db) /.exec(made.stdout)?.[1] ?? '')
    const atBackup = exported(dir)

    const later = smallJournal()
    later.reps.push({ id: 'rep-later', name: 'Added After The Backup' })
    expect(cli(dir, 'import', writeJson(later)).status).toBe(0)
    const afterChange = exported(dir)
    expect(afterChange).not.toEqual(atBackup)

    const restored = cli(dir, 'restore', name)
    expect(restored.status, restored.stderr).toBe(0)
    expect(restored.stdout).toMatch(new RegExp(`^Restored the journal from ${name}: it holds 3 reps, 12 calls, 5 sessions\\n`))
    expect(exported(dir)).toEqual(atBackup)

    const kept = /kept as the backup (.+-before-restore\.db)\n/.exec(restored.stdout)?.[1] ?? ''
    expect(fs.existsSync(kept), restored.stdout).toBe(true)
    const other = tempDir()
    fs.copyFileSync(kept, path.join(other, 'coachbook.db'))
    expect(exported(other)).toEqual(afterChange)
    expect(fs.readdirSync(dir).filter((f) => f.startsWith('.restore-'))).toEqual([])
    // The import took its own copy first: before an import, before the restore, and by hand.
    const kinds = fs.readdirSync(path.join(dir, 'backups')).map((f) => /-([a-z-]+)\.db$/.exec(f)?.[1]).sort()
    expect(kinds).toEqual(['before-import', 'before-restore', 'manual'])
  })
})

/** `coachbook serve` on a folder, as another program holding the journal; `call` is one API request. */
async function serve(dir: string) {
  const child = spawn(process.execPath, [cliJs, 'serve'], {
    cwd: root,
    env: cleanEnv({ COACHBOOK_DATA_DIR: dir, COACHBOOK_PORT: '0' }),
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stdout = ''
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)))
  const match = await new Promise<RegExpExecArray>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no address after 20 s; stderr: ${stderr}`)), 20_000)
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString()
      const found = /http:\/\/127\.0\.0\.1:(\d+)\/\?token=([A-Za-z0-9_-]+)/.exec(stdout)
      if (found) {
        clearTimeout(timer)
        resolve(found)
      }
    })
  })
  const call = async (channel: string, input: unknown): Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string } }> => {
    const reply = await fetch(`http://127.0.0.1:${match[1]}/api/${channel.replace('.', '/')}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${match[2]}`, 'content-type': 'application/json' },
      body: JSON.stringify(input),
    })
    return (await reply.json()) as { ok: boolean; value?: unknown; error?: { code: string; message: string } }
  }
  return {
    call,
    stderr: () => stderr,
    stop: async () => {
      child.kill('SIGTERM')
      return exited
    },
  }
}

/** The built CLI run without blocking this process (spawnSync would stop every request meanwhile). */
function cliAsync(dataDir: string, ...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cliJs, '--data-dir', dataDir, ...args], { cwd: root, env: cleanEnv() })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('close', (status) => resolve({ status, stdout, stderr }))
  })
}

/** The skills of the coaching sessions in a journal file, read directly. */
function sessionSkills(file: string): Set<string> {
  const db = new Database(file, { readonly: true })
  try {
    return new Set(db.prepare('SELECT skill FROM coaching_sessions WHERE skill IS NOT NULL').pluck().all() as string[])
  } finally {
    db.close()
  }
}

describe('restore while another program has the journal open', () => {
  it('loses no acknowledged write: what was saved before is in the copy kept first, what is saved after is in the journal', async () => {
    const dir = seeded()
    const backup = path.join(tempDir(), 'monday.db')
    expect(cli(dir, 'backup', '--out', backup).status).toBe(0)
    const server = await serve(dir)
    type Ack = { skill: string; sent: number; answered: number }
    const acks: Ack[] = []
    const failures: string[] = []
    let writing = true
    let next = 0
    // Two tabs saving as fast as they can, each waiting for its answer before the next save.
    const writer = async () => {
      while (writing) {
        const skill = `write ${next++}`
        const sent = performance.now()
        const result = await server.call('sessions.create', { repId: 'rep-dana', date: '2026-11-20', kind: 'drill', skill })
        if (result.ok) acks.push({ skill, sent, answered: performance.now() })
        else failures.push(`${skill}: ${result.error?.code ?? '?'} ${result.error?.message ?? ''}`)
      }
    }
    const writers = [writer(), writer()]
    try {
      await vi.waitFor(() => expect(acks.length).toBeGreaterThanOrEqual(20), { timeout: 20_000 })
      const restoreStarted = performance.now()
      const restored = await cliAsync(dir, 'restore', backup)
      const restoreEnded = performance.now()
      expect(restored.status, restored.stderr).toBe(0)
      const afterRestore = acks.length
      await vi.waitFor(() => expect(acks.length).toBeGreaterThanOrEqual(afterRestore + 20), { timeout: 20_000 })
      writing = false
      await Promise.all(writers)
      expect(await server.stop()).toBe(0)
      expect(failures).toEqual([])

      const kept = /kept as the backup (.+\.db)\n/.exec(restored.stdout)?.[1] ?? ''
      const before = sessionSkills(kept)
      const now = sessionSkills(path.join(dir, 'coachbook.db'))
      for (const ack of acks) {
        // Every acknowledged save is somewhere: in the copy taken as the restore began, or in the journal after it.
        expect(before.has(ack.skill) || now.has(ack.skill), ack.skill).toBe(true)
        if (ack.answered < restoreStarted) expect(before.has(ack.skill), `${ack.skill} was saved before the restore`).toBe(true)
        if (ack.sent > restoreEnded) expect(now.has(ack.skill), `${ack.skill} was saved after the restore`).toBe(true)
      }
      // The journal is the backup plus what was saved after the restore, and it is whole.
      expect([...now].filter((skill) => skill.startsWith('write ')).length).toBeGreaterThanOrEqual(20)
      expect(now.has('write 0')).toBe(false)
      expect(cli(dir, 'check').status).toBe(0)
    } finally {
      writing = false
      await server.stop()
    }
  })

  it('a journal opened in browser mode while damaged serves the recovery operations, and a restore from the terminal mends it', async () => {
    const dir = seeded()
    const backup = path.join(tempDir(), 'good.db')
    expect(cli(dir, 'backup', '--out', backup).status).toBe(0)
    fs.writeFileSync(path.join(dir, 'coachbook.db'), '')
    const server = await serve(dir)
    try {
      await vi.waitFor(() => expect(server.stderr()).toMatch(/is empty \(0 bytes\).+Open the address above to restore a backup or salvage it/), STATE_WAIT)
      expect(await server.call('reps.list', {})).toMatchObject({ ok: false, error: { code: 'NEEDS_RECOVERY' } })
      expect(await server.call('journal.status', {})).toMatchObject({ ok: true, value: { state: 'needs-recovery', problem: { kind: 'empty' } } })
      expect(fs.statSync(path.join(dir, 'coachbook.db')).size).toBe(0)
    } finally {
      expect(await server.stop()).toBe(0)
    }
    expect(fs.statSync(path.join(dir, 'coachbook.db')).size).toBe(0)
    expect(cli(dir, 'restore', backup).status).toBe(0)
    expect(exported(dir)).toMatchObject({ reps: expect.arrayContaining([expect.objectContaining({ id: 'rep-dana' })]) as unknown[] })
  })
})

describe('a folder that holds no journal, or an empty one', () => {
  it('import and seed, which write, refuse a zero-length journal too: it is never replaced by a fresh one', () => {
    const dir = tempDir()
    fs.writeFileSync(path.join(dir, 'coachbook.db'), '')
    expect(cli(dir, 'import', writeJson(smallJournal())).status).toBe(1)
    expect(cli(dir, 'seed', '--calls', '3').status).toBe(1)
    expect(fs.statSync(path.join(dir, 'coachbook.db')).size).toBe(0)
  })
})

describe('reading only', () => {
  /** A healthy journal in a folder nobody may write to (as another user when the tests run as root). */
  function readOnlyJournal(): { dir: string; runAs: { uid?: number; gid?: number } } {
    const dir = seeded()
    const file = path.join(dir, 'coachbook.db')
    fs.chmodSync(file, 0o444)
    fs.chmodSync(dir, 0o555)
    // Root may write anywhere: the command runs as "nobody" then, who may read and not write.
    return { dir, runAs: process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {} }
  }

  it('check and export work on a read-only journal and write nothing beside it', () => {
    const { dir, runAs } = readOnlyJournal()
    const before = fs.readdirSync(dir)
    try {
      for (const args of [['check'], ['export']]) {
        const run = spawnSync(process.execPath, [cliJs, '--data-dir', dir, ...args], { cwd: root, encoding: 'utf8', env: cleanEnv(), ...runAs })
        expect(run.status, `${args[0] ?? ''}: ${run.stderr}`).toBe(0)
        if (args[0] === 'check') expect(run.stdout).toMatch(/healthy/)
        else expect((JSON.parse(run.stdout) as { calls: unknown[] }).calls).toHaveLength(12)
      }
      expect(fs.readdirSync(dir)).toEqual(before)
    } finally {
      fs.chmodSync(dir, 0o755)
    }
  })
})

describe('private files', () => {
  it('the journal is 0600 in a 0700 folder, and so are its backups and a backup written elsewhere', () => {
    const parent = tempDir()
    const dir = path.join(parent, 'Coachbook')
    expect(cli(dir, 'import', writeJson(smallJournal())).status).toBe(0)
    expect(fs.statSync(dir).mode & 0o777).toBe(0o700)
    expect(fs.statSync(path.join(dir, 'coachbook.db')).mode & 0o777).toBe(0o600)
    const copy = path.join(parent, 'elsewhere.db')
    expect(cli(dir, 'backup', '--out', copy).status).toBe(0)
    expect(fs.statSync(copy).mode & 0o777).toBe(0o600)
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
