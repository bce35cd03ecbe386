import { ROLES, SESSION_KINDS, type Role, type SessionKind } from '../../../../shared/domain'
import type { MetricCounts } from '../../../../shared/metrics'

/**
 * The one statement behind the metrics. SQLite adds everything up and answers a few hundred rows
 * of counts at most (one per bucket and rep), whatever the size of the journal:
 *
 * 1. `fine` holds, per day and rep, the call counts of `call_day_counts` (migration 0002: kept up
 *    to date by triggers, so a report never visits individual calls) and, beside them, the
 *    coaching sessions counted by kind through a covering index;
 * 2. `daily` adds `fine` up per day; the result rolls `daily` up for the whole period, by calendar
 *    month and by ISO week, and `fine` up by rep, with UNION ALL (SQLite has no GROUPING SETS).
 *
 * Whether a call is held depends only on its day, so "held" is applied at the roll-up
 * (`FILTER (WHERE day <= @asOf)`). A debrief counts from its call's day (shared/callTiming.ts):
 * every figure read from debriefs is held too, so a debrief imported onto a call dated after
 * `asOf` is in no figure until that day — the call counts as one of the period's `calls`, not
 * yet held, not yet debriefed, as Home, the rep page and the printed views see it. Stakes are already in `call_day_counts` (the triggers use the
 * settings' threshold and follow its changes).
 *
 * The ISO week is computed per day in the period, never per call: a week belongs to the year of
 * its Thursday, the first Thursday on or after the day three days earlier. `isoWeekKey()` in
 * shared/isoWeek.ts is the same rule in TypeScript; a test holds the two together.
 *
 * Named parameters: @from, @to, @asOf and, in the per-rep variant, @repId.
 */

export const isoWeekSql = (day: string) =>
  `strftime('%Y', ${day}, '-3 days', 'weekday 4') || '-W' || ` +
  `printf('%02d', (CAST(strftime('%j', ${day}, '-3 days', 'weekday 4') AS INTEGER) - 1) / 7 + 1)`

export type Grain = 'total' | 'month' | 'week' | 'rep'
export type CountColumn = Exclude<keyof MetricCounts, 'roleMix' | 'sessions'>
export type RoleColumn = `role_${Role}`
export type SessionColumn = `session_${SessionKind}`
export type MetricsRow = { grain: Grain; bucket: string } & Record<CountColumn | RoleColumn | SessionColumn, number>

export const roleColumn = (role: Role): RoleColumn => `role_${role}`
export const sessionColumn = (kind: SessionKind): SessionColumn => `session_${kind}`

/** The per-day-and-rep columns of `call_day_counts`, as `fine` names them. */
const CALL_DAY_COLUMNS: ReadonlyArray<readonly [column: string, expression: string]> = [
  ['calls', 'calls'],
  ['prebriefedAny', 'prebriefed'],
  ['debriefedAny', 'debriefed'],
  ...ROLES.map((role) => [roleColumn(role), roleColumn(role)] as const),
  ['plannedDebriefed', 'planned_debriefed'],
  ['keptToPlan', 'kept_to_plan'],
  ['slips', 'slips'],
  ['avoidableRescues', 'avoidable_rescues'],
  ['asks', 'asks'],
  ['tells', 'tells'],
]
const SESSION_DAY_COLUMNS: ReadonlyArray<readonly [column: string, expression: string]> = SESSION_KINDS.map(
  (kind) => [sessionColumn(kind), `COUNT(*) FILTER (WHERE kind = '${kind}')`] as const,
)
const FINE_COLUMNS = [...CALL_DAY_COLUMNS, ...SESSION_DAY_COLUMNS].map(([column]) => column)

/** The report's counts, rolled up from `fine` or `daily` (both have `day`). */
const held = 'FILTER (WHERE day <= @asOf)'
const ROLLUP_COLUMNS: ReadonlyArray<readonly [column: CountColumn | RoleColumn | SessionColumn, expression: string]> = [
  ['calls', 'SUM(calls)'],
  ['heldCalls', `SUM(calls) ${held}`],
  ['prebriefed', `SUM(prebriefedAny) ${held}`],
  ['debriefed', `SUM(debriefedAny) ${held}`],
  ['heldDebriefed', `SUM(debriefedAny) ${held}`],
  ['rescues', `SUM(${roleColumn('crutch')}) ${held}`],
  ['avoidableRescues', `SUM(avoidableRescues) ${held}`],
  ['plannedDebriefed', `SUM(plannedDebriefed) ${held}`],
  ['keptToPlan', `SUM(keptToPlan) ${held}`],
  ['slips', `SUM(slips) ${held}`],
  ['asks', `SUM(asks) ${held}`],
  ['tells', `SUM(tells) ${held}`],
  ...ROLES.map((role) => [roleColumn(role), `SUM(${roleColumn(role)}) ${held}`] as const),
  ...SESSION_KINDS.map((kind) => [sessionColumn(kind), `SUM(${sessionColumn(kind)})`] as const),
]

const list = (columns: ReadonlyArray<readonly [string, string]>) =>
  columns.map(([column, expression]) => `${expression} AS ${column}`).join(',\n    ')
const zeros = (columns: ReadonlyArray<readonly [string, string]>) => columns.map(([c]) => `0 AS ${c}`).join(', ')

export function metricsSql(byRep: boolean): string {
  const rep = byRep ? 'AND rep_id = @repId' : ''
  const rollup = ROLLUP_COLUMNS.map(([column, expression]) => `COALESCE(${expression}, 0) AS ${column}`).join(',\n    ')
  return `
WITH fine AS (
  SELECT day, rep_id,
    ${list(CALL_DAY_COLUMNS)},
    ${zeros(SESSION_DAY_COLUMNS)}
  FROM call_day_counts
  WHERE day BETWEEN @from AND @to ${rep}
  UNION ALL
  SELECT session_date AS day, rep_id,
    ${zeros(CALL_DAY_COLUMNS)},
    ${list(SESSION_DAY_COLUMNS)}
  FROM coaching_sessions
  WHERE session_date BETWEEN @from AND @to ${rep}
  GROUP BY session_date, rep_id
),
daily AS (
  SELECT day, ${FINE_COLUMNS.map((column) => `SUM(${column}) AS ${column}`).join(', ')}
  FROM fine
  GROUP BY day
)
SELECT 'total' AS grain, '' AS bucket,
    ${rollup}
  FROM daily
UNION ALL
SELECT 'month', substr(day, 1, 7),
    ${rollup}
  FROM daily GROUP BY 2
UNION ALL
SELECT 'week', ${isoWeekSql('day')},
    ${rollup}
  FROM daily GROUP BY 2
UNION ALL
SELECT 'rep', rep_id,
    ${rollup}
  FROM fine GROUP BY 2`
}
