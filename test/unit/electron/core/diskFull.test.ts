import fs from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { errorLogPath } from '../../../../electron/core/errorLog'
import { writeFailure } from '../../../../electron/core/files'
import { DISK_FULL_MESSAGE } from '../../../../shared/dispatch'
import { invoke, invokeResult, openTempCore, type TempCore } from '../../../helpers/tempJournal'

/**
 * A full disk, as SQLite meets it: the journal is held at the pages it has (`max_page_count`, a
 * real SQLITE_FULL from SQLite, the code its Unix layer answers ENOSPC with), so a save that needs
 * one more page is refused the way a full disk refuses it. The save must change nothing, say so in
 * words the person can act on, and land once there is room again.
 */
const temps: TempCore[] = []
afterEach(() => {
  for (const temp of temps.splice(0)) temp.cleanup()
})

const doc = (text: string) => ({ type: 'doc' as const, content: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text }] }] })

describe('a full disk', () => {
  it('refuses a save as DISK_FULL, changes nothing, logs nothing, and takes the same save once there is room', async () => {
    const temp = openTempCore()
    temps.push(temp)
    const { core } = temp
    const rep = await invoke(core, 'reps.create', { name: 'Dana Ortiz' })
    const call = await invoke(core, 'calls.create', { repId: rep.id, date: '2026-11-02', account: 'Acme Corp' })
    await invoke(core, 'debriefs.save', { callId: call.id, debrief: { actualRole: 'crutch', lesson: 'first words', notes: doc('first notes') } })

    const pages = core.db.pragma('page_count', { simple: true }) as number
    core.db.pragma(`max_page_count = ${pages}`)
    // Far more than the free pages the journal may hold: the save needs new ones.
    const longNotes = doc(Array.from({ length: 4000 }, (_, i) => `word${i} of the debrief that will not fit`).join(' '))
    const save = { callId: call.id, debrief: { actualRole: 'technical_expert' as const, lesson: 'second words', notes: longNotes } }
    const refused = await invokeResult(core, 'debriefs.save', save)
    expect(refused).toEqual({ ok: false, error: { code: 'DISK_FULL', message: DISK_FULL_MESSAGE } })

    const kept = await invoke(core, 'calls.get', { id: call.id })
    expect(kept.debrief).toMatchObject({ actualRole: 'crutch', lesson: 'first words', notes: doc('first notes') })
    expect(core.db.pragma('integrity_check', { simple: true })).toBe('ok')
    expect(fs.existsSync(errorLogPath(temp.dataDir))).toBe(false)

    core.db.pragma('max_page_count = 1073741823')
    expect(await invokeResult(core, 'debriefs.save', save)).toMatchObject({ ok: true })
    expect((await invoke(core, 'calls.get', { id: call.id })).debrief).toMatchObject({ lesson: 'second words', notes: longNotes })
  })
})

describe('a file written with no room', () => {
  /** The error a real write answers: /dev/full refuses every write with ENOSPC (Linux, as CI is). */
  const writeError = (file: string): unknown => {
    try {
      fs.writeFileSync(file, 'words')
    } catch (error) {
      return error
    }
    throw new Error(`${file} took the write`)
  }

  it('is DISK_FULL, saying to free some space; any other failed write stays IO_FAILURE in its own words', () => {
    expect(writeFailure('Could not write the backup to /dev/full', writeError('/dev/full'))).toMatchObject({
      code: 'DISK_FULL',
      message: 'Could not write the backup to /dev/full: the disk is full; free some space on it and try again',
    })
    expect(writeFailure('Could not write it', writeError('/no/such/folder/file.txt'))).toMatchObject({
      code: 'IO_FAILURE',
      message: 'Could not write it: no such file or folder',
    })
  })
})
