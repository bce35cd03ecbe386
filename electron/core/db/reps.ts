import type Database from 'better-sqlite3-multiple-ciphers'
import type { Rep } from '../../../shared/entities'
import { fromBool, toBool } from './columns'

type RepRow = { id: string; name: string; title: string | null; started_on: string | null; archived: number }

const COLUMNS = 'id, name, title, started_on, archived'
/** Alphabetical, with the id settling ties, so lists and exports do not shuffle. */
const ORDER = 'ORDER BY name COLLATE NOCASE, name, id'

export function repFromRow(row: RepRow): Rep {
  return { id: row.id, name: row.name, title: row.title, startedOn: row.started_on, archived: toBool(row.archived) }
}

export function createRepsRepository(db: Database.Database) {
  const all = db.prepare<[], RepRow>(`SELECT ${COLUMNS} FROM reps ${ORDER}`)
  const active = db.prepare<[], RepRow>(`SELECT ${COLUMNS} FROM reps WHERE archived = 0 ${ORDER}`)
  const byId = db.prepare<[string], RepRow>(`SELECT ${COLUMNS} FROM reps WHERE id = ?`)
  const count = db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM reps')
  const updatedAtById = db.prepare<[string], { updated_at: string }>('SELECT updated_at FROM reps WHERE id = ?')
  const allUpdatedAt = db.prepare<[], { id: string; updated_at: string }>('SELECT id, updated_at FROM reps')
  const remove = db.prepare<[string]>('DELETE FROM reps WHERE id = ?')
  const upsert = db.prepare(
    `INSERT INTO reps (id, name, title, started_on, archived, created_at, updated_at)
     VALUES (@id, @name, @title, @startedOn, @archived, @at, @at)
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, title = excluded.title,
       started_on = excluded.started_on, archived = excluded.archived, updated_at = excluded.updated_at`,
  )

  return {
    list(includeArchived: boolean): Rep[] {
      return (includeArchived ? all : active).all().map(repFromRow)
    },
    get(id: string): Rep | undefined {
      const row = byId.get(id)
      return row && repFromRow(row)
    },
    /** Inserts or replaces by id; `created_at` stays as first written. */
    save(rep: Rep, at: string): void {
      upsert.run({ ...rep, archived: fromBool(rep.archived), at })
    },
    count(): number {
      return count.get()?.n ?? 0
    },
    /** Only a rep no call or session refers to (the foreign keys refuse anything else). */
    delete(id: string): boolean {
      return remove.run(id).changes > 0
    },
    /** When the rep was last changed (its version in a journal file). */
    updatedAt(id: string): string | undefined {
      return updatedAtById.get(id)?.updated_at
    },
    allUpdatedAt(): Map<string, string> {
      return new Map(allUpdatedAt.all().map((row) => [row.id, row.updated_at] as const))
    },
  }
}
export type RepsRepository = ReturnType<typeof createRepsRepository>
