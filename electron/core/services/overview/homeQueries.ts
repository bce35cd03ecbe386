import type Database from 'better-sqlite3-multiple-ciphers'
import type { ActivityKind } from '../../../../shared/coaching'
import type { Outcome, Role, SessionKind } from '../../../../shared/domain'
import { CALL_SUMMARY_COLUMNS, CALL_SUMMARY_FROM, type CallSummaryRow } from './callSummaries'

/** The reads behind the home screen. Cancelled calls wait for nothing and count for nothing. */

export type ActivityRow = {
  kind: ActivityKind
  at: string
  call_id: string | null
  session_id: string | null
  rep_id: string
  rep_name: string
  day: string
  account: string | null
  opportunity: string | null
  planned_role: Role | null
  actual_role: Role | null
  outcome: Outcome | null
  session_kind: SessionKind | null
  skill: string | null
  minutes: number | null
}

export function createHomeQueries(db: Database.Database) {
  const upcoming = db.prepare<{ today: string; limit: number }, CallSummaryRow>(
    `SELECT ${CALL_SUMMARY_COLUMNS} FROM ${CALL_SUMMARY_FROM}
     WHERE c.call_date >= @today AND c.cancelled = 0 AND p.call_id IS NULL
     ORDER BY c.call_date, c.call_time NULLS LAST, c.created_at, c.id
     LIMIT @limit`,
  )
  const upcomingCount = db.prepare<{ today: string }, { n: number }>(
    `SELECT COUNT(*) AS n FROM calls c
     WHERE c.call_date >= @today AND c.cancelled = 0 AND NOT EXISTS (SELECT 1 FROM prebriefs p WHERE p.call_id = c.id)`,
  )
  /**
   * A call today with no plan yet is still one to prepare: it is listed under "plan" only, never
   * twice. Once it has a pre-brief (or on any earlier day) it waits for its debrief.
   */
  const awaiting = db.prepare<{ today: string; limit: number }, CallSummaryRow>(
    `SELECT ${CALL_SUMMARY_COLUMNS} FROM ${CALL_SUMMARY_FROM}
     WHERE c.cancelled = 0 AND d.call_id IS NULL
       AND (c.call_date < @today OR (c.call_date = @today AND p.call_id IS NOT NULL))
     ORDER BY c.call_date DESC, c.call_time DESC NULLS LAST, c.created_at DESC, c.id DESC
     LIMIT @limit`,
  )
  const AWAITING = `FROM calls c WHERE c.cancelled = 0 AND NOT EXISTS (SELECT 1 FROM debriefs d WHERE d.call_id = c.id)`
  /**
   * Counted from call_day_counts (migration 0002, kept by triggers: per day and rep, the calls that
   * count — cancelled ones never do — and how many of them are debriefed), so years of calls add up
   * a few thousand day rows rather than visiting every call and looking for its debrief.
   */
  const awaitingCount = db.prepare<{ today: string; before: string }, { total: number | null; before: number | null }>(
    `SELECT SUM(calls - debriefed) AS total, SUM(CASE WHEN day < @before THEN calls - debriefed ELSE 0 END) AS before
     FROM call_day_counts WHERE day <= @today`,
  )
  /** Today's calls with neither brief: in the day counts above, but shown as calls to plan. */
  const unplannedToday = db.prepare<{ today: string }, { n: number }>(
    `SELECT COUNT(*) AS n ${AWAITING} AND c.call_date = @today
       AND NOT EXISTS (SELECT 1 FROM prebriefs p WHERE p.call_id = c.id)`,
  )
  const awaitingFrom = db.prepare<{ today: string; from: string }, { call_date: string; call_time: string | null }>(
    `SELECT c.call_date, c.call_time ${AWAITING} AND c.call_date >= @from
       AND (c.call_date < @today OR (c.call_date = @today AND EXISTS (SELECT 1 FROM prebriefs p WHERE p.call_id = c.id)))`,
  )
  /**
   * Debriefed quickly, not yet in full (shared/quickDebrief.ts): the same rule in SQL. Only held
   * calls: a debrief counts from its call's day (shared/callTiming.ts), so an imported debrief on
   * a call after today leaves that call "coming up" here as everywhere else.
   */
  const QUICK_ONLY = `c.cancelled = 0 AND c.call_date <= @today AND d.call_id IS NOT NULL AND d.outcome IS NULL`
  /**
   * Read from the debriefs' covering index (it holds `outcome`), each match's call by its key:
   * quick debriefs are few, while the calls held so far are nearly the whole journal. Driven
   * from the calls, both reads visited every past call's row and its debrief's row (≈ 0.4 s of
   * the home screen at 100,000 calls; docs/performance.md, "First screen").
   */
  const QUICK_ONLY_FROM = `debriefs d INDEXED BY debriefs_overview CROSS JOIN calls c ON c.id = d.call_id`
  const quickOnly = db.prepare<{ today: string; limit: number }, CallSummaryRow>(
    `SELECT ${CALL_SUMMARY_COLUMNS} FROM ${QUICK_ONLY_FROM}
       JOIN reps r ON r.id = c.rep_id
       LEFT JOIN prebriefs p ON p.call_id = c.id
     WHERE ${QUICK_ONLY}
     ORDER BY c.call_date DESC, c.call_time DESC NULLS LAST, c.created_at DESC, c.id DESC
     LIMIT @limit`,
  )
  const quickOnlyCount = db.prepare<{ today: string }, { n: number }>(
    `SELECT COUNT(*) AS n FROM ${QUICK_ONLY_FROM} WHERE ${QUICK_ONLY}`,
  )
  /** Called with `to` no later than today (shared/callTiming.ts `heldUntil`): debriefs count from their call's day. */
  const month = db.prepare<{ from: string; to: string }, { debriefed: number; rescues: number | null }>(
    `SELECT COUNT(*) AS debriefed, SUM(d.actual_role = 'crutch') AS rescues
     FROM calls c JOIN debriefs d INDEXED BY debriefs_overview ON d.call_id = c.id
     WHERE c.cancelled = 0 AND c.call_date BETWEEN @from AND @to`,
  )
  // Each kind of change is read newest first from its own index, then the four are merged.
  const activity = db.prepare<{ limit: number }, ActivityRow>(
    `SELECT * FROM (
       SELECT 'call_created' AS kind, c.created_at AS at, c.id AS call_id, NULL AS session_id,
         c.rep_id, r.name AS rep_name, c.call_date AS day, c.account, c.opportunity,
         NULL AS planned_role, NULL AS actual_role, NULL AS outcome, NULL AS session_kind, NULL AS skill, NULL AS minutes
       FROM calls c JOIN reps r ON r.id = c.rep_id
       ORDER BY c.created_at DESC LIMIT @limit)
     UNION ALL SELECT * FROM (
       SELECT 'prebrief_saved', p.updated_at, c.id, NULL, c.rep_id, r.name, c.call_date, c.account, c.opportunity,
         p.planned_role, NULL, NULL, NULL, p.skill_focus, NULL
       FROM prebriefs p JOIN calls c ON c.id = p.call_id JOIN reps r ON r.id = c.rep_id
       WHERE p.updated_at IS NOT NULL
       ORDER BY p.updated_at DESC LIMIT @limit)
     UNION ALL SELECT * FROM (
       SELECT 'debrief_completed', d.completed_at, c.id, NULL, c.rep_id, r.name, c.call_date, c.account, c.opportunity,
         NULL, d.actual_role, d.outcome, NULL, NULL, NULL
       FROM debriefs d JOIN calls c ON c.id = d.call_id JOIN reps r ON r.id = c.rep_id
       WHERE d.completed_at IS NOT NULL
       ORDER BY d.completed_at DESC LIMIT @limit)
     UNION ALL SELECT * FROM (
       SELECT 'session_logged', s.created_at, NULL, s.id, s.rep_id, r.name, s.session_date, NULL, NULL,
         NULL, NULL, NULL, s.kind, s.skill, s.minutes
       FROM coaching_sessions s JOIN reps r ON r.id = s.rep_id
       ORDER BY s.created_at DESC LIMIT @limit)
     ORDER BY at DESC, day DESC LIMIT @limit`,
  )

  return {
    upcomingWithoutPrebrief: (today: string, limit: number) => upcoming.all({ today, limit }),
    upcomingWithoutPrebriefCount: (today: string) => upcomingCount.get({ today })?.n ?? 0,
    awaitingDebrief: (today: string, limit: number) => awaiting.all({ today, limit }),
    /** All calls waiting for a debrief (today's only once planned), and those of them on days before `before`. */
    awaitingDebriefCounts: (today: string, before: string) => {
      const row = awaitingCount.get({ today, before })
      const toPlan = unplannedToday.get({ today })?.n ?? 0
      return { total: (row?.total ?? 0) - toPlan, before: (row?.before ?? 0) - (today < before ? toPlan : 0) }
    },
    /** Day and time of the awaiting calls from `from` to `today`. */
    awaitingDebriefFrom: (today: string, from: string) => awaitingFrom.all({ today, from }),
    month: (from: string, to: string) => {
      const row = month.get({ from, to })
      return { debriefed: row?.debriefed ?? 0, rescues: row?.rescues ?? 0 }
    },
    activity: (limit: number) => activity.all({ limit }),
    fullDebriefDue: (today: string, limit: number) => quickOnly.all({ today, limit }),
    fullDebriefDueCount: (today: string) => quickOnlyCount.get({ today })?.n ?? 0,
  }
}
export type HomeQueries = ReturnType<typeof createHomeQueries>
