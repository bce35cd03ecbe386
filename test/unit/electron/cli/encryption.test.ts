import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, inject, it, vi } from 'vitest'
import { CHANNELS } from '../../../../shared/contract'
import { LOCK_FREE_CHANNELS } from '../../../../shared/security'
import { makeTempDataDir, readFixture } from '../../../helpers/tempJournal'

/**
 * Encryption from the terminal (docs/encryption.md): `encrypt` and `decrypt`, `--passphrase-file`
 * for every other command, and `serve` answering 423 while locked. The built `coachbook` command,
 * run as a child process.
 */
const root = path.resolve(import.meta.dirname, '../../../..')
const cliJs = path.join(inject('appBuildDir'), 'main/cli.js')
const PASSPHRASE = 'lighthouse keeper at dawn'

// Each test runs the CLI several times and derives keys (scrypt, ~0.1–1 s by design): allow for it.
vi.setConfig({ testTimeout: 60_000 })

type Run = { status: number | null; stdout: string; stderr: string }

const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})
function tempDir(): string {
  const dir = makeTempDataDir('coachbook-cli-crypt-')
  dirs.push(dir)
  return dir
}

function env(): NodeJS.ProcessEnv {
  const clean: NodeJS.ProcessEnv = { ...process.env }
  delete clean['COACHBOOK_DATA_DIR']
  delete clean['COACHBOOK_PORT']
  return clean
}

function cli(dataDir: string, args: string[], input?: string): Run {
  const run = spawnSync(process.execPath, [cliJs, '--data-dir', dataDir, ...args], { cwd: root, encoding: 'utf8', env: env(), input, timeout: 60_000 })
  return { status: run.status, stdout: run.stdout, stderr: run.stderr }
}

function passphraseFile(text: string): string {
  const file = path.join(tempDir(), 'passphrase.txt')
  fs.writeFileSync(file, text)
  return file
}

function expectOneErrorLine(run: Run, pattern: RegExp): void {
  expect(run.stderr).toMatch(/^coachbook: [^\n]+\n$/)
  expect(run.stderr).toMatch(pattern)
}

/** A data folder holding the fixture journal, encrypted with PASSPHRASE; answers the recovery key too. */
function encrypted(): { dir: string; recoveryKey: string; file: string } {
  const dir = tempDir()
  const journal = path.join(tempDir(), 'journal.json')
  fs.writeFileSync(journal, readFixture())
  expect(cli(dir, ['import', journal]).status).toBe(0)
  const file = passphraseFile(`${PASSPHRASE}\n`)
  const run = cli(dir, ['--passphrase-file', file, 'encrypt'])
  expect(run.status, run.stderr).toBe(0)
  return { dir, recoveryKey: run.stdout.trim(), file }
}

