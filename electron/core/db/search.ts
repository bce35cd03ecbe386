import type Database from 'better-sqlite3-multiple-ciphers'
import type { Outcome, Role, SessionKind } from '../../../shared/domain'
import { SEARCH_FIELDS, SEARCH_KINDS, type SearchFieldKey, type SearchKind } from '../../../shared/search'

/**
 * Reads the search index of migrations 0003 and 0010: `search_records` (one narrow row per call,
 * session and rep: what the filters and the order read), `search_index` (contentless FTS5, one
 * column per field, every word's positions: what ranks) and `search_words` (all of a record's
 * words in one column, no positions, with one- and two-letter prefix indexes: what finds the
 * matches). Both FTS5 tables are keyed by search_records.id. Triggers keep all three; this module
 * only reads them.
 */

export type SearchFilter = {
  kinds?: readonly SearchKind[] | undefined
  repId?: string | undefined
  plannedRole?: Role | undefined
  actualRole?: Role | undefined
  outcome?: Outcome | undefined
  from?: string | undefined
  to?: string | undefined
}
export type SearchPage = { limit: number; offset: number }

export type SearchRecordRow = {
  id: number
  kind: SearchKind
  record_id: string
  rep_id: string
  day: string | null
  time: string | null
  cancelled: number
  planned_role: Role | null
  actual_role: Role | null
  outcome: Outcome | null
  session_kind: SessionKind | null
}
export type SearchTitleRow = { id: number; rep_name: string; rep_archived: number; account: string; opportunity: string; session_skill: string }
export type SearchRows = { rows: SearchRecordRow[]; total: number }

/**
 * bm25 weights per column, in SEARCH_FIELDS order: a word in a name, an account or a skill says
 * more about the record than the same word somewhere in the notes.
 */
const WEIGHTS: Record<SearchFieldKey, number> = {
  rep_name: 2,
  rep_title: 1.5,
  account: 3,
  opportunity: 3,
  objective: 1.5,
  next_step: 1.5,
  questions: 1,
  intervention_rule: 1,
  skill_focus: 2,
  plan_notes: 1,
  self_assessment: 1,
  root_cause_note: 1,
  lesson: 2,
  skill_to_drill: 2,
  debrief_notes: 1,
  private_notes: 1,
  session_skill: 2,
  session_notes: 1,
}

const RECORD_COLUMNS =
  'r.id, r.kind, r.record_id, r.rep_id, r.day, r.time, r.cancelled, r.planned_role, r.actual_role, r.outcome, r.session_kind'
const BM25 = `bm25(search_index, ${SEARCH_FIELDS.map((f) => WEIGHTS[f.key]).join(', ')})`
/** Newest first: by day, then time (an untimed record after the timed ones), then latest indexed. */
const NEWEST = 'r.day DESC, r.time DESC, r.id DESC'
const MATCHED = 'FROM search_index JOIN search_records r ON r.id = search_index.rowid WHERE search_index MATCH @match'
/**
 * The matches, gathered once per search into `temp.search_matches`, as a set to test records
 * against. The unary `+` keeps SQLite from driving the query from the set (a lookup per match,
 * then sorting them all): it reads the records newest first from the day index instead, probes
 * the set's primary key, and stops at the page's end.
 */
const IN_MATCHES = '+r.id IN (SELECT id FROM temp.search_matches)'
const FIELD_LIST = SEARCH_FIELDS.map((f) => f.key).join(', ')
const SNIPPET_TOKENS = 14

type Params = Record<string, string | number>

function where(filter: SearchFilter): { clauses: string[]; params: Params } {
  const clauses: string[] = []
  const params: Params = {}
  const add = (clause: string, name: string, value: string | undefined) => {
    if (value === undefined) return
    clauses.push(clause)
    params[name] = value
  }
  if (filter.kinds !== undefined) {
    clauses.push('r.kind IN (SELECT value FROM json_each(@kinds))')
    params['kinds'] = JSON.stringify(filter.kinds)
  }
  add('r.rep_id = @repId', 'repId', filter.repId)
  add('r.planned_role = @plannedRole', 'plannedRole', filter.plannedRole)
  add('r.actual_role = @actualRole', 'actualRole', filter.actualRole)
  add('r.outcome = @outcome', 'outcome', filter.outcome)
  add('r.day >= @from', 'from', filter.from)
  add('r.day <= @to', 'to', filter.to)
  return { clauses, params }
}

const and = (clauses: string[]) => clauses.map((c) => ` AND ${c}`).join('')

export type MatchingOptions = {
  /** Rank by relevance up to this many matches (before filters); past it, list newest first. */
  relevanceMaxMatches: number
  /**
   * Each typed word is one token (no "e-mail"): `search_words`, which knows no positions, can find
   * the matches. It is only a hint: should the index read a word as several tokens after all, the
   * matches are found in `search_index` instead.
   */
  singleTokens: boolean
  /**
   * Each typed word is one token of one or two letters: the first keys typed. `search_words` has a
   * prefix index for exactly these, so with no filter the matches are counted there first (a few
   * milliseconds): few enough to rank, they are ranked without being copied; in most records, the
   * newest are looked up in that index instead of copied (`newestByLookup`).
   */
  shortPrefixes: boolean
}

