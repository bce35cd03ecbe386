-- Issue 13: importing the same journal file again, answered without reading it again
-- (docs/performance.md, docs/imports.md; electron/core/services/exchange/importMemory.ts).
--
-- 1. journal_changes counts every row inserted, updated or deleted in the tables an import
--    compares a file with (its plan reads these and nothing else). It only grows, so two equal
--    counts mean no such row changed in between — whoever wrote it (this app, another window,
--    the CLI, a hand-made SQL edit), since the triggers are part of the journal itself.
--    A migration that rebuilds one of these tables must recreate its three triggers; a test
--    (importMemory.test.ts) checks that every one of them has them.
-- 2. import_memory holds, for the last journal file an import wrote, the SHA-256 of its text,
--    the count above as it stood right after that import, the app and schema versions, and what
--    importing that same file again would answer (planned inside the import's own transaction).
--    Importing a file again first compares its hash and the count: equal, the remembered answer
--    is given without validating the file; anything else (another file, any change to the
--    journal, another app version) and the file is read and planned as usual.

CREATE TABLE journal_changes (
  id       INTEGER PRIMARY KEY CHECK (id = 1),
  changes  INTEGER NOT NULL
);
INSERT INTO journal_changes (id, changes) VALUES (1, 0);

CREATE TABLE import_memory (
  id               INTEGER PRIMARY KEY CHECK (id = 1),
  file_sha256      TEXT NOT NULL,
  app_version      TEXT NOT NULL,
  schema_version   INTEGER NOT NULL,
  journal_changes  INTEGER NOT NULL,
  answer_json      TEXT NOT NULL
);

CREATE TRIGGER journal_changes_reps_insert AFTER INSERT ON reps BEGIN
  UPDATE journal_changes SET changes = changes + 1;
END;
CREATE TRIGGER journal_changes_reps_update AFTER UPDATE ON reps BEGIN
  UPDATE journal_changes SET changes = changes + 1;
END;
CREATE TRIGGER journal_changes_reps_delete AFTER DELETE ON reps BEGIN
  UPDATE journal_changes SET changes = changes + 1;
END;

CREATE TRIGGER journal_changes_calls_insert AFTER INSERT ON calls BEGIN
  UPDATE journal_changes SET changes = changes + 1;
END;
CREATE TRIGGER journal_changes_calls_update AFTER UPDATE ON calls BEGIN
  UPDATE journal_changes SET changes = changes + 1;
END;
CREATE TRIGGER journal_changes_calls_delete AFTER DELETE ON calls BEGIN
  UPDATE journal_changes SET changes = changes + 1;
END;

CREATE TRIGGER journal_changes_prebriefs_insert AFTER INSERT ON prebriefs BEGIN
  UPDATE journal_changes SET changes = changes + 1;
END;
CREATE TRIGGER journal_changes_prebriefs_update AFTER UPDATE ON prebriefs BEGIN
  UPDATE journal_changes SET changes = changes + 1;
END;
CREATE TRIGGER journal_changes_prebriefs_delete AFTER DELETE ON prebriefs BEGIN
  UPDATE journal_changes SET changes = changes + 1;
END;

CREATE TRIGGER journal_changes_debriefs_insert AFTER INSERT ON debriefs BEGIN
  UPDATE journal_changes SET changes = changes + 1;
END;
CREATE TRIGGER journal_changes_debriefs_update AFTER UPDATE ON debriefs BEGIN
  UPDATE journal_changes SET changes = changes + 1;
END;
CREATE TRIGGER journal_changes_debriefs_delete AFTER DELETE ON debriefs BEGIN
  UPDATE journal_changes SET changes = changes + 1;
END;

CREATE TRIGGER journal_changes_coaching_sessions_insert AFTER INSERT ON coaching_sessions BEGIN
  UPDATE journal_changes SET changes = changes + 1;
END;
CREATE TRIGGER journal_changes_coaching_sessions_update AFTER UPDATE ON coaching_sessions BEGIN
  UPDATE journal_changes SET changes = changes + 1;
END;
CREATE TRIGGER journal_changes_coaching_sessions_delete AFTER DELETE ON coaching_sessions BEGIN
  UPDATE journal_changes SET changes = changes + 1;
END;

CREATE TRIGGER journal_changes_skills_insert AFTER INSERT ON skills BEGIN
  UPDATE journal_changes SET changes = changes + 1;
END;
CREATE TRIGGER journal_changes_skills_update AFTER UPDATE ON skills BEGIN
  UPDATE journal_changes SET changes = changes + 1;
END;
CREATE TRIGGER journal_changes_skills_delete AFTER DELETE ON skills BEGIN
  UPDATE journal_changes SET changes = changes + 1;
END;

CREATE TRIGGER journal_changes_settings_insert AFTER INSERT ON settings BEGIN
  UPDATE journal_changes SET changes = changes + 1;
END;
CREATE TRIGGER journal_changes_settings_update AFTER UPDATE ON settings BEGIN
  UPDATE journal_changes SET changes = changes + 1;
END;
CREATE TRIGGER journal_changes_settings_delete AFTER DELETE ON settings BEGIN
  UPDATE journal_changes SET changes = changes + 1;
END;
