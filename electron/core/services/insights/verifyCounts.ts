import type Database from 'better-sqlite3-multiple-ciphers'
import { ROLES } from '../../../../shared/domain'
import { rolePairColumn } from './chartsSql'

/**
 * The metrics read `call_day_counts`, and the role matrix `call_day_role_pairs`, which triggers
 * keep in step with the journal (migrations 0002 and 0011). These helpers recount from scratch: `verifyMetricCounts` reports any difference (for
 * `coachbook check` and tests), `rebuildMetricCounts` throws the counts away and recounts.
 */

const CALL_METRICS_COLUMNS =
  'call_id, rep_id, call_date, deal_value, stakes, sidewalk, planned_role, actual_role, asks, tells, takeover_risk'

/**
 * Every countable call as call_metrics should hold it, derived from the source tables by the view
 * the triggers use too (migration 0006): the effective-stakes rule is written there once.
 */
const FRESH_CALL_METRICS = `SELECT ${CALL_METRICS_COLUMNS} FROM call_metrics_source`

/** call_metrics added up per day and rep, the way the triggers add each row. */
const FRESH_DAY_COUNTS = `
  SELECT call_date AS day, rep_id,
    COUNT(*) AS calls,
    SUM(planned_role IS NOT NULL) AS prebriefed,
    SUM(actual_role IS NOT NULL) AS debriefed,
    SUM(actual_role IS 'visiting_dignitary') AS role_visiting_dignitary,
    SUM(actual_role IS 'depth_and_breadth') AS role_depth_and_breadth,
    SUM(actual_role IS 'technical_expert') AS role_technical_expert,
    SUM(actual_role IS 'crutch') AS role_crutch,
    SUM(actual_role IS NOT NULL AND planned_role IS NOT NULL) AS planned_debriefed,
    SUM(actual_role IS NOT NULL AND actual_role IS planned_role) AS kept_to_plan,
    SUM(actual_role IS 'crutch' AND planned_role IS NOT NULL AND planned_role IS NOT 'crutch') AS slips,
    SUM(actual_role IS 'crutch' AND sidewalk = 1) AS avoidable_rescues,
    SUM(CASE WHEN asks IS NOT NULL AND tells IS NOT NULL THEN asks ELSE 0 END) AS asks,
    SUM(CASE WHEN asks IS NOT NULL AND tells IS NOT NULL THEN tells ELSE 0 END) AS tells
  FROM call_metrics
  GROUP BY call_date, rep_id`

const DAY_COUNT_COLUMNS =
  'day, rep_id, calls, prebriefed, debriefed, role_visiting_dignitary, role_depth_and_breadth, role_technical_expert, ' +
  'role_crutch, planned_debriefed, kept_to_plan, slips, avoidable_rescues, asks, tells'

const ROLE_PAIRS = ROLES.flatMap((planned) => ROLES.map((actual) => ({ planned, actual, column: rolePairColumn(planned, actual) })))

/** The calls with a planned and a played role, counted per day, rep and pair of roles. */
const FRESH_ROLE_PAIRS = `
  SELECT call_date AS day, rep_id, COUNT(*) AS calls,
    ${ROLE_PAIRS.map(({ planned, actual, column }) => `SUM(planned_role IS '${planned}' AND actual_role IS '${actual}') AS ${column}`).join(',\n    ')}
  FROM call_metrics
  WHERE planned_role IS NOT NULL AND actual_role IS NOT NULL
  GROUP BY call_date, rep_id`

const ROLE_PAIR_COLUMNS = ['day', 'rep_id', 'calls', ...ROLE_PAIRS.map(({ column }) => column)].join(', ')

const differences = (fresh: string, stored: string, key: string) => `
  SELECT ${key} AS key FROM (${fresh} EXCEPT ${stored})
  UNION
  SELECT ${key} AS key FROM (${stored} EXCEPT ${fresh})
  ORDER BY 1
  LIMIT 20`

export function verifyMetricCounts(db: Database.Database): string[] {
  const calls = db
    .prepare<[], { key: string }>(
      differences(FRESH_CALL_METRICS, `SELECT ${CALL_METRICS_COLUMNS} FROM call_metrics`, 'call_id'),
    )
    .all()
  const days = db
    .prepare<[], { key: string }>(
      differences(FRESH_DAY_COUNTS, `SELECT ${DAY_COUNT_COLUMNS} FROM call_day_counts`, "day || ' ' || rep_id"),
    )
    .all()
  const pairs = db
    .prepare<[], { key: string }>(
      differences(FRESH_ROLE_PAIRS, `SELECT ${ROLE_PAIR_COLUMNS} FROM call_day_role_pairs`, "day || ' ' || rep_id"),
    )
    .all()
  return [
    ...calls.map((row) => `The metrics row of call "${row.key}" does not match the call`),
    ...days.map((row) => `The metric counts of ${row.key} do not match its calls`),
    ...pairs.map((row) => `The planned and played roles of ${row.key} do not match its calls`),
  ]
}

/** Recounts everything (the triggers add each call back as it is inserted). */
export function rebuildMetricCounts(db: Database.Database): void {
  db.transaction(() => {
    db.exec('DELETE FROM call_day_counts; DELETE FROM call_day_role_pairs; DELETE FROM call_metrics;')
    db.exec(`INSERT INTO call_metrics (${CALL_METRICS_COLUMNS}) ${FRESH_CALL_METRICS}`)
  }).immediate()
}
