import type Database from 'better-sqlite3-multiple-ciphers'

/**
 * Bulk inserts without the per-row insert triggers that do nothing a count cannot do at the end
 * (issue 13: the import into an empty journal). Inside `deferDerivedWork` every row inserted into
 * calls, pre-briefs, debriefs and sessions still fires its AFTER INSERT triggers: the metrics and
 * search ones only to find `derived_deferred` set and stop, the others to add 1 to a counter
 * (`journal_changes`, migration 0009; `skill_inputs_version`, migration 0010). Each fired trigger
 * is a sub-program of its own; at 10,000 calls they were over half the CPU of the inserts
 * (docs/performance.md, "Database size and import, stop 21").
 *
 * So, for the length of `write`, the triggers this module can read are dropped, and put back from
 * their own SQL before it returns; each counter is then raised once by what its triggers would have
 * added — one per row its table gained (a bulk write never deletes). All of it inside the caller's
 * transaction: a failure rolls the triggers back with the rows, and the journal is as it was. A
 * trigger it cannot read (any other body, or a condition other than the deferral) stays, and
 * runs per row as before; so does every UPDATE trigger.
 *
 * Put back, the triggers are the schema's newest, so SQLite may fire them in another order among
 * the table's insert triggers afterwards. That changes nothing: each writes tables no other one
 * reads or writes (call_metrics, search_records, one counter each).
 */

/** The tables a bulk write inserts into in numbers. */
const TABLES = ['calls', 'prebriefs', 'debriefs', 'coaching_sessions'] as const
type Table = (typeof TABLES)[number]

/** The counters a trigger may raise by one per row, and how. */
const COUNTERS = {
  journal_changes: 'UPDATE journal_changes SET changes = changes + 1;',
  skill_inputs_version: 'UPDATE skill_inputs_version SET version = version + 1;',
} as const
type Counter = keyof typeof COUNTERS

/** `CREATE TRIGGER name AFTER INSERT ON table [WHEN …] BEGIN body END`, as SQLite keeps it. */
const INSERT_TRIGGER = /^CREATE TRIGGER (\w+) AFTER INSERT ON (\w+)\s+(?:WHEN (.+?)\s+)?BEGIN\s+([\s\S]*?)\s*END$/
/** The condition of a trigger with nothing to do while derived work is deferred (migration 0006). */
const WHILE_NOT_DEFERRED = 'NOT EXISTS (SELECT 1 FROM derived_deferred)'

type Lifted = { name: string; sql: string; table: Table; raises: Counter | null }

/** The insert triggers of the bulk tables this module knows to be a no-op while deferred or a count. */
export function liftableInsertTriggers(db: Database.Database): Lifted[] {
  const rows = db
    .prepare(`SELECT name, tbl_name AS tableName, sql FROM sqlite_schema WHERE type = 'trigger' AND tbl_name IN (${TABLES.map((t) => `'${t}'`).join(', ')})`)
    .all() as { name: string; tableName: Table; sql: string }[]
  return rows.flatMap((row): Lifted[] => {
    const match = INSERT_TRIGGER.exec(row.sql)
    if (!match || match[1] !== row.name || match[2] !== row.tableName) return []
    const [, , , condition, body] = match
    if (condition === WHILE_NOT_DEFERRED) return [{ name: row.name, sql: row.sql, table: row.tableName, raises: null }]
    if (condition !== undefined) return []
    const counter = (Object.keys(COUNTERS) as Counter[]).find((key) => COUNTERS[key] === body)
    return counter ? [{ name: row.name, sql: row.sql, table: row.tableName, raises: counter }] : []
  })
}

/**
 * Runs `write` with the liftable insert triggers dropped, then puts them back and raises their
 * counters by the rows each table gained. Must run inside a transaction, with derived work deferred
 * (the metrics and search triggers it drops are the deferred ones; the caller rebuilds their rows).
 */
export function withInsertTriggersLifted(db: Database.Database, write: () => void): void {
  if (!db.inTransaction) throw new Error('withInsertTriggersLifted must run inside a transaction')
  if (db.prepare('SELECT COUNT(*) FROM derived_deferred').pluck().get() === 0) {
    throw new Error('withInsertTriggersLifted must run while derived work is deferred')
  }
  const lifted = liftableInsertTriggers(db)
  const rowCount = (table: Table) => db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get() as number
  const before = new Map(TABLES.map((table) => [table, rowCount(table)]))
  for (const trigger of lifted) db.exec(`DROP TRIGGER ${trigger.name}`)
  write()
  for (const trigger of lifted) db.exec(trigger.sql)
  const raise = new Map<Counter, number>()
  for (const trigger of lifted) {
    if (trigger.raises === null) continue
    const gained = rowCount(trigger.table) - (before.get(trigger.table) ?? 0)
    raise.set(trigger.raises, (raise.get(trigger.raises) ?? 0) + gained)
  }
  const by = raise.get('journal_changes') ?? 0
  if (by > 0) db.prepare('UPDATE journal_changes SET changes = changes + ?').run(by)
  const skills = raise.get('skill_inputs_version') ?? 0
  if (skills > 0) db.prepare('UPDATE skill_inputs_version SET version = version + ?').run(skills)
}
