import type Database from 'better-sqlite3-multiple-ciphers'
import { packRichText } from '../../../shared/packedRichText'

/**
 * SQL functions the migrations call, for work SQL cannot do by itself. Registered on the
 * migrating connection only (a migration runs once, on the writer), so no other connection, tool
 * or trigger depends on them.
 */
export function registerMigrationFunctions(db: Database.Database): void {
  // The packed-rich-text migration: a rich-text column's JSON in its short form, read with the
  // plain text stored beside it, when that gives back exactly the same text
  // (shared/packedRichText.ts); anything else — a document written in another key order, damaged
  // JSON — is returned as it was and still reads as before.
  db.function('coachbook_packed_rich_text', { deterministic: true }, (stored: unknown, plain: unknown) => {
    if (typeof stored !== 'string' || stored.charCodeAt(0) !== 0x7b /* { */ || typeof plain !== 'string') return stored
    let doc: unknown
    try {
      doc = JSON.parse(stored)
    } catch {
      return stored
    }
    if (JSON.stringify(doc) !== stored) return stored
    return packRichText(doc, plain) ?? stored
  })
}