describe('coachbook encrypt and decrypt', () => {
  it('encrypts with the passphrase from a file, prints the recovery key alone on stdout, and warns on stderr', () => {
    const { dir, recoveryKey } = encrypted()
    expect(recoveryKey).toMatch(/^([0-9A-Z]{4}-){12}[0-9A-Z]{4}$/)
    const journal = fs.readFileSync(path.join(dir, 'coachbook.db'))
    expect(journal.includes(Buffer.from('Dana Ortiz'))).toBe(false)
    expect(journal.subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3')
  })

  it('needs the passphrase from a file, never from the command line', () => {
    const dir = tempDir()
    const run = cli(dir, ['encrypt'])
    expect(run.status).toBe(2)
    expectOneErrorLine(run, /encrypt needs the passphrase: coachbook encrypt --passphrase-file FILE/)
    expect(cli(dir, ['encrypt', PASSPHRASE]).status).toBe(2)
    expect(fs.existsSync(path.join(dir, 'coachbook.key'))).toBe(false)
  })

  it('refuses a passphrase too short, leaving the journal plain', () => {
    const dir = tempDir()
    const run = cli(dir, ['--passphrase-file', passphraseFile('short\n'), 'encrypt'])
    expect(run.status).toBe(1)
    expectOneErrorLine(run, /at least 8 characters/)
    expect(fs.readdirSync(dir)).toEqual([])
  })

  it('decrypts with the passphrase read from standard input', () => {
    const { dir } = encrypted()
    const run = cli(dir, ['--passphrase-file', '-', 'decrypt'], `${PASSPHRASE}\n`)
    expect(run.status, run.stderr).toBe(0)
    expect(fs.readFileSync(path.join(dir, 'coachbook.db')).includes(Buffer.from('Dana Ortiz'))).toBe(true)
    expect(fs.existsSync(path.join(dir, 'coachbook.key'))).toBe(false)
    expect(cli(dir, ['info']).status).toBe(0)
  })
})

describe('other commands on an encrypted journal', () => {
  it('without the passphrase: one clear line and a non-zero exit, the journal untouched', () => {
    const { dir } = encrypted()
    const before = fs.readFileSync(path.join(dir, 'coachbook.db'))
    for (const args of [['info'], ['export'], ['check'], ['metrics', '--from', '2026-01-01', '--to', '2026-11-30']]) {
      const run = cli(dir, args)
      expect(run.status, args.join(' ')).toBe(1)
      expectOneErrorLine(run, /is encrypted: give its passphrase with --passphrase-file FILE/)
    }
    expect(fs.readFileSync(path.join(dir, 'coachbook.db')).equals(before)).toBe(true)
  })

  it('with a wrong passphrase: refused plainly, nothing changed', () => {
    const { dir } = encrypted()
    const before = fs.readFileSync(path.join(dir, 'coachbook.db'))
    const run = cli(dir, ['--passphrase-file', passphraseFile('lighthouse keeper at dusk'), 'export'])
    expect(run.status).toBe(1)
    expectOneErrorLine(run, /That passphrase does not open this journal/)
    expect(cli(dir, ['--passphrase-file', passphraseFile('wrong wrong wrong'), 'decrypt']).status).toBe(1)
    expect(fs.readFileSync(path.join(dir, 'coachbook.db')).equals(before)).toBe(true)
  })

  it('with the passphrase: works as on a plain journal, and its backup stays encrypted', () => {
    const { dir, file } = encrypted()
    const exported = cli(dir, ['--passphrase-file', file, 'export'])
    expect(exported.status, exported.stderr).toBe(0)
    expect(exported.stdout).toContain('Dana Ortiz')
    const backup = path.join(tempDir(), 'copy.db')
    expect(cli(dir, ['--passphrase-file', file, 'backup', '--out', backup]).status).toBe(0)
    const bytes = fs.readFileSync(backup)
    expect(bytes.length).toBeGreaterThan(0)
    expect(bytes.includes(Buffer.from('Dana Ortiz'))).toBe(false)
    expect(bytes.subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3')
  })
})

describe('coachbook serve on an encrypted journal', () => {
  it('serves it locked: every API call but the lock\'s own answers 423 until the passphrase is given', async () => {
    const { dir } = encrypted()
    const child = spawn(process.execPath, [cliJs, '--data-dir', dir, 'serve', '--port', '0'], { cwd: root, env: env(), stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve))
    try {
      const match = await new Promise<RegExpExecArray>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no address after 20 s; stderr: ${stderr}`)), 20_000)
        child.stdout.on('data', () => {
          const found = /http:\/\/127\.0\.0\.1:(\d+)\/\?token=([A-Za-z0-9_-]+)/.exec(stdout)
          if (found) {
            clearTimeout(timer)
            resolve(found)
          }
        })
      })
      const call = async (channel: string, input: unknown = {}) => {
        const reply = await fetch(`http://127.0.0.1:${match[1]}/api/${channel.replace('.', '/')}`, {
          method: 'POST',
          headers: { authorization: `Bearer ${match[2]}`, 'content-type': 'application/json' },
          body: JSON.stringify(input),
        })
        return { status: reply.status, body: (await reply.json()) as { ok: boolean; value?: unknown; error?: { code: string } } }
      }
      expect(stderr).toContain('The journal is encrypted: it opens locked')
      for (const channel of CHANNELS.filter((name) => !LOCK_FREE_CHANNELS.includes(name))) {
        const answer = await call(channel)
        expect(answer.status, channel).toBe(423)
        expect(answer.body.error?.code, channel).toBe('LOCKED')
      }
      expect(await call('security.status')).toMatchObject({ status: 200, body: { value: { encrypted: true, locked: true } } })
      expect(await call('security.unlock', { passphrase: 'not the passphrase' })).toMatchObject({ status: 200, body: { ok: false, error: { code: 'INVALID_INPUT' } } })
      expect((await call('reps.list')).status).toBe(423)
      expect(await call('security.unlock', { passphrase: PASSPHRASE })).toMatchObject({ status: 200, body: { ok: true } })
      const reps = await call('reps.list')
      expect(reps.status).toBe(200)
      expect((reps.body.value as { name: string }[]).map((rep) => rep.name)).toContain('Dana Ortiz')
      expect(await call('security.lock')).toMatchObject({ status: 200, body: { value: { locked: true } } })
      expect((await call('calls.list')).status).toBe(423)
    } finally {
      child.kill('SIGTERM')
    }
    expect(await exited).toBe(0)
  })

  it('unlocks at start with --passphrase-file, and stops with one line when it is wrong', () => {
    const { dir } = encrypted()
    const run = cli(dir, ['--passphrase-file', passphraseFile('not the passphrase'), 'serve', '--port', '0'])
    expect(run.status).toBe(1)
    expectOneErrorLine(run, /That passphrase does not open this journal/)
    expect(run.stdout).toBe('')
  })
})

