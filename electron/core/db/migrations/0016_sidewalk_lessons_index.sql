-- The lost debriefs that record a lesson (issue 13): the Insights screen's count of sidewalk
-- lessons ("Lessons from lost sidewalk deals") looked up every candidate call of the period (each
-- sidewalk call the rep carried: about 40,000 over all time at 100,000 calls) in the debriefs'
-- index, then read the wide debrief row of each lost one for its lesson. This partial index holds
-- only the debriefs that can count (lost, with a lesson: about 13,000), so a candidate is settled by
-- one lookup in a small index and no debrief row is read. Its condition is the statement's own,
-- word for word (services/insights/chartsSql.ts, SIDEWALK_LESSONS_WHERE): SQLite uses a partial
-- index only for a query whose WHERE implies the index's. Kept by SQLite itself, like any index,
-- through every edit, import and delete.
CREATE INDEX debriefs_sidewalk_lessons ON debriefs (call_id) WHERE outcome = 'lost' AND trim(ifnull(lesson, '')) <> '';
