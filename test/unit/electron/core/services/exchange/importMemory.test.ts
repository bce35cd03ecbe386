import { afterEach, describe, expect, it } from 'vitest'
import { createHash } from 'node:crypto'
import type { FileReader } from '../../../../../../electron/core/sandbox'
import { sha256OfText } from '../../../../../../electron/core/services/exchange/importMemory'
import type { JournalFile } from '../../../../../../shared/journalFile'
import { inThreadFileReader, invoke, openTempCore, readFixture, type TempCore } from '../../../../../helpers/tempJournal'

/**
 * Importing the same journal file again is answered from what the last import remembered
 * (migration 0009, importMemory.ts) — but only for exactly that file, into a journal nothing has
 * changed since. Each test counts how often the file itself was read (validated) to tell the
 * remembered answer from a full one.
 */
const temps: TempCore[] = []
afterEach(() => {
  for (const temp of temps.splice(0)) temp.cleanup()
})

function open() {
  const reads = { count: 0 }
  const reader: FileReader = {
    ...inThreadFileReader,
    journal: (text, appVersion) => {
      reads.count++
      return inThreadFileReader.journal(text, appVersion)
    },
  }
  const temp = openTempCore({ fileReader: reader })
  temps.push(temp)
  return { core: temp.core, reads }
}

const fixtureText = readFixture('journal-small.json')
const fixture = JSON.parse(fixtureText) as JournalFile

/** The answer a full reading gives, the memory set aside (then put back as it was). */
async function fullAnswer(core: TempCore['core'], text: string) {
  const memory = core.db.prepare('SELECT * FROM import_memory').all()
  core.db.prepare('DELETE FROM import_memory').run()
  try {
    return await invoke(core, 'journal.previewImport', { text })
  } finally {
    const insert = core.db.prepare(
      'INSERT INTO import_memory VALUES (@id, @file_sha256, @app_version, @schema_version, @journal_changes, @answer_json)',
    )
    for (const row of memory) insert.run(row)
  }
}

describe('importing the same file again', () => {
  it('is answered without reading the file, with what a full reading answers', async () => {
    const { core, reads } = open()
    await invoke(core, 'journal.import', { text: fixtureText })
    expect(reads.count).toBe(1)
    const full = await fullAnswer(core, fixtureText)
    expect(reads.count).toBe(2)

    expect(await invoke(core, 'journal.import', { text: fixtureText })).toEqual({ ...full, tookFileVersions: false })
    expect(await invoke(core, 'journal.previewImport', { text: fixtureText })).toEqual(full)
    expect(await invoke(core, 'journal.import', { text: fixtureText, takeFileVersions: true })).toEqual({ ...full, tookFileVersions: true })
    expect(reads.count).toBe(2)
    expect(full.calls).toEqual({ added: 0, updated: 0, unchanged: 12, newerInJournal: 0 })
  })

  it('reads the file again once anything in the journal changed, through the app or not', async () => {
    const { core, reads } = open()
    await invoke(core, 'journal.import', { text: fixtureText })
    await invoke(core, 'reps.update', { id: fixture.reps[0]!.id, title: 'Changed here' })
    expect(await invoke(core, 'journal.import', { text: fixtureText })).toMatchObject({
      reps: { added: 0, updated: 0, unchanged: 2, newerInJournal: 1 },
    })
    expect(reads.count).toBe(2)

    // Taking the file's versions writes, and remembers the journal it leaves.
    await invoke(core, 'journal.import', { text: fixtureText, takeFileVersions: true })
    await invoke(core, 'journal.import', { text: fixtureText })
    expect(reads.count).toBe(3)

    // A change made behind the app's back (another program, by hand) is counted as well.
    const callId = fixture.calls[0]!.id
    core.db.prepare("UPDATE calls SET account = 'Edited by hand', updated_at = '2999-01-01T00:00:00.000Z' WHERE id = ?").run(callId)
    expect(await invoke(core, 'journal.import', { text: fixtureText })).toMatchObject({
      calls: { added: 0, updated: 0, unchanged: 11, newerInJournal: 1 },
    })
    expect(reads.count).toBe(4)
  })

  it('never answers for another file, even one character apart', async () => {
    const { core, reads } = open()
    await invoke(core, 'journal.import', { text: fixtureText })
    const file = JSON.parse(fixtureText) as JournalFile
    file.calls.push({ ...file.calls[0]!, id: 'call-new', prebrief: null, debrief: null })
    const changed = JSON.stringify(file)
    expect((await invoke(core, 'journal.previewImport', { text: changed })).calls.added).toBe(1)
    // The same content written another way (a space more) is another text, so it is read again.
    expect((await invoke(core, 'journal.import', { text: `${fixtureText} ` })).calls.unchanged).toBe(12)
    expect(reads.count).toBe(3)
  })

  it('is never taken for an import that would write: the file is read and its records written', async () => {
    const { core, reads } = open()
    await invoke(core, 'journal.import', { text: fixtureText })
    await invoke(core, 'reps.update', { id: fixture.reps[0]!.id, title: 'Changed here' })
    // A file that adds a call writes, and remembers that one rep is newer in the journal…
    const file = JSON.parse(fixtureText) as JournalFile
    file.calls.push({ ...file.calls[0]!, id: 'call-new', prebrief: null, debrief: null })
    const text = JSON.stringify(file)
    await invoke(core, 'journal.import', { text })
    expect(await invoke(core, 'journal.import', { text })).toMatchObject({ reps: { unchanged: 2, newerInJournal: 1 }, calls: { unchanged: 13 } })
    expect(reads.count).toBe(2)
    // …so taking the file's versions cannot be answered from memory: it reads the file and writes.
    expect(await invoke(core, 'journal.import', { text, takeFileVersions: true })).toMatchObject({ reps: { newerInJournal: 1 } })
    expect(reads.count).toBe(3)
    expect((await invoke(core, 'reps.get', { id: fixture.reps[0]!.id })).title).toBe(fixture.reps[0]!.title)
  })
})

