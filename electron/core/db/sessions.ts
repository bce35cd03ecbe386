import type Database from 'better-sqlite3-multiple-ciphers'
import type { RootCause, SessionKind } from '../../../shared/domain'
import type { CoachingSession } from '../../../shared/entities'
import { IN_JSON_LIST, fromJson, jsonList, readRichText, richTextColumns, type JsonColumnReader } from './columns'

/** A coaching_sessions row as SESSION_COLUMNS reads it (the rep page's reads take the same). */
export type SessionRow = {
  id: string
  rep_id: string
  session_date: string
  kind: SessionKind
  skill: string | null
  minutes: number | null
  asks: number | null
  tells: number | null
  root_cause: RootCause | null
  root_cause_note: string | null
  notes_json: string | null
  notes_text: string
  updated_at: string
}
export type SessionFilter = { repId?: string | undefined; from?: string | undefined; to?: string | undefined }

/** The columns a SessionRow holds, in its order. */
export const SESSION_COLUMNS = 'id, rep_id, session_date, kind, skill, minutes, asks, tells, root_cause, root_cause_note, notes_json, notes_text, updated_at'

export function sessionFromRow(row: SessionRow, json: JsonColumnReader = fromJson): CoachingSession {
  return {
    id: row.id,
    repId: row.rep_id,
    date: row.session_date,
    kind: row.kind,
    skill: row.skill,
    minutes: row.minutes,
    asks: row.asks,
    tells: row.tells,
    rootCause: row.root_cause,
    rootCauseNote: row.root_cause_note,
    notes: readRichText(row.notes_json, row.notes_text, json),
    updatedAt: row.updated_at,
  }
}

export function createSessionsRepository(db: Database.Database) {
  const byId = db.prepare<[string], SessionRow>(`SELECT ${SESSION_COLUMNS} FROM coaching_sessions WHERE id = ?`)
  /** Oldest first with the id settling ties, so exports are stable. */
  const all = db.prepare<[], SessionRow>(`SELECT ${SESSION_COLUMNS} FROM coaching_sessions ORDER BY session_date, id`)
  const count = db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM coaching_sessions')
  const manyById = db.prepare<[string], SessionRow>(`SELECT ${SESSION_COLUMNS} FROM coaching_sessions WHERE id IN ${IN_JSON_LIST}`)
  const INSERT_SESSION = `INSERT INTO coaching_sessions (id, rep_id, session_date, kind, skill, minutes, asks, tells, root_cause, root_cause_note,
       notes_json, notes_text, created_at, updated_at)
     VALUES (@id, @repId, @date, @kind, @skill, @minutes, @asks, @tells, @rootCause, @rootCauseNote, @notesJson, @notesText, @at, @at)`
  const insert = db.prepare(INSERT_SESSION)
  const upsert = db.prepare(
    `${INSERT_SESSION}
     ON CONFLICT (id) DO UPDATE SET rep_id = excluded.rep_id, session_date = excluded.session_date,
       kind = excluded.kind, skill = excluded.skill, minutes = excluded.minutes, asks = excluded.asks, tells = excluded.tells,
       root_cause = excluded.root_cause, root_cause_note = excluded.root_cause_note, notes_json = excluded.notes_json,
       notes_text = excluded.notes_text, updated_at = excluded.updated_at`,
  )
  const remove = db.prepare<[string]>('DELETE FROM coaching_sessions WHERE id = ?')
  const countForRep = db.prepare<[string], { n: number }>('SELECT COUNT(*) AS n FROM coaching_sessions WHERE rep_id = ?')
  const moveToRep = db.prepare<{ from: string; into: string; at: string }>(
    'UPDATE coaching_sessions SET rep_id = @into, updated_at = @at WHERE rep_id = @from',
  )

  return {
    /** Newest first, then latest entered. */
    list(filter: SessionFilter): CoachingSession[] {
      const clauses: string[] = []
      if (filter.repId !== undefined) clauses.push('rep_id = @repId')
      if (filter.from !== undefined) clauses.push('session_date >= @from')
      if (filter.to !== undefined) clauses.push('session_date <= @to')
      const where = clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : ''
      const params = Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined))
      return db
        .prepare<Record<string, string>, SessionRow>(
          `SELECT ${SESSION_COLUMNS} FROM coaching_sessions ${where} ORDER BY session_date DESC, created_at DESC, id DESC`,
        )
        .all(params)
        .map((row) => sessionFromRow(row))
    },
    get(id: string): CoachingSession | undefined {
      const row = byId.get(id)
      return row && sessionFromRow(row)
    },
    /** Oldest first; `json` reads the notes column (parsed unless told otherwise). */
    all(json: JsonColumnReader = fromJson): CoachingSession[] {
      return all.all().map((row) => sessionFromRow(row, json))
    },
    /** The sessions of these ids the journal holds, by id (one statement, however many). */
    getMany(ids: Iterable<string>, json: JsonColumnReader = fromJson): Map<string, CoachingSession> {
      return new Map(manyById.all(jsonList(ids)).map((row) => [row.id, sessionFromRow(row, json)] as const))
    },
    /**
     * Inserts or replaces by id; `created_at` stays as first written; `at` is its `updatedAt`.
     * `added`: the journal has no session of this id (written without the upsert, see briefs.ts `savePrebrief`).
     */
    save(session: Omit<CoachingSession, 'updatedAt'>, at: string, added = false): void {
      const notes = richTextColumns(session.notes)
      ;(added ? insert : upsert).run({
        id: session.id,
        repId: session.repId,
        date: session.date,
        kind: session.kind,
        skill: session.skill,
        minutes: session.minutes,
        asks: session.asks,
        tells: session.tells,
        rootCause: session.rootCause,
        rootCauseNote: session.rootCauseNote,
        notesJson: notes.json,
        notesText: notes.text,
        at,
      })
    },
    delete(id: string): boolean {
      return remove.run(id).changes > 0
    },
    count(): number {
      return count.get()?.n ?? 0
    },
    countForRep(repId: string): number {
      return countForRep.get(repId)?.n ?? 0
    },
    /** Moves every record of one rep to another (a merge); answers how many moved. */
    moveToRep(from: string, into: string, at: string): number {
      return moveToRep.run({ from, into, at }).changes
    },
  }
}
export type SessionsRepository = ReturnType<typeof createSessionsRepository>
