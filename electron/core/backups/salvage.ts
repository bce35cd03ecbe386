import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type Database from 'better-sqlite3-multiple-ciphers'
import type { SalvageSummary } from '../../../shared/backups'
import { isRealDay } from '../../../shared/dates'
import { leadsSchema, questionsSchema } from '../../../shared/fields'
import { richTextJsonOf, storedRichText } from '../../../shared/packedRichText'
import { AppFailure } from '../../../shared/result'
import { richTextDocSchema, richTextToPlainText } from '../../../shared/richText'
import { applyKey, isEncryptedFile, type JournalKey } from '../db/connection'
import { openDatabase } from '../db/database'
import { openCore } from '../journal'
import { databasePath } from '../paths'
import { ensurePrivateDir } from '../privateFiles'
import type { BackupStore } from './backupStore'
import { keepBytes, replaceLiveJournal } from './replaceLive'
import { readRowsAround } from './readRowsAround'

/**
 * Reads what can still be read of a damaged journal into a new one (docs/backups.md). SQLite's
 * recovery extension is not part of better-sqlite3, so this does what it does, more plainly:
 * table by table, row by row in rowid order, stepping over the stretches of the file that cannot
 * be read (readRowsAround.ts). Every row is checked as the app would check it (rich text, days,
 * the schema's own constraints) before it goes into a fresh journal made by the app's migrations,
 * whose triggers rebuild the metric counts and the search index. The damaged file is kept, byte
 * for byte, in recovered/ first; nothing of it is changed.
 */
export type SalvageOptions = {
  dataDir: string
  appVersion: string
  backups: BackupStore
  /** The data key of an encrypted journal: the damaged file is read with it, the new one written with it. */
  key?: JournalKey
}

/** The tables that hold what the manager wrote, parents first. Derived tables are rebuilt. */
const TABLES = ['reps', 'calls', 'prebriefs', 'debriefs', 'coaching_sessions', 'settings', 'import_mappings'] as const
type Table = (typeof TABLES)[number]

const RICH_TEXT: Partial<Record<Table, string[]>> = {
  prebriefs: ['notes'],
  debriefs: ['rep_self_assessment', 'notes', 'private_notes'],
  coaching_sessions: ['notes'],
}
const REQUIRED_DAYS: Partial<Record<Table, string>> = { calls: 'call_date', coaching_sessions: 'session_date' }

type Row = Record<string, unknown>

export async function salvageJournal(options: SalvageOptions): Promise<SalvageSummary> {
  const journal = databasePath(options.dataDir)
  if (!fs.existsSync(journal)) throw new AppFailure('NOT_FOUND', `There is no journal file at ${journal} to salvage`)
  const damagedCopy = keepBytes(options.dataDir, journal)
  const stagingDir = path.join(options.dataDir, `.salvage-${randomBytes(6).toString('hex')}`)
  ensurePrivateDir(stagingDir)
  try {
    // A working copy to read from: SQLite may have to write to it (to apply its WAL) to read it.
    const readDir = path.join(stagingDir, 'damaged')
    ensurePrivateDir(readDir)
    const work = path.join(readDir, 'damaged.db')
    for (const suffix of ['', '-wal']) {
      if (fs.existsSync(damagedCopy + suffix)) fs.copyFileSync(damagedCopy + suffix, work + suffix)
    }
    const key = options.key ?? null
    const fresh = openCore({ dataDir: stagingDir, face: 'cli', appVersion: options.appVersion, key })
    let counts: Omit<SalvageSummary, 'damagedCopy'>
    try {
      counts = copyReadable(work, fresh.db, new Date().toISOString(), isEncryptedFile(work) ? key : null)
    } finally {
      fresh.close()
    }
    await replaceLiveJournal({ dataDir: options.dataDir, staged: databasePath(stagingDir), keepCurrent: false, backups: options.backups, key })
    return { ...counts, damagedCopy }
  } finally {
    fs.rmSync(stagingDir, { recursive: true, force: true })
  }
}

