import type { Handlers, ParsedInputOf } from '../../../shared/contract'
import { AppFailure } from '../../../shared/result'
import type { SecurityStatus } from '../../../shared/security'
import { isEncryptedFile, type JournalKey } from '../db/connection'
import { opensWith } from '../encryption/convert'
import { dataKeyFromPassphrase, DEFAULT_IDLE_LOCK_MINUTES, wrongSecret } from '../encryption/journalEncryption'
import { readKeyFile, wrapDataKey, writeKeyFile, type KeyFile } from '../encryption/keyFile'
import { parseRecoveryKey } from '../encryption/recoveryKey'
import { databasePath } from '../paths'

/**
 * The journal's key and lock, held by the core host (coreHost.ts) for the face it serves. The
 * key lives here only while unlocked; locking closes the journal's threads and forgets it. These
 * operations never reach a journal thread: they decide which key the threads open with.
 */
export type JournalThreads = {
  /** Closes the journal's threads (checkpointing it). */
  stop(): Promise<void>
  /** Opens the journal with this key (null: plain) in new threads; throws AppFailure if it cannot. */
  start(key: JournalKey): Promise<void>
}

/**
 * Rewriting the journal to turn encryption on or off: in a thread of its own (conversion.ts), so
 * the thread the host runs on — Electron's main process, or `serve`'s — never blocks.
 */
export type JournalRewriter = {
  enable(passphrase: string): Promise<{ dataKey: Uint8Array; recoveryKey: string }>
  disable(dataKey: Uint8Array): Promise<void>
}

export type JournalLock = {
  /** Encrypted and not unlocked: every other operation answers LOCKED. */
  isLocked(): boolean
  /** The key the threads open with while unlocked. */
  key(): JournalKey
  handlers: Handlers['security']
}

export function createJournalLock(dataDir: string, threads: JournalThreads, rewriter: JournalRewriter): JournalLock {
  const file = databasePath(dataDir)
  let key: JournalKey = null
  let locked = isEncryptedFile(file)

  const status = (): SecurityStatus => {
    const encrypted = isEncryptedFile(file)
    const keyFile = encrypted ? readKeyFileOrNull(dataDir) : null
    return { encrypted, locked, idleLockMinutes: keyFile?.idleLockMinutes ?? null, keyFileMissing: encrypted && keyFile === null }
  }

  const requireEncrypted = () => {
    if (!isEncryptedFile(file)) throw new AppFailure('CONFLICT', 'The journal is not encrypted: set a passphrase in Settings → Privacy first')
  }

  /** The data key from the passphrase (through the key file) or from the recovery key. */
  const dataKeyFrom = async (secret: { passphrase?: string | undefined; recoveryKey?: string | undefined }, field = 'passphrase') => {
    if (secret.recoveryKey !== undefined) {
      const recovered = parseRecoveryKey(secret.recoveryKey)
      if (!opensWith(file, recovered)) throw wrongSecret('recoveryKey', 'That recovery key does not open this journal')
      return recovered
    }
    return dataKeyFromPassphrase(dataDir, secret.passphrase ?? '', field)
  }

  /** Opens the journal again as it was if a change failed half way (the files are unchanged then). */
  const reopen = async (with_: JournalKey) => {
    await threads.start(with_).catch(() => undefined)
  }

  const handlers: Handlers['security'] = {
    status,
    unlock: async (input) => {
      if (!locked) {
        // Already open: still only the right passphrase is answered with success (a face may keep it).
        if (isEncryptedFile(file)) await dataKeyFrom(input)
        return status()
      }
      const unlockedKey = await dataKeyFrom(input)
      await threads.start(unlockedKey)
      key = unlockedKey
      locked = false
      return status()
    },
    lock: async () => {
      requireEncrypted()
      if (!locked) {
        await threads.stop()
        key = null
        locked = true
      }
      return status()
    },
    enable: async (input) => {
      if (isEncryptedFile(file)) throw new AppFailure('CONFLICT', 'The journal is already encrypted')
      await threads.stop()
      let turnedOn: Awaited<ReturnType<JournalRewriter['enable']>>
      try {
        turnedOn = await rewriter.enable(input.passphrase)
      } catch (error) {
        await reopen(null)
        throw error
      }
      await threads.start(turnedOn.dataKey)
      key = turnedOn.dataKey
      locked = false
      return { status: status(), recoveryKey: turnedOn.recoveryKey }
    },
    disable: async (input) => {
      requireEncrypted()
      const dataKey = await dataKeyFrom(input)
      await threads.stop()
      try {
        await rewriter.disable(dataKey)
      } catch (error) {
        await reopen(dataKey)
        throw error
      }
      await threads.start(null)
      key = null
      locked = false
      return status()
    },
    changePassphrase: async (input: ParsedInputOf<'security', 'changePassphrase'>) => {
      requireEncrypted()
      const dataKey = await dataKeyFrom({ passphrase: input.current, recoveryKey: input.recoveryKey }, 'current')
      const idle = readKeyFileOrNull(dataDir)?.idleLockMinutes ?? DEFAULT_IDLE_LOCK_MINUTES
      await writeKeyFile(dataDir, await wrapDataKey(dataKey, input.passphrase, idle))
      return status()
    },
    setIdleLock: async (input) => {
      requireEncrypted()
      const keyFile = readKeyFile(dataDir)
      if (!keyFile) throw new AppFailure('CONFLICT', 'The key file is missing: set a new passphrase with the recovery key first')
      await writeKeyFile(dataDir, { ...keyFile, idleLockMinutes: input.minutes } satisfies KeyFile)
      return status()
    },
  }

  return { isLocked: () => locked, key: () => key, handlers }
}

function readKeyFileOrNull(dataDir: string): KeyFile | null {
  try {
    return readKeyFile(dataDir)
  } catch {
    return null
  }
}
