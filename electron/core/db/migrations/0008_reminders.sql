-- Issue 14, item 3: reminders (docs/reminders.md).
--
-- Reminders themselves are never stored: they are computed from the journal each time
-- (shared/reminders.ts). Stored are only the manager's choices, in the settings row (each kind can
-- be turned off; desktop notifications from the Electron app), and which reminders a notification
-- already announced, so each is announced once.

ALTER TABLE settings ADD COLUMN remind_debriefs INTEGER NOT NULL DEFAULT 1 CHECK (remind_debriefs IN (0, 1));
ALTER TABLE settings ADD COLUMN remind_prebriefs INTEGER NOT NULL DEFAULT 1 CHECK (remind_prebriefs IN (0, 1));
ALTER TABLE settings ADD COLUMN remind_skills INTEGER NOT NULL DEFAULT 1 CHECK (remind_skills IN (0, 1));
ALTER TABLE settings ADD COLUMN reminder_notifications INTEGER NOT NULL DEFAULT 1 CHECK (reminder_notifications IN (0, 1));

-- One row per reminder a notification announced (its key, shared/reminders.ts). Rows of reminders
-- no longer due are removed at the next check, so the table holds at most the reminders due now.
CREATE TABLE reminder_notices (
  key          TEXT PRIMARY KEY,
  notified_at  TEXT NOT NULL
) WITHOUT ROWID;