describe('what an import that writes remembers', () => {
  it('is what a full reading of the same file answers afterwards: added, updated, kept and newer records alike', async () => {
    const { core, reads } = open()
    await invoke(core, 'journal.import', { text: fixtureText })
    await invoke(core, 'reps.update', { id: fixture.reps[0]!.id, title: 'Changed here' })
    const file = JSON.parse(fixtureText) as JournalFile
    file.calls.push({ ...file.calls[0]!, id: 'call-new', prebrief: null, debrief: null })
    const changed = file.calls.find((call) => call.debrief)!
    changed.debrief = { ...changed.debrief!, lesson: 'A lesson from the other journal', updatedAt: '2999-01-01T00:00:00.000Z' }
    const text = JSON.stringify(file)

    const first = await invoke(core, 'journal.import', { text })
    expect(first).toMatchObject({ reps: { newerInJournal: 1 }, calls: { added: 1 }, debriefs: { updated: 1 } })
    const remembered = await invoke(core, 'journal.previewImport', { text })
    expect(reads.count).toBe(2)
    expect(remembered).toEqual(await fullAnswer(core, text))
  })

  it("is what a full reading answers after the file's versions were taken over newer ones", async () => {
    const { core, reads } = open()
    await invoke(core, 'journal.import', { text: fixtureText })
    await invoke(core, 'reps.update', { id: fixture.reps[0]!.id, title: 'Changed here' })
    await invoke(core, 'journal.import', { text: fixtureText, takeFileVersions: true })
    const remembered = await invoke(core, 'journal.previewImport', { text: fixtureText })
    expect(reads.count).toBe(2)
    expect(remembered).toEqual(await fullAnswer(core, fixtureText))
    expect(remembered.reps).toEqual({ added: 0, updated: 0, unchanged: 3, newerInJournal: 0 })
  })
})

describe('the journal change count', () => {
  // The tables planImport reads (journal.ts); a table added there must be added here and to 0009.
  const COMPARED_TABLES = ['reps', 'calls', 'prebriefs', 'debriefs', 'coaching_sessions', 'skills', 'settings']

  it('is kept by triggers on every table an import compares with, for inserts, updates and deletes', () => {
    const { core } = open()
    const triggers = core.db
      .prepare("SELECT tbl_name, sql FROM sqlite_master WHERE type = 'trigger' AND sql LIKE '%UPDATE journal_changes%'")
      .all() as { tbl_name: string; sql: string }[]
    for (const table of COMPARED_TABLES) {
      for (const event of ['INSERT', 'UPDATE', 'DELETE']) {
        const found = triggers.filter((t) => t.tbl_name === table && new RegExp(`AFTER ${event} ON ${table}\\b`).test(t.sql))
        expect(found, `${event} on ${table}`).toHaveLength(1)
      }
    }
  })

  it('grows with the rows an import writes, and with a row deleted by hand', async () => {
    const { core } = open()
    const changes = () => (core.db.prepare('SELECT changes FROM journal_changes').get() as { changes: number }).changes
    const before = changes()
    await invoke(core, 'journal.import', { text: fixtureText })
    const afterImport = changes()
    expect(afterImport).toBeGreaterThan(before)
    core.db.prepare('DELETE FROM calls WHERE id = ?').run(fixture.calls[0]!.id)
    expect(changes()).toBeGreaterThan(afterImport)
  })
})

describe('the file hash the answer is remembered with', () => {
  const whole = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex')
  it('is the SHA-256 of the whole text’s UTF-8, whatever falls where one piece ends', () => {
    const pair = '\ud83d\ude00' // one emoji, two UTF-16 units
    const texts = [
      '',
      'a',
      readFixture(),
      'x'.repeat(9) + pair + 'y'.repeat(20),
      pair.repeat(40),
      'ab\ud800cd\udc00ef'.repeat(7), // lone halves are encoded as U+FFFD either way
      `é${'\ud800'.repeat(5)}${pair}`,
    ]
    for (const text of texts) {
      for (const piece of [2, 3, 4, 7, 10, 11, 1 << 20]) expect(sha256OfText(text, piece)).toBe(whole(text))
    }
    // Cut between the halves of a pair, each half would be hashed as U+FFFD: the pieces avoid it.
    expect(createHash('sha256').update(pair.slice(0, 1), 'utf8').update(pair.slice(1), 'utf8').digest('hex')).not.toBe(whole(pair))
  })
})