describe('coachbook restore on an encrypted journal', () => {
  /** The names `coachbook backups` lists, newest first. */
  function backupNames(dir: string, file: string): string[] {
    const run = cli(dir, ['--passphrase-file', file, 'backups'])
    expect(run.status, run.stderr).toBe(0)
    return [...run.stdout.matchAll(/(coachbook-\S+\.db)$/gm)].map((match) => match[1] ?? '')
  }

  it('restores an encrypted backup with --passphrase-file; the journal and the copy kept of it stay encrypted', () => {
    const { dir, file } = encrypted()
    const taken = cli(dir, ['--passphrase-file', file, 'backup'])
    expect(taken.status, taken.stderr).toBe(0)
    const [name] = backupNames(dir, file)
    expect(name).toBeDefined()
    const later = path.join(tempDir(), 'later.json')
    // The same journal file with one more rep, imported after the backup.
    const withLater = JSON.parse(readFixture()) as { reps: object[] }
    withLater.reps.push({ id: 'rep-later', name: 'Quillon Marsh', title: 'Account Executive', startedOn: '2026-01-05', archived: false })
    fs.writeFileSync(later, JSON.stringify(withLater))
    const imported = cli(dir, ['--passphrase-file', file, 'import', later])
    expect(imported.status, imported.stderr).toBe(0)
    expect(cli(dir, ['--passphrase-file', file, 'export']).stdout).toContain('Quillon Marsh')

    const restored = cli(dir, ['--passphrase-file', file, 'restore', name ?? ''])
    expect(restored.status, restored.stderr).toBe(0)
    expect(restored.stdout).toMatch(/^Restored the journal from /)
    const exported = cli(dir, ['--passphrase-file', file, 'export'])
    expect(exported.stdout).toContain('Dana Ortiz')
    expect(exported.stdout).not.toContain('Quillon Marsh')
    for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((found) => found.isFile())) {
      const bytes = fs.readFileSync(path.join(entry.parentPath, entry.name))
      expect(bytes.includes(Buffer.from('Dana Ortiz')), entry.name).toBe(false)
      expect(bytes.includes(Buffer.from('Quillon Marsh')), entry.name).toBe(false)
    }
    // The journal as it was (with the later rep) is kept as an encrypted backup.
    expect(backupNames(dir, file).length).toBeGreaterThanOrEqual(2)
  })

  it('without --passphrase-file: one line and exit 1, the journal untouched', () => {
    const { dir, file } = encrypted()
    expect(cli(dir, ['--passphrase-file', file, 'backup']).status).toBe(0)
    const [name] = backupNames(dir, file)
    const before = fs.readFileSync(path.join(dir, 'coachbook.db'))
    const run = cli(dir, ['restore', name ?? ''])
    expect(run.status).toBe(1)
    expectOneErrorLine(run, /is encrypted: give its passphrase with --passphrase-file FILE/)
    expect(fs.readFileSync(path.join(dir, 'coachbook.db')).equals(before)).toBe(true)
  })

  it('an encrypted backup given to a plain journal is refused in one line, naming the passphrase', () => {
    const { dir, file } = encrypted()
    const copy = path.join(tempDir(), 'encrypted-copy.db')
    expect(cli(dir, ['--passphrase-file', file, 'backup', '--out', copy]).status).toBe(0)
    expect(cli(dir, ['--passphrase-file', file, 'decrypt']).status).toBe(0)
    const before = fs.readFileSync(path.join(dir, 'coachbook.db'))
    const run = cli(dir, ['restore', copy])
    expect(run.status).toBe(1)
    expectOneErrorLine(run, /is an encrypted backup: it can only be restored into its encrypted journal, with that journal's passphrase/)
    expect(fs.readFileSync(path.join(dir, 'coachbook.db')).equals(before)).toBe(true)
  })

  it('a plain backup restored into an encrypted journal is encrypted first', () => {
    const plainDir = tempDir()
    const journal = path.join(tempDir(), 'journal.json')
    fs.writeFileSync(journal, readFixture())
    expect(cli(plainDir, ['import', journal]).status).toBe(0)
    const plainCopy = path.join(tempDir(), 'plain-copy.db')
    expect(cli(plainDir, ['backup', '--out', plainCopy]).status).toBe(0)
    expect(fs.readFileSync(plainCopy).includes(Buffer.from('Dana Ortiz'))).toBe(true)

    const { dir, file } = encrypted()
    const run = cli(dir, ['--passphrase-file', file, 'restore', plainCopy])
    expect(run.status, run.stderr).toBe(0)
    const bytes = fs.readFileSync(path.join(dir, 'coachbook.db'))
    expect(bytes.subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3')
    expect(cli(dir, ['--passphrase-file', file, 'export']).stdout).toContain('Dana Ortiz')
    expect(cli(dir, ['--passphrase-file', file, 'check']).status).toBe(0)
  })
})
