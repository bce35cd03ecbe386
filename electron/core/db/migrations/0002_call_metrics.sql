-- The counts behind the insights metrics (DOMAIN.md "Metrics"), kept up to date by triggers so a
-- report over years of calls adds up a few thousand day rows instead of visiting every call.
--
--   calls, prebriefs, debriefs, settings ──triggers──▶ call_metrics ──triggers──▶ call_day_counts
--
-- call_metrics holds one narrow row per call that counts (cancelled calls are left out of
-- everything), rebuilt from the source tables whenever one of them changes — never updated in
-- place, so each change is exactly "take the old row's counts away, add the new row's".
-- call_day_counts adds those rows up per day and rep. Whether a call is held depends only on its
-- day and the report's asOf, so the report applies it per day. A call's stakes depend on the
-- settings' threshold, so changing the threshold rebuilds the rows it affects.
--
-- Nothing but these triggers writes either table. `coachbook check` can compare them with a
-- fresh count (electron/core/services/insights/verifyCounts.ts).

CREATE TABLE call_metrics (
  call_id       TEXT PRIMARY KEY,
  rep_id        TEXT NOT NULL,
  call_date     TEXT NOT NULL,
  deal_value    REAL,
  stakes        TEXT,
  -- 1 when the call's effective stakes are sidewalk under the current threshold.
  sidewalk      INTEGER NOT NULL,
  planned_role  TEXT,
  actual_role   TEXT,
  asks          INTEGER,
  tells         INTEGER
) WITHOUT ROWID;

CREATE TABLE call_day_counts (
  day                      TEXT NOT NULL,
  rep_id                   TEXT NOT NULL,
  calls                    INTEGER NOT NULL,
  -- With a pre-brief / a debrief, held or not: the report keeps the held ones per day.
  prebriefed               INTEGER NOT NULL,
  debriefed                INTEGER NOT NULL,
  role_visiting_dignitary  INTEGER NOT NULL,
  role_depth_and_breadth   INTEGER NOT NULL,
  role_technical_expert    INTEGER NOT NULL,
  role_crutch              INTEGER NOT NULL,
  planned_debriefed        INTEGER NOT NULL,
  kept_to_plan             INTEGER NOT NULL,
  slips                    INTEGER NOT NULL,
  avoidable_rescues        INTEGER NOT NULL,
  -- Sums over debriefs where both asks and tells are recorded.
  asks                     INTEGER NOT NULL,
  tells                    INTEGER NOT NULL,
  PRIMARY KEY (day, rep_id)
) WITHOUT ROWID;

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

-- Rebuilding a call's row: the same two statements in every trigger below, for one call id.
--   DELETE FROM call_metrics WHERE call_id = :id;
--   INSERT INTO call_metrics ... SELECT ... FROM calls c LEFT JOIN prebriefs ... LEFT JOIN debriefs ...
--     WHERE c.id = :id AND c.cancelled = 0;

CREATE TRIGGER call_metrics_call_inserted AFTER INSERT ON calls BEGIN
  DELETE FROM call_metrics WHERE call_id = NEW.id;
  INSERT INTO call_metrics (call_id, rep_id, call_date, deal_value, stakes, sidewalk, planned_role, actual_role, asks, tells)
  SELECT c.id, c.rep_id, c.call_date, c.deal_value, c.stakes,
    CASE
      WHEN c.stakes IS NOT NULL THEN c.stakes = 'sidewalk'
      WHEN c.deal_value IS NOT NULL AND s.interstate_threshold IS NOT NULL AND c.deal_value >= s.interstate_threshold THEN 0
      ELSE 1
    END,
    p.planned_role, d.actual_role, d.asks, d.tells
  FROM calls c
  LEFT JOIN settings s ON s.id = 1
  LEFT JOIN prebriefs p ON p.call_id = c.id
  LEFT JOIN debriefs d ON d.call_id = c.id
  WHERE c.id = NEW.id AND c.cancelled = 0;
END;

CREATE TRIGGER call_metrics_call_updated AFTER UPDATE OF id, rep_id, call_date, deal_value, stakes, cancelled ON calls BEGIN
  DELETE FROM call_metrics WHERE call_id IN (OLD.id, NEW.id);
  INSERT INTO call_metrics (call_id, rep_id, call_date, deal_value, stakes, sidewalk, planned_role, actual_role, asks, tells)
  SELECT c.id, c.rep_id, c.call_date, c.deal_value, c.stakes,
    CASE
      WHEN c.stakes IS NOT NULL THEN c.stakes = 'sidewalk'
      WHEN c.deal_value IS NOT NULL AND s.interstate_threshold IS NOT NULL AND c.deal_value >= s.interstate_threshold THEN 0
      ELSE 1
    END,
    p.planned_role, d.actual_role, d.asks, d.tells
  FROM calls c
  LEFT JOIN settings s ON s.id = 1
  LEFT JOIN prebriefs p ON p.call_id = c.id
  LEFT JOIN debriefs d ON d.call_id = c.id
  WHERE c.id IN (OLD.id, NEW.id) AND c.cancelled = 0;
