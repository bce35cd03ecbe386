import { ROLES, type Role } from '../../../../shared/domain'
import type { CadenceGrain, ChartGrain } from '../../../../shared/insights'
import { CALIBRATION_BIN_WIDTH, CALIBRATION_BINS, SCATTER_TIME_BINS, SCATTER_VALUE_BINS } from '../../../../shared/insights'
import { isoWeekSql } from './metricsSql'

/**
 * The statements behind `insights.charts` and `insights.crutchCalls`. Everything is added up in
 * SQLite: per-day-and-rep counts come from `call_day_counts` (0002), single calls from
 * `call_metrics` through its own key (rep, day, call; migration 0017), sessions from the covering
 * indexes of 0002 (named, so the planner cannot wander off to the wide tables). Each answers a bounded number of
 * rows whatever the journal's size (except `dailyRescues`: one row per day with a debrief). The role
 * matrix reads its per-day-and-rep counts (`call_day_role_pairs`, migration 0011).
 *
 * Named parameters: @from, @to, @heldTo and, in the per-rep variants, @repId. A debrief counts
 * from its call's day (shared/callTiming.ts, `heldUntil`): every statement that reads debriefs
 * stops at @heldTo, the earlier of @to and the report's as-of day, so a debrief imported onto a
 * call dated after today counts nowhere until that day comes — as in the metrics, Home and print.
 */

/**
 * `call_metrics` is its own index (migration 0017): a WITHOUT ROWID table keyed by rep, day and
 * call, so every read of a period is a range of its key — one rep's, or each rep's in turn for the
 * team (`rep_id IN` every rep: each call_metrics row has its call's rep, and a rep with calls is
 * never deleted). NOT INDEXED keeps the planner on that key: the table's other indexes (by call,
 * the calls waiting for a debrief) would read the rows again.
 */
const metricsIndex = (alias = 'call_metrics') => `call_metrics AS ${alias} NOT INDEXED`
const metricsReps = (byRep: boolean, column = 'rep_id') =>
  byRep ? `AND ${column} = @repId` : `AND ${column} IN (SELECT id FROM reps)`
const repFilter = (byRep: boolean, column = 'rep_id') => (byRep ? `AND ${column} = @repId` : '')

/** A day column turned into its bucket key. */
export function bucketSql(grain: ChartGrain | CadenceGrain, day: string): string {
  if (grain === 'week') return isoWeekSql(day)
  return grain === 'month' ? `substr(${day}, 1, 7)` : `substr(${day}, 1, 4)`
}

/** Debriefs and rescues per day from @windowFrom to @heldTo, for the rolling rescue rate. */
export const dailyRescuesSql = (byRep: boolean) => `
  SELECT day, SUM(debriefed) AS debriefed, SUM(role_crutch) AS rescues
  FROM call_day_counts
  WHERE day BETWEEN @windowFrom AND @heldTo ${repFilter(byRep)}
  GROUP BY day
  HAVING SUM(debriefed) > 0
  ORDER BY day`

/** The column of `call_day_role_pairs` (migration 0011) counting calls planned as one role and played as another. */
export const rolePairColumn = (planned: Role, actual: Role) => `planned_${planned}_played_${actual}`

/**
 * Planned role × actual role over debriefed calls that had a pre-brief: one row of sixteen sums
 * over the per-day-and-rep counts of 0011 (a few thousand rows over all time, where counting the
 * calls themselves visited some 73,000 at 100,000 calls).
 */
export const roleMatrixSql = (byRep: boolean) => `
  SELECT ${ROLES.flatMap((planned) => ROLES.map((actual) => `SUM(${rolePairColumn(planned, actual)}) AS ${rolePairColumn(planned, actual)}`)).join(', ')}
  FROM call_day_role_pairs
  WHERE day BETWEEN @from AND @heldTo ${repFilter(byRep)}`

const rescuesWhere = (byRep: boolean) =>
  `call_date BETWEEN @from AND @heldTo ${metricsReps(byRep)} AND actual_role = 'crutch'`

export const rescueTotalsSql = (byRep: boolean) => `
  SELECT COUNT(*) AS rescues, COUNT(deal_value) AS withValue, COALESCE(SUM(sidewalk), 0) AS avoidable,
    MAX(deal_value) AS maxValue
  FROM ${metricsIndex()}
  WHERE ${rescuesWhere(byRep)}`

/** Every rescue with a deal value, when there are few enough to draw one by one. */
export const rescuePointsSql = (byRep: boolean) => `
  SELECT call_id AS callId, julianday(call_date) - julianday(@from) AS x, deal_value AS y, sidewalk, 1 AS count
  FROM ${metricsIndex()}
  WHERE ${rescuesWhere(byRep)} AND deal_value IS NOT NULL
  ORDER BY call_date, call_id`