function copyReadable(work: string, fresh: Database.Database, now: string, key: JournalKey): Omit<SalvageSummary, 'damagedCopy'> {
  const summary = {
    saved: { reps: 0, calls: 0, sessions: 0, prebriefs: 0, debriefs: 0 },
    lostRows: 0,
    damagedAreas: 0,
    placeholderReps: 0,
  }
  let damaged: Database.Database
  try {
    damaged = openDatabase(work, { fileMustExist: true })
    applyKey(damaged, key)
  } catch {
    summary.damagedAreas++
    return summary
  }
  try {
    fresh.transaction(() => {
      const repExists = fresh.prepare<[string], { id: string }>('SELECT id FROM reps WHERE id = ?')
      const callExists = fresh.prepare<[string], { id: string }>('SELECT id FROM calls WHERE id = ?')
      const addPlaceholderRep = fresh.prepare("INSERT INTO reps (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)")
      const ensureRep = (id: unknown): boolean => {
        if (typeof id !== 'string') return false
        if (repExists.get(id)) return true
        summary.placeholderReps++
        addPlaceholderRep.run(id, `Recovered rep ${summary.placeholderReps}`, now, now)
        return true
      }

      for (const table of TABLES) {
        const columns = sharedColumns(damaged, fresh, table)
        if (columns === null) {
          summary.damagedAreas++
          continue
        }
        if (columns.length === 0) continue
        const insert =
          table === 'settings'
            ? fresh.prepare(`UPDATE settings SET ${columns.filter((c) => c !== 'id').map((c) => `${c} = @${c}`).join(', ')} WHERE id = 1`)
            : fresh.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`)
        const read = readRowsAround(damaged, table, columns)
        for (const row of read.rows) {
          const clean = cleanRow(table, row)
          const parentKnown =
            table === 'calls' || table === 'coaching_sessions'
              ? ensureRep(clean?.['rep_id'])
              : table === 'prebriefs' || table === 'debriefs'
                ? typeof clean?.['call_id'] === 'string' && callExists.get(clean['call_id']) !== undefined
                : true
          if (!clean || !parentKnown) {
            summary.lostRows++
            continue
          }
          try {
            insert.run(clean)
            countSaved(summary.saved, table)
          } catch {
            // A value the schema refuses (an unknown role, a negative count): the row stays out.
            summary.lostRows++
          }
        }
        summary.damagedAreas += read.damagedAreas()
      }
    })()
  } finally {
    damaged.close()
  }
  return summary
}

/** The columns both journals have (an older damaged journal may lack newer ones); null when unreadable. */
function sharedColumns(damaged: Database.Database, fresh: Database.Database, table: Table): string[] | null {
  const names = (db: Database.Database) => (db.pragma(`table_info(${table})`) as { name: string }[]).map((c) => c.name)
  let theirs: string[]
  try {
    theirs = names(damaged)
  } catch {
    return null
  }
  const ours = new Set(names(fresh))
  return theirs.filter((column) => ours.has(column))
}

function countSaved(saved: SalvageSummary['saved'], table: Table): void {
  if (table === 'reps') saved.reps++
  else if (table === 'calls') saved.calls++
  else if (table === 'coaching_sessions') saved.sessions++
  else if (table === 'prebriefs') saved.prebriefs++
  else if (table === 'debriefs') saved.debriefs++
}

/**
 * A row as the app would accept it, or null. Bytes where text belongs mean the row is garbled;
 * rich text that no longer parses is emptied (its plain text derived again), a structured field
 * that does not parse is reset, and a call or session without a real day is left out.
 */
function cleanRow(table: Table, row: Row): Row | null {
  if (Object.values(row).some((value) => Buffer.isBuffer(value))) return null
  const clean: Row = { ...row }
  const day = REQUIRED_DAYS[table]
  if (day !== undefined && (typeof clean[day] !== 'string' || !isRealDay(clean[day]))) return null
  if (table === 'reps' && 'started_on' in clean && (typeof clean['started_on'] !== 'string' || !isRealDay(clean['started_on']))) {
    clean['started_on'] = null
  }
  for (const column of RICH_TEXT[table] ?? []) {
    const jsonKey = `${column}_json`
    if (!(jsonKey in clean)) continue
    const textKey = `${column}_text`
    const storedText = typeof clean[textKey] === 'string' ? clean[textKey] : ''
    const doc = parseJson(clean[jsonKey], richTextDocSchema, (stored) => richTextJsonOf(stored, storedText))
    const text = doc === null ? '' : richTextToPlainText(doc)
    // The short form reads with its plain text: packed only when that text is written beside it.
    if (textKey in clean) clean[textKey] = text
    clean[jsonKey] = doc === null ? null : textKey in clean ? storedRichText(doc, text) : JSON.stringify(doc)
  }
  if (table === 'prebriefs') {
    if ('leads_json' in clean && parseJson(clean['leads_json'], leadsSchema) === null) clean['leads_json'] = null
    if ('questions_json' in clean && parseJson(clean['questions_json'], questionsSchema) === null) clean['questions_json'] = '[]'
  }
  return clean
}

/** `asJson` turns a stored value into JSON text first (a rich-text column may hold the short form). */
function parseJson<T>(
  value: unknown,
  schema: { safeParse(input: unknown): { success: true; data: T } | { success: false } },
  asJson: (stored: string) => string = (stored) => stored,
): T | null {
  if (typeof value !== 'string') return null
  try {
    const parsed = schema.safeParse(JSON.parse(asJson(value)))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}
