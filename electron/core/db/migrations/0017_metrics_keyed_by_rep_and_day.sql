-- call_metrics keyed by rep, day and call: the table is its own index (issue 13, "database size":
-- < 3 KB per call at 100,000 calls; docs/performance.md, "Database size, stop 23").
-- coachbook: rebuild after
--
-- call_metrics (0002) was a WITHOUT ROWID table keyed by call_id, read through two covering indexes
-- that held nearly every column again: call_metrics_by_date (0005) for the team's reads of a period
-- and call_metrics_by_rep_date (0005) for one rep's. At 100,000 calls, seeded row by row as a journal
-- grows, the three took 28 MB. Keyed by (rep_id, call_date, call_id), the table holds every column
-- in the order one rep's period is read, so:
--
--   one rep's period    a range of the key (the rows of call_metrics_by_rep_date, with asks and tells);
--   the team's period   a range of the key per rep (`rep_id IN` every rep: each row has its call's rep,
--                       and a rep with calls cannot be deleted); the newest-first lists walk the
--                       days with calls newest first in call_day_counts' key and read each day of
--                       each rep from this key, stopping at the page's end
--                       (services/insights/chartsSql.ts);
--   one call's row      its full key: the triggers that replace a call's row know its rep and day
--                       (the call's own row, or the call looked up by its id from a brief).
--
-- Both covering indexes go, and no index on call_id is needed: 28.7 → 10.1 MB at 100,000 calls on
-- a journal seeded afresh (3.09 → 2.90 KB per call for the whole journal). The
-- table's rows and its own triggers are the same; dropping the table drops its triggers and
-- indexes, so they are made again here word for word (0002, 0012, 0014), the rows copied over
-- before the triggers exist (call_day_counts and call_day_role_pairs already count them). The
-- triggers of calls, briefs and settings (0002, 0006) keep their conditions and inserts, and
-- delete a call's row by its key instead of by call_id:
--
--   a call's triggers     rep_id = OLD/NEW.rep_id AND call_date = OLD/NEW.call_date AND call_id = …
--   a brief's triggers    (rep_id, call_date, call_id) IN (the call's rep, day and id, by its id):
--                         a call's row always holds the call's rep and day — every change of
--                         them replaces it — except while derived work is deferred, when these
--                         triggers stand aside and derivedWork.ts deletes the calls' rows by id;
--   the threshold         its affected rows, and the rows missing, by the full key.
--
-- `INSERT INTO call_metrics SELECT * FROM call_metrics_source` keeps working: the columns keep
-- their names and order.

CREATE TEMP TABLE call_metrics_kept AS SELECT * FROM call_metrics;
DROP TABLE call_metrics;

CREATE TABLE call_metrics (
  call_id       TEXT NOT NULL,
  rep_id        TEXT NOT NULL,
  call_date     TEXT NOT NULL,
  deal_value    REAL,
  stakes        TEXT,
  -- 1 when the call's effective stakes are sidewalk under the current threshold.
  sidewalk      INTEGER NOT NULL,
  planned_role  TEXT,
  actual_role   TEXT,
  asks          INTEGER,
  tells         INTEGER,
  PRIMARY KEY (rep_id, call_date, call_id)
) WITHOUT ROWID;

INSERT INTO call_metrics SELECT * FROM call_metrics_kept ORDER BY rep_id, call_date, call_id;
DROP TABLE call_metrics_kept;

-- The calls waiting for a debrief (0012), as it was.
CREATE INDEX call_metrics_without_debrief ON call_metrics (call_date, rep_id, planned_role, actual_role)
  WHERE actual_role IS NULL;

-- The table's own triggers, as they were: rows are replaced, never updated (0002), and each row
-- added or removed moves its day's counts (0002) and role pairs (0014).
CREATE TRIGGER call_metrics_no_update BEFORE UPDATE ON call_metrics BEGIN
  SELECT RAISE(ABORT, 'call_metrics rows are replaced, never updated');
END;

