import type Database from 'better-sqlite3-multiple-ciphers'

/**
 * A consistent copy of an open journal into `target` (which must not exist yet). The one place
 * that decides how a journal is copied, so a backup of an encrypted journal is encrypted too:
 * - plain: SQLite's online backup, which copies in steps and lets other work in between;
 * - encrypted: `VACUUM INTO`, which writes the copy with the connection's cipher and key (the
 *   online backup refuses an encrypted source: "incompatible source and target databases").
 */
export async function copyJournal(db: Database.Database, target: string, options: { encrypted: boolean }): Promise<void> {
  if (options.encrypted) db.prepare('VACUUM INTO ?').run(target)
  else await db.backup(target)
}
