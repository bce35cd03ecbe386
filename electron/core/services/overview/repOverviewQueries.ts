import type Database from 'better-sqlite3-multiple-ciphers'
import type { LostDealLesson } from '../../../../shared/coaching'
import type { DrillType, RootCause, SessionKind } from '../../../../shared/domain'
import type { CoachingSession } from '../../../../shared/entities'
import { SESSION_COLUMNS, sessionFromRow, type SessionRow } from '../../db/sessions'
import { CALL_SUMMARY_COLUMNS, CALL_SUMMARY_FROM, type CallSummaryRow } from './callSummaries'

/**
 * The reads behind one rep's overview. Cancelled calls did not happen: they appear on the
 * timeline (marked cancelled) but feed no skill, lesson or count. The aggregates name the narrow
 * indexes of migration 0003 (INDEXED BY): left to itself SQLite looks debriefs up by their unique
 * key and reads each wide row, notes and all, for a couple of short columns.
 */

/** One debriefed call of a rep, as the skill rules need it (shared/skills.ts). */
export type SkillDebrief = {
  callId: string
  date: string
  /** The pre-brief's skill to observe on this call. */
  skillFocus: string | null
  skillObserved: boolean | null
  skillToDrill: string | null
  drillType: DrillType | null
  drillReps: number | null
}

type SkillRow = {
  call_id: string
  call_date: string
  skill_focus: string | null
  skill_observed: number | null
  skill_to_drill: string | null
  drill_type: DrillType | null
  drill_reps: number | null
}
type LessonRow = { call_id: string; call_date: string; account: string | null; opportunity: string | null; lesson: string }

export function createRepOverviewQueries(db: Database.Database) {
  /** Newest first, the order calls.list uses. */
  const calls = db.prepare<{ repId: string; limit: number }, CallSummaryRow>(
    `SELECT ${CALL_SUMMARY_COLUMNS} FROM ${CALL_SUMMARY_FROM}
     WHERE c.rep_id = @repId
     ORDER BY c.call_date DESC, c.call_time DESC NULLS LAST, c.created_at DESC, c.id DESC
     LIMIT @limit`,
  )
  const sessions = db.prepare<{ repId: string; limit: number }, SessionRow>(
    `SELECT ${SESSION_COLUMNS}
     FROM coaching_sessions
     WHERE rep_id = @repId ORDER BY session_date DESC, created_at DESC, id DESC LIMIT @limit`,
  )
  const totals = db.prepare<[string, string], { n: number }>(
    `SELECT (SELECT COUNT(*) FROM calls WHERE rep_id = ?) + (SELECT COUNT(*) FROM coaching_sessions WHERE rep_id = ?) AS n`,
  )
  /**
   * Oldest first, as the skill loop reads them: by call day and time (a call without a time
   * before the timed ones that day), then by when the debrief was completed.
   */
  const skillDebriefs = db.prepare<[string], SkillRow>(
    `SELECT c.id AS call_id, c.call_date, p.skill_focus, d.skill_observed, d.skill_to_drill, d.drill_type, d.drill_reps
     FROM calls c
     JOIN debriefs d INDEXED BY debriefs_overview ON d.call_id = c.id
     LEFT JOIN prebriefs p INDEXED BY prebriefs_focus_and_risk ON p.call_id = c.id
     WHERE c.rep_id = ? AND c.cancelled = 0 AND (d.skill_to_drill IS NOT NULL OR d.skill_observed = 1)
     ORDER BY c.call_date, c.call_time NULLS FIRST, d.completed_at NULLS FIRST, c.created_at, c.id`,
  )
  // Debriefs count from their call's day (shared/callTiming.ts): @today bounds each read of them.
  const lessons = db.prepare<{ repId: string; today: string; limit: number }, LessonRow>(
    `SELECT c.id AS call_id, c.call_date, c.account, c.opportunity, d.lesson
     FROM calls c JOIN debriefs d ON d.call_id = c.id
     WHERE c.rep_id = @repId AND c.cancelled = 0 AND c.call_date <= @today AND d.outcome = 'lost' AND trim(ifnull(d.lesson, '')) <> ''
     ORDER BY c.call_date DESC, c.call_time DESC NULLS LAST, c.created_at DESC, c.id DESC
     LIMIT @limit`,
  )
  const rootCauses = db.prepare<[string, string], { root_cause: RootCause; n: number }>(
    `SELECT d.root_cause, COUNT(*) AS n FROM calls c JOIN debriefs d INDEXED BY debriefs_overview ON d.call_id = c.id
     WHERE c.rep_id = ? AND c.cancelled = 0 AND c.call_date <= ? AND d.root_cause IS NOT NULL GROUP BY d.root_cause`,
  )
  const month = db.prepare<{ repId: string; from: string; to: string }, { debriefed: number; rescues: number | null }>(
    `SELECT COUNT(*) AS debriefed, SUM(d.actual_role = 'crutch') AS rescues
     FROM calls c JOIN debriefs d INDEXED BY debriefs_overview ON d.call_id = c.id
     WHERE c.rep_id = @repId AND c.cancelled = 0 AND c.call_date BETWEEN @from AND @to`,
  )
  /** Sessions that name a skill: each one a repetition of it. */
  const skillSessions = db.prepare<[string], { id: string; date: string; skill: string }>(
    `SELECT id, session_date AS date, skill FROM coaching_sessions
     WHERE rep_id = ? AND trim(ifnull(skill, '')) <> '' ORDER BY session_date, id`,
  )
  const sessionKinds = db.prepare<[string], { kind: SessionKind; n: number }>(
    'SELECT kind, COUNT(*) AS n FROM coaching_sessions WHERE rep_id = ? GROUP BY kind',
  )

  return {
    calls: (repId: string, limit: number) => calls.all({ repId, limit }),
    sessions: (repId: string, limit: number): CoachingSession[] =>
      sessions.all({ repId, limit }).map((row) => sessionFromRow(row)),
    timelineTotal: (repId: string) => totals.get(repId, repId)?.n ?? 0,
    skillDebriefs: (repId: string): SkillDebrief[] =>
      skillDebriefs.all(repId).map((row) => ({
        callId: row.call_id,
        date: row.call_date,
        skillFocus: row.skill_focus,
        skillObserved: row.skill_observed === null ? null : row.skill_observed === 1,
        skillToDrill: row.skill_to_drill,
        drillType: row.drill_type,
        drillReps: row.drill_reps,
      })),
    lostDealLessons: (repId: string, today: string, limit: number): LostDealLesson[] =>
      lessons.all({ repId, today, limit }).map((row) => ({
        callId: row.call_id,
        date: row.call_date,
        account: row.account,
        opportunity: row.opportunity,
        lesson: row.lesson,
      })),
    rootCauses: (repId: string, today: string) => rootCauses.all(repId, today),
    month: (repId: string, from: string, to: string) => {
      const row = month.get({ repId, from, to })
      return { debriefed: row?.debriefed ?? 0, rescues: row?.rescues ?? 0 }
    },
    sessionKinds: (repId: string) => sessionKinds.all(repId),
    skillSessions: (repId: string) => skillSessions.all(repId),
  }
}
export type RepOverviewQueries = ReturnType<typeof createRepOverviewQueries>
