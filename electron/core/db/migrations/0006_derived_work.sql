-- Less derived work per write (issue 13; docs/performance.md "Why the figures over budget are over").
--
-- 1. The effective-stakes rule (DOMAIN.md) is written once for SQL, in the view call_metrics_source:
--    what call_metrics should hold for each countable call. Every metrics trigger, the threshold
--    trigger and `coachbook check` (verifyCounts.ts) select from it. (shared/stakes.ts is the same
--    rule for TypeScript; test/unit/electron/core/db/derivedWork.test.ts holds the two together.)
-- 2. A trigger that reads some columns runs only when one of them really changed. Saving a brief
--    rewrites every column (an upsert), so `AFTER UPDATE OF` alone would still fire on each
--    autosave: each update trigger also says WHEN one of its columns differs.
-- 3. A bulk write (a journal import) may defer the per-row work of calls, briefs and sessions: while
--    derived_deferred holds its row — only ever inside the importer's transaction — those triggers
--    leave call_metrics and the search rows alone, and the importer rebuilds the rows of what it
--    wrote set-wise before it commits (electron/core/db/derivedWork.ts). Reps keep their triggers
--    (a rep's rename rebuilds its calls' search rows; there are few reps). A bulk write never deletes.
-- 4. The full-text index keeps prefix indexes for one and two letters only (was 1 to 4): the first
--    letters typed match the most words and need them; three letters and more merge few enough
--    words to do without. The index shrinks to about 60 % of its size (190 → 119 MB at 100,000
--    calls; with none at all it is 51 MB, but a one-letter search then takes five times as long).

CREATE TABLE derived_deferred (
  id  INTEGER PRIMARY KEY CHECK (id = 1)
);

-- 1. The one SQL definition of a call's metrics row, effective stakes included.
CREATE VIEW call_metrics_source AS
SELECT c.id AS call_id, c.rep_id, c.call_date, c.deal_value, c.stakes,
  CASE
    WHEN c.stakes IS NOT NULL THEN c.stakes = 'sidewalk'
    WHEN c.deal_value IS NOT NULL AND s.interstate_threshold IS NOT NULL AND c.deal_value >= s.interstate_threshold THEN 0
    ELSE 1
  END AS sidewalk,
  p.planned_role, d.actual_role, d.asks, d.tells
FROM calls c
LEFT JOIN settings s ON s.id = 1
LEFT JOIN prebriefs p ON p.call_id = c.id
LEFT JOIN debriefs d ON d.call_id = c.id
WHERE c.cancelled = 0;

DROP TRIGGER call_metrics_call_inserted;
DROP TRIGGER call_metrics_call_updated;
DROP TRIGGER call_metrics_prebrief_inserted;
DROP TRIGGER call_metrics_prebrief_updated;
DROP TRIGGER call_metrics_prebrief_deleted;
DROP TRIGGER call_metrics_debrief_inserted;
DROP TRIGGER call_metrics_debrief_updated;
DROP TRIGGER call_metrics_debrief_deleted;
DROP TRIGGER call_metrics_threshold_changed;

CREATE TRIGGER call_metrics_call_inserted AFTER INSERT ON calls
WHEN NOT EXISTS (SELECT 1 FROM derived_deferred) BEGIN
  DELETE FROM call_metrics WHERE call_id = NEW.id;
  INSERT INTO call_metrics SELECT * FROM call_metrics_source WHERE call_id = NEW.id;
END;

CREATE TRIGGER call_metrics_call_updated AFTER UPDATE OF id, rep_id, call_date, deal_value, stakes, cancelled ON calls
WHEN (OLD.id IS NOT NEW.id OR OLD.rep_id IS NOT NEW.rep_id OR OLD.call_date IS NOT NEW.call_date
    OR OLD.deal_value IS NOT NEW.deal_value OR OLD.stakes IS NOT NEW.stakes OR OLD.cancelled IS NOT NEW.cancelled)
  AND NOT EXISTS (SELECT 1 FROM derived_deferred) BEGIN
  DELETE FROM call_metrics WHERE call_id IN (OLD.id, NEW.id);
  INSERT INTO call_metrics SELECT * FROM call_metrics_source WHERE call_id IN (OLD.id, NEW.id);
