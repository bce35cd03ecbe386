import { describe, expect, it } from 'vitest'
import { newDataKey, unwrapDataKey, wrapDataKey } from '../../../../../electron/core/encryption/keyFile'
import { formatRecoveryKey, parseRecoveryKey } from '../../../../../electron/core/encryption/recoveryKey'
import { AppFailure } from '../../../../../shared/result'

describe('the recovery key', () => {
  it('writes the data key as 13 groups of four readable characters and reads it back', () => {
    const key = newDataKey()
    const text = formatRecoveryKey(key)
    expect(text).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){12}[0-9A-HJKMNP-TV-Z]{4}$/)
    expect(parseRecoveryKey(text).equals(key)).toBe(true)
  })

  it('forgives case, spaces and the letters people mistake for digits', () => {
    const key = Buffer.alloc(32, 0)
    const text = formatRecoveryKey(key)
    expect(text.startsWith('0000-0000')).toBe(true)
    const typed = ` ${text.replace(/-/g, ' ').toLowerCase().replace(/0/g, 'o')} `
    expect(parseRecoveryKey(typed).equals(key)).toBe(true)
  })

  it('refuses text that is not a recovery key, naming the field', () => {
    expect(() => parseRecoveryKey('ABCD-EFGH')).toThrow(AppFailure)
    expect(() => parseRecoveryKey(formatRecoveryKey(newDataKey()).replace(/.$/, 'U'))).toThrow('not a recovery key')
  })
})

describe('the key file', () => {
  it('gives the data key back to its passphrase only', async () => {
    const key = newDataKey()
    const file = await wrapDataKey(key, 'correct horse battery', 10)
    expect(JSON.stringify(file)).not.toContain(key.toString('base64'))
    expect((await unwrapDataKey(file, 'correct horse battery'))?.equals(key)).toBe(true)
    expect(await unwrapDataKey(file, 'correct horse batterY')).toBeNull()
  })

  it('wraps the same key differently each time (fresh salt and IV)', async () => {
    const key = newDataKey()
    const [a, b] = await Promise.all([wrapDataKey(key, 'passphrase one', null), wrapDataKey(key, 'passphrase one', null)])
    expect(a.kdf.salt).not.toBe(b.kdf.salt)
    expect(a.wrappedKey.data).not.toBe(b.wrappedKey.data)
  })
})
