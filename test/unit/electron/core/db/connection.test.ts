import fs from 'node:fs'
import path from 'node:path'
import { afterEach, expect, it } from 'vitest'
import { BUSY_TIMEOUT_MS, openConnection } from '../../../../../electron/core/db/connection'
import { makeTempDataDir, openTempCore, type TempCore } from '../../../../helpers/tempJournal'

let temp: TempCore | undefined
afterEach(() => temp?.cleanup())

it('opens the journal in WAL mode with full sync, foreign keys and a busy timeout', () => {
  temp = openTempCore()
  const { db } = temp.core
  expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
  expect(db.pragma('synchronous', { simple: true })).toBe(2)
  expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
  expect(db.pragma('busy_timeout', { simple: true })).toBe(BUSY_TIMEOUT_MS)
  expect(BUSY_TIMEOUT_MS).toBe(5000)
})

it('creates missing folders on the way to the file', () => {
  const dir = makeTempDataDir()
  const file = path.join(dir, 'a', 'b', 'coachbook.db')
  const db = openConnection(file)
  try {
    expect(fs.existsSync(file)).toBe(true)
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
  } finally {
    db.close()
    fs.rmSync(dir, { recursive: true, force: true })
  }
})
