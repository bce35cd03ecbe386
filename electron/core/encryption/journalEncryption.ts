import { AppFailure } from '../../../shared/result'
import { isEncryptedFile } from '../db/connection'
import { databasePath } from '../paths'
import { decryptJournal, encryptJournal } from './convert'
import { newDataKey, readKeyFile, removeKeyFile, unwrapDataKey, wrapDataKey, writeKeyFile } from './keyFile'
import { formatRecoveryKey } from './recoveryKey'

/**
 * Encryption turned on and off, and the passphrase turned into the journal's key: the steps the
 * core host (the app, browser mode) and the CLI (`coachbook encrypt`/`decrypt`, `--passphrase-file`)
 * share. The journal must not be open in this process while it is rewritten.
 */

/** A newly encrypted journal locks after this many idle minutes until the person chooses otherwise. */
export const DEFAULT_IDLE_LOCK_MINUTES = 15

export function isJournalEncrypted(dataDir: string): boolean {
  return isEncryptedFile(databasePath(dataDir))
}

/** Encrypts the journal and its backups with a new data key wrapped by `passphrase`; answers the key. */
export async function turnOnEncryption(dataDir: string, passphrase: string): Promise<{ dataKey: Buffer; recoveryKey: string }> {
  if (isJournalEncrypted(dataDir)) throw new AppFailure('CONFLICT', 'The journal is already encrypted')
  const dataKey = newDataKey()
  const keyFile = await wrapDataKey(dataKey, passphrase, DEFAULT_IDLE_LOCK_MINUTES)
  try {
    // The key file first: should anything stop half way, no file is encrypted without it.
    await writeKeyFile(dataDir, keyFile)
    encryptJournal(dataDir, dataKey)
  } catch (error) {
    if (!isJournalEncrypted(dataDir)) removeKeyFile(dataDir)
    throw error
  }
  return { dataKey, recoveryKey: formatRecoveryKey(dataKey) }
}

/** Writes the journal and its backups back in plain form and removes the key file. */
export function turnOffEncryption(dataDir: string, dataKey: Uint8Array): void {
  if (!isJournalEncrypted(dataDir)) throw new AppFailure('CONFLICT', 'The journal is not encrypted')
  decryptJournal(dataDir, dataKey)
  removeKeyFile(dataDir)
}

/** The data key the passphrase unwraps; a wrong one (or a missing key file) is INVALID_INPUT on `field`. */
export async function dataKeyFromPassphrase(dataDir: string, passphrase: string, field = 'passphrase'): Promise<Buffer> {
  const keyFile = readKeyFile(dataDir)
  if (!keyFile) throw wrongSecret(field, 'The key file beside the journal is missing: use the recovery key')
  const dataKey = await unwrapDataKey(keyFile, passphrase)
  if (!dataKey) throw wrongSecret(field, 'That passphrase does not open this journal')
  return dataKey
}

export function wrongSecret(path: string, message: string): AppFailure {
  return new AppFailure('INVALID_INPUT', message, [{ path, message }])
}