END;

CREATE TRIGGER call_metrics_call_deleted AFTER DELETE ON calls BEGIN
  DELETE FROM call_metrics WHERE call_id = OLD.id;
END;

CREATE TRIGGER call_metrics_prebrief_inserted AFTER INSERT ON prebriefs BEGIN
  DELETE FROM call_metrics WHERE call_id = NEW.call_id;
  INSERT INTO call_metrics (call_id, rep_id, call_date, deal_value, stakes, sidewalk, planned_role, actual_role, asks, tells)
  SELECT c.id, c.rep_id, c.call_date, c.deal_value, c.stakes,
    CASE
      WHEN c.stakes IS NOT NULL THEN c.stakes = 'sidewalk'
      WHEN c.deal_value IS NOT NULL AND s.interstate_threshold IS NOT NULL AND c.deal_value >= s.interstate_threshold THEN 0
      ELSE 1
    END,
    p.planned_role, d.actual_role, d.asks, d.tells
  FROM calls c
  LEFT JOIN settings s ON s.id = 1
  LEFT JOIN prebriefs p ON p.call_id = c.id
  LEFT JOIN debriefs d ON d.call_id = c.id
  WHERE c.id = NEW.call_id AND c.cancelled = 0;
END;

CREATE TRIGGER call_metrics_prebrief_updated AFTER UPDATE OF call_id, planned_role ON prebriefs BEGIN
  DELETE FROM call_metrics WHERE call_id IN (OLD.call_id, NEW.call_id);
  INSERT INTO call_metrics (call_id, rep_id, call_date, deal_value, stakes, sidewalk, planned_role, actual_role, asks, tells)
  SELECT c.id, c.rep_id, c.call_date, c.deal_value, c.stakes,
    CASE
      WHEN c.stakes IS NOT NULL THEN c.stakes = 'sidewalk'
      WHEN c.deal_value IS NOT NULL AND s.interstate_threshold IS NOT NULL AND c.deal_value >= s.interstate_threshold THEN 0
      ELSE 1
    END,
    p.planned_role, d.actual_role, d.asks, d.tells
  FROM calls c
  LEFT JOIN settings s ON s.id = 1
  LEFT JOIN prebriefs p ON p.call_id = c.id
  LEFT JOIN debriefs d ON d.call_id = c.id
  WHERE c.id IN (OLD.call_id, NEW.call_id) AND c.cancelled = 0;
END;

CREATE TRIGGER call_metrics_prebrief_deleted AFTER DELETE ON prebriefs BEGIN
  DELETE FROM call_metrics WHERE call_id = OLD.call_id;
  INSERT INTO call_metrics (call_id, rep_id, call_date, deal_value, stakes, sidewalk, planned_role, actual_role, asks, tells)
  SELECT c.id, c.rep_id, c.call_date, c.deal_value, c.stakes,
    CASE
      WHEN c.stakes IS NOT NULL THEN c.stakes = 'sidewalk'
      WHEN c.deal_value IS NOT NULL AND s.interstate_threshold IS NOT NULL AND c.deal_value >= s.interstate_threshold THEN 0
      ELSE 1
    END,
    p.planned_role, d.actual_role, d.asks, d.tells
  FROM calls c
  LEFT JOIN settings s ON s.id = 1
  LEFT JOIN prebriefs p ON p.call_id = c.id
  LEFT JOIN debriefs d ON d.call_id = c.id
  WHERE c.id = OLD.call_id AND c.cancelled = 0;
END;

CREATE TRIGGER call_metrics_debrief_inserted AFTER INSERT ON debriefs BEGIN
  DELETE FROM call_metrics WHERE call_id = NEW.call_id;
  INSERT INTO call_metrics (call_id, rep_id, call_date, deal_value, stakes, sidewalk, planned_role, actual_role, asks, tells)
  SELECT c.id, c.rep_id, c.call_date, c.deal_value, c.stakes,
    CASE
      WHEN c.stakes IS NOT NULL THEN c.stakes = 'sidewalk'
      WHEN c.deal_value IS NOT NULL AND s.interstate_threshold IS NOT NULL AND c.deal_value >= s.interstate_threshold THEN 0
      ELSE 1
    END,
    p.planned_role, d.actual_role, d.asks, d.tells
  FROM calls c
  LEFT JOIN settings s ON s.id = 1
  LEFT JOIN prebriefs p ON p.call_id = c.id
  LEFT JOIN debriefs d ON d.call_id = c.id
  WHERE c.id = NEW.call_id AND c.cancelled = 0;
END;