/**
 * Rescues binned on a SCATTER_TIME_BINS × SCATTER_VALUE_BINS grid, apart by stakes, each bin
 * drawn at the mean day and mean deal value of its calls. @dayWidth and @valueWidth are the bin
 * sizes (both > 0).
 */
export const rescueBinsSql = (byRep: boolean) => `
  SELECT NULL AS callId, AVG(julianday(call_date) - julianday(@from)) AS x, AVG(deal_value) AS y, sidewalk,
    COUNT(*) AS count
  FROM ${metricsIndex()}
  WHERE ${rescuesWhere(byRep)} AND deal_value IS NOT NULL
  GROUP BY MIN(${SCATTER_TIME_BINS - 1}, CAST((julianday(call_date) - julianday(@from)) / @dayWidth AS INTEGER)),
    MIN(${SCATTER_VALUE_BINS - 1}, CAST(deal_value / @valueWidth AS INTEGER)),
    sidewalk
  ORDER BY x`

/**
 * Debriefed calls with a predicted takeover chance, by bin of that chance. The chance is the
 * pre-brief's, kept in call_metrics beside the planned role (migration 0018): the period's range
 * of the key is all this reads (joined to the pre-briefs it took 46 ms over all time at 100,000 calls).
 */
export const calibrationSql = (byRep: boolean) => `
  SELECT MIN(${CALIBRATION_BINS - 1}, takeover_risk / ${CALIBRATION_BIN_WIDTH}) AS bin,
    COUNT(*) AS calls, SUM(actual_role = 'crutch') AS rescues, SUM(takeover_risk) AS predicted
  FROM ${metricsIndex()}
  WHERE call_date BETWEEN @from AND @heldTo ${metricsReps(byRep)}
    AND actual_role IS NOT NULL AND planned_role IS NOT NULL AND takeover_risk IS NOT NULL
  GROUP BY 1`

/** Coaching sessions and debriefed calls per rep and heatmap column. */
export const cadenceSql = (byRep: boolean, grain: CadenceGrain) => `
  WITH fine AS (
    SELECT day, rep_id, 0 AS sessions, debriefed AS debriefs
    FROM call_day_counts
    WHERE day BETWEEN @from AND @heldTo ${repFilter(byRep)} AND debriefed > 0
    UNION ALL
    SELECT session_date, rep_id, COUNT(*), 0
    FROM coaching_sessions INDEXED BY ${byRep ? 'coaching_sessions_kind_by_rep_date' : 'coaching_sessions_kind_by_date'}
    WHERE session_date BETWEEN @from AND @to ${repFilter(byRep)}
    GROUP BY session_date, rep_id
  )
  SELECT rep_id AS repId, ${bucketSql(grain, 'day')} AS bucket, SUM(sessions) AS sessions, SUM(debriefs) AS debriefs
  FROM fine
  GROUP BY 1, 2`

/** Debriefs and rescues per rep and chart bucket: each rep's self-sufficiency over time. */
export const repTrendSql = (byRep: boolean, grain: ChartGrain) => `
  SELECT rep_id AS repId, ${bucketSql(grain, 'day')} AS bucket, SUM(debriefed) AS debriefed, SUM(role_crutch) AS rescues
  FROM call_day_counts
  WHERE day BETWEEN @from AND @heldTo ${repFilter(byRep)} AND debriefed > 0
  GROUP BY 1, 2`

/** Asks and tells per chart bucket over the period's sessions that recorded both (docs/metrics-sessions.md). */
export const sessionTalkSql = (byRep: boolean, grain: ChartGrain) => `
  SELECT ${bucketSql(grain, 'session_date')} AS bucket, COUNT(*) AS sessions, SUM(asks) AS asks, SUM(tells) AS tells
  FROM coaching_sessions INDEXED BY ${byRep ? 'coaching_sessions_kind_by_rep_date' : 'coaching_sessions_kind_by_date'}
  WHERE session_date BETWEEN @from AND @to ${repFilter(byRep)} AND asks IS NOT NULL AND tells IS NOT NULL
  GROUP BY 1`

/** Reps on the heatmap and small multiples: active ones, and archived ones with something in the period. */
export const chartRepsSql = (byRep: boolean) => `
  SELECT id, name, archived FROM reps
  WHERE ${byRep ? 'id = @repId' : `archived = 0
    OR EXISTS (SELECT 1 FROM call_day_counts WHERE rep_id = reps.id AND day BETWEEN @from AND @to)
    OR EXISTS (SELECT 1 FROM coaching_sessions INDEXED BY coaching_sessions_kind_by_rep_date
               WHERE rep_id = reps.id AND session_date BETWEEN @from AND @to)`}
  ORDER BY name, id`

export const crutchCountSql = (byRep: boolean) => `
  SELECT COUNT(*) AS total FROM ${metricsIndex()} WHERE ${rescuesWhere(byRep)}`

