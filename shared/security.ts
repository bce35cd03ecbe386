import { z } from 'zod'

/**
 * Encryption at rest and the app lock (docs/encryption.md). The journal can be encrypted with a
 * passphrase; while it is locked (an encrypted journal not yet unlocked, or locked on demand or
 * after the idle time) nothing of it is served: every operation but the few of LOCK_FREE_CHANNELS answers LOCKED.
 */
export const PASSPHRASE_MIN_CHARS = 8
const PASSPHRASE_MAX_CHARS = 1024

/** What the lock screen and Settings → Privacy need to know; nothing of the journal's contents. */
export type SecurityStatus = {
  /** The journal file is encrypted. */
  encrypted: boolean
  /** Encrypted and not unlocked: every operation but those of LOCK_FREE_CHANNELS answers LOCKED. */
  locked: boolean
  /** Lock after this many minutes without input; null never. Only meaningful when encrypted. */
  idleLockMinutes: number | null
  /** The journal is encrypted but the key file beside it is gone: only the recovery key opens it. */
  keyFileMissing: boolean
  /** Desktop only: the passphrase can be kept in the operating system's keychain here. */
  rememberAvailable?: boolean
  /** Desktop only: it is, and the app opens with it. */
  remembered?: boolean
}

/** Turning encryption on answers the recovery key, shown once, to print or save. */
export type EncryptionEnabled = { status: SecurityStatus; recoveryKey: string }

/** The operations answered while the journal is locked (locking again changes nothing); everything else answers LOCKED. */
export const LOCK_FREE_CHANNELS: readonly string[] = ['security.status', 'security.unlock', 'security.lock']

export const LOCKED_MESSAGE = 'The journal is locked. Unlock it with its passphrase.'

const passphrase = z.string().min(1, 'Type the passphrase').max(PASSPHRASE_MAX_CHARS, 'That passphrase is too long')
export const newPassphraseSchema = z
  .string()
  .min(PASSPHRASE_MIN_CHARS, `Use at least ${PASSPHRASE_MIN_CHARS} characters`)
  .max(PASSPHRASE_MAX_CHARS, 'That passphrase is too long')
const recoveryKey = z.string().trim().min(1, 'Type the recovery key').max(200, 'That is not a recovery key')
/** Desktop only: keep the passphrase in the system keychain so the app opens without it. Ignored elsewhere. */
const remember = z.boolean().optional()

/** The passphrase, or the recovery key when the passphrase is forgotten or the key file lost. */
const secretFields = { passphrase: passphrase.optional(), recoveryKey: recoveryKey.optional() }
const oneSecret = (value: { passphrase?: string | undefined; recoveryKey?: string | undefined }) =>
  (value.passphrase === undefined) !== (value.recoveryKey === undefined)
const oneSecretIssue = { message: 'Give the passphrase or the recovery key', path: ['passphrase'] }

export const unlockInputSchema = z.object({ ...secretFields, remember }).strict().refine(oneSecret, oneSecretIssue)
export const enableInputSchema = z.object({ passphrase: newPassphraseSchema, remember }).strict()
export const disableInputSchema = z.object(secretFields).strict().refine(oneSecret, oneSecretIssue)
/** The current passphrase (or the recovery key) and the new one. */
export const changePassphraseInputSchema = z
  .object({ current: passphrase.optional(), recoveryKey: recoveryKey.optional(), passphrase: newPassphraseSchema, remember })
  .strict()
  .refine((v) => (v.current === undefined) !== (v.recoveryKey === undefined), {
    message: 'Give the current passphrase or the recovery key',
    path: ['current'],
  })
export const IDLE_LOCK_MAX_MINUTES = 24 * 60
export const setIdleLockInputSchema = z
  .object({ minutes: z.number().int().min(1, 'At least 1 minute').max(IDLE_LOCK_MAX_MINUTES, 'At most 24 hours').nullable() })
  .strict()

export type UnlockInput = z.input<typeof unlockInputSchema>
