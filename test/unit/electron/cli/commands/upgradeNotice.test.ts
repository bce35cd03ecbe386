import fs from 'node:fs'
import { afterEach, expect, it } from 'vitest'
import { openConnection } from '../../../../../electron/core/db/connection'
import { migrate, MIGRATIONS, UPGRADE_NOTICE } from '../../../../../electron/core/db/migrations'
import { databasePath } from '../../../../../electron/core/paths'
import { cliInProcess } from '../../../../helpers/cliInProcess'
import { makeTempDataDir } from '../../../../helpers/tempJournal'

const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

/**
 * The first opening after an update upgrades the journal, which at ten years of calls takes tens
 * of seconds (the copy kept first, the migrations, the rebuild): the terminal says so at once
 * instead of looking stuck, and only that once.
 */
it('says on stderr that it is upgrading a journal of the version before, and not at the next command', async () => {
  const dataDir = makeTempDataDir()
  dirs.push(dataDir)
  const db = openConnection(databasePath(dataDir))
  migrate(db, { migrations: MIGRATIONS.slice(0, -1) })
  db.prepare("INSERT INTO reps (id, name, created_at, updated_at) VALUES ('r1', 'Dana Ortiz', 'x', 'x')").run()
  db.close()

  const first = await cliInProcess(dataDir, 'reminders')
  expect(first.status).toBe(0)
  expect(first.stderr).toContain(UPGRADE_NOTICE)
  const second = await cliInProcess(dataDir, 'reminders')
  expect(second.status).toBe(0)
  expect(second.stderr).not.toContain(UPGRADE_NOTICE)
})
