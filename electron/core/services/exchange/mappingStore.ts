import { randomUUID } from 'node:crypto'
import type Database from 'better-sqlite3-multiple-ciphers'
import {
  csvMappingSchema,
  csvOptionsSchema,
  DEFAULT_CSV_OPTIONS,
  type CsvMapping,
  type CsvOptions,
  type SavedCsvMapping,
} from '../../../../shared/exchange'
import { headersSignature } from './csvMapping'

/**
 * The `import_mappings` table (migration 0004): remembered CSV column mappings, and with them the
 * rep chosen for a name no rep has (`reps` in the stored JSON: name key → rep id).
 */
type MappingRow = {
  id: string
  name: string
  kind: 'csv'
  mapping_json: string
  headers_signature: string
  created_at: string
  updated_at: string
}

const COLUMNS = 'id, name, kind, mapping_json, headers_signature, created_at, updated_at'

/** Rep choices as stored: only text keys naming text ids survive a hand-edited row. */
function readRepChoices(stored: unknown): Record<string, string> {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return {}
  // fromEntries defines own properties, so a name such as "__proto__" stays a plain key.
  return Object.fromEntries(Object.entries(stored).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== ''))
}

/** Stored JSON is read defensively: a hand-edited row falls back to defaults instead of failing the import. */
function fromRow(row: MappingRow): SavedCsvMapping {
  let stored: { fields?: unknown; options?: unknown; headers?: unknown; reps?: unknown } = {}
  try {
    stored = JSON.parse(row.mapping_json) as typeof stored
  } catch {
    stored = {}
  }
  const fields = csvMappingSchema.safeParse(stored.fields ?? {})
  const options = csvOptionsSchema.safeParse(stored.options ?? {})
  const headers = Array.isArray(stored.headers) ? stored.headers.filter((h): h is string => typeof h === 'string') : []
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    mapping: fields.success ? fields.data : {},
    options: options.success ? options.data : DEFAULT_CSV_OPTIONS,
    repChoices: readRepChoices(stored.reps),
    headers,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}

export function createMappingStore(db: Database.Database) {
  const all = db.prepare<[], MappingRow>(`SELECT ${COLUMNS} FROM import_mappings WHERE kind = 'csv' ORDER BY name COLLATE NOCASE, id`)
  const byId = db.prepare<[string], MappingRow>(`SELECT ${COLUMNS} FROM import_mappings WHERE id = ?`)
  const byName = db.prepare<[string], MappingRow>(
    `SELECT ${COLUMNS} FROM import_mappings WHERE kind = 'csv' AND name = ? COLLATE NOCASE`,
  )
  const bySignature = db.prepare<[string], MappingRow>(
    `SELECT ${COLUMNS} FROM import_mappings WHERE kind = 'csv' AND headers_signature = ? ORDER BY updated_at DESC, id LIMIT 1`,
  )
  const upsert = db.prepare(
    `INSERT INTO import_mappings (id, name, kind, mapping_json, headers_signature, created_at, updated_at)
     VALUES (@id, @name, 'csv', @json, @signature, @at, @at)
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, mapping_json = excluded.mapping_json,
       headers_signature = excluded.headers_signature, updated_at = excluded.updated_at`,
  )
  const remove = db.prepare<[string]>('DELETE FROM import_mappings WHERE id = ?')
  const rewriteJson = db.prepare<{ id: string; json: string }>('UPDATE import_mappings SET mapping_json = @json WHERE id = @id')
  const newestFirst = db.prepare<[], MappingRow>(`SELECT ${COLUMNS} FROM import_mappings WHERE kind = 'csv' ORDER BY updated_at DESC, id`)

  return {
    list: (): SavedCsvMapping[] => all.all().map(fromRow),
    get: (id: string): SavedCsvMapping | undefined => {
      const row = byId.get(id)
      return row && fromRow(row)
    },
    /** The most recently saved mapping made for these headers. */
    forHeaders: (headers: readonly string[]): SavedCsvMapping | null => {
      const row = bySignature.get(headersSignature(headers))
      return row ? fromRow(row) : null
    },
    /**
     * Every remembered rep choice, by name key. Which rep a name means does not depend on the
     * columns around it, so a choice saved with one mapping serves every file; the most recently
     * saved choice for a name wins.
     */
    repChoices(): Map<string, string> {
      const choices = new Map<string, string>()
      for (const saved of newestFirst.all().map(fromRow)) {
        for (const [key, repId] of Object.entries(saved.repChoices)) if (!choices.has(key)) choices.set(key, repId)
      }
      return choices
    },
    /**
     * Saves under `name`, replacing the columns and options of a mapping of the same name (any
     * case). Its rep choices are kept and updated: a name chosen again takes the new rep, a name
     * now chosen as a new rep (null) is forgotten, and names this file lacks stay remembered.
     */
    save(
      input: { name: string; mapping: CsvMapping; options: CsvOptions; headers: readonly string[]; repChoices?: ReadonlyMap<string, string | null> },
      at: string,
    ): SavedCsvMapping {
      const previous = byName.get(input.name)
      const id = previous?.id ?? randomUUID()
      const kept = new Map(Object.entries(previous ? fromRow(previous).repChoices : {}))
      for (const [key, repId] of input.repChoices ?? []) {
        if (repId === null) kept.delete(key)
        else kept.set(key, repId)
      }
      const reps = Object.fromEntries(kept)
      upsert.run({
        id,
        name: input.name,
        json: JSON.stringify({ fields: input.mapping, options: input.options, headers: input.headers, reps }),
        signature: headersSignature(input.headers),
        at,
      })
      const saved = byId.get(id)
      if (!saved) throw new Error('The saved mapping could not be read back')
      return fromRow(saved)
    },
    delete: (id: string): boolean => remove.run(id).changes > 0,
    /**
     * A rep merged into another (reps.merge): the names remembered for the merged rep now mean
     * the rep kept, so next month's file lands where this month's did. Not a save of the mapping
     * (its time stays); answers how many names moved.
     */
    moveRepChoices(fromId: string, intoId: string): number {
      let moved = 0
      for (const row of newestFirst.all()) {
        let stored: Record<string, unknown>
        try {
          stored = JSON.parse(row.mapping_json) as Record<string, unknown>
        } catch {
          continue
        }
        const reps = readRepChoices(stored['reps'])
        const names = Object.keys(reps).filter((key) => reps[key] === fromId)
        if (names.length === 0) continue
        for (const key of names) reps[key] = intoId
        rewriteJson.run({ id: row.id, json: JSON.stringify({ ...stored, reps }) })
        moved += names.length
      }
      return moved
    },
  }
}
export type MappingStore = ReturnType<typeof createMappingStore>
