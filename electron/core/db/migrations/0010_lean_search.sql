-- A leaner full-text index that answers every search as before (issue 13; docs/performance.md,
-- "Database size").
--
-- Migration 0006 kept prefix indexes for one and two letters in `search_index`. Each of them holds
-- every word's positions again, column by column: at 100,000 calls the index was 119 MB, 51 MB of
-- it the words themselves. Those positions are needed for what only the full index can do —
-- ranking by bm25 with a weight per column, and a typed word that is several tokens ("e-mail",
-- "o'brien": a phrase) — but not for finding which records hold the first letters typed, which is
-- what the prefix indexes were for. So:
--
--   search_index  the same 18 columns and tokenizer, detail=full, no prefix index (51 MB at 100k).
--                 Ranks the matches (up to 5,000) exactly as before: the same words, positions,
--                 column sizes and averages, so the same bm25.
--   search_words  all of a record's text in one column, detail=none (which records hold a word,
--                 nothing else), with the one- and two-letter prefix indexes (17 MB at 100k).
--                 Finds the records holding every word typed, when each word is one token
--                 (electron/core/db/search.ts): the same set the full index finds, since the
--                 same tokenizer reads the same text and a space between the columns is a word
--                 boundary the columns already had.
--
-- Both are contentless and keyed by search_records.id, which stay as they were (the newest-first
-- order's last tie-break). The record triggers of 0003/0006 are unchanged: a record still enters
-- and leaves both indexes through search_record_added and search_record_removed.

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
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE VIRTUAL TABLE search_words USING fts5 (
    words,
    content = '',
    contentless_delete = 1,
    detail = none,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2'
);

-- A record goes into both indexes with the text of its kind (only one of the three views has it)…
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
  INSERT INTO search_words (rowid, words)
  SELECT NEW.id, concat_ws(' ',
    rep_name, rep_title, account, opportunity, objective, next_step, questions, intervention_rule,
    skill_focus, plan_notes, self_assessment, root_cause_note, lesson, skill_to_drill,
    debrief_notes, private_notes, session_skill, session_notes)
  FROM search_call_source WHERE NEW.kind = 'call' AND record_id = NEW.record_id
  UNION ALL
  SELECT NEW.id, concat_ws(' ',
    rep_name, rep_title, account, opportunity, objective, next_step, questions, intervention_rule,
    skill_focus, plan_notes, self_assessment, root_cause_note, lesson, skill_to_drill,
    debrief_notes, private_notes, session_skill, session_notes)
  FROM search_session_source WHERE NEW.kind = 'session' AND record_id = NEW.record_id
  UNION ALL
  SELECT NEW.id, concat_ws(' ',
    rep_name, rep_title, account, opportunity, objective, next_step, questions, intervention_rule,
    skill_focus, plan_notes, self_assessment, root_cause_note, lesson, skill_to_drill,
    debrief_notes, private_notes, session_skill, session_notes)
  FROM search_rep_source WHERE NEW.kind = 'rep' AND record_id = NEW.record_id;
END;

-- … and leaves both by its rowid.
CREATE TRIGGER search_record_removed AFTER DELETE ON search_records BEGIN
  DELETE FROM search_index WHERE rowid = OLD.id;
  DELETE FROM search_words WHERE rowid = OLD.id;
END;

-- Every record's text into the new indexes, by the rowid it had.
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

INSERT INTO search_words (rowid, words)
SELECT r.id, concat_ws(' ',
    v.rep_name, v.rep_title, v.account, v.opportunity, v.objective, v.next_step, v.questions, v.intervention_rule,
    v.skill_focus, v.plan_notes, v.self_assessment, v.root_cause_note, v.lesson, v.skill_to_drill,
    v.debrief_notes, v.private_notes, v.session_skill, v.session_notes)
FROM search_records r JOIN search_call_source v ON v.record_id = r.record_id WHERE r.kind = 'call'
UNION ALL
SELECT r.id, concat_ws(' ',
    v.rep_name, v.rep_title, v.account, v.opportunity, v.objective, v.next_step, v.questions, v.intervention_rule,
    v.skill_focus, v.plan_notes, v.self_assessment, v.root_cause_note, v.lesson, v.skill_to_drill,
    v.debrief_notes, v.private_notes, v.session_skill, v.session_notes)
FROM search_records r JOIN search_session_source v ON v.record_id = r.record_id WHERE r.kind = 'session'
UNION ALL
SELECT r.id, concat_ws(' ',
    v.rep_name, v.rep_title, v.account, v.opportunity, v.objective, v.next_step, v.questions, v.intervention_rule,
    v.skill_focus, v.plan_notes, v.self_assessment, v.root_cause_note, v.lesson, v.skill_to_drill,
    v.debrief_notes, v.private_notes, v.session_skill, v.session_notes)
FROM search_records r JOIN search_rep_source v ON v.record_id = r.record_id WHERE r.kind = 'rep';

-- Reminders (docs/reminders.md), read by the bell after every save: their inputs without reading
-- the whole journal each time.
--
-- 1. The calls that may still remind: a non-cancelled call with no debrief has a metrics row
--    without a role played (call_metrics, migration 0002: one row per non-cancelled call, the
--    debrief's actual_role, which a debrief always has); a quick debrief is a debrief with no
--    outcome yet. Two small partial indexes find both without scanning every call.
CREATE INDEX call_metrics_without_debrief ON call_metrics (call_date) WHERE actual_role IS NULL;
CREATE INDEX debriefs_without_outcome ON debriefs (call_id) WHERE outcome IS NULL;

-- 2. Skills to drill: their progress is worked out from every debrief, observed call and session
--    of each rep (shared/skills.ts), seconds at 100,000 calls. It changes only when what it reads
--    changes, so this counter moves whenever that may be so, and the reminders keep the progress
--    they worked out until it moves (electron/core/services/reminders.ts). An autosave of a
--    debrief's notes or lesson leaves it alone.
CREATE TABLE skill_inputs_version (
  id       INTEGER PRIMARY KEY CHECK (id = 1),
  version  INTEGER NOT NULL
);
INSERT INTO skill_inputs_version (id, version) VALUES (1, 0);

CREATE TRIGGER skill_inputs_call_updated AFTER UPDATE OF id, rep_id, call_date, call_time, cancelled, created_at ON calls
WHEN OLD.id IS NOT NEW.id OR OLD.rep_id IS NOT NEW.rep_id OR OLD.call_date IS NOT NEW.call_date
  OR OLD.call_time IS NOT NEW.call_time OR OLD.cancelled IS NOT NEW.cancelled OR OLD.created_at IS NOT NEW.created_at BEGIN
  UPDATE skill_inputs_version SET version = version + 1;
END;
CREATE TRIGGER skill_inputs_prebrief_inserted AFTER INSERT ON prebriefs BEGIN
  UPDATE skill_inputs_version SET version = version + 1;
END;
CREATE TRIGGER skill_inputs_prebrief_updated AFTER UPDATE OF call_id, skill_focus ON prebriefs
WHEN OLD.call_id IS NOT NEW.call_id OR OLD.skill_focus IS NOT NEW.skill_focus BEGIN
  UPDATE skill_inputs_version SET version = version + 1;
END;
CREATE TRIGGER skill_inputs_prebrief_deleted AFTER DELETE ON prebriefs BEGIN
  UPDATE skill_inputs_version SET version = version + 1;
END;
CREATE TRIGGER skill_inputs_debrief_inserted AFTER INSERT ON debriefs BEGIN
  UPDATE skill_inputs_version SET version = version + 1;
END;
CREATE TRIGGER skill_inputs_debrief_updated
AFTER UPDATE OF call_id, skill_observed, skill_to_drill, drill_type, drill_reps, completed_at ON debriefs
WHEN OLD.call_id IS NOT NEW.call_id OR OLD.skill_observed IS NOT NEW.skill_observed OR OLD.skill_to_drill IS NOT NEW.skill_to_drill
  OR OLD.drill_type IS NOT NEW.drill_type OR OLD.drill_reps IS NOT NEW.drill_reps OR OLD.completed_at IS NOT NEW.completed_at BEGIN
  UPDATE skill_inputs_version SET version = version + 1;
END;
CREATE TRIGGER skill_inputs_debrief_deleted AFTER DELETE ON debriefs BEGIN
  UPDATE skill_inputs_version SET version = version + 1;
END;
CREATE TRIGGER skill_inputs_session_inserted AFTER INSERT ON coaching_sessions BEGIN
  UPDATE skill_inputs_version SET version = version + 1;
END;
CREATE TRIGGER skill_inputs_session_updated AFTER UPDATE OF id, rep_id, session_date, skill ON coaching_sessions
WHEN OLD.id IS NOT NEW.id OR OLD.rep_id IS NOT NEW.rep_id OR OLD.session_date IS NOT NEW.session_date OR OLD.skill IS NOT NEW.skill BEGIN
  UPDATE skill_inputs_version SET version = version + 1;
END;
CREATE TRIGGER skill_inputs_session_deleted AFTER DELETE ON coaching_sessions BEGIN
  UPDATE skill_inputs_version SET version = version + 1;
END;
CREATE TRIGGER skill_inputs_skill_inserted AFTER INSERT ON skills BEGIN
  UPDATE skill_inputs_version SET version = version + 1;
END;
CREATE TRIGGER skill_inputs_skill_updated AFTER UPDATE ON skills BEGIN
  UPDATE skill_inputs_version SET version = version + 1;
END;
CREATE TRIGGER skill_inputs_skill_deleted AFTER DELETE ON skills BEGIN
  UPDATE skill_inputs_version SET version = version + 1;
END;
CREATE TRIGGER skill_inputs_rep_updated AFTER UPDATE OF id ON reps WHEN OLD.id IS NOT NEW.id BEGIN
  UPDATE skill_inputs_version SET version = version + 1;
END;
