-- Rich text in its short form (issue 13, "database size"; shared/packedRichText.ts).
-- coachbook: rebuild after
--
-- The rich-text columns (*_json of pre-briefs, debriefs and sessions) held TipTap's JSON: two
-- thirds structure, and words the plain-text column beside each (*_text) holds again. At 100,000
-- calls that was about 1 KB per call, the largest part of the journal. They now hold a short form
-- that takes its words from that plain text and gives back the same JSON text, character for
-- character (the export splices it into the journal file as before; an import compares with it).
-- A column's first character says which form it holds: `[` the short form, `{` the JSON, which
-- every reader still takes — a document that cannot be packed exactly (keys in another order,
-- say) stays as it was.
--
-- From here on a *_json column reads only with the *_text column written with it: the app writes
-- the two together (electron/core/db/columns.ts); nothing may change one without the other. The
-- plain-text columns themselves are unchanged, and so is every trigger (none reads *_json here).
--
-- coachbook_packed_rich_text(json, text) is registered on the migrating connection
-- (electron/core/db/migrationFunctions.ts): it packs a document only when packing gives back the
-- very text it was given.

UPDATE prebriefs SET notes_json = coachbook_packed_rich_text(notes_json, notes_text)
WHERE substr(notes_json, 1, 1) = '{';

UPDATE debriefs SET
  rep_self_assessment_json = coachbook_packed_rich_text(rep_self_assessment_json, rep_self_assessment_text),
  notes_json = coachbook_packed_rich_text(notes_json, notes_text),
  private_notes_json = coachbook_packed_rich_text(private_notes_json, private_notes_text)
WHERE substr(rep_self_assessment_json, 1, 1) = '{' OR substr(notes_json, 1, 1) = '{' OR substr(private_notes_json, 1, 1) = '{';

UPDATE coaching_sessions SET notes_json = coachbook_packed_rich_text(notes_json, notes_text)
WHERE substr(notes_json, 1, 1) = '{';
