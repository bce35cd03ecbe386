-- The chance of a takeover the manager predicted, in call_metrics (issue 13: Insights' slowest
-- period change).
--
-- The calibration chart ("how often the calls you expected to take over were rescued") joined each
-- debriefed call of the period to its pre-brief for that chance: one lookup in the pre-briefs'
-- index per call, ~40,000 over all time at 100,000 calls — 46 ms of the 112 ms the charts' read
-- took, the largest single statement of the slowest period change (to all time). call_metrics
-- already holds the call's planned role, from the same pre-brief; it now holds the predicted
-- chance beside it, so the chart reads the period's range of call_metrics' key and nothing else
-- (chartsSql.ts, calibrationSql: 46 → ~8 ms over all time).
--
-- Kept as every other column is: the row is replaced whenever its source changes (0002, 0017).
-- The column goes last, and the view call_metrics_source (0006) gains it last, so
-- `INSERT INTO call_metrics SELECT * FROM call_metrics_source` (the triggers, derivedWork.ts) keeps
-- matching columns by position. A pre-brief's trigger now also fires when only the chance changed.

ALTER TABLE call_metrics ADD COLUMN takeover_risk INTEGER;

DROP VIEW call_metrics_source;
CREATE VIEW call_metrics_source AS
SELECT c.id AS call_id, c.rep_id, c.call_date, c.deal_value, c.stakes,
  CASE
    WHEN c.stakes IS NOT NULL THEN c.stakes = 'sidewalk'
    WHEN c.deal_value IS NOT NULL AND s.interstate_threshold IS NOT NULL AND c.deal_value >= s.interstate_threshold THEN 0
    ELSE 1
  END AS sidewalk,
  p.planned_role, d.actual_role, d.asks, d.tells, p.takeover_risk
FROM calls c
LEFT JOIN settings s ON s.id = 1
LEFT JOIN prebriefs p ON p.call_id = c.id
LEFT JOIN debriefs d ON d.call_id = c.id
WHERE c.cancelled = 0;

-- The rows there are get their chance once. Rows are otherwise replaced, never updated (0002): the
-- guard stands aside for this one statement, which touches no column any count is made of.
DROP TRIGGER call_metrics_no_update;
UPDATE call_metrics SET takeover_risk = (SELECT p.takeover_risk FROM prebriefs AS p WHERE p.call_id = call_metrics.call_id)
WHERE call_id IN (SELECT call_id FROM prebriefs WHERE takeover_risk IS NOT NULL);
CREATE TRIGGER call_metrics_no_update BEFORE UPDATE ON call_metrics BEGIN
  SELECT RAISE(ABORT, 'call_metrics rows are replaced, never updated');
END;

DROP TRIGGER call_metrics_prebrief_updated;
CREATE TRIGGER call_metrics_prebrief_updated AFTER UPDATE OF call_id, planned_role, takeover_risk ON prebriefs
WHEN (OLD.call_id IS NOT NEW.call_id OR OLD.planned_role IS NOT NEW.planned_role OR OLD.takeover_risk IS NOT NEW.takeover_risk)
  AND NOT EXISTS (SELECT 1 FROM derived_deferred) BEGIN
  DELETE FROM call_metrics WHERE (rep_id, call_date, call_id) IN (SELECT rep_id, call_date, id FROM calls WHERE id IN (OLD.call_id, NEW.call_id));
  INSERT INTO call_metrics SELECT * FROM call_metrics_source WHERE call_id IN (OLD.call_id, NEW.call_id);
END;