/**
 * The newest-first lookup (see `newestByLookup`) only where at least this share of the records
 * hold the letters, and only down to this depth of the list: past either, copying the matches
 * costs less.
 */
const LOOKUP_MIN_SHARE = 0.8
const LOOKUP_MAX_DEPTH = 100

/** Whether looking the newest matches up one by one costs less than copying all `total` of them. */
export function lookupPays(total: number, records: number, at: SearchPage): boolean {
  return at.offset + at.limit <= LOOKUP_MAX_DEPTH && total >= records * LOOKUP_MIN_SHARE
}

/** What FTS5 answers when a table without positions (detail=none) is asked for a phrase. */
const NEEDS_POSITIONS = /phrase queries are not supported/

export function createSearchRepository(db: Database.Database) {
  db.exec('CREATE TEMP TABLE IF NOT EXISTS search_matches (id INTEGER PRIMARY KEY)')
  const gatherFromIndex = db.prepare<{ match: string }>(
    'INSERT INTO temp.search_matches (id) SELECT rowid FROM search_index WHERE search_index MATCH @match',
  )
  // The same records, from a table a fifth of the size whose prefix indexes serve the first letters typed.
  const gatherFromWords = db.prepare<{ match: string }>(
    'INSERT INTO temp.search_matches (id) SELECT rowid FROM search_words WHERE search_words MATCH @match',
  )
  /** How many records hold every word, from the word list; null when it cannot answer (a phrase after all). */
  const countInWords = (match: string): number | null => {
    try {
      return countWords.get({ match }) ?? 0
    } catch (error) {
      if (error instanceof Error && NEEDS_POSITIONS.test(error.message)) return null
      throw error
    }
  }
  const gather = (match: string, singleTokens: boolean): number => {
    if (singleTokens) {
      try {
        return gatherFromWords.run({ match }).changes
      } catch (error) {
        if (!(error instanceof Error && NEEDS_POSITIONS.test(error.message))) throw error
      }
    }
    return gatherFromIndex.run({ match }).changes
  }
  const forget = db.prepare('DELETE FROM temp.search_matches')
  const countWords = db.prepare<{ match: string }, number>('SELECT COUNT(*) FROM search_words WHERE search_words MATCH @match').pluck()
  const countRecords = db.prepare<[], number>('SELECT COUNT(*) FROM search_records').pluck()
  // Newest first, each record looked up in the word list's prefix index until the page is full.
  // Each record passed over costs a lookup (0.4-1.5 ms at 100,000 calls), so this pays only where
  // most records hold the letters: `a` (in 96 % of them) 14 ms against 18 for copying its matches,
  // but `de` (24 %) 41 ms against 4 and `ob` (8 %) 340 against 2 (docs/performance.md, "Search,
  // stop 26"). Only for prefixes the index holds: a longer word would be merged from all its words
  // at each lookup.
  const newestByLookup = `SELECT ${RECORD_COLUMNS} FROM search_records r
    WHERE EXISTS (SELECT 1 FROM search_words w WHERE w.search_words MATCH @match AND w.rowid = r.id) ORDER BY ${NEWEST}`
  const titles = db.prepare<{ ids: string }, SearchTitleRow>(
    `SELECT r.id, p.name AS rep_name, p.archived AS rep_archived, ifnull(c.account, '') AS account, ifnull(c.opportunity, '') AS opportunity,
       ifnull(s.skill, '') AS session_skill
     FROM search_records r
     JOIN reps p ON p.id = r.rep_id
     LEFT JOIN calls c ON r.kind = 'call' AND c.id = r.record_id
     LEFT JOIN coaching_sessions s ON r.kind = 'session' AND s.id = r.record_id
     WHERE r.id IN (SELECT value FROM json_each(@ids))`,
  )
  const snippets = createSnippetReader(db)

  const page = (sql: string, params: Params, { limit, offset }: SearchPage) =>
    db.prepare<Params, SearchRecordRow>(`${sql} LIMIT @limit OFFSET @offset`).all({ ...params, limit, offset })
  const count = (sql: string, params: Params) => db.prepare<Params, { n: number }>(sql).get(params)?.n ?? 0

  return {
    /**
     * The records holding every word. The matches are gathered once into TEMP (reading the index
     * is the costly part of a broad search; the count, the page and the filtered total then reuse
     * them), from `search_words` when it can answer. Up to `relevanceMaxMatches` they are ranked best first by bm25, newest first among
     * equals — ranking costs a little per match, so past that they are listed newest first.
     */
    matching(match: string, filter: SearchFilter, at: SearchPage, options: MatchingOptions): SearchRows & { byRelevance: boolean } {
      const { clauses, params } = where(filter)
      if (clauses.length === 0 && options.singleTokens && options.shortPrefixes) {
        const total = countInWords(match)
        if (total !== null && total <= options.relevanceMaxMatches) {
          return { rows: page(`SELECT ${RECORD_COLUMNS} ${MATCHED} ORDER BY ${BM25}, ${NEWEST}`, { match }, at), total, byRelevance: true }
        }
        if (total !== null && lookupPays(total, countRecords.get() ?? 0, at)) {
          return { rows: page(newestByLookup, { match }, at), total, byRelevance: false }
        }
        // Otherwise the matches are copied below, as for any search.
      }
      forget.run()
      try {
        const matches = gather(match, options.singleTokens)
        const total =
          clauses.length === 0
            ? matches
            : count(`SELECT COUNT(*) AS n FROM search_records r WHERE r.id IN (SELECT id FROM temp.search_matches)${and(clauses)}`, params)
        if (matches <= options.relevanceMaxMatches) {
          const ranked = `SELECT ${RECORD_COLUMNS} ${MATCHED}${and(clauses)} ORDER BY ${BM25}, ${NEWEST}`
          return { rows: page(ranked, { ...params, match }, at), total, byRelevance: true }
        }
        const newest = `SELECT ${RECORD_COLUMNS} FROM search_records r WHERE ${IN_MATCHES}${and(clauses)} ORDER BY ${NEWEST}`
        return { rows: page(newest, params, at), total, byRelevance: false }
      } finally {
        forget.run()
      }
    },

    /** With no words typed: the newest records the filters let through. */
    newest(filter: SearchFilter, at: SearchPage): SearchRows {
      const { clauses, params } = where(filter)
      const condition = `FROM search_records r${clauses.length > 0 ? ` WHERE ${clauses.join(' AND ')}` : ''}`
      return {
        rows: page(`SELECT ${RECORD_COLUMNS} ${condition} ORDER BY ${NEWEST}`, params, at),
        total: count(`SELECT COUNT(*) AS n ${condition}`, params),
      }
    },

    /** What a hit's title is made of, for the listed records. */
    titles(ids: readonly number[]): Map<number, SearchTitleRow> {
      return new Map(titles.all({ ids: JSON.stringify(ids) }).map((row) => [row.id, row] as const))
    },

    /** Each listed record's snippet per field, the found words wrapped in U+E000 … U+E001. */
    snippets,
  }
}
export type SearchRepository = ReturnType<typeof createSearchRepository>

