import type Database from 'better-sqlite3-multiple-ciphers'
import { SEARCH_FIELDS } from '../../../shared/search'

/**
 * Checking and rebuilding the search index of migrations 0003 and 0010 (`search_records`, and the
 * two full-text tables `search_index` and `search_words`) — for `coachbook check` and tests. The
 * triggers keep it right; these say whether it is, and put it right if it is not.
 */

const ATTRIBUTES = 'kind, record_id, rep_id, day, time, cancelled, planned_role, actual_role, outcome, session_kind'
const FIELD_LIST = SEARCH_FIELDS.map((f) => f.key).join(', ')
const KINDS = ['rep', 'call', 'session'] as const
const sourceOf = (kind: (typeof KINDS)[number]) => `search_${kind}_source`
/** Every record the journal holds, as the index should have it. A subquery, so EXCEPT applies to all three. */
const SOURCE = `SELECT * FROM (${KINDS.map((kind) => `SELECT ${ATTRIBUTES} FROM ${sourceOf(kind)}`).join(' UNION ALL ')})`
const RECORDS = `SELECT ${ATTRIBUTES} FROM search_records`
/** Each record's text from the journal, keyed by its rowid in the index. */
const TEXT_BY_ROWID = KINDS.map(
  (kind) => `SELECT r.id, ${SEARCH_FIELDS.map((f) => `v.${f.key}`).join(', ')}
    FROM search_records r JOIN ${sourceOf(kind)} v ON v.record_id = r.record_id WHERE r.kind = '${kind}'`,
).join(' UNION ALL ')

type Named = { kind: string; record_id: string }

/** The two full-text tables (migration 0010), as a problem names them. */
const FULL_TEXT = [
  { table: 'search_index', index: 'full-text index', rows: 'full-text' },
  { table: 'search_words', index: 'word list', rows: 'word-list' },
] as const
/** A record's text as `search_words` holds it: every field in one column, a space between them. */
const WORDS_BY_ROWID = `SELECT id, concat_ws(' ', ${SEARCH_FIELDS.map((f) => f.key).join(', ')}) FROM (${TEXT_BY_ROWID})`

/**
 * Problems found, one line each; empty when the index matches the journal. The full check also
 * indexes the journal's text afresh (in TEMP) and compares every word, field and position with
 * the index: thorough, and as slow as building the index once.
 */
