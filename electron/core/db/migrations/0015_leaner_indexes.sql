-- Fewer indexes holding the same answers (issue 13, "database size": < 3 KB per call at 100,000
-- calls; docs/performance.md, "Database size, stop 21").
-- coachbook: rebuild after
--
-- Each index below is either a prefix of another index on the same table (every read it served,
-- the longer one serves the same way) or one of two narrow indexes read by the same key:
--
--   calls_by_rep_date (rep_id, call_date)          a prefix of calls_by_rep_overview (0003).  3.4 MB
--   coaching_sessions_by_date (session_date)       a prefix of coaching_sessions_kind_by_date,
--   coaching_sessions_by_rep_date (rep_id, …)      and of coaching_sessions_kind_by_rep_date (0002).  1.5 MB
--   call_metrics_by_rep_date (rep_id, call_date, …) the same columns as call_metrics_by_date
--                                                  (0005), led by the rep: a chart of one rep now reads
--                                                  the period's entries of call_metrics_by_date and
--                                                  keeps that rep's (rep_id is in the index, so it
--                                                  still never visits the table). 8.3 MB
--   prebriefs_skill_focus (call_id, skill_focus),  both read one pre-brief by its call: one index
--   prebriefs_takeover_risk (call_id, takeover_risk) holds both columns.  2.4 MB
--
-- At 100,000 calls the journal loses about 15.6 MB (309.4 → 293.7 MB, 3.09 → 2.94 KB per call),
-- once rebuilt: dropping an index frees whole pages, which only a rebuild gives back to the disk.
-- The statements that named a dropped index (INDEXED BY, electron/core/services/insights/chartsSql.ts
-- and overview/repOverviewQueries.ts) name the index that replaces it;
-- test/unit/electron/core/db/leanerIndexes.test.ts holds every such read to an index.

DROP INDEX calls_by_rep_date;
DROP INDEX coaching_sessions_by_date;
DROP INDEX coaching_sessions_by_rep_date;
DROP INDEX call_metrics_by_rep_date;
DROP INDEX prebriefs_skill_focus;
DROP INDEX prebriefs_takeover_risk;
CREATE INDEX prebriefs_focus_and_risk ON prebriefs (call_id, skill_focus, takeover_risk);
