import type { Handlers } from '../../../shared/contract'
import { AppFailure } from '../../../shared/result'
import { restoreJournal } from '../backups/restore'
import type { CoreContext } from '../context'

/**
 * Backups and restore on an open journal (Settings → Backups, `coachbook backup`/`backups`).
 * A restore runs in the journal's own writing thread and reads the copy it keeps first through
 * the same connection, so nothing this process writes can fall between the copy and the restore.
 */
export function backupsHandlers(ctx: CoreContext): Handlers['backups'] {
  return {
    list: () => ctx.backups.list(),
    create: async () => (await ctx.backups.take(ctx.db, 'manual')).keep(),
    restore: ({ name }) =>
      restoreJournal({
        dataDir: ctx.info.dataDir,
        source: ctx.backups.fileOf(name),
        shownAs: name,
        appVersion: ctx.info.version,
        backups: ctx.backups,
        live: ctx.db,
        key: ctx.key,
      }),
  }
}

/** The journal opened as usual: it needs no recovery (the recovery core answers otherwise). */
export function journalHealthHandlers(): Pick<Handlers['journal'], 'status' | 'salvage'> {
  return {
    status: () => ({ state: 'ok' }),
    salvage: () => {
      throw new AppFailure('CONFLICT', 'The journal is not damaged: there is nothing to salvage.')
    },
  }
}

/**
 * An import guarded by a backup: a verified copy of the journal is taken first and kept once the
 * import has succeeded. When the import fails (then nothing changed) the copy goes, so a run of
 * refused files cannot push real backups out; an empty journal has nothing to lose and is not copied.
 */
export function withBackupBefore<I, O>(ctx: CoreContext, run: (input: I) => O | Promise<O>): (input: I) => Promise<O> {
  return (input) => backupAround(ctx, () => run(input))
}

/**
 * `withBackupBefore` for one piece of work, for an import that first finds out whether it writes
 * anything at all: one that changes nothing has nothing to lose either, and is not copied
 * (journal file import, services/exchange/journal.ts).
 */
export async function backupAround<O>(ctx: CoreContext, run: () => O | Promise<O>): Promise<O> {
  const { reps, calls, sessions } = ctx.repos
  if (reps.count() + calls.count() + sessions.count() === 0) return run()
  const copy = await ctx.backups.take(ctx.db, 'before-import')
  let result: O
  try {
    result = await run()
  } catch (error) {
    copy.discard()
    throw error
  }
  copy.keep()
  return result
}
