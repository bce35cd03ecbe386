-- The planned × played role matrix per day and rep (issue 13): the Insights screen's and the
-- progress report's "Planned and actual roles" chart added up a few thousand day rows instead of
-- visiting every debriefed call of the period (about 73,000 over all time at 100,000 calls).
--
--   call_metrics ──triggers──▶ call_day_role_pairs
--
-- Kept like call_day_counts (0002): call_metrics rows are only ever inserted and deleted (every
-- edit, import, move to another day or rep, cancellation and threshold change goes through a
-- delete and an insert there, migrations 0002 and 0006 and db/derivedWork.ts), so two triggers on
-- call_metrics keep this table exact. A row holds the calls of one day and rep that have both a
-- planned role (pre-brief) and a played role (debrief), counted per pair of roles; it goes when
-- its last such call goes. `coachbook check` recounts it (services/insights/verifyCounts.ts).
CREATE TABLE call_day_role_pairs (
  day      TEXT NOT NULL,
  rep_id   TEXT NOT NULL,
  -- Calls of the day and rep with both roles: the sum of the sixteen cells.
  calls    INTEGER NOT NULL,
  planned_visiting_dignitary_played_visiting_dignitary INTEGER NOT NULL,
  planned_visiting_dignitary_played_depth_and_breadth INTEGER NOT NULL,
  planned_visiting_dignitary_played_technical_expert INTEGER NOT NULL,
  planned_visiting_dignitary_played_crutch INTEGER NOT NULL,
  planned_depth_and_breadth_played_visiting_dignitary INTEGER NOT NULL,
  planned_depth_and_breadth_played_depth_and_breadth INTEGER NOT NULL,
  planned_depth_and_breadth_played_technical_expert INTEGER NOT NULL,
  planned_depth_and_breadth_played_crutch INTEGER NOT NULL,
  planned_technical_expert_played_visiting_dignitary INTEGER NOT NULL,
  planned_technical_expert_played_depth_and_breadth INTEGER NOT NULL,
  planned_technical_expert_played_technical_expert INTEGER NOT NULL,
  planned_technical_expert_played_crutch INTEGER NOT NULL,
  planned_crutch_played_visiting_dignitary INTEGER NOT NULL,
  planned_crutch_played_depth_and_breadth INTEGER NOT NULL,
  planned_crutch_played_technical_expert INTEGER NOT NULL,
  planned_crutch_played_crutch INTEGER NOT NULL,
  PRIMARY KEY (day, rep_id)
) WITHOUT ROWID;

