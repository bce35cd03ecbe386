import type Database from 'better-sqlite3-multiple-ciphers'
import type { Outcome, Role, Stage, Stakes } from '../../../shared/domain'
import type { Call } from '../../../shared/entities'
import { defaultDirection, type CallListSort, type CallListWhen, type SortDirection } from '../../../shared/callList'
import { listOrder, orderSql, pagePlan } from './callListOrder'
import { IN_JSON_LIST, fromBool, jsonList, toBool } from './columns'

export type CallRow = {
  id: string
  rep_id: string
  call_date: string
  call_time: string | null
  account: string | null
  opportunity: string | null
  deal_value: number | null
  stage: Stage | null
  stakes: Stakes | null
  cancelled: number
}
type CallListRow = CallRow & {
  rep_name: string
  planned_role: Role | null
  actual_role: Role | null
  outcome: Outcome | null
}

/** A call as lists show it, before the stakes are derived (that needs the settings). */
export type CallListItem = Call & {
  repName: string
  plannedRole: Role | null
  actualRole: Role | null
  outcome: Outcome | null
}
export type CallFilter = {
  repId?: string | undefined
  from?: string | undefined
  to?: string | undefined
  stakes?: Stakes | undefined
  role?: Role | undefined
  awaitingDebrief?: boolean | undefined
  when?: CallListWhen | undefined
  /** The manager's day: what separates upcoming from held calls (shared/callTiming.ts). */
  today?: string | undefined
  /** Needed only to filter by stakes. */
  interstateThreshold?: number | null | undefined
}
export type CallPage = { limit: number; offset: number; sort?: CallListSort | undefined; direction?: SortDirection | undefined }

/** DOMAIN.md's effective stakes (shared/stakes.ts) in SQL, for the list's stakes filter. */
const EFFECTIVE_STAKES = `COALESCE(c.stakes, CASE WHEN c.deal_value IS NOT NULL AND @threshold IS NOT NULL
  AND c.deal_value >= @threshold THEN 'interstate' ELSE 'sidewalk' END)`

/** Held is `call_date <= today`, as in shared/callTiming.ts and the metrics' `day <= asOf`. */
const HELD = 'c.call_date <= @today'

const COLUMNS = 'c.id, c.rep_id, c.call_date, c.call_time, c.account, c.opportunity, c.deal_value, c.stage, c.stakes, c.cancelled'

export function callFromRow(row: CallRow): Call {
  return {
    id: row.id,
    repId: row.rep_id,
    date: row.call_date,
    time: row.call_time,
    account: row.account,
    opportunity: row.opportunity,
    dealValue: row.deal_value,
    stage: row.stage,
    stakes: row.stakes,
    cancelled: toBool(row.cancelled),
  }
}

type Params = Record<string, string | number | null>

const DEBRIEF_JOIN = 'LEFT JOIN debriefs d INDEXED BY debriefs_overview ON d.call_id = c.id'

/**
 * The filter as SQL over `calls c`; `joins` when it reads the debrief (`d`, joined by
 * `DEBRIEF_JOIN`: the narrow index, never the wide rows full of notes).
 */
function where(filter: CallFilter): { sql: string; params: Params; joins: boolean } {
  const clauses: string[] = []
  const params: Params = {}
  let joins = false
  if (filter.repId !== undefined) {
    clauses.push('c.rep_id = @repId')
    params['repId'] = filter.repId
  }
  if (filter.from !== undefined) {
    clauses.push('c.call_date >= @from')
    params['from'] = filter.from
  }
  if (filter.to !== undefined) {
    clauses.push('c.call_date <= @to')
    params['to'] = filter.to
  }
  if (filter.when !== undefined || filter.awaitingDebrief) params['today'] = filter.today ?? '9999-12-31'
  if (filter.when === 'upcoming') clauses.push(`NOT (${HELD})`)
  if (filter.when === 'past') clauses.push(HELD)
  if (filter.awaitingDebrief) {
    clauses.push(`${HELD} AND c.cancelled = 0 AND d.call_id IS NULL`)
    joins = true
  }
  if (filter.stakes !== undefined) {
    clauses.push(`${EFFECTIVE_STAKES} = @stakes`)
    params['stakes'] = filter.stakes
    params['threshold'] = filter.interstateThreshold ?? null
  }
  if (filter.role !== undefined) {
    // The role played once debriefed; until then the one planned. The pre-brief (a wide row) is
    // read only for a call without a debrief, not for every call the list walks.
    clauses.push(`(CASE WHEN d.call_id IS NOT NULL THEN d.actual_role
      ELSE (SELECT p.planned_role FROM prebriefs p WHERE p.call_id = c.id) END) = @role`)
    params['role'] = filter.role
    joins = true
  }
  return { sql: clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '', params, joins }
}

