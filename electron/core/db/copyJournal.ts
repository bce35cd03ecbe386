import type Database from 'better-sqlite3-multiple-ciphers'

/**
 * A consistent copy of an open journal into `target` (which must not exist yet). The one place
 * that decides how a journal is copied, so a backup of an encrypted journal is encrypted too:
 * - plain: SQLite's online backup, which copies in steps and lets other work in between;
 * - encrypted: `VACUUM INTO`, which writes the copy with the connection's cipher and key (the
 *   online backup refuses an encrypted source: "incompatible source and target databases").
 *   It cannot run inside a transaction; a copy needed under a held write lock is taken through
 *   a second connection on the journal, which reads the same committed state.
 */
export async function copyJournal(db: Database.Database, target: string, options: { encrypted: boolean }): Promise<void> {
  if (options.encrypted) {
    db.prepare('VACUUM INTO ?').run(target)
    return
  }
  const progress = await db.backup(target)
  // better-sqlite3 reports a copy that could not start (a locked destination) as done with 0 pages.
  if (progress.totalPages === 0) throw new Error('nothing was copied')
}