CREATE TRIGGER call_day_role_pairs_added AFTER INSERT ON call_metrics
WHEN NEW.planned_role IS NOT NULL AND NEW.actual_role IS NOT NULL BEGIN
  INSERT INTO call_day_role_pairs (day, rep_id, calls,
    planned_visiting_dignitary_played_visiting_dignitary,
    planned_visiting_dignitary_played_depth_and_breadth,
    planned_visiting_dignitary_played_technical_expert,
    planned_visiting_dignitary_played_crutch,
    planned_depth_and_breadth_played_visiting_dignitary,
    planned_depth_and_breadth_played_depth_and_breadth,
    planned_depth_and_breadth_played_technical_expert,
    planned_depth_and_breadth_played_crutch,
    planned_technical_expert_played_visiting_dignitary,
    planned_technical_expert_played_depth_and_breadth,
    planned_technical_expert_played_technical_expert,
    planned_technical_expert_played_crutch,
    planned_crutch_played_visiting_dignitary,
    planned_crutch_played_depth_and_breadth,
    planned_crutch_played_technical_expert,
    planned_crutch_played_crutch
  ) VALUES (NEW.call_date, NEW.rep_id, 1,
    NEW.planned_role IS 'visiting_dignitary' AND NEW.actual_role IS 'visiting_dignitary',
    NEW.planned_role IS 'visiting_dignitary' AND NEW.actual_role IS 'depth_and_breadth',
    NEW.planned_role IS 'visiting_dignitary' AND NEW.actual_role IS 'technical_expert',
    NEW.planned_role IS 'visiting_dignitary' AND NEW.actual_role IS 'crutch',
    NEW.planned_role IS 'depth_and_breadth' AND NEW.actual_role IS 'visiting_dignitary',
    NEW.planned_role IS 'depth_and_breadth' AND NEW.actual_role IS 'depth_and_breadth',
    NEW.planned_role IS 'depth_and_breadth' AND NEW.actual_role IS 'technical_expert',
    NEW.planned_role IS 'depth_and_breadth' AND NEW.actual_role IS 'crutch',
    NEW.planned_role IS 'technical_expert' AND NEW.actual_role IS 'visiting_dignitary',
    NEW.planned_role IS 'technical_expert' AND NEW.actual_role IS 'depth_and_breadth',
    NEW.planned_role IS 'technical_expert' AND NEW.actual_role IS 'technical_expert',
    NEW.planned_role IS 'technical_expert' AND NEW.actual_role IS 'crutch',
    NEW.planned_role IS 'crutch' AND NEW.actual_role IS 'visiting_dignitary',
    NEW.planned_role IS 'crutch' AND NEW.actual_role IS 'depth_and_breadth',
    NEW.planned_role IS 'crutch' AND NEW.actual_role IS 'technical_expert',
    NEW.planned_role IS 'crutch' AND NEW.actual_role IS 'crutch'
  )
  ON CONFLICT (day, rep_id) DO UPDATE SET
    calls = calls + 1,
    planned_visiting_dignitary_played_visiting_dignitary = planned_visiting_dignitary_played_visiting_dignitary + excluded.planned_visiting_dignitary_played_visiting_dignitary,
    planned_visiting_dignitary_played_depth_and_breadth = planned_visiting_dignitary_played_depth_and_breadth + excluded.planned_visiting_dignitary_played_depth_and_breadth,
    planned_visiting_dignitary_played_technical_expert = planned_visiting_dignitary_played_technical_expert + excluded.planned_visiting_dignitary_played_technical_expert,
    planned_visiting_dignitary_played_crutch = planned_visiting_dignitary_played_crutch + excluded.planned_visiting_dignitary_played_crutch,
    planned_depth_and_breadth_played_visiting_dignitary = planned_depth_and_breadth_played_visiting_dignitary + excluded.planned_depth_and_breadth_played_visiting_dignitary,
    planned_depth_and_breadth_played_depth_and_breadth = planned_depth_and_breadth_played_depth_and_breadth + excluded.planned_depth_and_breadth_played_depth_and_breadth,
    planned_depth_and_breadth_played_technical_expert = planned_depth_and_breadth_played_technical_expert + excluded.planned_depth_and_breadth_played_technical_expert,
    planned_depth_and_breadth_played_crutch = planned_depth_and_breadth_played_crutch + excluded.planned_depth_and_breadth_played_crutch,
    planned_technical_expert_played_visiting_dignitary = planned_technical_expert_played_visiting_dignitary + excluded.planned_technical_expert_played_visiting_dignitary,
    planned_technical_expert_played_depth_and_breadth = planned_technical_expert_played_depth_and_breadth + excluded.planned_technical_expert_played_depth_and_breadth,
    planned_technical_expert_played_technical_expert = planned_technical_expert_played_technical_expert + excluded.planned_technical_expert_played_technical_expert,
    planned_technical_expert_played_crutch = planned_technical_expert_played_crutch + excluded.planned_technical_expert_played_crutch,
    planned_crutch_played_visiting_dignitary = planned_crutch_played_visiting_dignitary + excluded.planned_crutch_played_visiting_dignitary,
    planned_crutch_played_depth_and_breadth = planned_crutch_played_depth_and_breadth + excluded.planned_crutch_played_depth_and_breadth,
    planned_crutch_played_technical_expert = planned_crutch_played_technical_expert + excluded.planned_crutch_played_technical_expert,
    planned_crutch_played_crutch = planned_crutch_played_crutch + excluded.planned_crutch_played_crutch;
END;

