-- Full-text search over the journal (electron/core/services/search.ts).
--
--   reps, calls, prebriefs, debriefs, coaching_sessions
--     ──triggers──▶ search_records  one narrow row per call, session and rep: what the filters and
--                                   the "newest first" order read
--     ──triggers──▶ search_index    FTS5, one column per searchable field, rowid = search_records.id
--
-- A call, its pre-brief and its debrief make ONE record, so a search for two words finds the call
-- when one is in the plan and the other in the debrief. Every searchable field is its own FTS
-- column, so a hit can say which field it came from (private notes included: the journal is the
-- manager's own, but a hit there is labelled private).
--
-- The index is contentless (content='', contentless_delete=1): the text stays only in the
-- journal's own tables, and a record leaves the index by its rowid alone. Snippets are cut from
-- the journal's text for the page shown (electron/core/db/search.ts). The filters live in the
-- narrow search_records table, so ranking thousands of matches joins small rows.
--
-- Like call_metrics (0002), a record is rebuilt whole — deleted, then selected again from the
-- search_*_source views — whenever one of its source rows changes, so imports, the CLI and the UI
-- all stay indexed without any code remembering to. Nothing but these triggers writes the tables.
--
-- Snippets mark found words with U+E000 … U+E001 (private use); those two characters are stripped
-- from the indexed text so one pasted into a note cannot pass for a highlight.

CREATE TABLE search_records (
  id            INTEGER PRIMARY KEY,
  kind          TEXT NOT NULL CHECK (kind IN ('call', 'session', 'rep')),
  record_id     TEXT NOT NULL,
  rep_id        TEXT NOT NULL,
  -- The call's or session's day; a rep's start day (which may be unknown).
  day           TEXT,
  time          TEXT,
  cancelled     INTEGER NOT NULL DEFAULT 0,
  planned_role  TEXT,
  actual_role   TEXT,
  outcome       TEXT,
  session_kind  TEXT,
  UNIQUE (kind, record_id)
);
CREATE INDEX search_records_by_day ON search_records (day, time);
CREATE INDEX search_records_by_rep_day ON search_records (rep_id, day, time);

-- The columns are shared/search.ts's SEARCH_FIELDS, in the same order (a test holds them together).
-- prefix='1 2 3 4': the first letters typed match the most words; an index per prefix length spares
-- merging every word that starts with them.
CREATE VIRTUAL TABLE search_index USING fts5 (
    rep_name, rep_title, account, opportunity, objective, next_step, questions, intervention_rule,
    skill_focus, plan_notes, self_assessment, root_cause_note, lesson, skill_to_drill,
    debrief_notes, private_notes, session_skill, session_notes,
    content = '',
    contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3 4'
);

-- What each kind of record holds, straight from the journal's tables.
CREATE VIEW search_call_source AS
SELECT 'call' AS kind, c.id AS record_id, c.rep_id, c.call_date AS day, c.call_time AS time, c.cancelled,
  p.planned_role, d.actual_role, d.outcome, NULL AS session_kind,
  replace(replace(r.name, char(57344), ''), char(57345), '') AS rep_name,
  '' AS rep_title,
  replace(replace(ifnull(c.account, ''), char(57344), ''), char(57345), '') AS account,
  replace(replace(ifnull(c.opportunity, ''), char(57344), ''), char(57345), '') AS opportunity,
  replace(replace(ifnull(p.objective, ''), char(57344), ''), char(57345), '') AS objective,
  replace(replace(ifnull(p.next_step, ''), char(57344), ''), char(57345), '') AS next_step,
  replace(replace(ifnull((SELECT group_concat(q.value, char(10)) FROM json_each(p.questions_json) q), ''),
    char(57344), ''), char(57345), '') AS questions,
  replace(replace(ifnull(p.intervention_rule, ''), char(57344), ''), char(57345), '') AS intervention_rule,
  replace(replace(ifnull(p.skill_focus, ''), char(57344), ''), char(57345), '') AS skill_focus,
  replace(replace(ifnull(p.notes_text, ''), char(57344), ''), char(57345), '') AS plan_notes,
  replace(replace(ifnull(d.rep_self_assessment_text, ''), char(57344), ''), char(57345), '') AS self_assessment,
  replace(replace(ifnull(d.root_cause_note, ''), char(57344), ''), char(57345), '') AS root_cause_note,
  replace(replace(ifnull(d.lesson, ''), char(57344), ''), char(57345), '') AS lesson,
  replace(replace(ifnull(d.skill_to_drill, ''), char(57344), ''), char(57345), '') AS skill_to_drill,
  replace(replace(ifnull(d.notes_text, ''), char(57344), ''), char(57345), '') AS debrief_notes,
  replace(replace(ifnull(d.private_notes_text, ''), char(57344), ''), char(57345), '') AS private_notes,
  '' AS session_skill,
  '' AS session_notes
FROM calls c
JOIN reps r ON r.id = c.rep_id
LEFT JOIN prebriefs p ON p.call_id = c.id
LEFT JOIN debriefs d ON d.call_id = c.id;

CREATE VIEW search_session_source AS
SELECT 'session' AS kind, s.id AS record_id, s.rep_id, s.session_date AS day, NULL AS time, 0 AS cancelled,
  NULL AS planned_role, NULL AS actual_role, NULL AS outcome, s.kind AS session_kind,
  replace(replace(r.name, char(57344), ''), char(57345), '') AS rep_name,
  '' AS rep_title,
  '' AS account,
  '' AS opportunity,
  '' AS objective,
  '' AS next_step,
  '' AS questions,
  '' AS intervention_rule,
  '' AS skill_focus,
  '' AS plan_notes,
  '' AS self_assessment,
  '' AS root_cause_note,
  '' AS lesson,
  '' AS skill_to_drill,
  '' AS debrief_notes,
  '' AS private_notes,
  replace(replace(ifnull(s.skill, ''), char(57344), ''), char(57345), '') AS session_skill,
  replace(replace(s.notes_text, char(57344), ''), char(57345), '') AS session_notes
FROM coaching_sessions s
JOIN reps r ON r.id = s.rep_id;

CREATE VIEW search_rep_source AS
SELECT 'rep' AS kind, r.id AS record_id, r.id AS rep_id, r.started_on AS day, NULL AS time, 0 AS cancelled,
  NULL AS planned_role, NULL AS actual_role, NULL AS outcome, NULL AS session_kind,
  replace(replace(r.name, char(57344), ''), char(57345), '') AS rep_name,
  replace(replace(ifnull(r.title, ''), char(57344), ''), char(57345), '') AS rep_title,
  '' AS account,
  '' AS opportunity,
  '' AS objective,
  '' AS next_step,
  '' AS questions,
  '' AS intervention_rule,
  '' AS skill_focus,
  '' AS plan_notes,
  '' AS self_assessment,
  '' AS root_cause_note,
  '' AS lesson,
  '' AS skill_to_drill,
  '' AS debrief_notes,
  '' AS private_notes,
  '' AS session_skill,
  '' AS session_notes
FROM reps r;

-- A record goes into the index with the text of its kind (only one of the three views has it)…
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

-- … and leaves it by its rowid.
CREATE TRIGGER search_record_removed AFTER DELETE ON search_records BEGIN
  DELETE FROM search_index WHERE rowid = OLD.id;
END;

CREATE TRIGGER search_records_no_update BEFORE UPDATE ON search_records BEGIN
  SELECT RAISE(ABORT, 'search_records rows are replaced, never updated');
END;

-- Rebuilding a record: delete it, select it again. Every trigger below is one of these.

CREATE TRIGGER search_call_inserted AFTER INSERT ON calls BEGIN
  DELETE FROM search_records WHERE kind = 'call' AND record_id = NEW.id;
  INSERT INTO search_records (kind, record_id, rep_id, day, time, cancelled,
    planned_role, actual_role, outcome, session_kind)
  SELECT kind, record_id, rep_id, day, time, cancelled,
    planned_role, actual_role, outcome, session_kind
  FROM search_call_source WHERE record_id = NEW.id;
END;

-- Not deal value, stage or stakes: nothing the index holds depends on them.
CREATE TRIGGER search_call_updated
AFTER UPDATE OF id, rep_id, call_date, call_time, account, opportunity, cancelled ON calls BEGIN
  DELETE FROM search_records WHERE kind = 'call' AND record_id IN (OLD.id, NEW.id);
  INSERT INTO search_records (kind, record_id, rep_id, day, time, cancelled,
    planned_role, actual_role, outcome, session_kind)
  SELECT kind, record_id, rep_id, day, time, cancelled,
    planned_role, actual_role, outcome, session_kind
  FROM search_call_source WHERE record_id IN (OLD.id, NEW.id);
END;

CREATE TRIGGER search_call_deleted AFTER DELETE ON calls BEGIN
  DELETE FROM search_records WHERE kind = 'call' AND record_id = OLD.id;
END;

CREATE TRIGGER search_prebrief_inserted AFTER INSERT ON prebriefs BEGIN
  DELETE FROM search_records WHERE kind = 'call' AND record_id = NEW.call_id;
  INSERT INTO search_records (kind, record_id, rep_id, day, time, cancelled,
    planned_role, actual_role, outcome, session_kind)
  SELECT kind, record_id, rep_id, day, time, cancelled,
    planned_role, actual_role, outcome, session_kind
  FROM search_call_source WHERE record_id = NEW.call_id;
END;

CREATE TRIGGER search_prebrief_updated AFTER UPDATE ON prebriefs BEGIN
  DELETE FROM search_records WHERE kind = 'call' AND record_id IN (OLD.call_id, NEW.call_id);
  INSERT INTO search_records (kind, record_id, rep_id, day, time, cancelled,
    planned_role, actual_role, outcome, session_kind)
  SELECT kind, record_id, rep_id, day, time, cancelled,
    planned_role, actual_role, outcome, session_kind
  FROM search_call_source WHERE record_id IN (OLD.call_id, NEW.call_id);
END;

CREATE TRIGGER search_prebrief_deleted AFTER DELETE ON prebriefs BEGIN
  DELETE FROM search_records WHERE kind = 'call' AND record_id = OLD.call_id;
  INSERT INTO search_records (kind, record_id, rep_id, day, time, cancelled,
    planned_role, actual_role, outcome, session_kind)
  SELECT kind, record_id, rep_id, day, time, cancelled,
    planned_role, actual_role, outcome, session_kind
  FROM search_call_source WHERE record_id = OLD.call_id;
END;

CREATE TRIGGER search_debrief_inserted AFTER INSERT ON debriefs BEGIN
  DELETE FROM search_records WHERE kind = 'call' AND record_id = NEW.call_id;
  INSERT INTO search_records (kind, record_id, rep_id, day, time, cancelled,
    planned_role, actual_role, outcome, session_kind)
  SELECT kind, record_id, rep_id, day, time, cancelled,
    planned_role, actual_role, outcome, session_kind
  FROM search_call_source WHERE record_id = NEW.call_id;
END;

CREATE TRIGGER search_debrief_updated AFTER UPDATE ON debriefs BEGIN
  DELETE FROM search_records WHERE kind = 'call' AND record_id IN (OLD.call_id, NEW.call_id);
  INSERT INTO search_records (kind, record_id, rep_id, day, time, cancelled,
    planned_role, actual_role, outcome, session_kind)
  SELECT kind, record_id, rep_id, day, time, cancelled,
    planned_role, actual_role, outcome, session_kind
  FROM search_call_source WHERE record_id IN (OLD.call_id, NEW.call_id);
END;

CREATE TRIGGER search_debrief_deleted AFTER DELETE ON debriefs BEGIN
  DELETE FROM search_records WHERE kind = 'call' AND record_id = OLD.call_id;
  INSERT INTO search_records (kind, record_id, rep_id, day, time, cancelled,
    planned_role, actual_role, outcome, session_kind)
  SELECT kind, record_id, rep_id, day, time, cancelled,
    planned_role, actual_role, outcome, session_kind
  FROM search_call_source WHERE record_id = OLD.call_id;
END;

CREATE TRIGGER search_session_inserted AFTER INSERT ON coaching_sessions BEGIN
  DELETE FROM search_records WHERE kind = 'session' AND record_id = NEW.id;
  INSERT INTO search_records (kind, record_id, rep_id, day, time, cancelled,
    planned_role, actual_role, outcome, session_kind)
  SELECT kind, record_id, rep_id, day, time, cancelled,
    planned_role, actual_role, outcome, session_kind
  FROM search_session_source WHERE record_id = NEW.id;
END;

CREATE TRIGGER search_session_updated AFTER UPDATE ON coaching_sessions BEGIN
  DELETE FROM search_records WHERE kind = 'session' AND record_id IN (OLD.id, NEW.id);
  INSERT INTO search_records (kind, record_id, rep_id, day, time, cancelled,
    planned_role, actual_role, outcome, session_kind)
  SELECT kind, record_id, rep_id, day, time, cancelled,
    planned_role, actual_role, outcome, session_kind
  FROM search_session_source WHERE record_id IN (OLD.id, NEW.id);
END;

CREATE TRIGGER search_session_deleted AFTER DELETE ON coaching_sessions BEGIN
  DELETE FROM search_records WHERE kind = 'session' AND record_id = OLD.id;
END;

CREATE TRIGGER search_rep_inserted AFTER INSERT ON reps BEGIN
  DELETE FROM search_records WHERE kind = 'rep' AND record_id = NEW.id;
  INSERT INTO search_records (kind, record_id, rep_id, day, time, cancelled,
    planned_role, actual_role, outcome, session_kind)
  SELECT kind, record_id, rep_id, day, time, cancelled,
    planned_role, actual_role, outcome, session_kind
  FROM search_rep_source WHERE record_id = NEW.id;
END;

CREATE TRIGGER search_rep_updated AFTER UPDATE ON reps BEGIN
  DELETE FROM search_records WHERE kind = 'rep' AND record_id IN (OLD.id, NEW.id);
  INSERT INTO search_records (kind, record_id, rep_id, day, time, cancelled,
    planned_role, actual_role, outcome, session_kind)
  SELECT kind, record_id, rep_id, day, time, cancelled,
    planned_role, actual_role, outcome, session_kind
  FROM search_rep_source WHERE record_id IN (OLD.id, NEW.id);
END;

-- The rep's name is indexed with each of their calls and sessions, so "dana pricing" works. Every
-- save rewrites every column, so their records are rebuilt only when the name really changed
-- (a rep may have thousands).
CREATE TRIGGER search_rep_renamed AFTER UPDATE OF name ON reps WHEN OLD.name IS NOT NEW.name BEGIN
  DELETE FROM search_records WHERE rep_id = NEW.id AND kind IN ('call', 'session');
  INSERT INTO search_records (kind, record_id, rep_id, day, time, cancelled,
    planned_role, actual_role, outcome, session_kind)
  SELECT kind, record_id, rep_id, day, time, cancelled,
    planned_role, actual_role, outcome, session_kind
  FROM search_call_source WHERE rep_id = NEW.id
  UNION ALL
  SELECT kind, record_id, rep_id, day, time, cancelled,
    planned_role, actual_role, outcome, session_kind
  FROM search_session_source WHERE rep_id = NEW.id;
END;

-- Reps are archived, not deleted (their calls refer to them); should one go, so does its record.
CREATE TRIGGER search_rep_deleted AFTER DELETE ON reps BEGIN
  DELETE FROM search_records WHERE kind = 'rep' AND record_id = OLD.id;
END;

-- Journals written before this migration.
INSERT INTO search_records (kind, record_id, rep_id, day, time, cancelled,
    planned_role, actual_role, outcome, session_kind)
SELECT kind, record_id, rep_id, day, time, cancelled,
    planned_role, actual_role, outcome, session_kind
  FROM search_rep_source
UNION ALL
SELECT kind, record_id, rep_id, day, time, cancelled,
    planned_role, actual_role, outcome, session_kind
  FROM search_call_source
UNION ALL
SELECT kind, record_id, rep_id, day, time, cancelled,
    planned_role, actual_role, outcome, session_kind
  FROM search_session_source;

-- The coaching overviews (electron/core/services/overview) — not search, but the same change:
-- a rep's calls with their debriefs and skill focus are read from these indexes alone, never from
-- the wide rows full of notes.
CREATE INDEX calls_by_rep_overview ON calls (rep_id, call_date, call_time, cancelled, created_at, id);
CREATE INDEX debriefs_overview ON debriefs (call_id, root_cause, outcome, actual_role, skill_observed, skill_to_drill,
  drill_type, drill_reps, completed_at);
CREATE INDEX prebriefs_skill_focus ON prebriefs (call_id, skill_focus);

-- "Recent activity" on the home screen reads the newest of each kind of change.
CREATE INDEX calls_by_created ON calls (created_at);
CREATE INDEX prebriefs_by_updated ON prebriefs (updated_at);
CREATE INDEX debriefs_by_completed ON debriefs (completed_at);
CREATE INDEX coaching_sessions_by_created ON coaching_sessions (created_at);
