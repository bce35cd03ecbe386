-- Fewer indexes holding the same answers (issue 13, "database size": < 3 KB per call at 100,000
-- calls; docs/performance.md, "Database size and import, stop 21").
-- coachbook: rebuild after
--
-- Each index below is a prefix of another index on the same table (every read it served, the
-- longer one serves the same way), one of two narrow indexes read by the same key, or serves only
-- a count the search can make by reading its records:
--
--   calls_by_rep_date (rep_id, call_date)          a prefix of calls_by_rep_overview (0003).  3.4 MB
--   coaching_sessions_by_date (session_date)       a prefix of coaching_sessions_kind_by_date,
--   coaching_sessions_by_rep_date (rep_id, …)      and of coaching_sessions_kind_by_rep_date (0002).  1.5 MB
--   prebriefs_skill_focus (call_id, skill_focus),  both read one pre-brief by its call: one index
--   prebriefs_takeover_risk (call_id, takeover_risk) holds both columns.  2.4 MB
--   search_records_by_rep_day (rep_id, day, time)  the search filtered by rep (0003). A page of it,
--                                                  newest first, is read from search_records_by_day
--                                                  (stopping at the page's end) or from the matches;
--                                                  only the count of one rep's records with no words
--                                                  typed now reads the records (13 ms at 100,000
--                                                  calls on a loaded machine, was 2 ms).  5.0 MB
--
-- Kept on purpose: call_metrics_by_rep_date (0005), the same columns as call_metrics_by_date led by
-- the rep. Without it one rep's Insights over all time read every call's entry: a calibration
-- 17 → 55 ms, a rescue count 1 → 11 ms at 100,000 calls, eight such statements per period.
--
-- At 100,000 calls the journal loses about 12 MB once rebuilt (dropping an index frees whole
-- pages, which only a rebuild gives back to the disk). The statements that named a dropped index
-- (INDEXED BY, electron/core/services/insights/chartsSql.ts and overview/repOverviewQueries.ts)
-- name the index that replaces it; test/unit/electron/core/db/leanerIndexes.test.ts holds every
-- chart read to an index and the answers to a journal written at this version.

DROP INDEX calls_by_rep_date;
DROP INDEX coaching_sessions_by_date;
DROP INDEX coaching_sessions_by_rep_date;
DROP INDEX prebriefs_skill_focus;
DROP INDEX prebriefs_takeover_risk;
CREATE INDEX prebriefs_focus_and_risk ON prebriefs (call_id, skill_focus, takeover_risk);
DROP INDEX search_records_by_rep_day;
