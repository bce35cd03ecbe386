-- Reminders (issue 13; docs/reminders.md), read by the bell after every save: the calls before
-- today with no debrief are read from this index alone, never from call_metrics' rows or the
-- calls table. It holds what the reminders read of such a call — its day, its rep, its planned
-- role (there exactly when a pre-brief is) — and its id (call_metrics is WITHOUT ROWID: its key is
-- in every index); `actual_role` is there only so that SQLite sees the index covers the query's
-- `actual_role IS NULL`. It replaces migration 0010's index of the same name (the day alone).
-- Only calls with no role played are in it: a few thousand at 100,000 calls.
DROP INDEX call_metrics_without_debrief;
CREATE INDEX call_metrics_without_debrief ON call_metrics (call_date, rep_id, planned_role, actual_role)
  WHERE actual_role IS NULL;