CREATE TRIGGER call_metrics_added AFTER INSERT ON call_metrics BEGIN
  INSERT INTO call_day_counts (
    day, rep_id, calls, prebriefed, debriefed,
    role_visiting_dignitary, role_depth_and_breadth, role_technical_expert, role_crutch,
    planned_debriefed, kept_to_plan, slips, avoidable_rescues, asks, tells
  ) VALUES (
    NEW.call_date, NEW.rep_id, 1,
    NEW.planned_role IS NOT NULL,
    NEW.actual_role IS NOT NULL,
    NEW.actual_role IS 'visiting_dignitary',
    NEW.actual_role IS 'depth_and_breadth',
    NEW.actual_role IS 'technical_expert',
    NEW.actual_role IS 'crutch',
    NEW.actual_role IS NOT NULL AND NEW.planned_role IS NOT NULL,
    NEW.actual_role IS NOT NULL AND NEW.actual_role IS NEW.planned_role,
    NEW.actual_role IS 'crutch' AND NEW.planned_role IS NOT NULL AND NEW.planned_role IS NOT 'crutch',
    NEW.actual_role IS 'crutch' AND NEW.sidewalk = 1,
    CASE WHEN NEW.asks IS NOT NULL AND NEW.tells IS NOT NULL THEN NEW.asks ELSE 0 END,
    CASE WHEN NEW.asks IS NOT NULL AND NEW.tells IS NOT NULL THEN NEW.tells ELSE 0 END
  )
  ON CONFLICT (day, rep_id) DO UPDATE SET
    calls = calls + excluded.calls,
    prebriefed = prebriefed + excluded.prebriefed,
    debriefed = debriefed + excluded.debriefed,
    role_visiting_dignitary = role_visiting_dignitary + excluded.role_visiting_dignitary,
    role_depth_and_breadth = role_depth_and_breadth + excluded.role_depth_and_breadth,
    role_technical_expert = role_technical_expert + excluded.role_technical_expert,
    role_crutch = role_crutch + excluded.role_crutch,
    planned_debriefed = planned_debriefed + excluded.planned_debriefed,
    kept_to_plan = kept_to_plan + excluded.kept_to_plan,
    slips = slips + excluded.slips,
    avoidable_rescues = avoidable_rescues + excluded.avoidable_rescues,
    asks = asks + excluded.asks,
    tells = tells + excluded.tells;
END;

CREATE TRIGGER call_metrics_removed AFTER DELETE ON call_metrics BEGIN
  UPDATE call_day_counts SET
    calls = calls - 1,
    prebriefed = prebriefed - (OLD.planned_role IS NOT NULL),
    debriefed = debriefed - (OLD.actual_role IS NOT NULL),
    role_visiting_dignitary = role_visiting_dignitary - (OLD.actual_role IS 'visiting_dignitary'),
    role_depth_and_breadth = role_depth_and_breadth - (OLD.actual_role IS 'depth_and_breadth'),
    role_technical_expert = role_technical_expert - (OLD.actual_role IS 'technical_expert'),
    role_crutch = role_crutch - (OLD.actual_role IS 'crutch'),
    planned_debriefed = planned_debriefed - (OLD.actual_role IS NOT NULL AND OLD.planned_role IS NOT NULL),
    kept_to_plan = kept_to_plan - (OLD.actual_role IS NOT NULL AND OLD.actual_role IS OLD.planned_role),
    slips = slips - (OLD.actual_role IS 'crutch' AND OLD.planned_role IS NOT NULL AND OLD.planned_role IS NOT 'crutch'),
    avoidable_rescues = avoidable_rescues - (OLD.actual_role IS 'crutch' AND OLD.sidewalk = 1),
    asks = asks - (CASE WHEN OLD.asks IS NOT NULL AND OLD.tells IS NOT NULL THEN OLD.asks ELSE 0 END),
    tells = tells - (CASE WHEN OLD.asks IS NOT NULL AND OLD.tells IS NOT NULL THEN OLD.tells ELSE 0 END)
  WHERE day = OLD.call_date AND rep_id = OLD.rep_id;
  DELETE FROM call_day_counts WHERE day = OLD.call_date AND rep_id = OLD.rep_id AND calls = 0;
END;

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

-- The source tables' triggers (0002, with 0006's conditions), deleting a call's row by its key.
DROP TRIGGER call_metrics_call_inserted;
CREATE TRIGGER call_metrics_call_inserted AFTER INSERT ON calls
WHEN NOT EXISTS (SELECT 1 FROM derived_deferred) BEGIN
  DELETE FROM call_metrics WHERE rep_id = NEW.rep_id AND call_date = NEW.call_date AND call_id = NEW.id;
  INSERT INTO call_metrics SELECT * FROM call_metrics_source WHERE call_id = NEW.id;
END;

DROP TRIGGER call_metrics_call_updated;
CREATE TRIGGER call_metrics_call_updated AFTER UPDATE OF id, rep_id, call_date, deal_value, stakes, cancelled ON calls
WHEN (OLD.id IS NOT NEW.id OR OLD.rep_id IS NOT NEW.rep_id OR OLD.call_date IS NOT NEW.call_date
    OR OLD.deal_value IS NOT NEW.deal_value OR OLD.stakes IS NOT NEW.stakes OR OLD.cancelled IS NOT NEW.cancelled)
  AND NOT EXISTS (SELECT 1 FROM derived_deferred) BEGIN
  DELETE FROM call_metrics WHERE rep_id = OLD.rep_id AND call_date = OLD.call_date AND call_id = OLD.id;
  DELETE FROM call_metrics WHERE rep_id = NEW.rep_id AND call_date = NEW.call_date AND call_id = NEW.id;
  INSERT INTO call_metrics SELECT * FROM call_metrics_source WHERE call_id IN (OLD.id, NEW.id);
