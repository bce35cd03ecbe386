-- Issue 14, items 4 and 5.
--
-- 1. Skills practised to mastery (docs/skills.md). A skill to drill is still opened by a
--    debrief's "skill to drill"; what the manager decides about it afterwards lives here, one row
--    per rep and skill: a target number of repetitions other than the debrief's, and whether it
--    is mastered or dropped, with the day. Rows are matched to skills by their words
--    (shared/skills.ts `skillKey`: case and spacing ignored), so `skill` holds the words as
--    written and no key is stored that SQL would have to compute the same way.
--
-- 2. Ask and tell in coaching sessions (docs/metrics-sessions.md): a one-on-one or any session
--    where a rep brings a selling challenge records the questions asked, the things told and the
--    diagnosed root cause, as a debrief does for a call.

CREATE TABLE skills (
  id           TEXT PRIMARY KEY,
  rep_id       TEXT NOT NULL REFERENCES reps(id) ON DELETE CASCADE,
  skill        TEXT NOT NULL CHECK (length(trim(skill)) > 0),
  target_reps  INTEGER CHECK (target_reps IS NULL OR target_reps BETWEEN 1 AND 1000),
  status       TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'mastered', 'dropped')),
  -- The day it was marked mastered or dropped; null while open.
  status_on    TEXT CHECK ((status = 'open') = (status_on IS NULL)),
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL
);
CREATE INDEX skills_by_rep ON skills (rep_id);

ALTER TABLE coaching_sessions ADD COLUMN asks INTEGER CHECK (asks IS NULL OR asks >= 0);
ALTER TABLE coaching_sessions ADD COLUMN tells INTEGER CHECK (tells IS NULL OR tells >= 0);
ALTER TABLE coaching_sessions ADD COLUMN root_cause TEXT
  CHECK (root_cause IS NULL OR root_cause IN ('confidence', 'competence', 'unknown_questions', 'fear_of_stump', 'messaging', 'delivery', 'other'));
ALTER TABLE coaching_sessions ADD COLUMN root_cause_note TEXT;

-- Before this version a skill closed by itself once a later debrief, on a call whose pre-brief
-- set out to observe it, recorded it as seen done well. Now seeing it done well counts as a
-- repetition and the manager marks a skill mastered, so the skills the old rule had closed are
-- recorded as mastered on the day of that call: an upgraded journal shows the same open skills
-- as before. Debriefs are ordered as the old rule read them (day, time, completion, entry, id;
-- a missing time or completion first). SQLite's lower() folds ASCII only: a skill whose words
-- differ from the focus by the case of a non-ASCII letter stays open, never the other way.
WITH drilled AS (
  SELECT c.rep_id, trim(d.skill_to_drill) AS skill, lower(trim(d.skill_to_drill)) AS k,
    c.call_date AS day, coalesce(c.call_time, '') AS t, coalesce(d.completed_at, '') AS done, c.created_at AS made, c.id AS id
  FROM calls c JOIN debriefs d ON d.call_id = c.id
  WHERE c.cancelled = 0 AND trim(coalesce(d.skill_to_drill, '')) <> ''
),
observed AS (
  SELECT c.rep_id, lower(trim(p.skill_focus)) AS k,
    c.call_date AS day, coalesce(c.call_time, '') AS t, coalesce(d.completed_at, '') AS done, c.created_at AS made, c.id AS id
  FROM calls c JOIN debriefs d ON d.call_id = c.id JOIN prebriefs p ON p.call_id = c.id
  WHERE c.cancelled = 0 AND d.skill_observed = 1 AND trim(coalesce(p.skill_focus, '')) <> ''
),
last_opening AS (
  SELECT * FROM drilled o
  WHERE NOT EXISTS (
    SELECT 1 FROM drilled n
    WHERE n.rep_id = o.rep_id AND n.k = o.k AND (n.day, n.t, n.done, n.made, n.id) > (o.day, o.t, o.done, o.made, o.id)
  )
)
INSERT INTO skills (id, rep_id, skill, target_reps, status, status_on, created_at, updated_at)
SELECT lower(hex(randomblob(16))), o.rep_id, o.skill, NULL, 'mastered',
  (SELECT MIN(x.day) FROM observed x
   WHERE x.rep_id = o.rep_id AND x.k = o.k AND (x.day, x.t, x.done, x.made, x.id) > (o.day, o.t, o.done, o.made, o.id)),
  strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
FROM last_opening o
WHERE EXISTS (
  SELECT 1 FROM observed x
  WHERE x.rep_id = o.rep_id AND x.k = o.k AND (x.day, x.t, x.done, x.made, x.id) > (o.day, o.t, o.done, o.made, o.id)
);
