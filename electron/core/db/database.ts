import Database from 'better-sqlite3-multiple-ciphers'

/**
 * Every SQLite connection the core opens comes from here, with the one rule they all share:
 * SQLite's temporary storage — temporary tables and indexes, sorts too large for the cache, the
 * copy a VACUUM builds — stays in memory (`temp_store = MEMORY`).
 *
 * The driver is built to put it in files in the system's temporary folder (TEMP_STORE=1), and
 * SQLite3MultipleCiphers does not encrypt those files. A locked journal's words would reach the
 * disk in the clear whenever a statement spilled: an index a migration builds over every call, the
 * search's table of matches, the VACUUM after an upgrade. They are deleted when closed, but their
 * blocks stay on the disk. Plain journals follow the same rule, so both behave alike. The cost is
 * memory while such a statement runs: a VACUUM holds a copy of the journal (docs/encryption.md).
 *
 * The setting touches no file, so it may come before the key (connection.ts `applyKey`).
 * ESLint keeps the driver's constructor to this module (eslint.config.js); a test holds the
 * core's connections to the rule (test/unit/electron/core/db/temporaryStorage.test.ts).
 */
export function openDatabase(source: string | Buffer, options?: Database.Options): Database.Database {
  const db = new Database(source, options)
  try {
    db.pragma('temp_store = MEMORY')
    return db
  } catch (error) {
    db.close()
    throw error
  }
}
