import type Database from 'better-sqlite3-multiple-ciphers'
import type { Outcome } from '../../../shared/domain'
import type { ReminderCall, ReminderSettings } from '../../../shared/reminders'

/**
 * What reminders read and keep (migration 0008): the candidate calls, the reminder choices of the
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
  // Held calls not (fully) debriefed, and calls up to `until` with neither brief. The debrief is
  // read from its covering index (call id and outcome), not its row full of rich text: this visits
  // every held call, and reading their debriefs' rows made it ≈ 3× slower at 100,000 calls.
  const calls = db.prepare<{ today: string; until: string }, CallRow>(
    `SELECT c.id, c.rep_id, r.name AS rep_name, c.call_date, c.call_time, c.account,
       p.call_id IS NOT NULL AS has_prebrief, d.call_id IS NOT NULL AS has_debrief, d.outcome
     FROM calls c
     JOIN reps r ON r.id = c.rep_id
     LEFT JOIN prebriefs p ON p.call_id = c.id
     LEFT JOIN debriefs d INDEXED BY debriefs_overview ON d.call_id = c.id
     WHERE c.cancelled = 0 AND r.archived = 0
       AND ((c.call_date <= @today AND (d.call_id IS NULL OR d.outcome IS NULL))
         OR (c.call_date BETWEEN @today AND @until AND p.call_id IS NULL AND d.call_id IS NULL))`,
  )
  const activeReps = db.prepare<[], { id: string; name: string }>('SELECT id, name FROM reps WHERE archived = 0 ORDER BY name, id')
  const readSettings = db.prepare<[], SettingsRow>(
    'SELECT remind_debriefs, remind_prebriefs, remind_skills, reminder_notifications FROM settings WHERE id = 1',
  )
  const noticeKeys = db.prepare<[], string>('SELECT key FROM reminder_notices').pluck()
  const addNotice = db.prepare<{ key: string; at: string }>('INSERT OR IGNORE INTO reminder_notices (key, notified_at) VALUES (@key, @at)')
  const dropNotice = db.prepare<[string]>('DELETE FROM reminder_notices WHERE key = ?')

  return {
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
    activeReps: () => activeReps.all(),
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