CREATE TRIGGER call_metrics_debrief_updated AFTER UPDATE OF call_id, actual_role, asks, tells ON debriefs BEGIN
  DELETE FROM call_metrics WHERE call_id IN (OLD.call_id, NEW.call_id);
  INSERT INTO call_metrics (call_id, rep_id, call_date, deal_value, stakes, sidewalk, planned_role, actual_role, asks, tells)
  SELECT c.id, c.rep_id, c.call_date, c.deal_value, c.stakes,
    CASE
      WHEN c.stakes IS NOT NULL THEN c.stakes = 'sidewalk'
      WHEN c.deal_value IS NOT NULL AND s.interstate_threshold IS NOT NULL AND c.deal_value >= s.interstate_threshold THEN 0
      ELSE 1
    END,
    p.planned_role, d.actual_role, d.asks, d.tells
  FROM calls c
  LEFT JOIN settings s ON s.id = 1
  LEFT JOIN prebriefs p ON p.call_id = c.id
  LEFT JOIN debriefs d ON d.call_id = c.id
  WHERE c.id IN (OLD.call_id, NEW.call_id) AND c.cancelled = 0;
END;

CREATE TRIGGER call_metrics_debrief_deleted AFTER DELETE ON debriefs BEGIN
  DELETE FROM call_metrics WHERE call_id = OLD.call_id;
  INSERT INTO call_metrics (call_id, rep_id, call_date, deal_value, stakes, sidewalk, planned_role, actual_role, asks, tells)
  SELECT c.id, c.rep_id, c.call_date, c.deal_value, c.stakes,
    CASE
      WHEN c.stakes IS NOT NULL THEN c.stakes = 'sidewalk'
      WHEN c.deal_value IS NOT NULL AND s.interstate_threshold IS NOT NULL AND c.deal_value >= s.interstate_threshold THEN 0
      ELSE 1
    END,
    p.planned_role, d.actual_role, d.asks, d.tells
  FROM calls c
  LEFT JOIN settings s ON s.id = 1
  LEFT JOIN prebriefs p ON p.call_id = c.id
  LEFT JOIN debriefs d ON d.call_id = c.id
  WHERE c.id = OLD.call_id AND c.cancelled = 0;
END;

-- A new threshold moves the calls whose stakes are derived from their deal value.
CREATE TRIGGER call_metrics_threshold_changed AFTER UPDATE OF interstate_threshold ON settings
WHEN OLD.interstate_threshold IS NOT NEW.interstate_threshold BEGIN
  DELETE FROM call_metrics
  WHERE stakes IS NULL AND deal_value IS NOT NULL
    AND sidewalk IS NOT (NEW.interstate_threshold IS NULL OR deal_value < NEW.interstate_threshold);
  INSERT INTO call_metrics (call_id, rep_id, call_date, deal_value, stakes, sidewalk, planned_role, actual_role, asks, tells)
  SELECT c.id, c.rep_id, c.call_date, c.deal_value, c.stakes,
    CASE
      WHEN c.stakes IS NOT NULL THEN c.stakes = 'sidewalk'
      WHEN c.deal_value IS NOT NULL AND s.interstate_threshold IS NOT NULL AND c.deal_value >= s.interstate_threshold THEN 0
      ELSE 1
    END,
    p.planned_role, d.actual_role, d.asks, d.tells
  FROM calls c
  LEFT JOIN settings s ON s.id = 1
  LEFT JOIN prebriefs p ON p.call_id = c.id
  LEFT JOIN debriefs d ON d.call_id = c.id
  WHERE c.cancelled = 0 AND NOT EXISTS (SELECT 1 FROM call_metrics m WHERE m.call_id = c.id);
END;

-- Journals written before this migration.
INSERT INTO call_metrics (call_id, rep_id, call_date, deal_value, stakes, sidewalk, planned_role, actual_role, asks, tells)
SELECT c.id, c.rep_id, c.call_date, c.deal_value, c.stakes,
  CASE
    WHEN c.stakes IS NOT NULL THEN c.stakes = 'sidewalk'
    WHEN c.deal_value IS NOT NULL AND s.interstate_threshold IS NOT NULL AND c.deal_value >= s.interstate_threshold THEN 0
    ELSE 1
  END,
  p.planned_role, d.actual_role, d.asks, d.tells
FROM calls c
LEFT JOIN settings s ON s.id = 1
LEFT JOIN prebriefs p ON p.call_id = c.id
LEFT JOIN debriefs d ON d.call_id = c.id
WHERE c.cancelled = 0;

-- Sessions by day (and by rep and day) with their kind, so counting them never visits the rows.
CREATE INDEX coaching_sessions_kind_by_date ON coaching_sessions (session_date, rep_id, kind);
CREATE INDEX coaching_sessions_kind_by_rep_date ON coaching_sessions (rep_id, session_date, kind);
