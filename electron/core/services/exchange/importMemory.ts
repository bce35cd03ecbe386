import { createHash } from 'node:crypto'
import type Database from 'better-sqlite3-multiple-ciphers'
import { IMPORT_KINDS, type ImportPreview } from '../../../../shared/contract'
import { SCHEMA_VERSION } from '../../db/migrations'

/**
 * What importing the last imported journal file again would answer, remembered with that file's
 * hash and the journal's change count (migration 0009). Importing the same file again is the
 * common repeat (a second look, a retry, the same backup restored twice), and validating a large
 * file record by record was most of its time; with an exact match it needs none of that.
 *
 * Exact, not probable: the answer is given only for the same text (SHA-256 of every character),
 * the same app and schema versions, and a journal in which no row of any table the import
 * compares with has been inserted, updated or deleted since (their triggers count every one).
 * Otherwise the file is read and planned as usual.
 */
export type ImportKey = { digest: string; appVersion: string }

export function importKeyOf(text: string, appVersion: string): ImportKey {
  return { digest: sha256OfText(text), appVersion }
}

/**
 * SHA-256 of the text's UTF-8 bytes, encoded a million characters at a time: the bytes and the
 * digest of `createHash('sha256').update(text, 'utf8')`, without a buffer the size of the file
 * (25 MB for a 10,000-call file, fresh memory each time: 6,300 page faults and 0.1 s, against
 * 500 and 0.03 s in pieces; docs/performance.md, stop 23). A piece never ends between the two
 * halves of a surrogate pair, which apart would each be encoded as U+FFFD.
 */
export function sha256OfText(text: string, piece = 1 << 20): string {
  const hash = createHash('sha256')
  for (let start = 0; start < text.length; ) {
    let end = Math.min(start + piece, text.length)
    const last = text.charCodeAt(end - 1)
    if (end < text.length && end - 1 > start && last >= 0xd800 && last <= 0xdbff) end--
    hash.update(text.slice(start, end), 'utf8')
    start = end
  }
  return hash.digest('hex')
}

/** The remembered answer for this file, if it still holds for the journal as it is now. */
export function recallImport(db: Database.Database, key: ImportKey): ImportPreview | null {
  const row = db
    .prepare<[string, string, number], { answer_json: string }>(
      `SELECT m.answer_json FROM import_memory m JOIN journal_changes c ON c.id = 1
       WHERE m.id = 1 AND m.file_sha256 = ? AND m.app_version = ? AND m.schema_version = ? AND m.journal_changes = c.changes`,
    )
    .get(key.digest, key.appVersion, SCHEMA_VERSION)
  return row ? (JSON.parse(row.answer_json) as ImportPreview) : null
}

/**
 * Remembers what importing this file again would answer. Call it in the import's own write
 * transaction, after its last write, with the answer planned against the journal as it now is:
 * the change count it records is the one that answer was planned on.
 */
export function rememberImport(db: Database.Database, key: ImportKey, answer: ImportPreview): void {
  if (!db.inTransaction) throw new Error('rememberImport must run inside the import\'s transaction')
  db.prepare(
    `INSERT INTO import_memory (id, file_sha256, app_version, schema_version, journal_changes, answer_json)
     VALUES (1, @digest, @appVersion, @schemaVersion, (SELECT changes FROM journal_changes WHERE id = 1), @answer)
     ON CONFLICT (id) DO UPDATE SET file_sha256 = excluded.file_sha256, app_version = excluded.app_version,
       schema_version = excluded.schema_version, journal_changes = excluded.journal_changes, answer_json = excluded.answer_json`,
  ).run({ ...key, schemaVersion: SCHEMA_VERSION, answer: JSON.stringify(answer) })
}

/** Whether importing with this answer would write: the rule of journal.ts `writesAnything`, from the counts. */
export function answerWrites(answer: ImportPreview, takeFileVersions: boolean): boolean {
  return (
    answer.takesSettings ||
    IMPORT_KINDS.some((kind) => answer[kind].added > 0 || answer[kind].updated > 0 || (takeFileVersions && answer[kind].newerInJournal > 0))
  )
}