CREATE TRIGGER call_day_role_pairs_removed AFTER DELETE ON call_metrics
WHEN OLD.planned_role IS NOT NULL AND OLD.actual_role IS NOT NULL BEGIN
  UPDATE call_day_role_pairs SET
    calls = calls - 1,
    planned_visiting_dignitary_played_visiting_dignitary = planned_visiting_dignitary_played_visiting_dignitary - (OLD.planned_role IS 'visiting_dignitary' AND OLD.actual_role IS 'visiting_dignitary'),
    planned_visiting_dignitary_played_depth_and_breadth = planned_visiting_dignitary_played_depth_and_breadth - (OLD.planned_role IS 'visiting_dignitary' AND OLD.actual_role IS 'depth_and_breadth'),
    planned_visiting_dignitary_played_technical_expert = planned_visiting_dignitary_played_technical_expert - (OLD.planned_role IS 'visiting_dignitary' AND OLD.actual_role IS 'technical_expert'),
    planned_visiting_dignitary_played_crutch = planned_visiting_dignitary_played_crutch - (OLD.planned_role IS 'visiting_dignitary' AND OLD.actual_role IS 'crutch'),
    planned_depth_and_breadth_played_visiting_dignitary = planned_depth_and_breadth_played_visiting_dignitary - (OLD.planned_role IS 'depth_and_breadth' AND OLD.actual_role IS 'visiting_dignitary'),
    planned_depth_and_breadth_played_depth_and_breadth = planned_depth_and_breadth_played_depth_and_breadth - (OLD.planned_role IS 'depth_and_breadth' AND OLD.actual_role IS 'depth_and_breadth'),
    planned_depth_and_breadth_played_technical_expert = planned_depth_and_breadth_played_technical_expert - (OLD.planned_role IS 'depth_and_breadth' AND OLD.actual_role IS 'technical_expert'),
    planned_depth_and_breadth_played_crutch = planned_depth_and_breadth_played_crutch - (OLD.planned_role IS 'depth_and_breadth' AND OLD.actual_role IS 'crutch'),
    planned_technical_expert_played_visiting_dignitary = planned_technical_expert_played_visiting_dignitary - (OLD.planned_role IS 'technical_expert' AND OLD.actual_role IS 'visiting_dignitary'),
    planned_technical_expert_played_depth_and_breadth = planned_technical_expert_played_depth_and_breadth - (OLD.planned_role IS 'technical_expert' AND OLD.actual_role IS 'depth_and_breadth'),
    planned_technical_expert_played_technical_expert = planned_technical_expert_played_technical_expert - (OLD.planned_role IS 'technical_expert' AND OLD.actual_role IS 'technical_expert'),
    planned_technical_expert_played_crutch = planned_technical_expert_played_crutch - (OLD.planned_role IS 'technical_expert' AND OLD.actual_role IS 'crutch'),
    planned_crutch_played_visiting_dignitary = planned_crutch_played_visiting_dignitary - (OLD.planned_role IS 'crutch' AND OLD.actual_role IS 'visiting_dignitary'),
    planned_crutch_played_depth_and_breadth = planned_crutch_played_depth_and_breadth - (OLD.planned_role IS 'crutch' AND OLD.actual_role IS 'depth_and_breadth'),
    planned_crutch_played_technical_expert = planned_crutch_played_technical_expert - (OLD.planned_role IS 'crutch' AND OLD.actual_role IS 'technical_expert'),
    planned_crutch_played_crutch = planned_crutch_played_crutch - (OLD.planned_role IS 'crutch' AND OLD.actual_role IS 'crutch')
  WHERE day = OLD.call_date AND rep_id = OLD.rep_id;
  DELETE FROM call_day_role_pairs WHERE day = OLD.call_date AND rep_id = OLD.rep_id AND calls = 0;
END;

-- The journal's calls so far.
INSERT INTO call_day_role_pairs (day, rep_id, calls,
  planned_visiting_dignitary_played_visiting_dignitary,
  planned_visiting_dignitary_played_depth_and_breadth,
  planned_visiting_dignitary_played_technical_expert,
  planned_visiting_dignitary_played_crutch,
  planned_depth_and_breadth_played_visiting_dignitary,
  planned_depth_and_breadth_played_depth_and_breadth,
  planned_depth_and_breadth_played_technical_expert,
  planned_depth_and_breadth_played_crutch,
  planned_technical_expert_played_visiting_dignitary,
  planned_technical_expert_played_depth_and_breadth,
  planned_technical_expert_played_technical_expert,
  planned_technical_expert_played_crutch,
  planned_crutch_played_visiting_dignitary,
  planned_crutch_played_depth_and_breadth,
  planned_crutch_played_technical_expert,
  planned_crutch_played_crutch
)
SELECT call_date, rep_id, COUNT(*),
  SUM(m.planned_role IS 'visiting_dignitary' AND m.actual_role IS 'visiting_dignitary'),
  SUM(m.planned_role IS 'visiting_dignitary' AND m.actual_role IS 'depth_and_breadth'),
  SUM(m.planned_role IS 'visiting_dignitary' AND m.actual_role IS 'technical_expert'),
  SUM(m.planned_role IS 'visiting_dignitary' AND m.actual_role IS 'crutch'),
  SUM(m.planned_role IS 'depth_and_breadth' AND m.actual_role IS 'visiting_dignitary'),
  SUM(m.planned_role IS 'depth_and_breadth' AND m.actual_role IS 'depth_and_breadth'),
  SUM(m.planned_role IS 'depth_and_breadth' AND m.actual_role IS 'technical_expert'),
  SUM(m.planned_role IS 'depth_and_breadth' AND m.actual_role IS 'crutch'),
  SUM(m.planned_role IS 'technical_expert' AND m.actual_role IS 'visiting_dignitary'),
  SUM(m.planned_role IS 'technical_expert' AND m.actual_role IS 'depth_and_breadth'),
  SUM(m.planned_role IS 'technical_expert' AND m.actual_role IS 'technical_expert'),
  SUM(m.planned_role IS 'technical_expert' AND m.actual_role IS 'crutch'),
  SUM(m.planned_role IS 'crutch' AND m.actual_role IS 'visiting_dignitary'),
  SUM(m.planned_role IS 'crutch' AND m.actual_role IS 'depth_and_breadth'),
  SUM(m.planned_role IS 'crutch' AND m.actual_role IS 'technical_expert'),
  SUM(m.planned_role IS 'crutch' AND m.actual_role IS 'crutch')
FROM call_metrics AS m
WHERE m.planned_role IS NOT NULL AND m.actual_role IS NOT NULL
GROUP BY call_date, rep_id;
