import type Database from 'better-sqlite3-multiple-ciphers'
import { isRealDay } from '../../../shared/dates'
import { leadsSchema, questionsSchema } from '../../../shared/fields'
import { richTextJsonOf } from '../../../shared/packedRichText'
import { richTextDocSchema, richTextToPlainText } from '../../../shared/richText'
import { describeFirstIssue } from '../../../shared/validation'
import type { z } from 'zod'
import { verifyMetricCounts } from '../services/insights/verifyCounts'
import { openForLooking } from './connection'
import { readSchemaVersion, SCHEMA_VERSION } from './migrations'
import { verifySearchIndex } from './searchIndex'

/**
 * `coachbook check`: SQLite's own integrity and foreign-key checks, then what only the app knows —
 * the schema version, the settings row, rich text that parses and matches its plain text,
 * calendar days that exist, and the derived metric counts and search index agreeing with the
 * journal. Each check reports rather than throws, so one damaged part does not
 * hide the others.
 */
export type CheckReport = { ok: boolean; problems: string[] }

export function checkDatabase(db: Database.Database): CheckReport {
  const problems: string[] = []
  const run = (label: string, check: () => string[]) => {
    try {
      problems.push(...check())
    } catch (error) {
      problems.push(`${label}: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
  run('integrity_check', () => sqliteIntegrity(db))
  run('foreign_key_check', () => foreignKeys(db))
  run('schema version', () => schemaVersion(db))
  run('settings', () => settingsRow(db))
  run('rich text', () => richTextColumns(db))
  run('structured fields', () => structuredColumns(db))
  run('days', () => days(db))
  // Derived tables kept by triggers: wrong counts would quietly skew every chart and search.
  run('metric counts', () => verifyMetricCounts(db))
  run('search index', () => verifySearchIndex(db))
  return { ok: problems.length === 0, problems }
}

/**
 * SQLite's own integrity_check of a journal file, on a connection that writes nothing: what
 * `check` can say of a journal from an older Coachbook, whose tables the app's checks do not know.
 */
export function checkFileWithSqlite(file: string): CheckReport {
  const db = openForLooking(file)
  try {
    const problems = sqliteIntegrity(db)
    return { ok: problems.length === 0, problems }
  } finally {
    db.close()
  }
}

function sqliteIntegrity(db: Database.Database): string[] {
  const rows = db.pragma('integrity_check') as { integrity_check: string }[]
  return rows.map((r) => r.integrity_check).filter((m) => m !== 'ok').map((m) => `integrity_check: ${m}`)
}

function foreignKeys(db: Database.Database): string[] {
  const rows = db.pragma('foreign_key_check') as { table: string; rowid: number | null; parent: string }[]
  return rows.map((r) => `${r.table} row ${r.rowid ?? '?'} points to a missing row in ${r.parent}`)
}

function schemaVersion(db: Database.Database): string[] {
  const version = readSchemaVersion(db)
  return version === SCHEMA_VERSION ? [] : [`Schema version is ${version}; this app expects ${SCHEMA_VERSION}`]
}

function settingsRow(db: Database.Database): string[] {
  const { n } = db.prepare('SELECT COUNT(*) AS n FROM settings WHERE id = 1').get() as { n: number }
  return n === 1 ? [] : ['The settings row is missing']
}

/** Every rich-text column: its table, the key naming the row, and its JSON/plain-text pair. */
const RICH_TEXT = [
  { table: 'prebriefs', key: 'call_id', column: 'notes' },
  { table: 'debriefs', key: 'call_id', column: 'rep_self_assessment' },
  { table: 'debriefs', key: 'call_id', column: 'notes' },
  { table: 'debriefs', key: 'call_id', column: 'private_notes' },
  { table: 'coaching_sessions', key: 'id', column: 'notes' },
] as const

function richTextColumns(db: Database.Database): string[] {
  const problems: string[] = []
  for (const { table, key, column } of RICH_TEXT) {
    const rows = db
      .prepare(`SELECT ${key} AS id, ${column}_json AS json, ${column}_text AS text FROM ${table} WHERE ${column}_json IS NOT NULL`)
      .all() as { id: string; json: string; text: string }[]
    for (const row of rows) {
      const where = `${table} "${row.id}" ${column}_json`
      let json: string
      try {
        json = richTextJsonOf(row.json, row.text)
      } catch (error) {
        // The short form takes its words from the plain text: one changed alone no longer reads.
        problems.push(`${where}: ${error instanceof SyntaxError ? 'not valid JSON' : 'the stored plain text does not match the document'}`)
        continue
      }
      const doc = checkJson(json, richTextDocSchema)
      if (!doc.ok) problems.push(`${where}: ${doc.reason}`)
      else if (richTextToPlainText(doc.value) !== row.text) {
        problems.push(`${where}: the stored plain text does not match the document`)
      }
    }
  }
  return problems
}

function structuredColumns(db: Database.Database): string[] {
  const rows = db.prepare('SELECT call_id AS id, leads_json, questions_json FROM prebriefs').all() as {
    id: string
    leads_json: string | null
    questions_json: string
  }[]
  const problems: string[] = []
  for (const row of rows) {
    const leads = row.leads_json === null ? null : checkJson(row.leads_json, leadsSchema)
    if (leads && !leads.ok) problems.push(`prebriefs "${row.id}" leads_json: ${leads.reason}`)
    const questions = checkJson(row.questions_json, questionsSchema)
    if (!questions.ok) problems.push(`prebriefs "${row.id}" questions_json: ${questions.reason}`)
  }
  return problems
}

const DAYS = [
  { table: 'reps', column: 'started_on' },
  { table: 'calls', column: 'call_date' },
  { table: 'coaching_sessions', column: 'session_date' },
] as const

function days(db: Database.Database): string[] {
  return DAYS.flatMap(({ table, column }) =>
    (db.prepare(`SELECT id, ${column} AS day FROM ${table} WHERE ${column} IS NOT NULL`).all() as { id: string; day: unknown }[])
      .filter((row) => typeof row.day !== 'string' || !isRealDay(row.day))
      .map((row) => `${table} "${row.id}" ${column}: "${String(row.day)}" is not a calendar day`),
  )
}

/** The parsed value, or a one-line reason it is not valid. */
function checkJson<T>(json: string, schema: z.ZodType<T>): { ok: true; value: T } | { ok: false; reason: string } {
  let value: unknown
  try {
    value = JSON.parse(json)
  } catch {
    return { ok: false, reason: 'not valid JSON' }
  }
  const parsed = schema.safeParse(value)
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, reason: describeFirstIssue(parsed.error) }
}