END;

DROP TRIGGER call_metrics_call_deleted;
CREATE TRIGGER call_metrics_call_deleted AFTER DELETE ON calls BEGIN
  DELETE FROM call_metrics WHERE rep_id = OLD.rep_id AND call_date = OLD.call_date AND call_id = OLD.id;
END;

DROP TRIGGER call_metrics_prebrief_inserted;
CREATE TRIGGER call_metrics_prebrief_inserted AFTER INSERT ON prebriefs
WHEN NOT EXISTS (SELECT 1 FROM derived_deferred) BEGIN
  DELETE FROM call_metrics WHERE (rep_id, call_date, call_id) IN (SELECT rep_id, call_date, id FROM calls WHERE id = NEW.call_id);
  INSERT INTO call_metrics SELECT * FROM call_metrics_source WHERE call_id = NEW.call_id;
END;

DROP TRIGGER call_metrics_prebrief_updated;
CREATE TRIGGER call_metrics_prebrief_updated AFTER UPDATE OF call_id, planned_role ON prebriefs
WHEN (OLD.call_id IS NOT NEW.call_id OR OLD.planned_role IS NOT NEW.planned_role)
  AND NOT EXISTS (SELECT 1 FROM derived_deferred) BEGIN
  DELETE FROM call_metrics WHERE (rep_id, call_date, call_id) IN (SELECT rep_id, call_date, id FROM calls WHERE id IN (OLD.call_id, NEW.call_id));
  INSERT INTO call_metrics SELECT * FROM call_metrics_source WHERE call_id IN (OLD.call_id, NEW.call_id);
END;

DROP TRIGGER call_metrics_prebrief_deleted;
CREATE TRIGGER call_metrics_prebrief_deleted AFTER DELETE ON prebriefs BEGIN
  DELETE FROM call_metrics WHERE (rep_id, call_date, call_id) IN (SELECT rep_id, call_date, id FROM calls WHERE id = OLD.call_id);
  INSERT INTO call_metrics SELECT * FROM call_metrics_source WHERE call_id = OLD.call_id;
END;

DROP TRIGGER call_metrics_debrief_inserted;
CREATE TRIGGER call_metrics_debrief_inserted AFTER INSERT ON debriefs
WHEN NOT EXISTS (SELECT 1 FROM derived_deferred) BEGIN
  DELETE FROM call_metrics WHERE (rep_id, call_date, call_id) IN (SELECT rep_id, call_date, id FROM calls WHERE id = NEW.call_id);
  INSERT INTO call_metrics SELECT * FROM call_metrics_source WHERE call_id = NEW.call_id;
END;

DROP TRIGGER call_metrics_debrief_updated;
CREATE TRIGGER call_metrics_debrief_updated AFTER UPDATE OF call_id, actual_role, asks, tells ON debriefs
WHEN (OLD.call_id IS NOT NEW.call_id OR OLD.actual_role IS NOT NEW.actual_role
    OR OLD.asks IS NOT NEW.asks OR OLD.tells IS NOT NEW.tells)
  AND NOT EXISTS (SELECT 1 FROM derived_deferred) BEGIN
  DELETE FROM call_metrics WHERE (rep_id, call_date, call_id) IN (SELECT rep_id, call_date, id FROM calls WHERE id IN (OLD.call_id, NEW.call_id));
  INSERT INTO call_metrics SELECT * FROM call_metrics_source WHERE call_id IN (OLD.call_id, NEW.call_id);
END;

DROP TRIGGER call_metrics_debrief_deleted;
CREATE TRIGGER call_metrics_debrief_deleted AFTER DELETE ON debriefs BEGIN
  DELETE FROM call_metrics WHERE (rep_id, call_date, call_id) IN (SELECT rep_id, call_date, id FROM calls WHERE id = OLD.call_id);
  INSERT INTO call_metrics SELECT * FROM call_metrics_source WHERE call_id = OLD.call_id;
END;

DROP TRIGGER call_metrics_threshold_changed;
CREATE TRIGGER call_metrics_threshold_changed AFTER UPDATE OF interstate_threshold ON settings
WHEN OLD.interstate_threshold IS NOT NEW.interstate_threshold BEGIN
  DELETE FROM call_metrics WHERE (rep_id, call_date, call_id) IN (
    SELECT m.rep_id, m.call_date, m.call_id FROM call_metrics m JOIN call_metrics_source v ON v.call_id = m.call_id
    WHERE m.stakes IS NULL AND m.deal_value IS NOT NULL AND m.sidewalk IS NOT v.sidewalk
  );
  INSERT INTO call_metrics SELECT * FROM call_metrics_source v
  WHERE NOT EXISTS (SELECT 1 FROM call_metrics m WHERE m.rep_id = v.rep_id AND m.call_date = v.call_date AND m.call_id = v.call_id);
END;
