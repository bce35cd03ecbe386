import type Database from 'better-sqlite3-multiple-ciphers'
import { openConnection } from '../../electron/core/db/connection'
import { migrate, MIGRATIONS, type Migration } from '../../electron/core/db/migrations'
import { databasePath } from '../../electron/core/paths'
import { makeTempDataDir } from './tempJournal'

/**
 * A new journal in a temporary folder, migrated up to the version just before the bundled
 * migration `name`: the journal that migration meets on a manager's laptop. Never a literal
 * version, so the test holds whatever number the migration is given. The caller closes `db` and
 * removes `dir`.
 */
export function journalBeforeMigration(name: string): { db: Database.Database; dir: string; mine: Migration } {
  const mine = MIGRATIONS.find((migration) => migration.name === name)
  if (!mine) throw new Error(`the migration ${name} is not bundled`)
  const dir = makeTempDataDir()
  const db = openConnection(databasePath(dir))
  try {
    migrate(db, { migrations: MIGRATIONS.filter((migration) => migration.version < mine.version) })
  } catch (error) {
    db.close()
    throw error
  }
  return { db, dir, mine }
}