export function createCallsRepository(db: Database.Database) {
  const byId = db.prepare<[string], CallRow>(`SELECT ${COLUMNS} FROM calls c WHERE c.id = ?`)
  /** Oldest first, as a journal file reads; the id settles ties so exports are stable. */
  const all = db.prepare<[], CallRow>(
    `SELECT ${COLUMNS} FROM calls c ORDER BY c.call_date, c.call_time NULLS FIRST, c.id`,
  )
  const count = db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM calls')
  const manyById = db.prepare<[string], CallRow & { updated_at: string }>(
    `SELECT ${COLUMNS}, c.updated_at FROM calls c WHERE c.id IN ${IN_JSON_LIST}`,
  )
  const updatedAtById = db.prepare<[string], { updated_at: string }>('SELECT updated_at FROM calls WHERE id = ?')
  const allUpdatedAt = db.prepare<[], { id: string; updated_at: string }>('SELECT id, updated_at FROM calls')
  const INSERT_CALL = `INSERT INTO calls (id, rep_id, call_date, call_time, account, opportunity, deal_value, stage, stakes, cancelled, created_at, updated_at)
     VALUES (@id, @repId, @date, @time, @account, @opportunity, @dealValue, @stage, @stakes, @cancelled, @at, @at)`
  const insert = db.prepare(INSERT_CALL)
  const upsert = db.prepare(
    `${INSERT_CALL}
     ON CONFLICT (id) DO UPDATE SET rep_id = excluded.rep_id, call_date = excluded.call_date,
       call_time = excluded.call_time, account = excluded.account, opportunity = excluded.opportunity,
       deal_value = excluded.deal_value, stage = excluded.stage, stakes = excluded.stakes,
       cancelled = excluded.cancelled, updated_at = excluded.updated_at`,
  )
  const remove = db.prepare<[string]>('DELETE FROM calls WHERE id = ?')
  const countForRep = db.prepare<[string], { n: number }>('SELECT COUNT(*) AS n FROM calls WHERE rep_id = ?')
  const moveToRep = db.prepare<{ from: string; into: string; at: string }>(
    'UPDATE calls SET rep_id = @into, updated_at = @at WHERE rep_id = @from',
  )

  const pageRows = db.prepare<[string], CallListRow & { key: number }>(
    `SELECT c.rowid AS key, ${COLUMNS}, r.name AS rep_name, p.planned_role, d.actual_role, d.outcome
     FROM calls c
     JOIN reps r ON r.id = c.rep_id
     LEFT JOIN prebriefs p ON p.call_id = c.id
     ${DEBRIEF_JOIN}
     WHERE c.rowid IN ${IN_JSON_LIST}`,
  )

  return {
    /**
     * One page, filtered and sorted here in SQL; by default newest first: by day, then time
     * (calls without a time after those with one), then entry order.
     */
    list(filter: CallFilter, page: CallPage): { items: CallListItem[]; total: number } {
      const { sql, params, joins } = where(filter)
      const sort = page.sort ?? 'date'
      const terms = listOrder(sort, page.direction ?? defaultDirection(sort, filter.when))
      const filterJoins = joins ? DEBRIEF_JOIN : ''
      const total = db.prepare<Params, { n: number }>(`SELECT COUNT(*) AS n FROM calls c ${filterJoins} ${sql}`).get(params)?.n ?? 0
      const plan = pagePlan(page.offset, page.limit, total)
      if (plan.limit === 0) return { items: [], total }
      // First the page's keys, walking only what the order and the filter read; then the 100 rows
      // in full. Read together, every skipped row also cost its rep, pre-brief and debrief.
      const keys = db
        .prepare<Params, number>(
          `SELECT c.rowid FROM calls c ${sort === 'rep' ? 'JOIN reps r ON r.id = c.rep_id' : ''} ${filterJoins} ${sql}
           ORDER BY ${orderSql(terms, plan.reversed)} LIMIT @limit OFFSET @offset`,
        )
        .pluck()
        .all({ ...params, limit: plan.limit, offset: plan.offset })
      if (plan.reversed) keys.reverse()
      const rows = pageRows.all(JSON.stringify(keys))
      const place = new Map(keys.map((key, index) => [key, index]))
      rows.sort((a, b) => (place.get(a.key) ?? 0) - (place.get(b.key) ?? 0))
      const items = rows.map((row) => ({
        ...callFromRow(row),
        repName: row.rep_name,
        plannedRole: row.planned_role,
        actualRole: row.actual_role,
        outcome: row.outcome,
      }))
      return { items, total }
    },
    get(id: string): Call | undefined {
      const row = byId.get(id)
      return row && callFromRow(row)
    },
    all(): Call[] {
      return all.all().map(callFromRow)
    },
    /** The calls of these ids the journal holds, each with when its fields were last changed. */
    getMany(ids: Iterable<string>): Map<string, { call: Call; updatedAt: string }> {
      return new Map(manyById.all(jsonList(ids)).map((row) => [row.id, { call: callFromRow(row), updatedAt: row.updated_at }] as const))
    },
    /** Inserts or replaces by id; `created_at` stays as first written. */
    /** `added`: the journal has no call of this id (written without the upsert, see briefs.ts `savePrebrief`). */
    save(call: Call, at: string, added = false): void {
      ;(added ? insert : upsert).run({ ...call, cancelled: fromBool(call.cancelled), at })
    },
    /** Its pre-brief and debrief go with it (ON DELETE CASCADE). */
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
    /** When the call's own fields were last changed (its briefs keep their own time). */
    updatedAt(id: string): string | undefined {
      return updatedAtById.get(id)?.updated_at
    },
    allUpdatedAt(): Map<string, string> {
      return new Map(allUpdatedAt.all().map((row) => [row.id, row.updated_at] as const))
    },
  }
}
export type CallsRepository = ReturnType<typeof createCallsRepository>
