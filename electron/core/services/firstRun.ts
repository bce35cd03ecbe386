import type Database from 'better-sqlite3-multiple-ciphers'
import fs from 'node:fs'
import path from 'node:path'
import type { Handlers } from '../../../shared/contract'
import type { FirstRunStatus } from '../../../shared/firstRun'
import type { CoreContext } from '../context'
import { writeFailure } from '../files'
import { PRIVATE_FILE_MODE } from '../privateFiles'

/**
 * The first-run lesson's one fact worth keeping: that its owner closed it. A marker file in the
 * data folder rather than a settings column: it belongs to this folder on this computer (a journal
 * imported elsewhere should still greet its new owner), and it needs no schema migration.
 */
export const FIRST_RUN_MARKER = 'first-run-done'

const COUNT_RECORDS = 'SELECT (SELECT COUNT(*) FROM reps) + (SELECT COUNT(*) FROM calls) + (SELECT COUNT(*) FROM coaching_sessions) AS n'

/** No rep, call or coaching session: what the first run and the demo's seeding both look for. */
export function isJournalEmpty(db: Database.Database): boolean {
  return (db.prepare<[], { n: number }>(COUNT_RECORDS).get()?.n ?? 0) === 0
}

export function firstRunHandlers(ctx: CoreContext): Handlers['firstRun'] {
  const marker = path.join(ctx.info.dataDir, FIRST_RUN_MARKER)
  const isEmpty = ctx.db.prepare<[], { n: number }>(COUNT_RECORDS)
  const status = (): FirstRunStatus => ({ empty: (isEmpty.get()?.n ?? 0) === 0, dismissed: fs.existsSync(marker) })
  return {
    status,
    dismiss: () => {
      try {
        fs.writeFileSync(marker, `${ctx.now()}\n`, { mode: PRIVATE_FILE_MODE })
      } catch (error) {
        throw writeFailure('The first-run lesson could not be closed', error)
      }
      return status()
    },
  }
}
