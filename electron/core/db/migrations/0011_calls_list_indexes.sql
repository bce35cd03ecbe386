-- Issue 14 item 8: every page of the calls list cheap in the date and deal-value orders, the
-- middle of 100,000 calls included (docs/performance.md, "The calls list at 100,000 calls, again";
-- electron/core/db/calls.ts reads a page's keys first, then its rows by rowid).
--
-- Each index holds the whole order of its sort, down to the id that makes it total
-- (callListOrder.ts), so a page's keys are read from the index alone: no sort of the calls, and
-- only the index entries the page skips are walked. Read backwards it gives the reverse order,
-- which a page in the far half of the list is read in. Measured on a copy of the 100,000-call
-- journal: a middle page of the deal-value order 104–118 ms of CPU → 0.4–1.4 ms, of the date
-- order 14–20 ms → 0.5 ms; the two indexes take 14.5 MB (≈ 145 bytes a call), built in 0.25 s.
--
--   calls_list_by_date   call_date, call_time, created_at, id: newest and oldest first, and the
--                        ranges on call_date the other screens read. It takes over from
--                        calls_by_date (call_date, call_time), a prefix of it, which goes.
--   calls_list_by_value  deal_value, then the date order: largest or smallest deal first (a call
--                        without a value last either way; SQLite reads the NULLs from the other end).
--
-- A filter that reads other columns (stakes, role, waiting for a debrief) and the rep order still
-- walk the matching calls.

CREATE INDEX calls_list_by_date ON calls (call_date, call_time, created_at, id);
CREATE INDEX calls_list_by_value ON calls (deal_value, call_date, call_time, created_at, id);
DROP INDEX calls_by_date;
