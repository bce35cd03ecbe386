import { openSync, closeSync, fstatSync, writeSync } from 'node:fs'

/**
 * What a bad disk sector or a sync tool does to a file: `length` bytes of noise written over the
 * middle of it. The noise comes from a fixed seed, so the same journal is damaged the same way on
 * every run.
 */
export function scribbleOverMiddle(file: string, length = 4096, seed = 20261206): void {
  const fd = openSync(file, 'r+')
  try {
    const size = fstatSync(fd).size
    const noise = Buffer.alloc(length)
    let state = seed
    for (let i = 0; i < length; i++) {
      state = (state * 1103515245 + 12345) % 2 ** 31
      noise[i] = (state >>> 16) & 0xff
    }
    writeSync(fd, noise, 0, length, Math.max(4096, Math.floor(size / 2 - length / 2)))
  } finally {
    closeSync(fd)
  }
}