END;

CREATE TRIGGER call_metrics_prebrief_inserted AFTER INSERT ON prebriefs
WHEN NOT EXISTS (SELECT 1 FROM derived_deferred) BEGIN
  DELETE FROM call_metrics WHERE call_id = NEW.call_id;
  INSERT INTO call_metrics SELECT * FROM call_metrics_source WHERE call_id = NEW.call_id;
END;

CREATE TRIGGER call_metrics_prebrief_updated AFTER UPDATE OF call_id, planned_role ON prebriefs
WHEN (OLD.call_id IS NOT NEW.call_id OR OLD.planned_role IS NOT NEW.planned_role)
  AND NOT EXISTS (SELECT 1 FROM derived_deferred) BEGIN
  DELETE FROM call_metrics WHERE call_id IN (OLD.call_id, NEW.call_id);
  INSERT INTO call_metrics SELECT * FROM call_metrics_source WHERE call_id IN (OLD.call_id, NEW.call_id);
END;

CREATE TRIGGER call_metrics_prebrief_deleted AFTER DELETE ON prebriefs BEGIN
  DELETE FROM call_metrics WHERE call_id = OLD.call_id;
  INSERT INTO call_metrics SELECT * FROM call_metrics_source WHERE call_id = OLD.call_id;
END;

CREATE TRIGGER call_metrics_debrief_inserted AFTER INSERT ON debriefs
WHEN NOT EXISTS (SELECT 1 FROM derived_deferred) BEGIN
  DELETE FROM call_metrics WHERE call_id = NEW.call_id;
  INSERT INTO call_metrics SELECT * FROM call_metrics_source WHERE call_id = NEW.call_id;
END;

CREATE TRIGGER call_metrics_debrief_updated AFTER UPDATE OF call_id, actual_role, asks, tells ON debriefs
WHEN (OLD.call_id IS NOT NEW.call_id OR OLD.actual_role IS NOT NEW.actual_role
    OR OLD.asks IS NOT NEW.asks OR OLD.tells IS NOT NEW.tells)
  AND NOT EXISTS (SELECT 1 FROM derived_deferred) BEGIN
  DELETE FROM call_metrics WHERE call_id IN (OLD.call_id, NEW.call_id);
  INSERT INTO call_metrics SELECT * FROM call_metrics_source WHERE call_id IN (OLD.call_id, NEW.call_id);
END;

CREATE TRIGGER call_metrics_debrief_deleted AFTER DELETE ON debriefs BEGIN
  DELETE FROM call_metrics WHERE call_id = OLD.call_id;
  INSERT INTO call_metrics SELECT * FROM call_metrics_source WHERE call_id = OLD.call_id;
END;

