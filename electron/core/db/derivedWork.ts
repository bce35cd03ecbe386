import type Database from 'better-sqlite3-multiple-ciphers'
import { IN_JSON_LIST as IN_IDS, jsonList } from './columns'
import { withInsertTriggersLifted } from './insertTriggers'
import { indexTextOf } from './searchIndex'

/**
 * Bulk writes without per-row derived work (migration 0006). Writing a call, its pre-brief and
 * its debrief one row at a time makes the triggers rebuild the call's metrics row and search
 * record three times; an import of thousands of calls spends most of its time there. Inside
 * `deferDerivedWork` those triggers stand aside, and the rows of everything written are rebuilt
 * once, set-wise, before it returns — still inside the caller's transaction, so the journal is
 * never committed with derived rows out of step.
 */

/** What a bulk write changes: the ids whose derived rows must be rebuilt. */
export type Written = { calls: readonly string[]; sessions: readonly string[] }

const ids = (values: Iterable<string>) => jsonList(new Set(values))
const RECORD_COLUMNS = 'kind, record_id, rep_id, day, time, cancelled, planned_role, actual_role, outcome, session_kind'
/** The records in the order they were written: a record's id is the search's last tie-break ("latest indexed"). */
const inWrittenOrder = (view: string) =>
  `SELECT ${RECORD_COLUMNS.split(', ').map((column) => `v.${column}`).join(', ')}
   FROM json_each(?) w JOIN ${view} v ON v.record_id = w.value ORDER BY w.key`

/**
 * How the rows' own insert triggers run meanwhile: `lifted` (the default) drops those that only
 * wait for the deferral or count rows, and counts once at the end (./insertTriggers.ts); `per-row`
 * lets each fire for every row, as before — the same journal, slower (a test holds the two equal).
 */
export type InsertTriggers = 'lifted' | 'per-row'

/**
 * Runs `write`, which inserts and updates the calls (with their briefs) and sessions named in
 * `written` and nothing else (it never deletes), with their triggers deferred; then rebuilds those
 * records' metrics rows (and so the day counts) and search records. Must run inside a
 * transaction: a failure anywhere rolls back the writes and the deferral together. Nothing to
 * write, nothing done (not even the deferral's own row).
 */
export function deferDerivedWork(db: Database.Database, written: Written, write: () => void, insertTriggers: InsertTriggers = 'lifted'): void {
  if (!db.inTransaction) throw new Error('deferDerivedWork must run inside a transaction')
  if (written.calls.length === 0 && written.sessions.length === 0) return
  db.prepare('INSERT INTO derived_deferred (id) VALUES (1)').run()
  if (insertTriggers === 'lifted') withInsertTriggersLifted(db, write)
  else write()
  rebuildDerivedRows(db, written, insertTriggers)
  db.prepare('DELETE FROM derived_deferred').run()
}

/**
 * The metrics rows and search records of these calls and sessions, from the journal's tables. A
 * metrics row leaving or arriving still adjusts its day's counts (call_metrics' own triggers, a
 * small upsert each). The records leaving take their text out of the index (search_record_removed);
 * those arriving bring it in: `per-row`, each through trigger search_record_added; `lifted`, with
 * that trigger lifted while the records are inserted and their text then indexed in one statement
 * per table (searchIndex.ts `indexTextOf`) — the same rows and words, without a view lookup and a
 * trigger per record (about a sixth of the search index's CPU at 10,000 calls).
 */
export function rebuildDerivedRows(db: Database.Database, written: Written, insertTriggers: InsertTriggers = 'lifted'): void {
  const calls = ids(written.calls)
  const sessions = ids(written.sessions)
  // By call id, not by key: while deferred, a call's rep or day may have changed under its old row
  // (call_metrics is keyed by rep and day, migration 0017), so this reads the whole table once.
  db.prepare(`DELETE FROM call_metrics WHERE call_id IN ${IN_IDS}`).run(calls)
  db.prepare(`INSERT INTO call_metrics SELECT * FROM call_metrics_source WHERE call_id IN ${IN_IDS}`).run(calls)
  const added = db.prepare("SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = 'search_record_added'").pluck().get() as
    | string
    | undefined
  const lift = insertTriggers === 'lifted' && added !== undefined
  if (lift) db.exec('DROP TRIGGER search_record_added')
  // In this order either way: a record's new id follows the largest left, so the ids are as they were.
  db.prepare(`DELETE FROM search_records WHERE kind = 'call' AND record_id IN ${IN_IDS}`).run(calls)
  db.prepare(`INSERT INTO search_records (${RECORD_COLUMNS}) ${inWrittenOrder('search_call_source')}`).run(calls)
  db.prepare(`DELETE FROM search_records WHERE kind = 'session' AND record_id IN ${IN_IDS}`).run(sessions)
  db.prepare(`INSERT INTO search_records (${RECORD_COLUMNS}) ${inWrittenOrder('search_session_source')}`).run(sessions)
  if (lift) {
    db.exec(added)
    indexTextOf(db, 'call', calls)
    indexTextOf(db, 'session', sessions)
  }
}
