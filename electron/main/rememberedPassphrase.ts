import fs from 'node:fs'
import path from 'node:path'
import { safeStorage } from 'electron'
import type { Invoke } from '../../shared/invoke'
import type { Result } from '../../shared/result'
import type { SecurityStatus } from '../../shared/security'

/**
 * "Remember the passphrase on this computer" (desktop only, opt-in): the passphrase encrypted with
 * the operating system's keychain (Electron's `safeStorage`: Keychain on macOS, DPAPI on Windows,
 * the Secret Service or KWallet on Linux) in a file beside the journal, so the app opens without
 * typing it. Where no keychain is available (Linux without one answers `basic_text`, a fixed key)
 * nothing is remembered: the file would be as good as plain. Locking on demand or when idle still
 * asks for the passphrase; only the app's start uses the remembered one.
 */
export const REMEMBERED_FILE = 'remembered-passphrase.bin'

export type PassphraseStore = {
  available(): boolean
  has(): boolean
  read(): string | null
  save(passphrase: string): void
  forget(): void
}

export function passphraseStore(dataDir: string): PassphraseStore {
  const file = path.join(dataDir, REMEMBERED_FILE)
  const available = () => safeStorage.isEncryptionAvailable() && safeStorage.getSelectedStorageBackend?.() !== 'basic_text'
  const forget = () => fs.rmSync(file, { force: true })
  return {
    available,
    has: () => fs.existsSync(file),
    read: () => {
      if (!available()) return null
      try {
        return safeStorage.decryptString(fs.readFileSync(file))
      } catch {
        return null
      }
    },
    save: (passphrase) => {
      if (!available()) return
      const temp = `${file}.tmp`
      fs.writeFileSync(temp, safeStorage.encryptString(passphrase), { mode: 0o600 })
      fs.renameSync(temp, file)
    },
    forget,
  }
}

type Remember = { passphrase?: unknown; remember?: unknown }

/**
 * The contract as main relays it, with the keychain beside `security.*`: a successful unlock,
 * encryption or passphrase change saves the passphrase when asked to (`remember: true`) and forgets
 * it when not; turning encryption off forgets it. The status says whether remembering is possible.
 */
export function rememberingInvoke(invoke: Invoke, store: PassphraseStore): Invoke {
  return async (channel, input) => {
    const result = await invoke(channel, input)
    if (!result.ok) return result
    const asked = (input ?? {}) as Remember
    if (channel === 'security.disable') store.forget()
    if (channel === 'security.unlock' || channel === 'security.enable' || channel === 'security.changePassphrase') {
      const value = result.value as SecurityStatus | { status: SecurityStatus }
      const encrypted = ('status' in value ? value.status : value).encrypted
      if (asked.remember === true && encrypted && typeof asked.passphrase === 'string') store.save(asked.passphrase)
      else if (asked.remember === false || channel === 'security.changePassphrase') store.forget()
    }
    return withRemembering(channel, result, store)
  }
}

function withRemembering(channel: string, result: Result<unknown>, store: PassphraseStore): Result<unknown> {
  if (!result.ok || !channel.startsWith('security.')) return result
  const add = (status: SecurityStatus): SecurityStatus => ({ ...status, rememberAvailable: store.available(), remembered: store.has() })
  const value = result.value as SecurityStatus | { status: SecurityStatus; recoveryKey: string }
  return { ok: true, value: 'status' in value ? { ...value, status: add(value.status) } : add(value) }
}

/**
 * At start: an encrypted journal opens with the remembered passphrase, if there is one. One that
 * no longer opens it (changed elsewhere, the CLI) is forgotten and the lock screen asks instead.
 */
export async function unlockWithRemembered(invoke: Invoke, store: PassphraseStore): Promise<void> {
  const status = await invoke('security.status', {})
  if (!status.ok || !(status.value as SecurityStatus).locked) return
  const passphrase = store.read()
  if (passphrase === null) return
  const unlocked = await invoke('security.unlock', { passphrase })
  if (!unlocked.ok && unlocked.error.code === 'INVALID_INPUT') store.forget()
}