-- A new threshold moves the calls whose stakes are derived from their deal value: the rows whose
-- `sidewalk` no longer matches the view are rebuilt (the rule itself is the view's).
CREATE TRIGGER call_metrics_threshold_changed AFTER UPDATE OF interstate_threshold ON settings
WHEN OLD.interstate_threshold IS NOT NEW.interstate_threshold BEGIN
  DELETE FROM call_metrics WHERE call_id IN (
    SELECT m.call_id FROM call_metrics m JOIN call_metrics_source v ON v.call_id = m.call_id
    WHERE m.stakes IS NULL AND m.deal_value IS NOT NULL AND m.sidewalk IS NOT v.sidewalk
  );
  INSERT INTO call_metrics SELECT * FROM call_metrics_source v
  WHERE NOT EXISTS (SELECT 1 FROM call_metrics m WHERE m.call_id = v.call_id);
END;

-- 2 and 3 for the search rows of migration 0003. The record of a call is rebuilt as before (delete,
-- select again from search_call_source), but only when something it holds changed.
DROP TRIGGER search_call_inserted;
DROP TRIGGER search_call_updated;
DROP TRIGGER search_prebrief_inserted;
DROP TRIGGER search_prebrief_updated;
DROP TRIGGER search_debrief_inserted;
DROP TRIGGER search_debrief_updated;
DROP TRIGGER search_session_inserted;
DROP TRIGGER search_session_updated;
DROP TRIGGER search_rep_updated;

CREATE TRIGGER search_call_inserted AFTER INSERT ON calls
WHEN NOT EXISTS (SELECT 1 FROM derived_deferred) BEGIN
  DELETE FROM search_records WHERE kind = 'call' AND record_id = NEW.id;
  INSERT INTO search_records (kind, record_id, rep_id, day, time, cancelled,
    planned_role, actual_role, outcome, session_kind)
  SELECT kind, record_id, rep_id, day, time, cancelled,
    planned_role, actual_role, outcome, session_kind
  FROM search_call_source WHERE record_id = NEW.id;
END;

-- Not deal value, stage or stakes: nothing the index holds depends on them.
CREATE TRIGGER search_call_updated
AFTER UPDATE OF id, rep_id, call_date, call_time, account, opportunity, cancelled ON calls
WHEN (OLD.id IS NOT NEW.id OR OLD.rep_id IS NOT NEW.rep_id OR OLD.call_date IS NOT NEW.call_date
    OR OLD.call_time IS NOT NEW.call_time OR OLD.account IS NOT NEW.account
    OR OLD.opportunity IS NOT NEW.opportunity OR OLD.cancelled IS NOT NEW.cancelled)
  AND NOT EXISTS (SELECT 1 FROM derived_deferred) BEGIN
  DELETE FROM search_records WHERE kind = 'call' AND record_id IN (OLD.id, NEW.id);
  INSERT INTO search_records (kind, record_id, rep_id, day, time, cancelled,
    planned_role, actual_role, outcome, session_kind)
  SELECT kind, record_id, rep_id, day, time, cancelled,
    planned_role, actual_role, outcome, session_kind
  FROM search_call_source WHERE record_id IN (OLD.id, NEW.id);
END;

CREATE TRIGGER search_prebrief_inserted AFTER INSERT ON prebriefs
WHEN NOT EXISTS (SELECT 1 FROM derived_deferred) BEGIN
  DELETE FROM search_records WHERE kind = 'call' AND record_id = NEW.call_id;
  INSERT INTO search_records (kind, record_id, rep_id, day, time, cancelled,
    planned_role, actual_role, outcome, session_kind)
  SELECT kind, record_id, rep_id, day, time, cancelled,
    planned_role, actual_role, outcome, session_kind
  FROM search_call_source WHERE record_id = NEW.call_id;
END;

-- What search_call_source reads of a pre-brief.
CREATE TRIGGER search_prebrief_updated
AFTER UPDATE OF call_id, planned_role, objective, next_step, questions_json, intervention_rule, skill_focus, notes_text
ON prebriefs
WHEN (OLD.call_id IS NOT NEW.call_id OR OLD.planned_role IS NOT NEW.planned_role
    OR OLD.objective IS NOT NEW.objective OR OLD.next_step IS NOT NEW.next_step
    OR OLD.questions_json IS NOT NEW.questions_json OR OLD.intervention_rule IS NOT NEW.intervention_rule
    OR OLD.skill_focus IS NOT NEW.skill_focus OR OLD.notes_text IS NOT NEW.notes_text)
  AND NOT EXISTS (SELECT 1 FROM derived_deferred) BEGIN
  DELETE FROM search_records WHERE kind = 'call' AND record_id IN (OLD.call_id, NEW.call_id);
  INSERT INTO search_records (kind, record_id, rep_id, day, time, cancelled,
    planned_role, actual_role, outcome, session_kind)
  SELECT kind, record_id, rep_id, day, time, cancelled,
    planned_role, actual_role, outcome, session_kind
  FROM search_call_source WHERE record_id IN (OLD.call_id, NEW.call_id);
END;

CREATE TRIGGER search_debrief_inserted AFTER INSERT ON debriefs
WHEN NOT EXISTS (SELECT 1 FROM derived_deferred) BEGIN
  DELETE FROM search_records WHERE kind = 'call' AND record_id = NEW.call_id;
  INSERT INTO search_records (kind, record_id, rep_id, day, time, cancelled,
    planned_role, actual_role, outcome, session_kind)
  SELECT kind, record_id, rep_id, day, time, cancelled,
    planned_role, actual_role, outcome, session_kind
  FROM search_call_source WHERE record_id = NEW.call_id;
END;

-- What search_call_source reads of a debrief.
CREATE TRIGGER search_debrief_updated
AFTER UPDATE OF call_id, actual_role, outcome, rep_self_assessment_text, root_cause_note, lesson, skill_to_drill,
  notes_text, private_notes_text ON debriefs
WHEN (OLD.call_id IS NOT NEW.call_id OR OLD.actual_role IS NOT NEW.actual_role OR OLD.outcome IS NOT NEW.outcome
    OR OLD.rep_self_assessment_text IS NOT NEW.rep_self_assessment_text
    OR OLD.root_cause_note IS NOT NEW.root_cause_note OR OLD.lesson IS NOT NEW.lesson
    OR OLD.skill_to_drill IS NOT NEW.skill_to_drill OR OLD.notes_text IS NOT NEW.notes_text
    OR OLD.private_notes_text IS NOT NEW.private_notes_text)
  AND NOT EXISTS (SELECT 1 FROM derived_deferred) BEGIN
  DELETE FROM search_records WHERE kind = 'call' AND record_id IN (OLD.call_id, NEW.call_id);
  INSERT INTO search_records (kind, record_id, rep_id, day, time, cancelled,
    planned_role, actual_role, outcome, session_kind)
  SELECT kind, record_id, rep_id, day, time, cancelled,
    planned_role, actual_role, outcome, session_kind
  FROM search_call_source WHERE record_id IN (OLD.call_id, NEW.call_id);
END;

CREATE TRIGGER search_session_inserted AFTER INSERT ON coaching_sessions
WHEN NOT EXISTS (SELECT 1 FROM derived_deferred) BEGIN
  DELETE FROM search_records WHERE kind = 'session' AND record_id = NEW.id;
  INSERT INTO search_records (kind, record_id, rep_id, day, time, cancelled,
    planned_role, actual_role, outcome, session_kind)
  SELECT kind, record_id, rep_id, day, time, cancelled,
    planned_role, actual_role, outcome, session_kind
  FROM search_session_source WHERE record_id = NEW.id;
END;

-- What search_session_source reads of a session.
CREATE TRIGGER search_session_updated AFTER UPDATE OF id, rep_id, session_date, kind, skill, notes_text ON coaching_sessions
WHEN (OLD.id IS NOT NEW.id OR OLD.rep_id IS NOT NEW.rep_id OR OLD.session_date IS NOT NEW.session_date
    OR OLD.kind IS NOT NEW.kind OR OLD.skill IS NOT NEW.skill OR OLD.notes_text IS NOT NEW.notes_text)
  AND NOT EXISTS (SELECT 1 FROM derived_deferred) BEGIN
  DELETE FROM search_records WHERE kind = 'session' AND record_id IN (OLD.id, NEW.id);
  INSERT INTO search_records (kind, record_id, rep_id, day, time, cancelled,
    planned_role, actual_role, outcome, session_kind)
  SELECT kind, record_id, rep_id, day, time, cancelled,
    planned_role, actual_role, outcome, session_kind
  FROM search_session_source WHERE record_id IN (OLD.id, NEW.id);
END;

-- What search_rep_source reads of a rep (not deferred: reps are few).
CREATE TRIGGER search_rep_updated AFTER UPDATE OF id, name, title, started_on ON reps
WHEN OLD.id IS NOT NEW.id OR OLD.name IS NOT NEW.name OR OLD.title IS NOT NEW.title
  OR OLD.started_on IS NOT NEW.started_on BEGIN
  DELETE FROM search_records WHERE kind = 'rep' AND record_id IN (OLD.id, NEW.id);
  INSERT INTO search_records (kind, record_id, rep_id, day, time, cancelled,
    planned_role, actual_role, outcome, session_kind)
  SELECT kind, record_id, rep_id, day, time, cancelled,
    planned_role, actual_role, outcome, session_kind
  FROM search_rep_source WHERE record_id IN (OLD.id, NEW.id);
END;

-- 4. The full-text index again, with two prefix indexes; the rowids stay those of search_records.
DROP TRIGGER search_record_added;
DROP TRIGGER search_record_removed;
DROP TABLE search_index;

-- The columns are shared/search.ts's SEARCH_FIELDS, in the same order (a test holds them together).
CREATE VIRTUAL TABLE search_index USING fts5 (
    rep_name, rep_title, account, opportunity, objective, next_step, questions, intervention_rule,
    skill_focus, plan_notes, self_assessment, root_cause_note, lesson, skill_to_drill,
    debrief_notes, private_notes, session_skill, session_notes,
    content = '',
    contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2'
);

CREATE TRIGGER search_record_added AFTER INSERT ON search_records BEGIN
  INSERT INTO search_index (rowid,
    rep_name, rep_title, account, opportunity, objective, next_step, questions, intervention_rule,
    skill_focus, plan_notes, self_assessment, root_cause_note, lesson, skill_to_drill,
    debrief_notes, private_notes, session_skill, session_notes)
  SELECT NEW.id,
    rep_name, rep_title, account, opportunity, objective, next_step, questions, intervention_rule,
    skill_focus, plan_notes, self_assessment, root_cause_note, lesson, skill_to_drill,
    debrief_notes, private_notes, session_skill, session_notes
  FROM search_call_source WHERE NEW.kind = 'call' AND record_id = NEW.record_id
  UNION ALL
  SELECT NEW.id,
    rep_name, rep_title, account, opportunity, objective, next_step, questions, intervention_rule,
    skill_focus, plan_notes, self_assessment, root_cause_note, lesson, skill_to_drill,
    debrief_notes, private_notes, session_skill, session_notes
  FROM search_session_source WHERE NEW.kind = 'session' AND record_id = NEW.record_id
  UNION ALL
  SELECT NEW.id,
    rep_name, rep_title, account, opportunity, objective, next_step, questions, intervention_rule,
    skill_focus, plan_notes, self_assessment, root_cause_note, lesson, skill_to_drill,
    debrief_notes, private_notes, session_skill, session_notes
  FROM search_rep_source WHERE NEW.kind = 'rep' AND record_id = NEW.record_id;
END;

CREATE TRIGGER search_record_removed AFTER DELETE ON search_records BEGIN
  DELETE FROM search_index WHERE rowid = OLD.id;
END;

-- Every record's text into the new index, by the rowid it had.
INSERT INTO search_index (rowid,
    rep_name, rep_title, account, opportunity, objective, next_step, questions, intervention_rule,
    skill_focus, plan_notes, self_assessment, root_cause_note, lesson, skill_to_drill,
    debrief_notes, private_notes, session_skill, session_notes)
SELECT r.id,
    v.rep_name, v.rep_title, v.account, v.opportunity, v.objective, v.next_step, v.questions, v.intervention_rule,
    v.skill_focus, v.plan_notes, v.self_assessment, v.root_cause_note, v.lesson, v.skill_to_drill,
    v.debrief_notes, v.private_notes, v.session_skill, v.session_notes
FROM search_records r JOIN search_call_source v ON v.record_id = r.record_id WHERE r.kind = 'call'
UNION ALL
SELECT r.id,
    v.rep_name, v.rep_title, v.account, v.opportunity, v.objective, v.next_step, v.questions, v.intervention_rule,
    v.skill_focus, v.plan_notes, v.self_assessment, v.root_cause_note, v.lesson, v.skill_to_drill,
    v.debrief_notes, v.private_notes, v.session_skill, v.session_notes
FROM search_records r JOIN search_session_source v ON v.record_id = r.record_id WHERE r.kind = 'session'
UNION ALL
SELECT r.id,
    v.rep_name, v.rep_title, v.account, v.opportunity, v.objective, v.next_step, v.questions, v.intervention_rule,
    v.skill_focus, v.plan_notes, v.self_assessment, v.root_cause_note, v.lesson, v.skill_to_drill,
    v.debrief_notes, v.private_notes, v.session_skill, v.session_notes
FROM search_records r JOIN search_rep_source v ON v.record_id = r.record_id WHERE r.kind = 'rep';
