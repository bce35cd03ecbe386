import { openSync, closeSync, fstatSync, writeSync } from 'node:fs'
import { Database } from './sqlite'

/**
 * What a bad disk sector or a sync tool does to a file: `length` bytes of noise written over the
 * middle of it. The noise comes from a fixed seed, so the same journal is damaged the same way on
 * every run.
 */
export function scribbleOverMiddle(file: string, length = 4096, seed = 20261206): void {
  const fd = openSync(file, 'r+')
  try {
    const size = fstatSync(fd).size
    writeSync(fd, noise(length, seed), 0, length, Math.max(4096, Math.floor(size / 2 - length / 2)))
  } finally {
    closeSync(fd)
  }
}

/**
 * The same noise over one page that holds rows of `table` (the middle one of its leaf pages), so
 * the damage lands among the manager's records whatever else the schema has grown to hold — the
 * middle of the file may be the schema itself, which leaves nothing to salvage.
 */
export function scribbleOverRowsOf(file: string, table: string, seed = 20261206): void {
  const db = new Database(file, { readonly: true, fileMustExist: true })
  let page: number
  let pageSize: number
  try {
    pageSize = db.pragma('page_size', { simple: true }) as number
    const leaves = db.prepare<[string], number>("SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno").pluck().all(table)
    const middle = leaves[Math.floor(leaves.length / 2)]
    if (middle === undefined) throw new Error(`${table} has no leaf page to damage`)
    page = middle
  } finally {
    db.close()
  }
  const fd = openSync(file, 'r+')
  try {
    writeSync(fd, noise(pageSize, seed), 0, pageSize, (page - 1) * pageSize)
  } finally {
    closeSync(fd)
  }
}

function noise(length: number, seed: number): Buffer {
  const bytes = Buffer.alloc(length)
  let state = seed
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) % 2 ** 31
    bytes[i] = (state >>> 16) & 0xff
  }
  return bytes
}
