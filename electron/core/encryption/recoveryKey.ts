import { AppFailure } from '../../../shared/result'

/**
 * The recovery key is the journal's data key itself, written for people: Crockford's base32
 * (no I, L, O or U, so nothing reads as another letter), in groups of four. 32 bytes make 52
 * characters. Typing it back forgives case, spaces and dashes, and reads O as 0 and I/L as 1.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
const KEY_BYTES = 32
const KEY_CHARS = Math.ceil((KEY_BYTES * 8) / 5)

export function formatRecoveryKey(key: Uint8Array): string {
  let bits = 0
  let value = 0
  let out = ''
  for (const byte of key) {
    value = (value << 8) | byte
    bits += 8
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31]
      bits -= 5
    }
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31]
  return out.match(/.{1,4}/g)?.join('-') ?? ''
}

export function parseRecoveryKey(text: string): Buffer {
  const chars = text.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1')
  if (chars.length !== KEY_CHARS || [...chars].some((c) => !ALPHABET.includes(c))) {
    throw new AppFailure('INVALID_INPUT', 'That is not a recovery key: it has 52 letters and digits in groups of four', [
      { path: 'recoveryKey', message: 'That is not a recovery key' },
    ])
  }
  const bytes: number[] = []
  let bits = 0
  let value = 0
  for (const c of chars) {
    value = ((value << 5) | ALPHABET.indexOf(c)) & 0xfff
    bits += 5
    if (bits >= 8) {
      bytes.push((value >>> (bits - 8)) & 0xff)
      bits -= 8
    }
  }
  return Buffer.from(bytes.slice(0, KEY_BYTES))
}
