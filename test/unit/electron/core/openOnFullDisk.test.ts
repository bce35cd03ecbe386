import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openDatabase } from '../../../../electron/core/db/database'
import { asOpenFailure } from '../../../../electron/core/db/open'
import { diskIsFull } from '../../../../electron/core/files'
import { AppFailure } from '../../../../shared/result'
import { makeTempDataDir } from '../../../helpers/tempJournal'

/**
 * Opening a journal writes (its WAL and the WAL's index), and on a full disk SQLite answers that
 * as a "disk I/O error", which says nothing a person can act on. The room left is asked of the
 * file system itself; /proc is a real one that always reports no free blocks (Linux, as CI is).
 */
const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

/** A real SQLite failure to open: the file is a folder. */
function sqliteOpenError(): Error {
  const dir = makeTempDataDir()
  dirs.push(dir)
  try {
    openDatabase(dir, { fileMustExist: true }).prepare('SELECT 1').get()
  } catch (error) {
    return error as Error
  }
  throw new Error('SQLite opened a folder')
}

describe('a full disk when the journal opens', () => {
  it('is told by the file system: none left on /proc, room in the temporary folder, nothing told of a folder that is not there', () => {
    expect(diskIsFull('/proc')).toBe(true)
    expect(diskIsFull(os.tmpdir())).toBe(false)
    expect(diskIsFull(path.join(os.tmpdir(), 'coachbook-no-such-folder', 'deeper'))).toBe(false)
  })

  it('turns SQLite’s failure into DISK_FULL, saying to free space, only where the disk is full', () => {
    const error = sqliteOpenError()
    expect((error as { code?: string }).code).toMatch(/^SQLITE_/)
    const onFullDisk = asOpenFailure(error, '/proc/coachbook.db')
    expect(onFullDisk).toBeInstanceOf(AppFailure)
    expect(onFullDisk).toMatchObject({
      code: 'DISK_FULL',
      message: 'Cannot open the journal at /proc/coachbook.db: the disk is full. Free some space on it and open Coachbook again; nothing in the journal was changed.',
    })
    const elsewhere = path.join(os.tmpdir(), 'coachbook.db')
    expect(asOpenFailure(error, elsewhere)).toMatchObject({ code: 'IO_FAILURE', message: `Cannot open the journal at ${elsewhere}: ${error.message}` })
    // SQLite's own word for a full disk needs no asking.
    expect(asOpenFailure(Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' }), elsewhere)).toMatchObject({ code: 'DISK_FULL' })
  })
})
