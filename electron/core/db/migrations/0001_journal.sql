-- The journal of DOMAIN.md. Days are 'YYYY-MM-DD' text in the manager's calendar; instants are
-- ISO-8601 UTC text. Rich text is TipTap JSON (*_json) with its derived plain text (*_text).

CREATE TABLE reps (
  id          TEXT PRIMARY KEY,
  name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
  title       TEXT,
  started_on  TEXT,
  archived    INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);

CREATE TABLE calls (
  id           TEXT PRIMARY KEY,
  rep_id       TEXT NOT NULL REFERENCES reps(id) ON DELETE RESTRICT,
  call_date    TEXT NOT NULL,
  call_time    TEXT,
  account      TEXT,
  opportunity  TEXT,
  deal_value   REAL CHECK (deal_value IS NULL OR deal_value >= 0),
  stage        TEXT CHECK (stage IS NULL OR stage IN ('discovery', 'demo', 'proposal', 'negotiation', 'close', 'other')),
  stakes       TEXT CHECK (stakes IS NULL OR stakes IN ('sidewalk', 'interstate')),
  cancelled    INTEGER NOT NULL DEFAULT 0 CHECK (cancelled IN (0, 1)),
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL
);
CREATE INDEX calls_by_date ON calls (call_date, call_time);
CREATE INDEX calls_by_rep_date ON calls (rep_id, call_date);

CREATE TABLE prebriefs (
  call_id            TEXT PRIMARY KEY REFERENCES calls(id) ON DELETE CASCADE,
  planned_role       TEXT NOT NULL CHECK (planned_role IN ('visiting_dignitary', 'depth_and_breadth', 'technical_expert', 'crutch')),
  purpose            TEXT CHECK (purpose IS NULL OR purpose IN ('team', 'training')),
  objective          TEXT,
  next_step          TEXT,
  leads_json         TEXT,
  questions_json     TEXT NOT NULL DEFAULT '[]',
  intervention_rule  TEXT,
  takeover_risk      INTEGER CHECK (takeover_risk IS NULL OR takeover_risk BETWEEN 0 AND 100),
  skill_focus        TEXT,
  notes_json         TEXT,
  notes_text         TEXT NOT NULL DEFAULT '',
  updated_at         TEXT
);

CREATE TABLE debriefs (
  call_id                   TEXT PRIMARY KEY REFERENCES calls(id) ON DELETE CASCADE,
  actual_role               TEXT NOT NULL CHECK (actual_role IN ('visiting_dignitary', 'depth_and_breadth', 'technical_expert', 'crutch')),
  outcome                   TEXT CHECK (outcome IS NULL OR outcome IN ('won', 'advanced', 'continued', 'lost', 'no_decision')),
  rescue_initiator          TEXT CHECK (rescue_initiator IS NULL OR rescue_initiator IN ('me', 'rep_asked', 'customer')),
  rescue_fear               TEXT CHECK (rescue_fear IS NULL OR rescue_fear IN ('quarter_pressure', 'big_logo', 'boss_watching', 'habit', 'other')),
  asks                      INTEGER CHECK (asks IS NULL OR asks >= 0),
  tells                     INTEGER CHECK (tells IS NULL OR tells >= 0),
  rep_self_assessment_json  TEXT,
  rep_self_assessment_text  TEXT NOT NULL DEFAULT '',
  root_cause                TEXT CHECK (root_cause IS NULL OR root_cause IN ('confidence', 'competence', 'unknown_questions', 'fear_of_stump', 'messaging', 'delivery', 'other')),
  root_cause_note           TEXT,
  lesson                    TEXT,
  skill_observed            INTEGER CHECK (skill_observed IS NULL OR skill_observed IN (0, 1)),
  skill_to_drill            TEXT,
  drill_type                TEXT CHECK (drill_type IS NULL OR drill_type IN ('role_play', 'drill', 'call_review', 'script')),
  drill_reps                INTEGER CHECK (drill_reps IS NULL OR drill_reps >= 1),
  notes_json                TEXT,
  notes_text                TEXT NOT NULL DEFAULT '',
  private_notes_json        TEXT,
  private_notes_text        TEXT NOT NULL DEFAULT '',
  completed_at              TEXT,
  updated_at                TEXT
);

CREATE TABLE coaching_sessions (
  id            TEXT PRIMARY KEY,
  rep_id        TEXT NOT NULL REFERENCES reps(id) ON DELETE RESTRICT,
  session_date  TEXT NOT NULL,
  kind          TEXT NOT NULL CHECK (kind IN ('role_play', 'drill', 'prebrief', 'postbrief', 'one_on_one')),
  skill         TEXT,
  minutes       INTEGER CHECK (minutes IS NULL OR minutes BETWEEN 0 AND 1440),
  notes_json    TEXT,
  notes_text    TEXT NOT NULL DEFAULT '',
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL
);
CREATE INDEX coaching_sessions_by_rep_date ON coaching_sessions (rep_id, session_date);
CREATE INDEX coaching_sessions_by_date ON coaching_sessions (session_date);

-- One row: the journal's settings.
CREATE TABLE settings (
  id                    INTEGER PRIMARY KEY CHECK (id = 1),
  interstate_threshold  REAL CHECK (interstate_threshold IS NULL OR interstate_threshold >= 0),
  currency              TEXT NOT NULL DEFAULT 'USD',
  paper_size            TEXT NOT NULL DEFAULT 'letter' CHECK (paper_size IN ('a4', 'letter')),
  week_start            TEXT NOT NULL DEFAULT 'monday' CHECK (week_start IN ('monday', 'sunday', 'saturday')),
  updated_at            TEXT
);
INSERT INTO settings (id) VALUES (1);
