import path from 'node:path'
import Database from 'better-sqlite3-multiple-ciphers'
import { afterEach, expect, inject, it } from 'vitest'
import { serveJournal, type ServedJournal } from './support/servedJournal'

/**
 * The writer copies the WAL into the journal file only at a quiet moment (coreWorker.ts), so a
 * burst of saves lives in the WAL alone until then. A save it answered must survive the process
 * being killed inside that burst: the commit's fsync (synchronous=FULL) put it on disk before the
 * answer, and SQLite reads the WAL back when the journal next opens. test/e2e/crash.spec.ts kills
 * the server 50 times during saves; this is the same promise at the moment the change made new.
 */
let served: ServedJournal | null = null
afterEach(async () => {
  await served?.stop()
  served = null
})

it('keeps every save it answered when killed in the middle of a burst, before the WAL was copied', async () => {
  served = await serveJournal(inject('appBuildDir'))
  const rep = await served.call<{ id: string }>('reps.create', { name: 'Dana Ortiz' })
  const call = await served.call<{ id: string }>('calls.create', { repId: rep.id, date: '2026-11-02', account: 'Acme Corp' })
  // Back to back, as the autosave of a fast typist and a second window might send them.
  let answered = ''
  for (let n = 0; n < 40; n++) {
    await served.call('debriefs.save', { callId: call.id, debrief: { actualRole: 'crutch', lesson: `version ${n}` } })
    answered = `version ${n}`
  }
  await served.kill()

  const db = new Database(path.join(served.dataDir, 'coachbook.db'), { fileMustExist: true })
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
    expect(db.prepare('SELECT lesson FROM debriefs WHERE call_id = ?').pluck().get(call.id)).toBe(answered)
  } finally {
    db.close()
  }
})
