import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, inject, it } from 'vitest'
import { dataKeyFromPassphrase, openCore } from '../../../../../electron/core'
import { openForLooking } from '../../../../../electron/core/db/connection'
import { parseRecoveryKey } from '../../../../../electron/core/encryption/recoveryKey'
import { startCoreHost, type CoreHost } from '../../../../../electron/core/host/coreHost'
import { backupsDir } from '../../../../../electron/core/paths'
import { CHANNELS } from '../../../../../shared/contract'
import type { BackupInfo } from '../../../../../shared/backups'
import type { Result } from '../../../../../shared/result'
import { LOCK_FREE_CHANNELS, type EncryptionEnabled } from '../../../../../shared/security'
import { AppFailure } from '../../../../../shared/result'
import { makeTempDataDir, readFixture } from '../../../../helpers/tempJournal'

/**
 * Encryption at rest and the lock, through the core host as the desktop app and browser mode use
 * it (docs/encryption.md): real journals, the built worker, the files' raw bytes read back.
 */
const workerFile = path.join(inject('appBuildDir'), 'main', 'coreWorker.js')
const PASSPHRASE = 'a long walk to the harbour'
/** Words of journal-small.json, and one written after encryption (so it sits in the WAL). */
const KNOWN_WORDS = ['Dana Ortiz', 'Northwind Traders', 'Globex', 'Acme Corp']
const LATER_WORD = 'Zanzibar Quartermaster'

