import type Database from 'better-sqlite3-multiple-ciphers'
import type { Outcome } from '../../../shared/domain'
import type { ReminderCall, ReminderSettings } from '../../../shared/reminders'
import { IN_JSON_LIST, jsonList } from './columns'

/**
 * What reminders read and keep (migrations 0008, 0010 and reminder_candidates): the candidate calls and their details, the reminder choices of the
 * settings row, and the keys of the reminders a notification announced. Which candidates are due
 * is decided by shared/reminders.ts; the SQL only leaves out what can never remind (cancelled
 * calls, archived reps, calls fully debriefed, calls after the next working day).
 */
type CallRow = {
  id: string
  rep_id: string
  rep_name: string
  call_date: string
  call_time: string | null
  account: string | null
  has_prebrief: number
  has_debrief: number
  outcome: Outcome | null
}
type SettingsRow = { remind_debriefs: number; remind_prebriefs: number; remind_skills: number; reminder_notifications: number }

const SETTING_COLUMNS: Record<keyof ReminderSettings, keyof SettingsRow> = {
  debriefs: 'remind_debriefs',
  prebriefs: 'remind_prebriefs',
  skills: 'remind_skills',
  notifications: 'reminder_notifications',
}

export function createRemindersRepository(db: Database.Database) {
  // Held calls not (fully) debriefed, and calls up to `until` with neither brief. Read from the two
  // partial indexes of migration 0010 — calls with no debrief (their metrics row has no role
  // played), debriefs with no outcome — never by scanning every call. CROSS JOIN keeps SQLite from
  // starting at the calls instead (it chose to scan them by day, 0.25-0.5 s at 100,000 calls).
  // A call before today with no debrief is read from the index alone (migration reminder_candidates: day, rep,
  // planned role): call_metrics has no row for a cancelled call, and its planned role is there
  // exactly when a pre-brief is. Visiting the calls table for each of them (thousands in an old
  // journal) was most of the read; their account and time are read for the few reminders shown
  // (`callDetails`). From today on, where the pre-brief reminders are ordered by time, the call's
  // row is read.
  const calls = db.prepare<{ today: string; until: string }, CallRow>(
    `SELECT m.call_id AS id, m.rep_id, r.name AS rep_name, m.call_date, NULL AS call_time, NULL AS account,
       m.planned_role IS NOT NULL AS has_prebrief, 0 AS has_debrief, NULL AS outcome
     FROM call_metrics m INDEXED BY call_metrics_without_debrief
     JOIN reps r ON r.id = m.rep_id
     WHERE m.actual_role IS NULL AND m.call_date < @today AND r.archived = 0
     UNION ALL
     SELECT c.id, c.rep_id, r.name AS rep_name, c.call_date, c.call_time, c.account,
       p.call_id IS NOT NULL AS has_prebrief, 0 AS has_debrief, NULL AS outcome
     FROM call_metrics m INDEXED BY call_metrics_without_debrief
     CROSS JOIN calls c ON c.id = m.call_id
     JOIN reps r ON r.id = c.rep_id
     LEFT JOIN prebriefs p ON p.call_id = c.id
     WHERE m.actual_role IS NULL AND m.call_date >= @today AND m.call_date <= @until AND c.cancelled = 0 AND r.archived = 0
       AND (c.call_date <= @today OR p.call_id IS NULL)
     UNION ALL
     SELECT c.id, c.rep_id, r.name AS rep_name, c.call_date, c.call_time, c.account,
       p.call_id IS NOT NULL AS has_prebrief, 1 AS has_debrief, d.outcome
     FROM debriefs d INDEXED BY debriefs_without_outcome
     CROSS JOIN calls c ON c.id = d.call_id
     JOIN reps r ON r.id = c.rep_id
     LEFT JOIN prebriefs p ON p.call_id = c.id
     WHERE d.outcome IS NULL AND c.cancelled = 0 AND r.archived = 0 AND c.call_date <= @today`,
  )
  const details = db.prepare<[string], { id: string; call_time: string | null; account: string | null }>(
    `SELECT id, call_time, account FROM calls WHERE id IN ${IN_JSON_LIST}`,
  )
  const skillInputsVersion = db.prepare<[], number>('SELECT version FROM skill_inputs_version WHERE id = 1').pluck()
  const activeReps = db.prepare<[], { id: string; name: string }>('SELECT id, name FROM reps WHERE archived = 0 ORDER BY name, id')
  const readSettings = db.prepare<[], SettingsRow>(
    'SELECT remind_debriefs, remind_prebriefs, remind_skills, reminder_notifications FROM settings WHERE id = 1',
  )
  const noticeKeys = db.prepare<[], string>('SELECT key FROM reminder_notices').pluck()
  const addNotice = db.prepare<{ key: string; at: string }>('INSERT OR IGNORE INTO reminder_notices (key, notified_at) VALUES (@key, @at)')
  const dropNotice = db.prepare<[string]>('DELETE FROM reminder_notices WHERE key = ?')

  return {
    /**
     * The calls that may remind at `today`, as the rules read them. A call before today with no
     * debrief comes without its account and time (null): fill them in with `callDetails` where a
     * reminder is shown.
     */
    candidateCalls: (today: string, until: string): ReminderCall[] =>
      calls.all({ today, until }).map((row) => ({
        callId: row.id,
        repId: row.rep_id,
        repName: row.rep_name,
        repArchived: false,
        date: row.call_date,
        time: row.call_time,
        account: row.account,
        cancelled: false,
        hasPrebrief: row.has_prebrief === 1,
        debrief: row.has_debrief === 1 ? { outcome: row.outcome } : null,
      })),
    /** The account and time of these calls, by id (one statement, however many). */
    callDetails: (callIds: Iterable<string>): Map<string, { time: string | null; account: string | null }> =>
      new Map(details.all(jsonList(callIds)).map((row) => [row.id, { time: row.call_time, account: row.account }])),
    activeReps: () => activeReps.all(),
    /** Moves whenever anything a skill's progress is worked out from may have changed (migration 0010). */
    skillInputsVersion: (): number => skillInputsVersion.get() ?? 0,
    settings(): ReminderSettings {
      const row = readSettings.get()
      if (!row) throw new Error('The settings row is missing; run `coachbook check`')
      return {
        debriefs: row.remind_debriefs === 1,
        prebriefs: row.remind_prebriefs === 1,
        skills: row.remind_skills === 1,
        notifications: row.reminder_notifications === 1,
      }
    },
    saveSettings(settings: ReminderSettings, at: string): void {
      const sets = (Object.keys(SETTING_COLUMNS) as (keyof ReminderSettings)[]).map((name) => `${SETTING_COLUMNS[name]} = @${name}`)
      db.prepare(`UPDATE settings SET ${sets.join(', ')}, updated_at = @at WHERE id = 1`).run({
        debriefs: Number(settings.debriefs),
        prebriefs: Number(settings.prebriefs),
        skills: Number(settings.skills),
        notifications: Number(settings.notifications),
        at,
      })
    },
    noticeKeys: () => new Set(noticeKeys.all()),
    addNotice: (key: string, at: string) => addNotice.run({ key, at }),
    dropNotice: (key: string) => dropNotice.run(key),
  }
}
export type RemindersRepository = ReturnType<typeof createRemindersRepository>
