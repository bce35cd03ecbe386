import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openConnection } from '../../../../../electron/core/db/connection'
import { MIGRATIONS, migrate } from '../../../../../electron/core/db/migrations'
import { seedJournal } from '../../../../../electron/core/services/seed'
import { isPackedRichText, richTextJsonOf } from '../../../../../shared/packedRichText'
import { invoke, makeTempDataDir, openTempCore, type TempCore } from '../../../../helpers/tempJournal'

/**
 * The packed-rich-text migration: a journal of the version before it, its rich text stored as
 * TipTap JSON the way every earlier version wrote it, is migrated in place. Every document must
 * read as the same JSON text (the journal file splices that text in, so exports stay the same),
 * and the journal must still pass `coachbook check` and survive export → import → export.
 */
const PACKED = MIGRATIONS.find((m) => m.name === 'packed_rich_text')?.version ?? Number.NaN
const RICH_TEXT = [
  { table: 'prebriefs', key: 'call_id', column: 'notes' },
  { table: 'debriefs', key: 'call_id', column: 'rep_self_assessment' },
  { table: 'debriefs', key: 'call_id', column: 'notes' },
  { table: 'debriefs', key: 'call_id', column: 'private_notes' },
  { table: 'coaching_sessions', key: 'id', column: 'notes' },
] as const

const temps: TempCore[] = []
afterEach(() => {
  for (const temp of temps.splice(0)) temp.cleanup()
})

type Stored = Map<string, { json: string; text: string }>

function storedRichText(db: ReturnType<typeof openConnection>): Stored {
  const stored: Stored = new Map()
  for (const { table, key, column } of RICH_TEXT) {
    const rows = db
      .prepare(`SELECT ${key} AS id, ${column}_json AS json, ${column}_text AS text FROM ${table} WHERE ${column}_json IS NOT NULL`)
      .all() as { id: string; json: string; text: string }[]
    for (const row of rows) stored.set(`${table}.${column}.${row.id}`, { json: row.json, text: row.text })
  }
  return stored
}

/** A journal at the version before the migration, with data, its rich text written as JSON as before. */
function journalBeforePacking(options: { foreignDocument: boolean }): string {
  const dataDir = makeTempDataDir()
  const db = openConnection(path.join(dataDir, 'coachbook.db'))
  try {
    migrate(db, { migrations: MIGRATIONS.filter((m) => m.version < PACKED) })
    seedJournal(db, { calls: 120, today: '2026-12-06' })
    for (const { table, key, column } of RICH_TEXT) {
      const update = db.prepare(`UPDATE ${table} SET ${column}_json = ? WHERE ${key} = ?`)
      for (const [id, { json, text }] of storedRichText(db)) {
        if (id.startsWith(`${table}.${column}.`)) update.run(richTextJsonOf(json, text), id.slice(`${table}.${column}.`.length))
      }
    }
    // A document another writer stored with its keys in another order: not the stored form, kept as it is.
    if (!options.foreignDocument) return dataDir
    const callId = db.prepare('SELECT call_id FROM debriefs LIMIT 1').pluck().get() as string
    db.prepare(`UPDATE debriefs SET notes_json = '{"content":[{"content":[{"text":"Kept as written","type":"text"}],"type":"paragraph"}],"type":"doc"}',
      notes_text = 'Kept as written' WHERE call_id = ?`).run(callId)
  } finally {
    db.close()
  }
  return dataDir
}

describe('the packed-rich-text migration', () => {
  it('packs a journal written before it, and every document reads as the same JSON text', () => {
    expect(PACKED).toBeGreaterThan(1)
    const dataDir = journalBeforePacking({ foreignDocument: true })
    const probe = openConnection(path.join(dataDir, 'coachbook.db'))
    const before = storedRichText(probe)
    probe.close()
    expect(before.size).toBeGreaterThan(200)
    for (const { json } of before.values()) expect(isPackedRichText(json)).toBe(false)

    const temp = openTempCore({ dataDir })
    temps.push(temp)
    const after = storedRichText(temp.core.db)
    expect([...after.keys()]).toEqual([...before.keys()])
    let packed = 0
    let bytesBefore = 0
    let bytesAfter = 0
    for (const [id, { json, text }] of after) {
      const was = before.get(id)!
      expect(text).toBe(was.text)
      expect(richTextJsonOf(json, text)).toBe(was.json)
      if (isPackedRichText(json)) packed++
      bytesBefore += was.json.length
      bytesAfter += json.length
    }
    expect(packed).toBe(after.size - 1)
    expect(bytesAfter).toBeLessThan(bytesBefore / 2)
    expect(temp.core.check()).toEqual({ ok: true, problems: [] })
  })

  it('leaves a journal that exports, imports into an empty journal and exports again to the same file', async () => {
    const source = openTempCore({ dataDir: journalBeforePacking({ foreignDocument: false }) })
    temps.push(source)
    const { text } = await invoke(source.core, 'journal.exportFile', {})
    const target = openTempCore()
    temps.push(target)
    await invoke(target.core, 'journal.import', { text })
    const again = await invoke(target.core, 'journal.exportFile', {})
    const withoutTime = (file: string) => file.replace(/"exportedAt": "[^"]*"/, '"exportedAt": null')
    expect(withoutTime(again.text)).toBe(withoutTime(text))
    expect(text.length).toBeGreaterThan(10_000)
  })
})
