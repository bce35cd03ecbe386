import fs from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, inject, it, vi } from 'vitest'
import { startCoreHost, type CoreHost } from '../../../../electron/core/host/coreHost'
import {
  passphraseStore,
  REMEMBERED_FILE,
  rememberingInvoke,
  unlockWithRemembered,
} from '../../../../electron/main/rememberedPassphrase'
import type { Invoke } from '../../../../shared/invoke'
import type { SecurityStatus } from '../../../../shared/security'
import { makeTempDataDir } from '../../../helpers/tempJournal'
import { resetElectronMock, safeStorage } from './electronMock'

vi.mock('electron', () => import('./electronMock'))

/** The real core host on a real journal (the built worker); only Electron's keychain is a stand-in. */
const workerFile = path.join(inject('appBuildDir'), 'main', 'coreWorker.js')
const PASSPHRASE = 'remember me on this laptop'

// Keys are derived from passphrases (scrypt, ~0.1–1 s each by design) several times per test.
vi.setConfig({ testTimeout: 30_000 })

let dataDir: string
const hosts: CoreHost[] = []
beforeEach(() => {
  resetElectronMock()
  dataDir = makeTempDataDir('coachbook-remember-')
})
afterEach(async () => {
  for (const host of hosts.splice(0)) await host.close()
  fs.rmSync(dataDir, { recursive: true, force: true })
})

async function open(): Promise<{ host: CoreHost; invoke: Invoke }> {
  const host = await startCoreHost({ workerFile, dataDir, face: 'electron', appVersion: '0.0.0-test' })
  hosts.push(host)
  return { host, invoke: rememberingInvoke(host.invoke, passphraseStore(dataDir)) }
}

async function status(invoke: Invoke): Promise<SecurityStatus> {
  const result = await invoke('security.status', {})
  if (!result.ok) throw new Error(result.error.message)
  return result.value as SecurityStatus
}

describe('the passphrase remembered in the keychain', () => {
  it('opens the app without asking when the person chose to remember it', async () => {
    const first = await open()
    expect(await first.invoke('security.enable', { passphrase: PASSPHRASE, remember: true })).toMatchObject({
      ok: true,
      value: { status: { encrypted: true, rememberAvailable: true, remembered: true } },
    })
    const sealed = fs.readFileSync(path.join(dataDir, REMEMBERED_FILE))
    expect(sealed.includes(Buffer.from(PASSPHRASE))).toBe(false)
    expect(safeStorage.encryptString).toHaveBeenCalledWith(PASSPHRASE)
    await first.host.close()

    const second = await open()
    expect(await status(second.invoke)).toMatchObject({ locked: true })
    await unlockWithRemembered(second.host.invoke, passphraseStore(dataDir))
    expect(await status(second.invoke)).toMatchObject({ locked: false, remembered: true })
  })

  it('is not kept unless asked, and is forgotten when the person unticks it or turns encryption off', async () => {
    const { invoke } = await open()
    await invoke('security.enable', { passphrase: PASSPHRASE })
    expect(fs.existsSync(path.join(dataDir, REMEMBERED_FILE))).toBe(false)
    await invoke('security.lock', {})
    await invoke('security.unlock', { passphrase: PASSPHRASE, remember: true })
    expect(await status(invoke)).toMatchObject({ remembered: true })
    await invoke('security.lock', {})
    await invoke('security.unlock', { passphrase: PASSPHRASE, remember: false })
    expect(await status(invoke)).toMatchObject({ remembered: false })
    await invoke('security.lock', {})
    await invoke('security.unlock', { passphrase: PASSPHRASE, remember: true })
    await invoke('security.disable', { passphrase: PASSPHRASE })
    expect(fs.existsSync(path.join(dataDir, REMEMBERED_FILE))).toBe(false)
  })

  it('is never kept where the system has no keychain (Linux basic_text)', async () => {
    safeStorage.getSelectedStorageBackend.mockImplementation(() => 'basic_text')
    const { invoke } = await open()
    expect(await invoke('security.enable', { passphrase: PASSPHRASE, remember: true })).toMatchObject({
      ok: true,
      value: { status: { rememberAvailable: false, remembered: false } },
    })
    expect(fs.existsSync(path.join(dataDir, REMEMBERED_FILE))).toBe(false)
  })

  it('is forgotten when it no longer opens the journal, and the lock screen asks instead', async () => {
    const first = await open()
    await first.invoke('security.enable', { passphrase: PASSPHRASE, remember: true })
    // Changed from the terminal: the remembered one is stale.
    await first.host.invoke('security.changePassphrase', { current: PASSPHRASE, passphrase: 'changed elsewhere since' })
    await first.host.close()
    const second = await open()
    await unlockWithRemembered(second.host.invoke, passphraseStore(dataDir))
    expect(await status(second.invoke)).toMatchObject({ locked: true, remembered: false })
  })

  it('writes nothing when the wrong passphrase is given', async () => {
    const { invoke } = await open()
    await invoke('security.enable', { passphrase: PASSPHRASE })
    await invoke('security.lock', {})
    expect(await invoke('security.unlock', { passphrase: 'not the one', remember: true })).toMatchObject({ ok: false })
    expect(fs.existsSync(path.join(dataDir, REMEMBERED_FILE))).toBe(false)
  })
})