export function verifySearchIndex(db: Database.Database, { full = true }: { full?: boolean } = {}): string[] {
  const problems: string[] = []
  const name = (rows: Named[], what: string) =>
    rows.map((row) => `search index: ${row.kind} "${row.record_id}" ${what}`)
  problems.push(
    ...name(db.prepare(`${SOURCE} EXCEPT ${RECORDS} LIMIT 20`).all() as Named[], 'is missing or out of date'),
    ...name(db.prepare(`${RECORDS} EXCEPT ${SOURCE} LIMIT 20`).all() as Named[], 'is indexed but not in the journal as such'),
  )
  for (const { table, index, rows } of FULL_TEXT) {
    const unindexed = db
      .prepare(`SELECT COUNT(*) AS n FROM search_records WHERE id NOT IN (SELECT rowid FROM ${table})`)
      .pluck()
      .get() as number
    const orphans = db
      .prepare(`SELECT COUNT(*) AS n FROM ${table} WHERE rowid NOT IN (SELECT id FROM search_records)`)
      .pluck()
      .get() as number
    if (unindexed > 0) problems.push(`search index: ${unindexed} records are not in the ${index}`)
    if (orphans > 0) problems.push(`search index: ${orphans} ${rows} rows belong to no record`)
    try {
      db.prepare(`INSERT INTO ${table} (${table}) VALUES ('integrity-check')`).run()
    } catch (error) {
      problems.push(`search index: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
  if (full && problems.length === 0) problems.push(...compareWords(db))
  return problems
}

function compareWords(db: Database.Database): string[] {
  db.exec(`CREATE VIRTUAL TABLE temp.search_verify USING fts5 (${FIELD_LIST},
    content = '', tokenize = 'unicode61 remove_diacritics 2')`)
  db.exec(`CREATE VIRTUAL TABLE temp.search_verify_list USING fts5 (words,
    content = '', detail = none, tokenize = 'unicode61 remove_diacritics 2')`)
  try {
    db.exec(`CREATE VIRTUAL TABLE temp.search_verify_words USING fts5vocab (temp, search_verify, 'instance');
      CREATE VIRTUAL TABLE temp.search_index_words USING fts5vocab (main, search_index, 'instance');
      CREATE VIRTUAL TABLE temp.search_verify_list_words USING fts5vocab (temp, search_verify_list, 'instance');
      CREATE VIRTUAL TABLE temp.search_list_words USING fts5vocab (main, search_words, 'instance')`)
    db.prepare(`INSERT INTO temp.search_verify (rowid, ${FIELD_LIST}) ${TEXT_BY_ROWID}`).run()
    db.prepare(`INSERT INTO temp.search_verify_list (rowid, words) ${WORDS_BY_ROWID}`).run()
    const differ = (expected: string, indexed: string, columns: string) =>
      `SELECT ${columns} FROM ${expected} EXCEPT SELECT ${columns} FROM ${indexed}
       UNION ALL
       SELECT * FROM (SELECT ${columns} FROM ${indexed} EXCEPT SELECT ${columns} FROM ${expected})`
    const differing = db
      .prepare(
        `SELECT DISTINCT r.kind, r.record_id FROM (
           SELECT doc FROM (${differ('temp.search_verify_words', 'temp.search_index_words', 'term, doc, col, offset')})
           UNION ALL
           SELECT doc FROM (${differ('temp.search_verify_list_words', 'temp.search_list_words', 'term, doc')})
         ) w JOIN search_records r ON r.id = w.doc LIMIT 20`,
      )
      .all() as Named[]
    return differing.map((row) => `search index: the words of ${row.kind} "${row.record_id}" are out of date`)
  } finally {
    db.exec(`DROP TABLE IF EXISTS temp.search_index_words; DROP TABLE IF EXISTS temp.search_verify_words;
      DROP TABLE IF EXISTS temp.search_list_words; DROP TABLE IF EXISTS temp.search_verify_list_words;
      DROP TABLE IF EXISTS temp.search_verify; DROP TABLE IF EXISTS temp.search_verify_list`)
  }
}

/**
 * The text of the listed records of one kind (a JSON list of record ids) into both full-text
 * tables at once, by their rowids, in the order of those rowids: what trigger search_record_added
 * (migration 0010) does one record at a time, and what the full check above expects. For records
 * inserted while that trigger was lifted (db/derivedWork.ts).
 */
export function indexTextOf(db: Database.Database, kind: 'call' | 'session', recordIds: string): void {
  const text = `SELECT r.id, ${SEARCH_FIELDS.map((f) => `v.${f.key}`).join(', ')}
    FROM json_each(@ids) w JOIN search_records r ON r.kind = '${kind}' AND r.record_id = w.value
    JOIN ${sourceOf(kind)} v ON v.record_id = w.value ORDER BY r.id`
  db.prepare(`INSERT INTO search_index (rowid, ${FIELD_LIST}) ${text}`).run({ ids: recordIds })
  db.prepare(`INSERT INTO search_words (rowid, words) SELECT id, concat_ws(' ', ${FIELD_LIST}) FROM (${text})`).run({ ids: recordIds })
}

/** Builds the whole index again from the journal's tables, in one transaction. */
export function rebuildSearchIndex(db: Database.Database): void {
  db.transaction(() => {
    db.prepare('DELETE FROM search_records').run()
    // Whatever a damaged index still holds, it now starts from nothing.
    db.prepare("INSERT INTO search_index (search_index) VALUES ('delete-all')").run()
    db.prepare("INSERT INTO search_words (search_words) VALUES ('delete-all')").run()
    // Each record brings its text into the index (trigger search_record_added).
    db.prepare(`INSERT INTO search_records (${ATTRIBUTES}) ${SOURCE}`).run()
  })()
}