/**
 * Snippets for one page of hits. The journal's index is contentless, and `snippet()` on it would
 * re-run the whole query for every hit anyway — with a short prefix, tens of thousands of rows each
 * time. Instead the page's few records are copied from the journal's tables into a small FTS5 table
 * in this connection's TEMP schema, built with the same tokenizer, and the same query is run there:
 * the same words are found and marked, at the cost of indexing a couple of dozen rows. The copy is
 * emptied as soon as the snippets are read.
 */
function createSnippetReader(db: Database.Database) {
  db.exec(
    `CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_snippets USING fts5 (${FIELD_LIST},
       tokenize = 'unicode61 remove_diacritics 2')`,
  )
  // Driven from the listed ids into each view (a join from search_records would scan it by kind).
  const fill = db.prepare<Record<SearchKind, string>>(
    `INSERT INTO temp.search_snippets (rowid, ${FIELD_LIST})
     ${SEARCH_KINDS.map(
       (kind) => `SELECT (SELECT id FROM search_records WHERE kind = '${kind}' AND record_id = v.record_id),
           ${SEARCH_FIELDS.map((f) => `v.${f.key}`).join(', ')}
         FROM main.search_${kind}_source v WHERE v.record_id IN (SELECT value FROM json_each(@${kind}))`,
     ).join(' UNION ALL ')}`,
  )
  const read = db.prepare<{ match: string }, { id: number } & Record<SearchFieldKey, string>>(
    `SELECT rowid AS id, ${SEARCH_FIELDS.map(
      (f, i) => `snippet(search_snippets, ${i}, char(57344), char(57345), '…', ${SNIPPET_TOKENS}) AS ${f.key}`,
    ).join(', ')}
     FROM temp.search_snippets WHERE search_snippets MATCH @match`,
  )
  const empty = db.prepare('DELETE FROM temp.search_snippets')

  return (match: string, records: readonly SearchRecordRow[]): Map<number, Record<SearchFieldKey, string>> => {
    if (records.length === 0) return new Map()
    const ids = (kind: SearchKind) => JSON.stringify(records.filter((r) => r.kind === kind).map((r) => r.record_id))
    empty.run()
    try {
      fill.run({ call: ids('call'), session: ids('session'), rep: ids('rep') })
      return new Map(read.all({ match }).map(({ id, ...fields }) => [id, fields] as const))
    } finally {
      empty.run()
    }
  }
}
