-- Remembered column mappings for CSV imports (electron/core/services/exchange). A mapping is saved
-- under a name with the signature of the headers it was made for (a hash of the normalised,
-- sorted column names), so the next file exported the same way gets it suggested.

CREATE TABLE import_mappings (
  id                 TEXT PRIMARY KEY,
  name               TEXT NOT NULL CHECK (length(trim(name)) > 0),
  kind               TEXT NOT NULL CHECK (kind IN ('csv')),
  -- {"fields": {target: header}, "options": {...}, "headers": [...]}
  mapping_json       TEXT NOT NULL,
  headers_signature  TEXT NOT NULL,
  created_at         TEXT NOT NULL,
  updated_at         TEXT NOT NULL
);
-- One mapping per name and kind: saving under a name again replaces it.
CREATE UNIQUE INDEX import_mappings_by_name ON import_mappings (kind, name COLLATE NOCASE);
CREATE INDEX import_mappings_by_signature ON import_mappings (kind, headers_signature, updated_at);
