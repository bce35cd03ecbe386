import type Database from 'better-sqlite3-multiple-ciphers'

/**
 * Replaces what the manager wrote in the journal (`main`) with what an attached journal of the
 * same schema holds, inside the caller's transaction: how a restore is written into an encrypted
 * journal, whose pages SQLite's backup API will not copy (replaceLive.ts).
 *
 * Only the tables people write are copied; the derived ones (metric counts, the search index) are
 * rebuilt by the journal's own triggers as the rows go in, as after an import. Settings go first
 * (the metric triggers read the threshold), then parents before children; deleting goes the other
 * way. A table this list does not know (a later migration) stops the restore rather than be lost.
 */
const WRITTEN = ['settings', 'import_mappings', 'reps', 'calls', 'prebriefs', 'debriefs', 'coaching_sessions', 'skills'] as const
/**
 * Kept by triggers or by the migrations themselves; and `reminder_notices`, what notifications
 * announced on this machine, which stays as it is (the next check forgets what is no longer due).
 * `journal_changes` is raised by the rows copied here, so the main journal's `import_memory`
 * (migration 0009) no longer matches and is simply not used again; neither is copied.
 */
const DERIVED = new Set([
  'call_metrics',
  'call_day_counts',
  'call_day_role_pairs',
  'search_records',
  'search_index',
  'search_words',
  'skill_inputs_version',
  'schema_migrations',
  'derived_deferred',
  'reminder_notices',
  'journal_changes',
  'import_memory',
])
/** The shadow tables of the full-text tables (migrations 0003 and 0010). */
const DERIVED_PREFIXES = ['search_index_', 'search_words_']

export function replaceRows(db: Database.Database, from: string): void {
  assertKnownTables(db, 'main')
  assertKnownTables(db, from)
  db.pragma('defer_foreign_keys = ON')
  for (const table of [...WRITTEN].reverse()) db.exec(`DELETE FROM main.${table}`)
  for (const table of WRITTEN) {
    const columns = (db.pragma(`main.table_info(${table})`) as { name: string }[]).map((column) => column.name).join(', ')
    db.exec(`INSERT INTO main.${table} (${columns}) SELECT ${columns} FROM ${from}.${table}`)
  }
}

function assertKnownTables(db: Database.Database, schema: string): void {
  const tables = db
    .prepare(`SELECT name FROM ${schema}.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`)
    .pluck()
    .all() as string[]
  const unknown = tables.filter(
    (name) => !DERIVED.has(name) && !DERIVED_PREFIXES.some((prefix) => name.startsWith(prefix)) && !(WRITTEN as readonly string[]).includes(name),
  )
  if (unknown.length > 0) throw new Error(`the journal holds tables a restore does not know how to copy: ${unknown.join(', ')}`)
}