const dirs: string[] = []
const hosts: CoreHost[] = []
afterEach(async () => {
  for (const host of hosts.splice(0)) await host.close()
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

async function start(dataDir: string): Promise<CoreHost> {
  const host = await startCoreHost({ workerFile, dataDir, face: 'browser', appVersion: '0.0.0-test' })
  hosts.push(host)
  return host
}

async function value<T>(answer: Promise<Result<unknown>>): Promise<T> {
  const result = await answer
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`)
  return result.value as T
}

/** Every file in the data folder, recursively, with its bytes. */
function filesOf(dataDir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>()
  for (const entry of fs.readdirSync(dataDir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files.set(path.join(entry.parentPath, entry.name), fs.readFileSync(path.join(entry.parentPath, entry.name)))
  }
  return files
}

/** Which known words appear in which files, read as raw bytes (UTF-8 and UTF-16, as SQLite may store). */
function wordsFound(dataDir: string, words: string[]): string[] {
  const found: string[] = []
  for (const [file, bytes] of filesOf(dataDir)) {
    for (const word of words) {
      if (bytes.includes(Buffer.from(word, 'utf8')) || bytes.includes(Buffer.from(word, 'utf16le'))) found.push(`${path.basename(file)}: ${word}`)
    }
  }
  return found
}

function fingerprint(dataDir: string): Record<string, string> {
  return Object.fromEntries([...filesOf(dataDir)].map(([file, bytes]) => [path.relative(dataDir, file), createHash('sha256').update(bytes).digest('hex')]))
}

/** A plain journal with the fixture imported and a plain backup in backups/, then encrypted. */
async function encryptedJournal(): Promise<{ dataDir: string; host: CoreHost; recoveryKey: string }> {
  const dataDir = makeTempDataDir('coachbook-crypt-')
  dirs.push(dataDir)
  const host = await start(dataDir)
  await value(host.invoke('journal.import', { text: readFixture() }))
  // A backup taken while plain, which encrypting rewrites with the rest.
  await value(host.invoke('backups.create', {}))
  const enabled = await value<EncryptionEnabled>(host.invoke('security.enable', { passphrase: PASSPHRASE }))
  return { dataDir, host, recoveryKey: enabled.recoveryKey }
}

// Each test derives keys from passphrases (scrypt, ~0.1–1 s each by design) and rewrites journals: more than the default 5 s on a busy machine.
describe('an encrypted journal', { timeout: 30_000 }, () => {
  it('keeps none of its words readable in the journal, its WAL or any backup', async () => {
    const dataDir = makeTempDataDir('coachbook-crypt-')
    dirs.push(dataDir)
    const plain = await start(dataDir)
    await value(plain.invoke('journal.import', { text: readFixture() }))
    // The words are there to find while the journal is plain: the search below can fail.
    expect(wordsFound(dataDir, KNOWN_WORDS).length).toBeGreaterThan(0)
    await plain.close()

    const { host, recoveryKey } = await (async () => {
      const reopened = await start(dataDir)
      const plainBackup = await value<BackupInfo>(reopened.invoke('backups.create', {}))
      expect(wordsFound(dataDir, ['Globex']).some((hit) => hit.startsWith(plainBackup.name))).toBe(true)
      const enabled = await value<EncryptionEnabled>(reopened.invoke('security.enable', { passphrase: PASSPHRASE }))
      return { host: reopened, recoveryKey: enabled.recoveryKey }
    })()
    // A write after encryption, held in the WAL while the journal is open.
    await value(host.invoke('reps.create', { name: LATER_WORD }))
    expect(fs.statSync(path.join(dataDir, 'coachbook.db-wal')).size).toBeGreaterThan(0)
    // A backup of the encrypted journal, taken by the app (Settings → Backups) while the WAL holds the write.
    const taken = await value<BackupInfo>(host.invoke('backups.create', {}))
    // ... and one as `coachbook backup --out` writes it.
    const side = openCore({ dataDir, face: 'cli', appVersion: '0.0.0-test', access: 'read', key: parseRecoveryKey(recoveryKey) })
    const outside = path.join(dataDir, 'elsewhere', 'copy.db')
    await side.copyTo(outside)
    side.close()
    const backups = fs.readdirSync(backupsDir(dataDir)).filter((name) => name.endsWith('.db')).map((name) => path.join(backupsDir(dataDir), name))
    expect(backups.length).toBeGreaterThanOrEqual(2)
    expect(backups).toContain(path.join(backupsDir(dataDir), taken.name))

    expect(wordsFound(dataDir, [...KNOWN_WORDS, LATER_WORD, PASSPHRASE])).toEqual([])
    expect([...filesOf(dataDir).keys()].map((file) => path.relative(dataDir, file)).sort()).toEqual(
      expect.arrayContaining(['coachbook.db', 'coachbook.db-wal', 'coachbook.key', path.join('elsewhere', 'copy.db'), ...backups.map((file) => path.relative(dataDir, file))]),
    )
    // The backups open with the key and hold the journal; the one taken after the write holds it too.
    for (const file of [...backups, outside]) {
      const copy = openForLooking(file, parseRecoveryKey(recoveryKey))
      expect(copy.prepare('SELECT count(*) FROM reps').pluck().get(), file).toBeGreaterThanOrEqual(3)
      copy.close()
    }
    expect(await value<Array<{ name: string }>>(host.invoke('reps.list', {}))).toEqual(expect.arrayContaining([expect.objectContaining({ name: LATER_WORD })]))
  })

  it('opens locked: nothing but the status and the unlock is answered until the passphrase is given', async () => {
    const { dataDir, host } = await encryptedJournal()
    await host.close()
    const locked = await start(dataDir)
    expect(await value(locked.invoke('security.status', {}))).toEqual({ encrypted: true, locked: true, idleLockMinutes: 15, keyFileMissing: false })
    for (const channel of CHANNELS.filter((name) => !LOCK_FREE_CHANNELS.includes(name))) {
      const answer = await locked.invoke(channel, {})
      expect(answer, channel).toMatchObject({ ok: false, error: { code: 'LOCKED', message: 'The journal is locked. Unlock it with its passphrase.' } })
    }
    await value(locked.invoke('security.unlock', { passphrase: PASSPHRASE }))
    expect(await value<unknown[]>(locked.invoke('reps.list', {}))).toHaveLength(3)
  })

  it('refuses a wrong passphrase with a clear message and changes nothing', async () => {
    const { dataDir, host } = await encryptedJournal()
    await host.close()
    const before = fingerprint(dataDir)
    const locked = await start(dataDir)
    expect(await locked.invoke('security.unlock', { passphrase: 'a long walk to the harbor' })).toEqual({
      ok: false,
      error: { code: 'INVALID_INPUT', message: 'That passphrase does not open this journal', issues: [{ path: 'passphrase', message: 'That passphrase does not open this journal' }] },
    })
    expect(await locked.invoke('security.disable', { passphrase: 'wrong' })).toMatchObject({ ok: false, error: { code: 'LOCKED' } })
    expect(await value(locked.invoke('security.status', {}))).toMatchObject({ locked: true })
    expect(await locked.invoke('reps.list', {})).toMatchObject({ ok: false, error: { code: 'LOCKED' } })
    await locked.close()
    expect(fingerprint(dataDir)).toEqual(before)

    const open = await start(dataDir)
    await value(open.invoke('security.unlock', { passphrase: PASSPHRASE }))
    expect(await open.invoke('security.disable', { passphrase: 'not it at all' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ path: 'passphrase' }] } })
    expect(await open.invoke('security.changePassphrase', { current: 'not it at all', passphrase: 'something new entirely' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', issues: [{ path: 'current' }] },
    })
    expect(await value(open.invoke('security.status', {}))).toMatchObject({ encrypted: true, locked: false })
    await open.close()
    expect(fingerprint(dataDir)).toEqual(before)
  })

  it('locks on demand, forgetting the key, and unlocks again', async () => {
    const { host } = await encryptedJournal()
    // Open already, a wrong passphrase is still not answered with success.
    expect(await host.invoke('security.unlock', { passphrase: 'not it at all' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect(await value(host.invoke('security.lock', {}))).toMatchObject({ locked: true })
    expect(await host.invoke('calls.list', {})).toMatchObject({ ok: false, error: { code: 'LOCKED' } })
    await value(host.invoke('security.unlock', { passphrase: PASSPHRASE }))
    expect(await value<{ total: number }>(host.invoke('calls.list', {}))).toMatchObject({ total: 12 })
  })

  it('opens with the recovery key when the passphrase is forgotten or the key file lost, and takes a new passphrase', async () => {
    const { dataDir, host, recoveryKey } = await encryptedJournal()
    await host.close()
    fs.rmSync(path.join(dataDir, 'coachbook.key'))
    const locked = await start(dataDir)
    expect(await value(locked.invoke('security.status', {}))).toMatchObject({ locked: true, keyFileMissing: true })
    expect(await locked.invoke('security.unlock', { passphrase: PASSPHRASE })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    const wrongKey = recoveryKey.replace(/^./, recoveryKey.startsWith('A') ? 'B' : 'A')
    expect(await locked.invoke('security.unlock', { recoveryKey: wrongKey })).toMatchObject({ ok: false, error: { message: 'That recovery key does not open this journal' } })
    await value(locked.invoke('security.unlock', { recoveryKey: recoveryKey.toLowerCase() }))
    await value(locked.invoke('security.changePassphrase', { recoveryKey, passphrase: 'a brand new passphrase' }))
    await value(locked.invoke('security.lock', {}))
    expect(await value(locked.invoke('security.unlock', { passphrase: 'a brand new passphrase' }))).toMatchObject({ locked: false, keyFileMissing: false })
  })

  it('changes the passphrase without rewriting the journal', async () => {
    const { dataDir, host } = await encryptedJournal()
    const journal = fs.readFileSync(path.join(dataDir, 'coachbook.db'))
    await value(host.invoke('security.changePassphrase', { current: PASSPHRASE, passphrase: 'the second passphrase' }))
    await value(host.invoke('security.setIdleLock', { minutes: 5 }))
    expect(fs.readFileSync(path.join(dataDir, 'coachbook.db')).equals(journal)).toBe(true)
    await value(host.invoke('security.lock', {}))
    expect(await host.invoke('security.unlock', { passphrase: PASSPHRASE })).toMatchObject({ ok: false })
    expect(await value(host.invoke('security.unlock', { passphrase: 'the second passphrase' }))).toMatchObject({ idleLockMinutes: 5 })
  })

  it('turns back into a plain journal, backups too, with everything in it', async () => {
    const { dataDir, host } = await encryptedJournal()
    await value(host.invoke('reps.create', { name: LATER_WORD }))
    expect(await value(host.invoke('security.disable', { passphrase: PASSPHRASE }))).toEqual({ encrypted: false, locked: false, idleLockMinutes: null, keyFileMissing: false })
    expect(fs.existsSync(path.join(dataDir, 'coachbook.key'))).toBe(false)
    expect(await value<unknown[]>(host.invoke('reps.list', {}))).toHaveLength(4)
    expect(await host.invoke('security.lock', {})).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    await host.close()
    expect(fs.readFileSync(path.join(dataDir, 'coachbook.db')).subarray(0, 15).toString()).toBe('SQLite format 3')
    const backups = fs.readdirSync(backupsDir(dataDir)).filter((name) => name.endsWith('.db'))
    expect(backups.length).toBeGreaterThan(0)
    for (const name of backups) expect(fs.readFileSync(path.join(backupsDir(dataDir), name)).subarray(0, 15).toString(), name).toBe('SQLite format 3')
    const reopened = await start(dataDir)
    expect(await value<unknown[]>(reopened.invoke('reps.list', {}))).toHaveLength(4)
  })

  it('refuses to encrypt twice, and a passphrase too short, before touching anything', async () => {
    const { dataDir, host } = await encryptedJournal()
    const before = fingerprint(dataDir)
    expect(await host.invoke('security.enable', { passphrase: 'another passphrase' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    const plainDir = makeTempDataDir('coachbook-crypt-')
    dirs.push(plainDir)
    const plain = await start(plainDir)
    expect(await plain.invoke('security.enable', { passphrase: 'short' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ path: 'passphrase' }] } })
    expect(fingerprint(dataDir)).toEqual(before)
  })

  it('without its key is locked, never damaged: no recovery screen, LOCKED from the core and the host', async () => {
    const { dataDir, host } = await encryptedJournal()
    await host.close()
    const before = fingerprint(dataDir)
    // The core itself (the CLI, a writer thread) refuses it as LOCKED, with no key or a wrong one.
    for (const key of [undefined, new Uint8Array(32).fill(7)]) {
      let failure: unknown
      try {
        openCore({ dataDir, face: 'cli', appVersion: '0.0.0-test', key }).close()
      } catch (error) {
        failure = error
      }
      expect(failure).toBeInstanceOf(AppFailure)
      expect((failure as AppFailure).code).toBe('LOCKED')
    }
    const reopened = await start(dataDir)
    expect(reopened.recovery()).toBeNull()
    expect(await reopened.invoke('journal.status', {})).toMatchObject({ ok: false, error: { code: 'LOCKED' } })
    expect(await reopened.invoke('backups.list', {})).toMatchObject({ ok: false, error: { code: 'LOCKED' } })
    expect(fingerprint(dataDir)).toEqual(before)
    await value(reopened.invoke('security.unlock', { passphrase: PASSPHRASE }))
    expect(await value(reopened.invoke('journal.status', {}))).toEqual({ state: 'ok' })
    expect(reopened.recovery()).toBeNull()
  })

  it('restores an encrypted backup from Settings → Backups while open; the journal and every copy stay encrypted', async () => {
    const { dataDir, host } = await encryptedJournal()
    const taken = await value<BackupInfo>(host.invoke('backups.create', {}))
    expect(taken).toMatchObject({ problem: null, counts: { reps: 3 } })
    await value(host.invoke('reps.create', { name: LATER_WORD }))
    expect(await value<{ total: number }>(host.invoke('search.query', { text: 'Zanzibar' }))).toMatchObject({ total: 1 })
    const listed = await value<BackupInfo[]>(host.invoke('backups.list', {}))
    // Listed with what they hold: read with the journal's key.
    expect(listed.every((backup) => backup.problem === null && backup.counts !== null)).toBe(true)

    const summary = await value<{ counts: { reps: number }; previous: { as: string; backup?: BackupInfo } | null }>(host.invoke('backups.restore', { name: taken.name }))
    expect(summary.counts.reps).toBe(3)
    expect(summary.previous).toMatchObject({ as: 'backup', backup: { counts: { reps: 4 } } })
    // Every open connection sees the restored journal: the reader thread too.
    const names = (await value<Array<{ name: string }>>(host.invoke('reps.list', {}))).map((rep) => rep.name)
    expect(names).not.toContain(LATER_WORD)
    expect(names).toContain('Dana Ortiz')
    // The search index and metric counts were rebuilt by the triggers.
    expect(await value<{ total: number }>(host.invoke('search.query', { text: 'Zanzibar' }))).toMatchObject({ total: 0 })
    expect((await value<{ total: number }>(host.invoke('search.query', { text: 'Dana' }))).total).toBeGreaterThan(0)
    await host.close()
    expect(wordsFound(dataDir, [...KNOWN_WORDS, LATER_WORD])).toEqual([])
    const side = openCore({ dataDir, face: 'cli', appVersion: '0.0.0-test', access: 'read', key: await keyOf(dataDir) })
    try {
      expect(side.check()).toEqual({ ok: true, problems: [] })
    } finally {
      side.close()
    }
  })
})

describe('turning encryption on and off', { timeout: 30_000 }, () => {
  it('rewrites the journal in a thread of its own, never on the thread the host answers on', async () => {
    const dataDir = makeTempDataDir('coachbook-crypt-')
    dirs.push(dataDir)
    // The same host with the rewriting thread's file taken away: were the rewrite done on the
    // host's own thread (Electron's main process), encrypting would still succeed here.
    const host = await startCoreHost({ workerFile, conversionWorkerFile: path.join(dataDir, 'no-such-worker.js'), dataDir, face: 'browser', appVersion: '0.0.0-test' })
    hosts.push(host)
    await value(host.invoke('journal.import', { text: readFixture() }))
    const refused = await host.invoke('security.enable', { passphrase: PASSPHRASE })
    expect(refused).toMatchObject({ ok: false, error: { code: 'IO_FAILURE' } })
    expect(refused.ok ? '' : refused.error.message).toMatch(/could not be rewritten/)
    // Nothing changed, and the journal is open again as it was.
    expect(fs.readFileSync(path.join(dataDir, 'coachbook.db')).subarray(0, 15).toString()).toBe('SQLite format 3')
    expect(fs.existsSync(path.join(dataDir, 'coachbook.key'))).toBe(false)
    expect(await value<unknown[]>(host.invoke('reps.list', {}))).toHaveLength(3)
    // With the built thread beside the core's, it is done there and answers the recovery key.
    await host.close()
    const real = await start(dataDir)
    expect(await value<EncryptionEnabled>(real.invoke('security.enable', { passphrase: PASSPHRASE }))).toMatchObject({ status: { encrypted: true } })
    expect(await value(real.invoke('security.disable', { passphrase: PASSPHRASE }))).toMatchObject({ encrypted: false })
  })
})

async function keyOf(dataDir: string): Promise<Uint8Array> {
  return dataKeyFromPassphrase(dataDir, PASSPHRASE)
}
