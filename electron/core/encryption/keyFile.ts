import { createCipheriv, createDecipheriv, randomBytes, scrypt as scryptCallback } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { z } from 'zod'
import { AppFailure } from '../../../shared/result'
import { writeFileAtomic } from '../files'

/**
 * The key file beside an encrypted journal (`coachbook.key`): the journal's random 256-bit data
 * key, wrapped (AES-256-GCM) with a key derived from the passphrase (scrypt). Changing the
 * passphrase rewrites this small file only; the journal is never re-encrypted for it. Losing the
 * file loses nothing but the passphrase's use: the recovery key (the data key itself) still opens
 * the journal. It also keeps the idle-lock time, which must be known while the journal is locked.
 */
export const KEY_FILE = 'coachbook.key'
export const DATA_KEY_BYTES = 32

/** scrypt's cost: ~32 MB and ~0.1 s on a laptop, so each guess at a passphrase costs as much. */
const SCRYPT = { N: 2 ** 15, r: 8, p: 1 } as const
const SCRYPT_MAXMEM = 64 * 1024 * 1024
/** Binds the wrapped key to this file format: a blob from elsewhere does not decrypt as one. */
const AAD = Buffer.from('coachbook-key v1')

const base64 = z.string().regex(/^[A-Za-z0-9+/]+=*$/)
const keyFileSchema = z.object({
  format: z.literal('coachbook-key'),
  version: z.literal(1),
  cipher: z.literal('sqlcipher'),
  kdf: z.object({
    name: z.literal('scrypt'),
    N: z.number().int().min(2 ** 14).max(2 ** 20),
    r: z.number().int().min(1).max(32),
    p: z.number().int().min(1).max(16),
    salt: base64,
  }),
  wrappedKey: z.object({ algorithm: z.literal('aes-256-gcm'), iv: base64, tag: base64, data: base64 }),
  idleLockMinutes: z.number().int().positive().nullable(),
})
export type KeyFile = z.infer<typeof keyFileSchema>

export function keyFilePath(dataDir: string): string {
  return path.join(dataDir, KEY_FILE)
}

/** The key file, or null when there is none. A damaged file is an error, never silently ignored. */
export function readKeyFile(dataDir: string): KeyFile | null {
  const file = keyFilePath(dataDir)
  let text: string
  try {
    text = fs.readFileSync(file, 'utf8')
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') return null
    throw new AppFailure('IO_FAILURE', `Could not read the key file ${file}: ${(error as Error).message}`)
  }
  try {
    return keyFileSchema.parse(JSON.parse(text))
  } catch {
    throw new AppFailure('IO_FAILURE', `The key file ${file} is damaged; open the journal with its recovery key`)
  }
}

export async function writeKeyFile(dataDir: string, keyFile: KeyFile): Promise<void> {
  await writeFileAtomic(keyFilePath(dataDir), `${JSON.stringify(keyFile, null, 2)}\n`)
}

export function removeKeyFile(dataDir: string): void {
  fs.rmSync(keyFilePath(dataDir), { force: true })
}

export function newDataKey(): Buffer {
  return randomBytes(DATA_KEY_BYTES)
}

/** A key file holding `dataKey` wrapped by `passphrase` (a fresh salt and IV each time). */
export async function wrapDataKey(dataKey: Uint8Array, passphrase: string, idleLockMinutes: number | null): Promise<KeyFile> {
  const salt = randomBytes(16)
  const iv = randomBytes(12)
  const wrapping = await deriveKey(passphrase, salt, SCRYPT)
  const cipher = createCipheriv('aes-256-gcm', wrapping, iv)
  cipher.setAAD(AAD)
  const data = Buffer.concat([cipher.update(dataKey), cipher.final()])
  return {
    format: 'coachbook-key',
    version: 1,
    cipher: 'sqlcipher',
    kdf: { name: 'scrypt', ...SCRYPT, salt: salt.toString('base64') },
    wrappedKey: { algorithm: 'aes-256-gcm', iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64'), data: data.toString('base64') },
    idleLockMinutes,
  }
}

/** The data key, or null when the passphrase is not the one that wrapped it (GCM's tag refuses). */
export async function unwrapDataKey(keyFile: KeyFile, passphrase: string): Promise<Buffer | null> {
  const { kdf, wrappedKey } = keyFile
  const wrapping = await deriveKey(passphrase, Buffer.from(kdf.salt, 'base64'), kdf)
  try {
    const decipher = createDecipheriv('aes-256-gcm', wrapping, Buffer.from(wrappedKey.iv, 'base64'))
    decipher.setAAD(AAD)
    decipher.setAuthTag(Buffer.from(wrappedKey.tag, 'base64'))
    const key = Buffer.concat([decipher.update(Buffer.from(wrappedKey.data, 'base64')), decipher.final()])
    return key.length === DATA_KEY_BYTES ? key : null
  } catch {
    return null
  }
}

function deriveKey(passphrase: string, salt: Buffer, cost: { N: number; r: number; p: number }): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scryptCallback(passphrase.normalize('NFC'), salt, 32, { ...cost, maxmem: SCRYPT_MAXMEM }, (error, key) =>
      error ? reject(error) : resolve(key),
    )
  })
}