/**
 * The metrics of a newest-first list. One rep's calls are a range of call_metrics' key, read
 * backwards. The team's are each rep's range, which SQLite cannot merge in day order: it would read
 * the whole period and sort it (0.4 → 71 ms over all time at 100,000 calls for the rescues, 0.6 →
 * 214 ms for the lessons). So the team's list walks the days that have calls newest first (the key
 * of call_day_counts, a row per day and rep with a call in call_metrics, kept by its triggers) and
 * reads each day's calls of each rep from the key, stopping at the page's end. `day` is the column
 * to order by (the same day either way).
 */
const newestFirstMetrics = (byRep: boolean, dayCounts = '') =>
  byRep
    ? { from: metricsIndex('m'), where: 'm.call_date BETWEEN @from AND @heldTo AND m.rep_id = @repId', day: 'm.call_date' }
    : {
        from: `call_day_counts AS k CROSS JOIN ${metricsIndex('m')} ON m.rep_id = k.rep_id AND m.call_date = k.day`,
        where: `k.day BETWEEN @from AND @heldTo ${dayCounts}`,
        day: 'k.day',
      }

/** The period's rescues, newest first, with what the list shows of each call. */
export const crutchCallsSql = (byRep: boolean) => {
  const metrics = newestFirstMetrics(byRep, 'AND k.role_crutch > 0')
  return `
  SELECT m.call_id AS id, m.call_date AS date, m.rep_id AS repId, r.name AS repName, c.account, c.opportunity,
    m.deal_value AS dealValue, m.sidewalk, m.planned_role AS plannedRole
  FROM ${metrics.from}
  JOIN calls AS c ON c.id = m.call_id
  JOIN reps AS r ON r.id = m.rep_id
  WHERE ${metrics.where} AND m.actual_role = 'crutch'
  ORDER BY ${metrics.day} DESC, c.call_time DESC, m.call_id DESC
  LIMIT @limit`
}

/** The journal's first and last day with a call or session (both indexed, so four lookups). */
export const spanSql = `
  SELECT MIN(day) AS first, MAX(day) AS last FROM (
    SELECT MIN(day) AS day FROM call_day_counts UNION ALL SELECT MAX(day) FROM call_day_counts
    UNION ALL SELECT MIN(session_date) FROM coaching_sessions UNION ALL SELECT MAX(session_date) FROM coaching_sessions
  )`

/**
 * Lost sidewalk deals that became lessons (docs/metrics-story.md; `isSidewalkLesson` in
 * shared/insights.ts is the same rule, held equal by a test): held calls in the period, lost,
 * on sidewalk stakes, where the manager played another role than the crutch, whose debrief
 * records a lesson. Newest first.
 */
const SIDEWALK_LESSONS_WHERE = (byRep: boolean) => `
  WHERE m.call_date BETWEEN @from AND @heldTo ${metricsReps(byRep, 'm.rep_id')}
    AND m.sidewalk = 1 AND m.actual_role IS NOT NULL AND m.actual_role <> 'crutch'
    AND d.outcome = 'lost' AND trim(ifnull(d.lesson, '')) <> ''`

/**
 * How many there are. Every call of the period on sidewalk stakes the rep carried is a candidate
 * (about 40,000 over three years of 100,000 calls); each is looked up in the partial index of
 * migration 0016, which holds only the lost debriefs that record a lesson, so no debrief row is
 * read (issue 13: 18 → 6.5 ms of CPU at 12 months, 52 → 18 ms over all time, at 100,000 calls).
 * The index's condition is the one in SIDEWALK_LESSONS_WHERE, word for word: SQLite uses a partial
 * index only when the query's WHERE implies it. The count needs neither the call's account nor the
 * rep's name, so it joins neither table (every call_metrics row has both).
 */
export const sidewalkLessonCountSql = (byRep: boolean) => `
  SELECT COUNT(*) AS total
  FROM ${metricsIndex('m')}
  JOIN debriefs AS d INDEXED BY debriefs_sidewalk_lessons ON d.call_id = m.call_id
  ${SIDEWALK_LESSONS_WHERE(byRep)}`

export const sidewalkLessonsSql = (byRep: boolean) => {
  const metrics = newestFirstMetrics(byRep, 'AND k.debriefed > 0')
  return `
  SELECT m.call_id AS id, m.call_date AS date, m.rep_id AS repId, r.name AS repName, c.account, c.opportunity,
    m.deal_value AS dealValue, m.actual_role AS actualRole, d.lesson
  FROM ${metrics.from}
  JOIN debriefs AS d ON d.call_id = m.call_id
  JOIN calls AS c ON c.id = m.call_id
  JOIN reps AS r ON r.id = m.rep_id
  WHERE ${metrics.where}
    AND m.sidewalk = 1 AND m.actual_role IS NOT NULL AND m.actual_role <> 'crutch'
    AND d.outcome = 'lost' AND trim(ifnull(d.lesson, '')) <> ''
  ORDER BY ${metrics.day} DESC, c.call_time DESC, m.call_id DESC
  LIMIT @limit`
}
