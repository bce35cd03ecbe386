import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3-multiple-ciphers'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { applyKey, openConnection, openForLooking, openReadOnlyConnection } from '../../../../../electron/core/db/connection'
import { openDatabase } from '../../../../../electron/core/db/database'

/**
 * SQLite's temporary storage never reaches a file (electron/core/db/database.ts): the cipher does
 * not encrypt temporary files, so a spill would write a locked journal's words to disk in the clear.
 *
 * The probe points SQLite's temporary folder (process-wide: PRAGMA temp_store_directory) at a folder
 * of the test's own, then makes a temporary table and a sort each far larger than a 10-page cache,
 * and lists the files the process holds open in that folder. SQLite deletes a temporary file as
 * soon as it has opened it, so its open descriptor (/proc/self/fd, Linux) is what shows it. A
 * connection made with the driver alone is the control: it spills, so the probe sees a spill.
 */
const KEY = new Uint8Array(32).fill(7)
const ROWS = 20_000
const NUMBERS = `WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < ${ROWS})`

let dir: string
let spillDir: string
let encrypted: string

function openFilesIn(folder: string): string[] {
  return fs.readdirSync('/proc/self/fd').flatMap((fd) => {
    try {
      const target = fs.readlinkSync(path.join('/proc/self/fd', fd))
      return target.startsWith(folder + path.sep) ? [target] : []
    } catch {
      return [] // the descriptor readdir itself held, already closed
    }
  })
}

/** The files a temporary table and a sort put in the spill folder while they exist. */
function spilledBy(db: Database.Database): { table: string[]; sort: string[] } {
  db.pragma('cache_size = 10')
  db.pragma('temp.cache_size = 10')
  db.exec(`CREATE TEMP TABLE words AS ${NUMBERS} SELECT x, 'private words of call ' || x AS words FROM n`)
  const table = openFilesIn(spillDir)
  const sorted = db.prepare(`${NUMBERS} SELECT x, hex(randomblob(50)) AS b FROM n ORDER BY b`).iterate()
  expect(sorted.next().done).toBe(false)
  const sort = openFilesIn(spillDir)
  sorted.return?.()
  db.exec('DROP TABLE temp.words')
  return { table, sort }
}

function probe(db: Database.Database): { table: string[]; sort: string[] } {
  try {
    return spilledBy(db)
  } finally {
    db.close()
  }
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coachbook-temp-store-'))
  spillDir = path.join(dir, 'spill')
  fs.mkdirSync(spillDir)
  encrypted = path.join(dir, 'encrypted.db')
  const db = openConnection(encrypted, undefined, KEY)
  db.exec("CREATE TABLE notes (words TEXT); INSERT INTO notes VALUES ('a private fear')")
  db.pragma(`temp_store_directory = '${spillDir}'`)
  db.close()
})

afterAll(() => {
  // Process-wide: the next test file in this worker gets SQLite's own choice back.
  const db = new Database(':memory:')
  db.pragma("temp_store_directory = ''")
  db.close()
  fs.rmSync(dir, { recursive: true, force: true })
})

describe("SQLite's temporary storage stays in memory", () => {
  it('the probe sees a spill: the driver alone writes temporary files', () => {
    const bare = new Database(encrypted)
    applyKey(bare, KEY)
    const spilled = probe(bare)
    expect(spilled.table.length).toBeGreaterThan(0)
    expect(spilled.sort.length).toBeGreaterThan(0)
  })

  it('the writer, the readers and the look before opening write none on an encrypted journal', () => {
    expect(probe(openConnection(encrypted, undefined, KEY))).toEqual({ table: [], sort: [] })
    expect(probe(openReadOnlyConnection(encrypted, undefined, KEY))).toEqual({ table: [], sort: [] })
    expect(probe(openForLooking(encrypted, KEY))).toEqual({ table: [], sort: [] })
  })

  it('nor does any other connection the core makes (backups, restore, salvage, checks)', () => {
    const plain = path.join(dir, 'plain.db')
    expect(probe(openDatabase(plain))).toEqual({ table: [], sort: [] })
    expect(probe(openDatabase(fs.readFileSync(plain)))).toEqual({ table: [], sort: [] })
  })
})
