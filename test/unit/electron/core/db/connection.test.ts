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

it('does not make a missing folder: whether a journal may be made there is for the opening to decide', () => {
  const dir = makeTempDataDir()
  try {
    expect(() => openConnection(path.join(dir, 'a', 'b', 'coachbook.db'))).toThrow(/directory does not exist/)
    expect(fs.readdirSync(dir)).toEqual([])
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
})
